/**
 * The benchmark vault and its query sets, built from ../shared/corpora (read-only; copied into
 * a temp folder): tldr-pages as short notes, PowerShell docs as long articles.
 */
import { cp, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import lunr from 'lunr';
import { fieldTexts } from '../../main/core/search/indexFields';
import { markdownToText } from '../../main/core/search/markdownText';
import { toSearchDocument, type SearchDocument } from '../../main/core/search/searchDocument';
import type { SearchSource, SourceEntry } from '../../main/core/search/searchSource';
import { splitFrontMatter } from '../../main/core/vault/frontMatter';
import { parseNoteFile } from '../../main/core/vault/noteRepository';
import { scanVaultFiles } from '../../main/core/vault/vaultScanner';
import { corporaDir } from '../../testing/core/corpora';

export { corporaDir };
export const shortPrefix = 'tldr/';
export const longPrefix = 'powershell/';

export async function copyCorpora(vault: string): Promise<void> {
  await mkdir(vault, { recursive: true });
  await cp(path.join(corporaDir, 'tldr-pages', 'pages'), path.join(vault, 'tldr'), {
    recursive: true,
  });
  await cp(path.join(corporaDir, 'powershell-docs', 'reference'), path.join(vault, 'powershell'), {
    recursive: true,
  });
}

/**
 * The notes of the benchmark vault, read and parsed exactly as the note repository does
 * (`parseNoteFile`, `toSearchDocument`) but without keeping a repository in every engine's
 * process: what is measured is the engines. Fingerprints are `mtime:size`, enough for a vault
 * nobody edits while the benchmark runs.
 */
export function benchSource(vault: string): SearchSource {
  const file = (rel: string): string => path.join(vault, ...rel.split('/'));
  const fingerprint = (s: { mtimeMs: number; size: number }): string =>
    `${Math.trunc(s.mtimeMs)}:${s.size}`;
  return {
    async *list(): AsyncGenerator<SourceEntry> {
      const { notes } = await scanVaultFiles(vault);
      for (let i = 0; i < notes.length; i += 64) {
        const batch = notes.slice(i, i + 64);
        const stats = await Promise.all(batch.map((rel) => stat(file(rel))));
        for (const [j, rel] of batch.entries())
          yield { path: rel, fingerprint: fingerprint(stats[j]!) };
      }
    },
    async read(rel) {
      const [raw, stats] = await Promise.all([readFile(file(rel), 'utf8'), stat(file(rel))]);
      return {
        doc: toSearchDocument(parseNoteFile(rel, raw, stats.mtime)),
        fingerprint: fingerprint(stats),
      };
    },
  };
}

/** Every note of the vault, read the way every engine reads it (as the app's index does). */
export async function* readVault(source: SearchSource): AsyncGenerator<SearchDocument> {
  const paths: string[] = [];
  for await (const entry of source.list()) paths.push(entry.path);
  for (let i = 0; i < paths.length; i += 16) {
    const versions = await Promise.all(paths.slice(i, i + 16).map((p) => source.read(p)));
    for (const version of versions) if (version) yield version.doc;
  }
}

/** Deterministic pseudo-random numbers (mulberry32), so every run asks the same questions. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type QueryKind = 'word' | 'bigram' | 'prefix' | 'fuzzy';

export interface BenchQuery {
  kind: QueryKind;
  /** Praxis syntax (also the text the others get, with their options). */
  text: string;
  /** The word(s) without syntax. */
  words: string[];
}

export interface RelevanceQuery {
  text: string;
  /** Paths of the notes that answer it (the page and its identical copies). */
  relevant: string[];
}

const isStopWord = (word: string): boolean =>
  lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** ≥ 200 realistic queries: single words, bigrams, prefixes and typos, from the notes' text. */
export function realisticQueries(docs: SearchDocument[], count = 240): BenchQuery[] {
  const random = seeded(42);
  const queries: BenchQuery[] = [];
  const kinds: QueryKind[] = ['word', 'bigram', 'prefix', 'fuzzy'];
  let attempts = 0;
  while (queries.length < count && attempts++ < count * 100) {
    const kind = kinds[queries.length % kinds.length]!;
    const doc = pick(docs, random);
    const lines = doc.body.split('\n').filter((l) => l.trim().length > 20);
    if (lines.length === 0) continue;
    const words = (pick(lines, random).match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
    const usable = (w: string | undefined, min: number): w is string =>
      !!w && w.length >= min && !isStopWord(w);
    if (kind === 'bigram') {
      const at = Math.floor(random() * Math.max(0, words.length - 1));
      const [a, b] = [words[at], words[at + 1]];
      if (usable(a, 3) && usable(b, 3) && a !== b)
        queries.push({ kind, text: `${a} ${b}`, words: [a, b] });
      continue;
    }
    const word = pick(words.length > 0 ? words : [''], random);
    if (kind === 'word' && usable(word, 4)) queries.push({ kind, text: word, words: [word] });
    if (kind === 'prefix' && usable(word, 6)) {
      const prefix = word.slice(0, 3 + Math.floor(random() * 3));
      queries.push({ kind, text: `${prefix}*`, words: [prefix] });
    }
    if (kind === 'fuzzy' && usable(word, 6)) {
      const at = 1 + Math.floor(random() * (word.length - 2));
      const edit = Math.floor(random() * 3);
      const typo =
        edit === 0
          ? word.slice(0, at) + word.slice(at + 1)
          : edit === 1
            ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
            : word.slice(0, at) + (word[at] === 'e' ? 'a' : 'e') + word.slice(at + 1);
      queries.push({ kind, text: `${typo}~1`, words: [typo] });
    }
  }
  return queries;
}

/**
 * Known-answer queries: a tldr page's one-line description, or a PowerShell article's
 * front-matter description, with that note (and its identical copies) as the answer.
 */
export async function relevanceQueries(
  vault: string,
  docs: SearchDocument[],
  count = 1000,
): Promise<RelevanceQuery[]> {
  const byQuery = new Map<string, { text: string; title: string; relevant: string[] }>();
  for (const doc of docs) {
    const raw = await readFile(path.join(vault, ...doc.path.split('/')), 'utf8');
    let description: string | undefined;
    if (doc.path.startsWith(shortPrefix)) {
      const line = raw
        .split('\n')
        .find((l) => l.startsWith('> ') && !l.startsWith('> More information'));
      description = line ? markdownToText(line).text : undefined;
    } else {
      const value = splitFrontMatter(raw).data?.['description'];
      description = typeof value === 'string' ? value : undefined;
    }
    const text = description?.replace(/\s+/g, ' ').trim();
    if (!text || text.split(' ').length < 2) continue;
    const key = `${doc.title}\u0000${text}`;
    const entry = byQuery.get(key);
    if (entry) entry.relevant.push(doc.path);
    else byQuery.set(key, { text, title: doc.title, relevant: [doc.path] });
  }
  const random = seeded(7);
  const all = [...byQuery.values()];
  const short = all.filter((q) => q.relevant[0]!.startsWith(shortPrefix));
  const long = all.filter((q) => q.relevant[0]!.startsWith(longPrefix));
  const sample = <T>(items: T[], n: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  };
  const longCount = Math.round(count * 0.3);
  return [...sample(short, count - longCount), ...sample(long, longCount)].map(
    ({ text, relevant }) => ({
      text,
      relevant,
    }),
  );
}

/** The fields every peer engine indexes, as Praxis does. */
export const textFields = ['title', 'headings', 'body', 'tags', 'domains', 'type'];

/** The same text per field for every engine. */
export function flat(doc: SearchDocument): Record<string, string> {
  const [title, headings, body, tags, domains, type] = fieldTexts(doc);
  return {
    id: doc.path,
    title: title!,
    headings: headings!,
    body: body!,
    tags: tags!,
    domains: domains!,
    type: type!,
  };
}

/**
 * The floor of indexing a vault: read every note as the app's index does (parsed, made a search
 * document), split its fields with lunr's default tokenizer (lower case, white space and
 * hyphens) and count the terms — everything an index must do, with no index.
 */
export async function readAndTokenise(vault: string): Promise<{ tokens: number; terms: number }> {
  const counts = new Map<string, number>();
  let tokens = 0;
  for await (const doc of readVault(benchSource(vault))) {
    for (const text of fieldTexts(doc)) {
      for (const token of text.toLowerCase().split(/[\s-]+/)) {
        if (token === '') continue;
        tokens++;
        counts.set(token, (counts.get(token) ?? 0) + 1);
      }
    }
  }
  return { tokens, terms: counts.size };
}
