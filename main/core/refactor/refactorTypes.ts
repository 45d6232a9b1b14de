/**
 * What the refactor engine works with. It owns these types; the features that plan vault-wide
 * changes (tags, domains) produce them, and the domain list implements `RefactorRegistry`, so
 * the engine never imports the features that use it.
 */
import type { Domain } from '../../../shared/api/domainsMethods';
import type { RefactorKind } from '../../../shared/api/refactorMethods';
import type { FileOperation } from '../vault/fileTransaction';

/** A note's text after a vault-wide rewrite. */
export interface NoteRewrite {
  next: string;
  /** Tags (or domains) rewritten or removed. */
  occurrences: number;
  /** Why the note could only partly be rewritten, or null. */
  problem: string | null;
}

/**
 * A change to the domain list made by a vault-wide operation, with the positions entries had
 * (removed) or take (added), so that undoing it puts everything back in place.
 */
export interface RegistryChange {
  removed: { index: number; domain: Domain }[];
  added: { index: number; domain: Domain }[];
}

/** The list a vault-wide operation changes along with the notes (the domain list). */
export interface RefactorRegistry {
  /**
   * Commits `change` in one transaction with the notes it goes with (`commit` gets the db.json
   * write and runs the transaction), then takes it into memory.
   */
  commitChange(
    change: RegistryChange,
    commit: (write: FileOperation) => Promise<void>,
  ): Promise<void>;
  /** Why `change` cannot be undone without losing edits made since, by slug. */
  undoConflicts(change: RegistryChange): string[];
}

/** A file an undoable operation rewrites, creates or removes (a rename moves a note). */
export interface FileChange {
  path: string;
  /** Its text before the operation and that text's version; null when the operation creates it. */
  before: { raw: string; version: string } | null;
  /** Its text after the operation; null when the operation removes it. */
  after: string | null;
  /** What the operation changed in it (tags, domains, links), for the report. */
  occurrences: number;
}

/** What the record of an undoable operation says about it. */
export interface OperationSummary {
  kind: RefactorKind;
  description: string;
  subjects: string[];
  target: string | null;
}
