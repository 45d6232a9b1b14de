/**
 * `praxis search --vault DIR [--json] [--explain] [--show-similar] QUERY`: searches a vault from the command line
 * with the same index and query language as the app. Returns the exit code: 0 with or without
 * hits, 1 when the vault cannot be opened, 2 when the query cannot run as typed.
 */
import { parseArgs } from 'node:util';
import type { SearchHit, SearchResults, SearchSnippet } from '../../shared/search/searchResults';
import { UsageError, type CliCommand } from './cliCommand';
import { openVaultSearch, VaultNotFoundError } from './openVaultSearch';

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search the notes of a vault (same query language as the app)',
  usage: 'praxis search --vault DIR [--json] [--explain] [--show-similar] [--limit N] [--] QUERY',
  async run({ argv, stdout }) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        vault: { type: 'string' },
        json: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        'show-similar': { type: 'boolean', default: false },
        limit: { type: 'string' },
      },
    });
    if (!values.vault) throw new UsageError('--vault DIR is required.');
    // Unquoted words are one query, as typed: `praxis search --vault v framework agreement`;
    // after `--`, words may start with `-` (`praxis search --vault v -- tender -draft`).
    const query = positionals.join(' ');
    if (query.trim() === '') throw new UsageError('What to search for is missing.');
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw new UsageError('--limit takes a whole number from 1 to 100.');
    return runSearchCommand({
      vault: values.vault,
      query,
      json: values.json,
      explain: values.explain,
      showSimilar: values['show-similar'],
      limit,
      stdout,
      isTTY: stdout.isTTY === true,
    });
  },
};

export interface SearchCommandOptions {
  vault: string;
  query: string;
  /** Print a JSON array of `{ path, title, score, snippet }` instead of text. */
  json: boolean;
  /** Say why each hit came where it did (each word's part, coverage, proximity, title). */
  explain?: boolean;
  /** List near-duplicates (same title, highly similar text) as hits instead of folding them. */
  showSimilar?: boolean;
  stdout: { write(text: string): unknown };
  /** Mark matches in bold (only on a terminal). */
  isTTY?: boolean;
  /** Hits to print; default 20. */
  limit?: number;
}

export interface JsonHit {
  path: string;
  title: string;
  score: number;
  /** The best passage of the body (or the title), plain text. */
  snippet: string;
  /** Paths of the near-duplicates folded under this hit (absent with `--show-similar`). */
  similar?: string[];
  /** With `--explain`: why the hit scored what it did. */
  explain?: SearchHit['explain'];
}

/** Lines saying why a hit scored what it did, for `--explain`. */
export function explanationLines(explain: NonNullable<SearchHit['explain']>): string[] {
  const lines = explain.clauses.map((clause) => {
    const found =
      clause.found.length === 0
        ? 'not in this note'
        : clause.found
            .map((f) => `${f.term}${f.weight ? ` ×${f.weight}` : ''} in ${f.fields.join(', ')}`)
            .join('; ');
    return `${clause.word || '(word)'}: ${clause.score.toFixed(2)} (idf ${clause.idf.toFixed(2)}; ${found})`;
  });
  const added = explain.expansion.filter((e) => e.score > 0);
  if (added.length > 0) {
    const parts = added.map((e) => `${e.term} ${e.score.toFixed(2)} (×${e.weight.toFixed(2)})`);
    lines.push(`expansion (words of the best notes): ${parts.join('; ')}`);
  }
  const factors = [`language ${explain.language}`];
  if (explain.coverage < 1)
    factors.push(`holds ${Math.round(explain.coverage * 100)}% of the query's weight`);
  if (explain.proximity > 1) factors.push(`words together ×${explain.proximity.toFixed(2)}`);
  if (explain.titleMatch > 1)
    factors.push(`title is query words ×${explain.titleMatch.toFixed(2)}`);
  lines.push(`score ${explain.score.toFixed(2)}: ${factors.join(', ')}`);
  return lines;
}

/** What the results say about the query as a whole: relaxed matching, typos taken for words. */
export function resultNotes(results: SearchResults): string[] {
  const notes: string[] = [];
  const { didYouMean } = results;
  if (didYouMean) {
    notes.push(
      didYouMean.applied
        ? `Showing results for: ${didYouMean.query}`
        : `Did you mean: ${didYouMean.query}`,
    );
  }
  if (results.relaxed) notes.push('Showing notes with most of your words.');
  return notes;
}

/**
 * How many notes were found and shown: `2 of 40 notes.`, and the near-duplicates folded under
 * them, with the flag that lists them (`(12 similar notes folded: --show-similar lists them)`).
 */
export function countLine(results: Pick<SearchResults, 'hits' | 'total' | 'folded'>): string {
  const shown = results.hits.length;
  const line = `${shown < results.total ? `${shown} of ` : ''}${results.total} note${results.total === 1 ? '' : 's'}`;
  const folded = results.folded ?? 0;
  if (folded === 0) return `${line}.`;
  return `${line} (${folded} similar note${folded === 1 ? '' : 's'} folded: --show-similar lists them).`;
}

function bestSnippet(hit: SearchHit): SearchSnippet | undefined {
  return hit.snippets.find((s) => s.field === 'body') ?? hit.snippets[0];
}

function marked(snippet: SearchSnippet, bold: boolean): string {
  if (!bold) return snippet.text;
  let out = '';
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    out += `${snippet.text.slice(at, start)}\u001b[1m${snippet.text.slice(start, end)}\u001b[22m`;
    at = end;
  }
  return out + snippet.text.slice(at);
}

export async function runSearchCommand(options: SearchCommandOptions): Promise<number> {
  const { vault, query, json, stdout } = options;
  let search;
  try {
    search = await openVaultSearch(vault);
  } catch (error) {
    if (error instanceof VaultNotFoundError) {
      stdout.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  try {
    await search.whenReady();
    const results = await search.query(query, {
      pageSize: Math.min(100, options.limit ?? 20),
      explain: options.explain ?? false,
      showSimilar: options.showSimilar ?? false,
    });
    if (results.error) {
      if (json) {
        stdout.write(`${JSON.stringify({ error: results.error })}\n`);
      } else {
        stdout.write(
          `${results.error.message}\n  ${query}\n  ${' '.repeat(results.error.position)}^\n`,
        );
      }
      return 2;
    }
    if (json) {
      const hits: JsonHit[] = results.hits.map((hit) => ({
        path: hit.path,
        title: hit.title,
        score: hit.score,
        snippet: bestSnippet(hit)?.text ?? '',
        ...(hit.similar && { similar: hit.similar.map((s) => s.path) }),
        ...(hit.explain && { explain: hit.explain }),
      }));
      stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
      return 0;
    }
    for (const warning of results.warnings) stdout.write(`Note: ${warning.message}\n`);
    for (const note of resultNotes(results)) stdout.write(`${note}\n`);
    if (results.total === 0) {
      stdout.write('No notes match.\n');
      return 0;
    }
    results.hits.forEach((hit, i) => {
      const snippet = bestSnippet(hit);
      const where = snippet?.line !== undefined ? `:${snippet.line + 1}` : '';
      stdout.write(`${i + 1}. ${hit.title}  (${hit.path}${where})\n`);
      if (snippet && snippet.field === 'body')
        stdout.write(`   ${marked(snippet, options.isTTY ?? false)}\n`);
      if (hit.similar) {
        const count = hit.similar.length;
        stdout.write(`   + ${count} similar note${count === 1 ? '' : 's'} folded:\n`);
        for (const similar of hit.similar) stdout.write(`     ${similar.path}\n`);
      }
      if (hit.explain)
        for (const line of explanationLines(hit.explain)) stdout.write(`   · ${line}\n`);
    });
    stdout.write(`${countLine(results)}\n`);
    return 0;
  } finally {
    await search.close();
  }
}
