import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTestVault } from '../core/search/testNotes';
import { snapshotFolder } from '../../testing/core/tempVault';
import { runCli } from './praxisCli';
import { runIndexCommand } from './indexCommand';
import { explanationLines, runSearchCommand, type JsonHit } from './searchCommand';

/**
 * Each test starts a search worker, which loads the language detector's data before it indexes:
 * a second or more on a loaded machine (what is checked is the result, not the time).
 */
const workerTestTimeout = 30_000;

let vault: string;

function output(): { stdout: { write(text: string): boolean }; text: () => string } {
  let text = '';
  return {
    stdout: {
      write(chunk: string) {
        text += chunk;
        return true;
      },
    },
    text: () => text,
  };
}

beforeEach(async () => {
  vault = await mkdtemp(path.join(tmpdir(), 'praxis-cli-'));
  await writeTestVault(vault);
});

afterEach(async () => {
  await rm(vault, { recursive: true, force: true });
});

describe('praxis index', { timeout: workerTestTimeout }, () => {
  it('builds the index with a progress bar on a terminal, then finds it up to date', async () => {
    const first = output();
    expect(await runIndexCommand({ vault, stdout: first.stdout, isTTY: true })).toBe(0);
    expect(first.text()).toMatch(/█/);
    expect(first.text()).toMatch(/Indexed 7 notes in [\d.]+ s \(there was no saved index\)\.\n$/);
    const second = output();
    expect(await runIndexCommand({ vault, stdout: second.stdout, isTTY: false })).toBe(0);
    expect(second.text()).toMatch(/^Search index of 7 notes is up to date \(nothing had changed; /);
  });

  it('says what to do when the vault folder does not exist', async () => {
    const out = output();
    expect(
      await runIndexCommand({ vault: path.join(vault, 'nope'), stdout: out.stdout, isTTY: false }),
    ).toBe(1);
    expect(out.text()).toMatch(
      /There is no vault folder at .*nope\. Pass the folder of your notes with --vault\./,
    );
  });
});

describe('praxis search', { timeout: workerTestTimeout }, () => {
  it('prints hits with their best passage', async () => {
    const out = output();
    expect(
      await runSearchCommand({
        vault,
        query: '+framework +agreement',
        json: false,
        stdout: out.stdout,
      }),
    ).toBe(0);
    expect(out.text()).toMatch(
      /^1\. Framework agreements {2}\(procurement\/Framework agreements\.md:\d+\)\n {3}.*framework/i,
    );
    expect(out.text()).toMatch(/2 notes\.\n$/);
  });

  it('says when it shows notes with most of the words, and why each came where it did', async () => {
    const out = output();
    expect(
      await runSearchCommand({
        vault,
        query: 'framework agreemnt bids',
        json: false,
        explain: true,
        stdout: out.stdout,
      }),
    ).toBe(0);
    const text = out.text();
    expect(text).toMatch(/^Showing results for: framework agreement bids\n/);
    expect(text).toMatch(/Showing notes with most of your words\./);
    expect(text).toMatch(
      /1\. Framework agreements[^\n]*\n[^\n]*\n {3}· framework: [\d.]+ \(idf [\d.]+; framework in title, [^)]*\)\n/,
    );
    expect(text).toMatch(/ {3}· score [\d.]+: language en/);
    expect(text).toMatch(/ {3}· bids: 0\.00 \(idf [\d.]+; not in this note\)/);
    expect(text).toMatch(/holds \d+% of the query's weight/);
    // "Framework agreements" is made of the query's words.
    expect(text).toMatch(/ {3}· score [\d.]+: language en[^\n]*title is query words ×1\.50/);
  });

  it('shows what synonyms and expansion words gave a hit under --explain', () => {
    const lines = explanationLines({
      language: 'en',
      clauses: [
        {
          word: 'unpack',
          found: [{ term: 'extract', fields: ['body', 'lead'], weight: 0.3 }],
          idf: 3.2,
          score: 4.5,
        },
      ],
      coverage: 1,
      proximity: 1,
      titleMatch: 1,
      expansion: [
        { term: 'archiv', weight: 0.1, score: 1.25 },
        { term: 'compress', weight: 0.05, score: 0 },
      ],
      score: 5.75,
    });
    expect(lines).toEqual([
      'unpack: 4.50 (idf 3.20; extract ×0.3 in body, lead)',
      'expansion (words of the best notes): archiv 1.25 (×0.10)',
      'score 5.75: language en',
    ]);
  });

  it('prints JSON hits with path, title, score and snippet', async () => {
    const out = output();
    expect(
      await runSearchCommand({
        vault,
        query: 'tag:contracts bids',
        json: true,
        stdout: out.stdout,
      }),
    ).toBe(0);
    const hits = JSON.parse(out.text()) as JsonHit[];
    expect(hits.map((h) => h.path).sort()).toEqual([
      'procurement/Framework agreements.md',
      'procurement/Scoring matrix.md',
    ]);
    for (const hit of hits) {
      expect(Object.keys(hit).sort()).toEqual(['path', 'score', 'snippet', 'title']);
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.snippet).toMatch(/bids/);
    }
  });

  it('folds near-duplicates under the best one, and lists them with --show-similar', async () => {
    const text =
      'Extending a framework agreement needs the approval of the contracts board, a new budget line and a notice published before the old agreement ends.';
    await writeTestVault(
      vault,
      ['v1', 'v2', 'v3'].map((version) => ({
        path: `procedures/${version}/Extend a framework agreement.md`,
        frontMatter: { updated: `2026-0${version.slice(1)}-01` },
        markdown: `${text}\n\nVersion ${version}.\n`,
      })),
    );
    const folded = output();
    expect(
      await runSearchCommand({
        vault,
        query: 'contracts board',
        json: false,
        stdout: folded.stdout,
      }),
    ).toBe(0);
    expect(folded.text()).toMatch(
      /(?:^|\n)1\. Extend a framework agreement {2}\(procedures\/v\d\/[^\n]*\n[^\n]*\n {3}\+ 2 similar notes folded:\n {5}procedures\/v\d\/Extend a framework agreement\.md\n {5}procedures/,
    );
    expect(folded.text()).toMatch(
      /\n3 notes \(2 similar notes folded: --show-similar lists them\)\.\n$/,
    );
    const json = output();
    await runSearchCommand({ vault, query: 'contracts board', json: true, stdout: json.stdout });
    const [hit] = JSON.parse(json.text()) as JsonHit[];
    expect(hit!.similar).toHaveLength(2);
    const all = output();
    expect(
      await runSearchCommand({
        vault,
        query: 'contracts board',
        json: false,
        showSimilar: true,
        stdout: all.stdout,
      }),
    ).toBe(0);
    expect(all.text()).toMatch(/\n5 notes\.\n$/);
    expect(all.text()).not.toMatch(/similar/);
  });

  it('points at the part of a query it cannot run', async () => {
    const out = output();
    expect(
      await runSearchCommand({
        vault,
        query: 'budget created:soon',
        json: false,
        stdout: out.stdout,
      }),
    ).toBe(2);
    expect(out.text()).toBe(
      '"soon" is not a date created: understands. Write 2026, 2026-03, 2026-03-15, >2026-01-01, <=2026-06 or 2026-01..2026-03.\n  budget created:soon\n                 ^\n',
    );
  });
});

describe('the praxis command', { timeout: workerTestTimeout }, () => {
  function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk) => (out += chunk));
    stderr.on('data', (chunk) => (err += chunk));
    return runCli(args, { stdout, stderr }).then((code) => ({ code, out, err }));
  }

  it('has index and search, which write nothing but the index and the note cache', async () => {
    const before = await snapshotFolder(vault, { withSearchIndex: true });
    expect((await cli('--help')).out).toMatch(/praxis index --vault DIR[\s\S]*praxis search/);
    const indexed = await cli('index', '--vault', vault);
    expect(indexed).toMatchObject({ code: 0, err: '' });
    expect(indexed.out).toMatch(/^Indexed 7 notes in/);
    const searched = await cli('search', '--vault', vault, '--json', '--', 'tender', '-cleaning');
    expect(searched.code).toBe(0);
    expect((JSON.parse(searched.out) as JsonHit[]).map((h) => h.path)).toEqual([
      'procurement/Framework agreements.md',
    ]);
    const after = await snapshotFolder(vault, { withSearchIndex: true });
    const added = [...after.keys()].filter((file) => !before.has(file));
    expect(added.length).toBeGreaterThan(0);
    for (const file of added) expect(file).toMatch(/^\.praxis[\\/](index[\\/]|notes-cache\.json$)/);
    expect([...before].every(([file, bytes]) => after.get(file) === bytes)).toBe(true);
  });

  it('explains wrong usage', async () => {
    expect(await cli('search', '--vault', vault)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/What to search for is missing\.\nUsage: praxis search/),
    });
    expect(await cli('search', 'budget')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--vault DIR is required/),
    });
    expect(await cli('search', '--vault', vault, '--limit', 'all', 'budget')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--limit takes a whole number/),
    });
    expect((await cli('index')).code).toBe(2);
  });
});
