/**
 * A child process for the crash test (main/core/packs/packCrash.test.ts): imports a pack into a
 * vault with the app's core, and once `PAUSE_AFTER` files of the import's transaction have been
 * renamed into place, tells its parent ("paused") and waits for ever — to be killed with
 * SIGKILL at that exact point. Usage: node --import tsx packImportChild.ts VAULT PACK PAUSE_AFTER
 */
import * as fs from 'node:fs/promises';
import { openPraxisCore } from '../../main/core/praxisCore';

const [vaultPath, pack, pauseAfter] = process.argv.slice(2);
let renames = 0;
const core = await openPraxisCore({
  vaultPath: vaultPath!,
  seed: false,
  watch: false,
  profilePath: `${vaultPath}-profile`,
  transactionIo: {
    rename: async (from, to) => {
      await fs.rename(from, to);
      if (++renames === Number(pauseAfter)) {
        process.send!('paused');
        await new Promise(() => undefined);
      }
    },
    unlink: fs.unlink,
  },
});
const plan = await core.services.packs.plan(pack!);
process.send!(`planned ${plan.counts.new}`);
await core.services.packs.apply(plan.planId);
process.send!('applied');
