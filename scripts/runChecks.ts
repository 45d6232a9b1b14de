import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';

/** One check: a name for the log and the command line (run through the shell). */
export interface Check {
  name: string;
  command: string;
}

export interface CheckResult {
  name: string;
  code: number;
  output: string;
  seconds: number;
}

/**
 * Runs `checks` at most `concurrency` at a time, in the order given (put the longest first), and
 * resolves every result once all have ended. Each check's output is kept whole and handed to
 * `onDone` when it ends, so two checks' lines never interleave.
 */
export async function runChecks(
  checks: readonly Check[],
  concurrency: number,
  onDone: (result: CheckResult) => void = () => {},
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  let next = 0;
  const runOne = (check: Check) =>
    new Promise<CheckResult>((resolve) => {
      const started = performance.now();
      const child = spawn(check.command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', (error) => (output += `${error.message}\n`));
      child.on('close', (code) =>
        resolve({
          name: check.name,
          code: code ?? 1,
          output,
          seconds: (performance.now() - started) / 1000,
        }),
      );
    });
  const lane = async () => {
    while (next < checks.length) {
      const result = await runOne(checks[next++]!);
      results.push(result);
      onDone(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return results;
}

/**
 * `npm test`'s static checks (type-check, lint, format), which are each one single-threaded
 * process: side by side on every core rather than one after the other. Each stays an npm script
 * of its own.
 */
const checks: Check[] = [
  { name: 'typecheck', command: 'npm run -s typecheck' },
  { name: 'lint', command: 'npm run -s lint' },
  { name: 'format:check', command: 'npm run -s format:check' },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runChecks(checks, availableParallelism(), (result) => {
    const verdict = result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`;
    process.stdout.write(`\n> ${result.name}: ${verdict} in ${result.seconds.toFixed(0)} s\n`);
    process.stdout.write(result.output);
  });
  process.exitCode = results.every((result) => result.code === 0) ? 0 : 1;
}
