import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The scripts the HTML edition inlines: lunr's own runtime and the page's (editionRuntime.js). */
export interface EditionScripts {
  lunr: string;
  runtime: string;
}

/**
 * Reads the edition's scripts from disk. Bundled (dist/node/*.cjs), they are files the build
 * copies beside the bundle (scripts/build.ts: `edition/`); from TypeScript sources (tests, tsx)
 * they are node_modules/lunr/lunr.min.js and editionRuntime.js beside this module.
 */
export async function readEditionScripts(): Promise<EditionScripts> {
  const here = import.meta.url;
  const bundled = here.endsWith('.cjs');
  const lunrFile = bundled
    ? new URL('./edition/lunr.min.js', here)
    : createRequire(here).resolve('lunr/lunr.min.js');
  const runtimeFile = new URL(
    bundled ? './edition/editionRuntime.js' : './editionRuntime.js',
    here,
  );
  const [lunr, runtime] = await Promise.all([
    readFile(typeof lunrFile === 'string' ? lunrFile : fileURLToPath(lunrFile), 'utf8'),
    readFile(fileURLToPath(runtimeFile), 'utf8'),
  ]);
  return { lunr, runtime };
}
