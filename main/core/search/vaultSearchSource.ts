/**
 * A minimal read-only view of a vault folder as a {@link SearchSource}, for the CLI and the
 * benchmark until the note repository provides one. Notes are `*.md` files; folders starting
 * with `.` (`.praxis`, `.git`, `.obsidian`) and `node_modules` are skipped.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { toSearchDocument, type SearchDocument } from './searchDocument';
import type { SearchSource, SourceEntry } from './searchSource';

const frontMatterBlock = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits `---` front matter from the markdown; unreadable YAML counts as no front matter. */
export function splitFrontMatter(raw: string): {
  frontMatter: Record<string, unknown> | null;
  markdown: string;
} {
  const match = frontMatterBlock.exec(raw);
  if (!match) return { frontMatter: null, markdown: raw.replace(/^\uFEFF/, '') };
  // Snippet line numbers count from here: the body, as the editor shows it.
  const markdown = raw.slice(match[0].length);
  try {
    const parsed: unknown = parseYaml(match[1]!);
    const frontMatter =
      typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : null;
    return { frontMatter, markdown };
  } catch {
    return { frontMatter: null, markdown };
  }
}

export function fingerprintOf(stats: { mtimeMs: number; size: number }): string {
  return `${Math.trunc(stats.mtimeMs)}:${stats.size}`;
}

async function* walk(root: string, relative: string): AsyncGenerator<string> {
  let dir;
  try {
    dir = await opendir(path.join(root, relative));
  } catch {
    return;
  }
  const children: string[] = [];
  const files: string[] = [];
  for await (const entry of dir) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) children.push(child);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) files.push(child);
  }
  files.sort();
  children.sort();
  yield* files;
  for (const child of children) yield* walk(root, child);
}

export async function readVaultDocument(
  vaultDir: string,
  notePath: string,
): Promise<{ doc: SearchDocument; fingerprint: string } | null> {
  const file = path.join(vaultDir, ...notePath.split('/'));
  try {
    const [raw, stats] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    const { frontMatter, markdown } = splitFrontMatter(raw);
    const doc = toSearchDocument({ path: notePath, markdown, frontMatter, modified: stats.mtime });
    return { doc, fingerprint: fingerprintOf(stats) };
  } catch {
    return null;
  }
}

export function createVaultSearchSource(vaultDir: string): SearchSource {
  return {
    async *list(): AsyncGenerator<SourceEntry> {
      // stat in small parallel groups: one at a time is bound by latency, not the disk.
      let batch: string[] = [];
      const flush = async function* (): AsyncGenerator<SourceEntry> {
        const stats = await Promise.all(
          batch.map((p) => stat(path.join(vaultDir, ...p.split('/'))).catch(() => null)),
        );
        for (let i = 0; i < batch.length; i++) {
          const s = stats[i];
          if (s) yield { path: batch[i]!, fingerprint: fingerprintOf(s) };
        }
        batch = [];
      };
      for await (const notePath of walk(vaultDir, '')) {
        batch.push(notePath);
        if (batch.length >= 64) yield* flush();
      }
      yield* flush();
    },
    read: (notePath) => readVaultDocument(vaultDir, notePath),
  };
}
