/**
 * `<indexDir>/manifest.json`: which generation folder holds the current index and what it was
 * built with. It is replaced atomically after a new generation is completely written, so a crash
 * at any point leaves either the old index or the new one, never half of each.
 */
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { fieldCount } from './indexFields';
import { analyzerVersion } from './textAnalyzer';

/** Bumped when the files' layout changes. */
export const indexFormatVersion = 3;

const manifestSchema = z.object({
  format: z.number(),
  analyzer: z.number(),
  fields: z.number(),
  generation: z.string().regex(/^gen-[a-z0-9-]+$/),
  builtAt: z.string(),
  notes: z.number().int().nonnegative(),
  terms: z.number().int().nonnegative(),
  files: z.array(
    z.object({
      name: z.string(),
      size: z.number().int().nonnegative(),
      crc32: z.number().int().nonnegative(),
    }),
  ),
});

export type IndexManifest = z.infer<typeof manifestSchema>;

export type ManifestState =
  | { status: 'ok'; manifest: IndexManifest }
  | { status: 'missing' }
  | { status: 'incompatible' | 'corrupt'; reason: string };

export const manifestName = 'manifest.json';

export async function readManifest(indexDir: string): Promise<ManifestState> {
  let text: string;
  try {
    text = await readFile(path.join(indexDir, manifestName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return {
      status: 'corrupt',
      reason: `the manifest cannot be read (${(error as Error).message})`,
    };
  }
  let parsed: z.ZodSafeParseResult<IndexManifest>;
  try {
    parsed = manifestSchema.safeParse(JSON.parse(text));
  } catch {
    return { status: 'corrupt', reason: 'the manifest is not valid JSON' };
  }
  if (!parsed.success) return { status: 'corrupt', reason: 'the manifest is malformed' };
  const manifest = parsed.data;
  if (manifest.format !== indexFormatVersion || manifest.fields !== fieldCount) {
    return { status: 'incompatible', reason: 'it was written by another version of Praxis' };
  }
  if (manifest.analyzer !== analyzerVersion) {
    return { status: 'incompatible', reason: 'words are now analysed differently' };
  }
  return { status: 'ok', manifest };
}

/** Writes the manifest atomically: temp file, fsync, rename. */
export async function writeManifest(indexDir: string, manifest: IndexManifest): Promise<void> {
  await mkdir(indexDir, { recursive: true });
  const target = path.join(indexDir, manifestName);
  const temp = `${target}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(JSON.stringify(manifest, null, 1));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, target);
}
