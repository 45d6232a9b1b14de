import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** The ESM entry of tsx's loader API (its CommonJS twin cannot register hooks from a worker). */
function tsxLoaderUrl(from: string): string {
  const packageJson = createRequire(from).resolve('tsx/package.json');
  const exportsMap = (
    JSON.parse(readFileSync(packageJson, 'utf8')) as {
      exports: Record<string, { import: { default: string } }>;
    }
  ).exports;
  return pathToFileURL(
    path.join(path.dirname(packageJson), exportsMap['./esm/api']!.import.default),
  ).href;
}

export interface StartWorkerOptions {
  /** A bundle to run instead of the one found beside `here`. */
  bundle?: string | undefined;
  resourceLimits?: ResourceLimits;
}

/**
 * Starts the worker thread `name` (an entry of scripts/build.ts) for the module at `here` (its
 * `import.meta.url`): bundled (dist/node/*.cjs), the sibling bundle `<name>.cjs`; from TypeScript
 * sources (tests, `tsx` scripts), `<name>.ts` beside `here`, loaded through tsx's loader,
 * registered inside the worker because Node 20 does not apply `--import` hooks to a worker's
 * entry module.
 */
export function startWorker(here: string, name: string, options: StartWorkerOptions = {}): Worker {
  const { bundle, ...workerOptions } = options;
  // A bundle needs no loader: do not inherit the parent's (e.g. `--import tsx` when a script
  // runs under tsx, which would cost the worker hundreds of milliseconds to start).
  if (bundle) return new Worker(bundle, { ...workerOptions, execArgv: [] });
  if (here.endsWith('.cjs'))
    return new Worker(new URL(`./${name}.cjs`, here), { ...workerOptions, execArgv: [] });
  const entry = new URL(`./${name}.ts`, here).href;
  const bootstrap = `import(${JSON.stringify(tsxLoaderUrl(here))}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...workerOptions, eval: true });
}
