/**
 * A child process for crash tests (`fork` it with `--import tsx`): opens the core on the vault
 * `argv[2]` and renames the tag `argv[3]` to `argv[4]` through the API, like the app does. At
 * the point `argv[5]` names it stops and tells its parent (IPC `{ stopped, renamed }`), then waits
 * to be killed:
 *
 * - `staged`: every new text is written and flushed to its temporary file, nothing replaced yet;
 * - `renamed:<n>`: right after the n-th file was replaced.
 *
 * Stopping there (rather than signalling and carrying on) is what makes the kill land at a known
 * point of the change on any machine, however loaded.
 */
import * as fs from 'node:fs/promises';
import { openPraxisCore } from '../../main/core/praxisCore';
import type { TransactionIo } from '../../main/core/vault/fileTransaction';

export interface ChildStopped {
  stopped: string;
  /** Files replaced so far. */
  renamed: number;
}

const [vaultPath, from, to, stopAt] = process.argv.slice(2);
let renamed = 0;

async function stop(): Promise<never> {
  const message: ChildStopped = { stopped: stopAt!, renamed };
  process.send!(message);
  // The IPC channel keeps the process alive until the parent kills it.
  return new Promise<never>(() => undefined);
}

const io: TransactionIo = {
  rename: async (source, target) => {
    await fs.rename(source, target);
    renamed++;
    if (stopAt === `renamed:${renamed}`) await stop();
  },
  unlink: (file) => fs.unlink(file),
  afterStaging: async () => {
    if (stopAt === 'staged') await stop();
  },
};

const core = await openPraxisCore({
  vaultPath: vaultPath!,
  seed: false,
  watch: false,
  transactionIo: io,
});
const response = await core.dispatch('tags.rename', { from: from!, to: to! });
process.send!({ finished: response.ok, renamed });
await core.close();
process.disconnect();
