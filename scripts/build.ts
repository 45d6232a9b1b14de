/**
 * Bundles everything that runs under Node or Electron into self-contained CommonJS files in
 * dist/node/ (all npm dependencies inlined, so a packaged app ships only dist/), then builds the
 * renderer with Vite into dist/renderer/.
 *
 *   tsx scripts/build.ts            build all
 *   tsx scripts/build.ts --node     only the Node bundles (fast; the CLI and tests use them)
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { build as viteBuild } from 'vite';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Entry points: output name → source. Workers are bundled as entries of their own. */
export const nodeEntries: Record<string, string> = {
  main: 'main/electron/main.ts',
  preload: 'main/electron/preload.ts',
  praxis: 'main/cli/praxis.ts',
  web: 'main/http/webMain.ts',
  // Found by createSearchWorker() next to whichever bundle starts it.
  searchWorker: 'main/core/search/searchWorker.ts',
  // Found by NoteRepository.load() next to whichever bundle starts it.
  noteLoadWorker: 'main/core/vault/noteLoadWorker.ts',
};

/**
 * jsdom (the DOM the HTML edition renders notes in) reads two files of its own when it loads,
 * which a bundle does not have beside it: its default stylesheet is inlined as text, and its
 * synchronous-XHR worker is left out (the edition never makes a request; a synchronous XHR
 * would fail, nothing else changes).
 */
const jsdomFilesPlugin: Plugin = {
  name: 'jsdom-files',
  setup(context) {
    // css-tree's ES module build finds its data with createRequire at run time, which a bundle
    // cannot follow; its CommonJS build requires it statically. One copy for every importer.
    const cssTree = createRequire(import.meta.url).resolve('css-tree');
    context.onResolve({ filter: /^css-tree$/ }, () => ({ path: cssTree }));
    const jsdomLib = /jsdom[\\/]lib[\\/]jsdom[\\/]/;
    context.onLoad({ filter: /XMLHttpRequest-impl\.js$|computed-style\.js$/ }, async (args) => {
      if (!jsdomLib.test(args.path)) return undefined;
      const source = await readFile(args.path, 'utf8');
      const contents = args.path.endsWith('computed-style.js')
        ? source.replace(
            /fs\.readFileSync\(\s*path\.resolve\(__dirname, "(\.\.\/\.\.\/\.\.\/browser\/default-stylesheet\.css)"\),\s*\{ encoding: "utf-8" \}\s*\)/,
            (_call, file: string) =>
              JSON.stringify(readFileSync(path.resolve(path.dirname(args.path), file), 'utf8')),
          )
        : source.replace('require.resolve("./xhr-sync-worker.js")', 'null');
      // A jsdom that reads its files differently must fail the build, not the exported page.
      if (/xhr-sync-worker\.js"\)|readFileSync\(/.test(contents))
        throw new Error(`jsdom's own files are read differently now in ${args.path}`);
      return { contents, loader: 'js' };
    });
  },
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

/**
 * Files the HTML edition inlines in every page it writes (main/core/packs/html/editionAssets.ts
 * reads them beside the bundle): lunr's own runtime and the page's script.
 */
export const editionAssets: Record<string, string> = {
  'lunr.min.js': 'node_modules/lunr/lunr.min.js',
  'editionRuntime.js': 'main/core/packs/html/editionRuntime.js',
};

async function buildNode(): Promise<void> {
  await rm('dist/node', { recursive: true, force: true });
  await build({ ...common, entryPoints: nodeEntries, plugins: [jsdomFilesPlugin] });
  await mkdir('dist/node/edition', { recursive: true });
  for (const [name, from] of Object.entries(editionAssets))
    await copyFile(from, `dist/node/edition/${name}`);
}

async function main(): Promise<void> {
  const onlyNode = process.argv.includes('--node');
  await buildNode();
  if (!onlyNode) await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(onlyNode ? 'built dist/node' : 'built dist/node and dist/renderer');
}

await main();
