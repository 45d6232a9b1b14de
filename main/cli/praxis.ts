/** Entry point of the `praxis` command (bundled to dist/node/praxis.cjs, run by bin/praxis.cjs). */
import { runCli } from './praxisCli';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('praxis: unexpected error', error);
    process.exitCode = 1;
  },
);
