import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

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

/**
 * Indexing makes many short-lived strings; a small young generation collects them early instead
 * of letting the worker's heap (and the app's memory) grow by tens of megabytes.
 */
const options = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };

/**
 * Starts the search worker: the given bundle, or else, bundled (dist/node/*.cjs) it is the sibling bundle
 * `searchWorker.cjs`; from TypeScript sources (tests, `tsx` scripts) it is searchWorker.ts,
 * loaded through tsx's loader, registered inside the worker because Node 20 does not apply
 * `--import` hooks to a worker's entry module.
 */
export function createSearchWorker(from: { bundle?: string } = {}): Worker {
  // A bundle needs no loader: do not inherit the parent's (e.g. `--import tsx` when a script
  // runs under tsx, which would cost the worker hundreds of milliseconds to start).
  if (from.bundle) return new Worker(from.bundle, { ...options, execArgv: [] });
  const here = import.meta.url;
  if (here.endsWith('.cjs')) {
    return new Worker(new URL('./searchWorker.cjs', here), { ...options, execArgv: [] });
  }
  const entry = new URL('./searchWorker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsxLoaderUrl(here))}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
