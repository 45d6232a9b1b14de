import path from 'node:path';
import * as fs from 'node:fs/promises';
import type { VaultNotice } from '../../../shared/api/vaultMethods';
import { READ_NO_FOLLOW, syncDirectory } from './atomicWrite';
import { restoreFile, syncFolders } from './fileTransaction';
import {
  JOURNAL_DIR,
  MAX_JOURNAL_BYTES,
  parseJournal,
  type JournalEntry,
} from './transactionJournal';
import { resolveInsideVault } from './vaultPaths';
import { mapLimit } from './vaultScanner';

export interface TransactionRecovery {
  /** Vault paths put back as they were before a change a crash interrupted. */
  restored: string[];
  /** What the user should be told; empty when there was nothing to recover. */
  notices: VaultNotice[];
  /** How many valid journals of interrupted changes were found. */
  interrupted: number;
}

/**
 * Rolls back the changes a crash interrupted, from their journals in `.praxis/transactions/`.
 * Only files that still hold the change's own result (or are missing) are put back: a file
 * someone edited since is left alone.
 *
 * A journal is untrusted input (a vault travels through shared folders): one that is not exactly
 * what Praxis writes — not a regular file, too large, not JSON, another shape, a path outside
 * notes and attachments (`.git/config`, `.obsidian/…`, `node_modules/…`, `../…`), a path through
 * a symbolic link — is not acted on at all: it is renamed `<name>.invalid-<time>` and a notice
 * says so. Nothing here ever stops the vault from opening.
 */
export async function recoverTransactions(realRoot: string): Promise<TransactionRecovery> {
  const result: TransactionRecovery = { restored: [], notices: [], interrupted: 0 };
  const dir = path.join(realRoot, ...JOURNAL_DIR.split('/'));
  let names: string[];
  try {
    // Through a link, the journals (and what they name) would be somewhere else entirely.
    await resolveInsideVault(realRoot, JOURNAL_DIR);
    names = await fs.readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      result.notices.push(notice('TRANSACTIONS_UNREADABLE', unreadableFolderMessage()));
    return result;
  }
  const journals = names.filter((n) => n.endsWith('.json')).sort((a, b) => (a < b ? 1 : -1));
  for (const name of journals) {
    try {
      await recoverJournal(realRoot, path.join(dir, name), result);
    } catch (error) {
      // Unexpected (a bug, a disk error): the journal is kept as it is for the next open.
      console.error('praxis: could not recover an interrupted change', name, error);
      result.notices.push(
        notice(
          'TRANSACTION_NOT_RECOVERED',
          `Praxis could not undo an interrupted change (.praxis/transactions/${name}): ${(error as NodeJS.ErrnoException).code ?? 'unexpected error'}. It will try again the next time the vault opens; the record of what the notes held is kept.`,
        ),
      );
    }
  }
  if (result.restored.length > 0)
    result.notices.unshift(
      notice(
        'TRANSACTION_ROLLED_BACK',
        `A change to ${result.restored.length} note(s) was interrupted last time and has been undone, so every note is as it was before it.`,
      ),
    );
  else if (result.interrupted > 0)
    result.notices.unshift(
      notice(
        'TRANSACTION_ROLLED_BACK',
        'A change was interrupted last time before it had changed any note: every note is as it was before it. Make the change again if you still want it.',
      ),
    );
  return result;
}

async function recoverJournal(
  realRoot: string,
  file: string,
  result: TransactionRecovery,
): Promise<void> {
  const read = await readJournalFile(file);
  const entries = typeof read === 'string' ? parseJournal(read) : read;
  if (!Array.isArray(entries)) {
    await setAside(file, entries.problem, result);
    return;
  }
  const targets: { entry: JournalEntry; abs: string }[] = [];
  for (const entry of entries) {
    try {
      targets.push({ entry, abs: await resolveInsideVault(realRoot, entry.path) });
    } catch {
      await setAside(
        file,
        `names "${entry.path}", which Praxis cannot reach without following a symbolic link`,
        result,
      );
      return;
    }
  }
  result.interrupted++;
  const failed: string[] = [];
  const edited: string[] = [];
  // Paths are unique in a journal, so files can be put back several at a time.
  await mapLimit(targets, 16, async ({ entry, abs }) => {
    try {
      const outcome = await restoreFile(abs, entry.before, entry.after);
      if (outcome === 'restored') result.restored.push(entry.path);
      if (outcome === 'edited') edited.push(entry.path);
    } catch {
      failed.push(entry.path);
    }
  });
  // Every file put back is on disk before the journal that could put it back goes.
  await syncFolders(targets.map(({ abs }) => abs));
  result.restored.sort();
  edited.sort();
  failed.sort();
  if (edited.length > 0)
    result.notices.push(
      notice(
        'TRANSACTION_PARTLY_ROLLED_BACK',
        `An interrupted change was undone, except in ${list(edited)}, which another program changed since: ${edited.length === 1 ? 'it keeps its' : 'they keep their'} newer text.`,
      ),
    );
  if (failed.length > 0) {
    // Kept: the next open tries again, and the original texts are not lost meanwhile.
    result.notices.push(
      notice(
        'TRANSACTION_NOT_RECOVERED',
        `An interrupted change could not be completely undone: ${list(failed)} could not be written. Praxis will try again the next time the vault opens; the record of what the notes held is kept in .praxis/transactions/${path.basename(file)}.`,
      ),
    );
    return;
  }
  await fs.unlink(file);
  await syncDirectory(path.dirname(file));
}

/** The journal's text, or why it is not read (not a regular file, too large, not UTF-8). */
async function readJournalFile(file: string): Promise<string | { problem: string }> {
  let handle;
  try {
    handle = await fs.open(file, READ_NO_FOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EISDIR') return { problem: 'is not a regular file' };
    return { problem: `cannot be read (${code ?? 'unknown error'})` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { problem: 'is not a regular file' };
    if (stat.size > MAX_JOURNAL_BYTES) return { problem: 'is larger than any change journal' };
    const bytes = await handle.readFile();
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { problem: 'is not valid JSON' };
    }
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown'})` };
  } finally {
    await handle.close();
  }
}

/** Renames a journal Praxis will not act on so that it is kept, but never read again. */
async function setAside(file: string, problem: string, result: TransactionRecovery): Promise<void> {
  const time = new Date().toISOString();
  const aside = `${file}.invalid-${time.replace(/[:.]/g, '-')}`;
  const moved = await fs.rename(file, aside).then(
    () => true,
    () => false,
  );
  const name = path.basename(file);
  result.notices.push(
    notice(
      'TRANSACTION_SET_ASIDE',
      `The file .praxis/transactions/${name} ${problem}, so it is not a record of an interrupted change Praxis made and nothing was done with it. ` +
        (moved
          ? `It was kept as ${path.basename(aside)}. `
          : 'It could not be renamed; it is left as it is. ') +
        'If you did not expect it, someone may have placed it in the vault: check where the vault folder is shared.',
    ),
  );
}

function unreadableFolderMessage(): string {
  return 'The folder .praxis/transactions cannot be read (or is a link), so Praxis could not check for interrupted changes. Nothing was changed.';
}

function list(paths: readonly string[]): string {
  const shown = paths
    .slice(0, 3)
    .map((p) => `"${p}"`)
    .join(', ');
  return paths.length > 3 ? `${shown} and ${paths.length - 3} more` : shown;
}

function notice(code: string, message: string): VaultNotice {
  return { code, message, time: new Date().toISOString() };
}
