import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/apiError';
import { domainSchema } from '../../../shared/api/domainsMethods';
import type { RefactorKind, RefactorRecord } from '../../../shared/api/refactorMethods';
import type { RegistryChange } from './refactorTypes';
import type { MetadataStore } from '../store/metadataStore';
import { writeFileAtomic } from '../vault/atomicWrite';

/** How many operations can be undone; older records are dropped. */
export const MAX_RECORDS = 20;

/**
 * How much disk the saved texts may take together; older records are dropped beyond it (the
 * newest is always kept, whatever its size).
 */
export const MAX_SAVED_BYTES = 256 * 1024 * 1024;

export const REFACTORS_DIR = '.praxis/refactors';

const positioned = z.object({ index: z.number().int(), domain: domainSchema });

/** What undoing needs, kept in `.praxis/refactors/<id>.json`. */
const savedRefactorSchema = z.object({
  id: z.string(),
  files: z.array(
    z.object({
      path: z.string(),
      /** The file's text before the operation; null when the operation created it. */
      before: z.string().nullable(),
      /** The version (content hash) the operation left; null when it removed the file. */
      after: z.string().nullable(),
      occurrences: z.number().int(),
    }),
  ),
  registry: z.object({ removed: z.array(positioned), added: z.array(positioned) }).nullable(),
});
export type SavedRefactor = z.infer<typeof savedRefactorSchema>;

export interface RecordInput {
  kind: RefactorKind;
  description: string;
  subjects: string[];
  target: string | null;
  files: SavedRefactor['files'];
  registry: RegistryChange | null;
}

/**
 * The record of vault-wide operations for undo: a short entry per operation in db.json (newest
 * first), and the previous text of every file it rewrote in `.praxis/refactors/<id>.json` — kept
 * out of db.json, which is read whole at every start.
 */
export class RefactorHistory {
  readonly #dir: string;
  readonly #store: MetadataStore;
  /** Told after a change is recorded or marked undone (the `refactor.changed` event). */
  readonly #onChange: () => void;

  constructor(realRoot: string, store: MetadataStore, onChange: () => void = () => undefined) {
    this.#dir = path.join(realRoot, ...REFACTORS_DIR.split('/'));
    this.#store = store;
    this.#onChange = onChange;
  }

  list(): RefactorRecord[] {
    return this.#store.data.refactors.map((record) => ({ ...record }));
  }

  find(id: string): RefactorRecord | undefined {
    return this.#store.data.refactors.find((record) => record.id === id);
  }

  async record(input: RecordInput, now = new Date()): Promise<RefactorRecord> {
    const id = `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
    const saved: SavedRefactor = { id, files: input.files, registry: input.registry };
    await fs.mkdir(this.#dir, { recursive: true });
    await writeFileAtomic(this.#file(id), JSON.stringify(saved));
    const record: RefactorRecord = {
      id,
      kind: input.kind,
      description: input.description,
      subjects: input.subjects,
      target: input.target,
      time: now.toISOString(),
      // A moved note is two entries (its old path removed, its new one created): count it once.
      fileCount: input.files.filter((file) => file.before !== null).length,
      occurrences: input.files.reduce((sum, file) => sum + file.occurrences, 0),
      undoneAt: null,
    };
    const kept = await this.#withinBudget([record, ...this.#store.data.refactors]);
    let dropped: RefactorRecord[] = [];
    await this.#store.update((data) => {
      data.refactors.unshift(record);
      dropped = data.refactors.splice(kept);
    });
    await Promise.all(dropped.map((old) => fs.unlink(this.#file(old.id)).catch(() => undefined)));
    this.#onChange();
    return { ...record };
  }

  /** The saved texts of an operation. */
  async load(id: string): Promise<SavedRefactor> {
    let json: unknown;
    try {
      json = JSON.parse(await fs.readFile(this.#file(id), 'utf8'));
    } catch {
      throw new ApiError(
        'NOT_FOUND',
        'What this change replaced is no longer kept (the record in .praxis/refactors is missing or damaged), so it cannot be undone.',
      );
    }
    const parsed = savedRefactorSchema.safeParse(json);
    if (!parsed.success || parsed.data.id !== id)
      throw new ApiError(
        'NOT_FOUND',
        'The record of this change in .praxis/refactors is damaged, so it cannot be undone.',
      );
    return parsed.data;
  }

  /** Marks an operation undone and drops its saved texts (it cannot be undone twice). */
  async markUndone(id: string, now = new Date()): Promise<void> {
    await this.#store.update((data) => {
      const record = data.refactors.find((r) => r.id === id);
      if (record) record.undoneAt = now.toISOString();
    });
    await fs.unlink(this.#file(id)).catch(() => undefined);
    this.#onChange();
  }

  /** How many of `records` (newest first) fit in MAX_RECORDS and MAX_SAVED_BYTES. */
  async #withinBudget(records: readonly RefactorRecord[]): Promise<number> {
    let bytes = 0;
    for (const [i, record] of records.entries()) {
      if (i >= MAX_RECORDS) return i;
      const size = await fs
        .stat(this.#file(record.id))
        .then((stat) => stat.size)
        .catch(() => 0);
      bytes += size;
      if (i > 0 && bytes > MAX_SAVED_BYTES) return i;
    }
    return records.length;
  }

  #file(id: string): string {
    if (!/^[a-z0-9-]+$/.test(id)) throw new ApiError('NOT_FOUND', `There is no change "${id}".`);
    return path.join(this.#dir, `${id}.json`);
  }
}
