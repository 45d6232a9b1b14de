/**
 * `praxis index --vault DIR`: builds the search index of a vault, or brings a saved one up to
 * date, and saves it, so the app starts with it loaded. Returns the exit code.
 */
import { parseArgs } from 'node:util';
import { UsageError, type CliCommand } from './cliCommand';
import { createProgressBar } from './progressBar';
import { openVaultSearch, VaultNotFoundError } from './openVaultSearch';

export const indexCommand: CliCommand = {
  name: 'index',
  summary: 'Build the search index of a vault, or bring it up to date',
  usage: 'praxis index --vault DIR',
  async run({ argv, stdout }) {
    const { values } = parseArgs({ args: argv, options: { vault: { type: 'string' } } });
    if (!values.vault) throw new UsageError('--vault DIR is required.');
    return runIndexCommand({ vault: values.vault, stdout, isTTY: stdout.isTTY === true });
  },
};

export interface IndexCommandOptions {
  vault: string;
  stdout: { write(text: string): unknown };
  /** Draw a progress bar (only on a terminal). */
  isTTY: boolean;
}

export async function runIndexCommand({
  vault,
  stdout,
  isTTY,
}: IndexCommandOptions): Promise<number> {
  const started = performance.now();
  const bar = createProgressBar(stdout, isTTY);
  let search;
  try {
    search = await openVaultSearch(vault, (p) => bar.update(p.done, p.total, p.label));
  } catch (error) {
    if (error instanceof VaultNotFoundError) {
      stdout.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  try {
    const summary = await search.whenReady();
    // Save every change now, so the next start loads instead of re-reading notes.
    await search.flush({ compact: true });
    bar.finish();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const notes = search.status().notes.toLocaleString('en');
    if (summary.rebuilt) {
      stdout.write(`Indexed ${notes} notes in ${seconds} s (${summary.reason ?? 'full build'}).\n`);
    } else {
      const changes =
        summary.indexed + summary.removed === 0
          ? 'nothing had changed'
          : `${summary.indexed} re-indexed, ${summary.removed} removed`;
      stdout.write(`Search index of ${notes} notes is up to date (${changes}; ${seconds} s).\n`);
    }
    return 0;
  } catch (error) {
    bar.finish();
    stdout.write(`Indexing failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await search.close();
  }
}
