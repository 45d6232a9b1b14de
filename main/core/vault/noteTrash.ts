import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/apiError';
import type { TrashEntry } from '../../../shared/api/noteSchemas';
import { syncDirectory, writeFileAtomic } from './atomicWrite';

const TRASH_DIR = '.praxis/trash';
const ENTRY_FILE = 'entry.json';
const CONTENT_FILE = 'note.md';
const ID_PATTERN = /^[0-9]+-[0-9a-f]+$/;

const entrySchema = z.object({
  id: z.string(),
  originalPath: z.string(),
  title: z.string(),
  deletedAt: z.string(),
});

/**
 * Deleted notes, kept whole in `.praxis/trash/<id>/` (the note's file and a small entry.json) until
 * the user restores or purges them.
 */
export class NoteTrash {
  readonly #dir: string;

  constructor(realRoot: string) {
    this.#dir = path.join(realRoot, TRASH_DIR);
  }

  /** Moves the file at `absPath` into the trash and returns its entry. */
  async put(absPath: string, originalPath: string, title: string): Promise<TrashEntry> {
    const { entry, entryDir } = await this.#newEntry(originalPath, title);
    await writeFileAtomic(path.join(entryDir, ENTRY_FILE), JSON.stringify(entry, null, 2));
    await fs.rename(absPath, path.join(entryDir, CONTENT_FILE));
    await syncDirectory(path.dirname(absPath));
    return entry;
  }

  /**
   * Keeps a copy of a note's bytes in the trash (e.g. before converting its encoding), as an entry
   * that restores beside the note. Nothing in the vault is changed.
   */
  async keepCopy(bytes: Uint8Array, originalPath: string, title: string): Promise<TrashEntry> {
    const { entry, entryDir } = await this.#newEntry(originalPath, title);
    // The content first: an entry is listed only once both files are there.
    await writeFileAtomic(path.join(entryDir, CONTENT_FILE), bytes);
    await writeFileAtomic(path.join(entryDir, ENTRY_FILE), JSON.stringify(entry, null, 2));
    return entry;
  }

  async #newEntry(
    originalPath: string,
    title: string,
  ): Promise<{ entry: TrashEntry; entryDir: string }> {
    const id = `${Date.now()}-${randomBytes(4).toString('hex')}`;
    const entryDir = path.join(this.#dir, id);
    await fs.mkdir(entryDir, { recursive: true });
    return { entry: { id, originalPath, title, deletedAt: new Date().toISOString() }, entryDir };
  }

  async list(): Promise<TrashEntry[]> {
    const ids = await fs.readdir(this.#dir).catch(() => [] as string[]);
    const entries = await Promise.all(
      ids.filter((id) => ID_PATTERN.test(id)).map((id) => this.#read(id)),
    );
    return entries
      .filter((e): e is TrashEntry => e !== null)
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  async get(id: string): Promise<TrashEntry> {
    const entry = ID_PATTERN.test(id) ? await this.#read(id) : null;
    if (!entry) throw new ApiError('NOT_FOUND', 'That note is no longer in the trash.');
    return entry;
  }

  /** Path of the trashed note's content, to move it back. */
  contentPath(id: string): string {
    return path.join(this.#dir, id, CONTENT_FILE);
  }

  /** Deletes an entry and whatever is left of it (after a restore, or to purge it). */
  async remove(id: string): Promise<void> {
    if (!ID_PATTERN.test(id)) throw new ApiError('NOT_FOUND', 'That note is not in the trash.');
    await fs.rm(path.join(this.#dir, id), { recursive: true, force: true });
  }

  async #read(id: string): Promise<TrashEntry | null> {
    try {
      const raw = await fs.readFile(path.join(this.#dir, id, ENTRY_FILE), 'utf8');
      const entry = entrySchema.parse(JSON.parse(raw));
      await fs.access(this.contentPath(id));
      return entry;
    } catch {
      return null;
    }
  }
}
