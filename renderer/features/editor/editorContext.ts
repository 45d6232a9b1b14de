import type { NoteSummary } from '../../../shared/api/noteSchemas';
import type { LinkResolver } from '../../../shared/links/linkResolver';
import type { NoteHeading } from '../../state/activeNote';

/**
 * What the editor's completions and link decorations read from the app, always current: the
 * note being edited, the vault's notes and a resolver over them. Functions, not values, so the
 * editor is created once and never sees stale data.
 */
export interface EditorContext {
  path(): string;
  notes(): readonly NoteSummary[];
  resolver(): LinkResolver;
  /** Tags used in the vault, most used first. */
  tags(): readonly string[];
  /** Link targets written in the vault that no note answers yet (notes planned, not written). */
  unresolvedTargets(): Promise<readonly string[]>;
  /** Headings of another note, for `[[Note#` completion. */
  headingsOf(path: string): Promise<readonly NoteHeading[]>;
}
