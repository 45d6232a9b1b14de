import { z } from 'zod';
import { ApiError } from '../../../shared/api/apiError';
import { DB_FILE } from '../store/metadataStore';
import { isWritableVaultFile, parseVaultPath } from './vaultPaths';

/**
 * The journal of a multi-file change (`commitFileOperations`): what each file held before, so
 * that a change a crash interrupted can be undone at the next open (`recoverTransactions`).
 * Journals sit in the vault, so they are untrusted like every file there: they are read only
 * through `parseJournal`, which accepts nothing but this exact shape and paths Praxis itself
 * writes.
 */

export const JOURNAL_DIR = '.praxis/transactions';

/**
 * The largest journal Praxis writes or reads. A bigger change is refused before it starts, and a
 * bigger file in the journal folder is not read (it would take the memory of the whole app).
 */
export const MAX_JOURNAL_BYTES = 256 * 1024 * 1024;

const MAX_ENTRIES = 1_000_000;

export interface JournalEntry {
  path: string;
  /** The bytes before the change, or null if the file did not exist. */
  before: Uint8Array | null;
  /** Version of the file after the change, or null if the change removes it. */
  after: string | null;
}

/** A content version (contentVersion: SHA-256, base64url). */
const versionSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const journalPathSchema = z.string().min(1).max(1024);

const journalSchema = z
  .object({
    format: z.literal('praxis-transaction'),
    version: z.literal(2),
    entries: z
      .array(
        z
          .object({
            path: journalPathSchema,
            before: z.base64().nullable(),
            after: versionSchema.nullable(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_ENTRIES),
  })
  .strict();

/** The journal Praxis 0.1 wrote: text instead of bytes, no envelope. */
const legacyJournalSchema = z
  .array(
    z
      .object({
        path: journalPathSchema,
        original: z.string().nullable(),
        after: versionSchema.nullable(),
      })
      .strict(),
  )
  .min(1)
  .max(MAX_ENTRIES);

export function serializeJournal(entries: readonly JournalEntry[]): string {
  const text = JSON.stringify({
    format: 'praxis-transaction',
    version: 2,
    entries: entries.map(({ path, before, after }) => ({
      path,
      before: before === null ? null : Buffer.from(before).toString('base64'),
      after,
    })),
  });
  if (text.length > MAX_JOURNAL_BYTES)
    throw new ApiError(
      'INVALID',
      `This change would rewrite ${Math.round(text.length / 1024 / 1024)} MB of notes at once, more than Praxis can undo safely after a crash. Nothing was changed; change fewer notes at a time.`,
    );
  return text;
}

/**
 * The entries of a journal file's text, or why it is not a journal Praxis would have written (not
 * JSON, another shape, a path Praxis never writes, the same path twice).
 */
export function parseJournal(text: string): JournalEntry[] | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: 'is not valid JSON' };
  }
  let entries: JournalEntry[];
  const current = journalSchema.safeParse(json);
  if (current.success) {
    entries = current.data.entries.map(({ path, before, after }) => ({
      path,
      before: before === null ? null : Buffer.from(before, 'base64'),
      after,
    }));
  } else {
    const legacy = legacyJournalSchema.safeParse(json);
    if (!legacy.success) return { problem: 'does not have the structure of a change journal' };
    entries = legacy.data.map(({ path, original, after }) => ({
      path,
      before: original === null ? null : Buffer.from(original, 'utf8'),
      after,
    }));
  }
  const seen = new Set<string>();
  for (const { path } of entries) {
    const problem = transactionPathProblem(path);
    if (problem) return { problem: `names "${path.slice(0, 200)}", which ${problem}` };
    if (seen.has(path)) return { problem: `names "${path}" twice` };
    seen.add(path);
  }
  return entries;
}

/**
 * Why a change may not write `rel`, or null: Praxis changes notes, attachment types notes embed
 * and its own `.praxis/db.json` — never hidden folders (`.git`, `.obsidian`…), `node_modules`,
 * programs or scripts, and only vault paths in their normal form.
 */
export function transactionPathProblem(rel: string): string | null {
  if (rel === DB_FILE) return null;
  let parsed: string;
  try {
    parsed = parseVaultPath(rel);
  } catch (error) {
    return `is not a vault path (${(error as Error).message})`;
  }
  if (parsed !== rel) return 'is not written the way Praxis writes vault paths';
  if (!isWritableVaultFile(rel)) return 'is neither a note nor an attachment Praxis writes';
  return null;
}
