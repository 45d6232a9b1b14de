/**
 * Bundles everything that runs under Node or Electron into self-contained CommonJS files in
 * dist/node/ (all npm dependencies inlined, so a packaged app ships only dist/), then builds the
 * renderer with Vite into dist/renderer/.
 *
 *   tsx scripts/build.ts            build all
 *   tsx scripts/build.ts --node     only the Node bundles (fast; the CLI and tests use them)
 */
import { build, type BuildOptions } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rm } from 'node:fs/promises';

/** Entry points: output name → source. Workers are bundled as entries of their own. */
export const nodeEntries: Record<string, string> = {
  main: 'main/electron/main.ts',
  preload: 'main/electron/preload.ts',
  praxis: 'main/cli/praxis.ts',
  web: 'main/http/webMain.ts',
  // Found by createSearchWorker() next to whichever bundle starts it.
  searchWorker: 'main/core/search/searchWorker.ts',
};

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outdir: 'dist/node',
  outExtension: { '.js': '.cjs' },
  sourcemap: 'linked',
  // electron is provided by the runtime; fsevents is chokidar's optional macOS-only dependency.
  external: ['electron', 'fsevents'],
  logLevel: 'warning',
  legalComments: 'none',
  // Bundled ESM dependencies sometimes read import.meta.url; give them the CommonJS equivalent.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

async function buildNode(): Promise<void> {
  await rm('dist/node', { recursive: true, force: true });
  await build({ ...common, entryPoints: nodeEntries });
}

async function main(): Promise<void> {
  const onlyNode = process.argv.includes('--node');
  await buildNode();
  if (!onlyNode) await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(onlyNode ? 'built dist/node' : 'built dist/node and dist/renderer');
}

await main();
