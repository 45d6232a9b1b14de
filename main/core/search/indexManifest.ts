/**
 * `<indexDir>/manifest.json`: which generation folder holds the current index and what it was
 * built with. It is replaced atomically after a new generation is completely written, so a crash
 * at any point leaves either the old index or the new one, never half of each.
 */
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { fieldCount } from './indexFields';
import type { SegmentFile } from './segmentFiles';
import { analyzerVersion } from './textAnalyzer';

/** Bumped when the files' layout changes (5: docs.json rows carry a text signature). */
export const indexFormatVersion = 5;

export interface IndexManifest {
  format: number;
  analyzer: number;
  fields: number;
  /** Folder of the current generation, `gen-…`. */
  generation: string;
  builtAt: string;
  notes: number;
  terms: number;
  files: SegmentFile[];
}

const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0;

/**
 * Checks the manifest's shape by hand: the worker loads it at every start, and a schema library
 * would be most of the worker's code to parse before the first query.
 */
function asManifest(value: unknown): IndexManifest | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  const files = m['files'];
  const validFiles =
    Array.isArray(files) &&
    files.every((f: unknown) => {
      const file = f as Record<string, unknown> | null;
      return (
        typeof file === 'object' &&
        file !== null &&
        typeof file['name'] === 'string' &&
        isCount(file['size']) &&
        isCount(file['crc32'])
      );
    });
  const valid =
    typeof m['format'] === 'number' &&
    typeof m['analyzer'] === 'number' &&
    typeof m['fields'] === 'number' &&
    typeof m['generation'] === 'string' &&
    /^gen-[a-z0-9-]+$/.test(m['generation']) &&
    typeof m['builtAt'] === 'string' &&
    isCount(m['notes']) &&
    isCount(m['terms']) &&
    validFiles;
  return valid ? (value as IndexManifest) : null;
}

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
  let manifest: IndexManifest | null;
  try {
    manifest = asManifest(JSON.parse(text));
  } catch {
    return { status: 'corrupt', reason: 'the manifest is not valid JSON' };
  }
  if (!manifest) return { status: 'corrupt', reason: 'the manifest is malformed' };
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
