import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../shared/search/searchResults';
import { readManifest, writeManifest } from './indexManifest';
import { nearDuplicateSimilarity, titleKey } from './nearDuplicates';
import type { SearchDocument } from './searchDocument';
import { SearchEngine } from './searchEngine';
import { runToEnd } from './segmentBuilder';
import { searchDocument } from './testNotes';
import { maxChars, signatureSimilarity, textSignature } from './textSignature';

let dir: string;
const engines: SearchEngine[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'praxis-dups-'));
});

afterEach(async () => {
  for (const engine of engines.splice(0)) engine.close();
  await rm(dir, { recursive: true, force: true });
});

async function engineWith(docs: SearchDocument[]): Promise<SearchEngine> {
  const engine = new SearchEngine({ indexDir: dir });
  engines.push(engine);
  await engine.load();
  await engine.beginRebuild();
  for (const doc of docs) engine.addToBuild(doc, 'v1');
  await engine.persist(runToEnd(engine.finishBuild())!);
  return engine;
}

const paths = (results: Omit<SearchResults, 'status'>): string[] => results.hits.map((h) => h.path);

/** An article of a few paragraphs, as a documentation page is written. */
const article = [
  'A profile is a script that runs when the shell starts.',
  'You can use the profile as a logon script to customize the environment.',
  'You can add commands, aliases, functions, variables, modules and drives to it.',
  'The shell supports several profiles for users and host programs.',
  'Each profile is loaded in a fixed order, and the later ones win.',
  'To see the path of your profile, read the automatic variable that holds it.',
  'The execution policy decides whether the profile is allowed to run at all.',
  'When a profile does not load, check the policy first, then the path of the file.',
].join('\n\n');

/** The same article in version folders, each with a sentence of its own (as real versions are). */
function versions(): SearchDocument[] {
  return ['5.1', '7.4', '7.5', '7.6', '7.7'].map((version) =>
    searchDocument(
      `powershell/${version}/about_Profiles.md`,
      'about_Profiles',
      `${article}\n\nThis page describes version ${version} of the shell.` +
        // The newest version says "startup" twice more: it is the best match for that word.
        (version === '7.7' ? '\n\nStartup scripts, the startup order, run at startup.' : ''),
    ),
  );
}

const otherNotes = (): SearchDocument[] => [
  searchDocument(
    'meetings/2026-01-12.md',
    'Meeting notes',
    'Budget review with the finance team. We agreed to move the audit to March and to hire two temporary clerks for the tax season. Action: draft the hiring request by Friday.',
  ),
  searchDocument(
    'meetings/2026-02-03.md',
    'Meeting notes',
    'Onboarding of the new starters. Laptops are late again; the service desk will lend spare ones. Action: ask procurement about the framework agreement for hardware.',
  ),
  searchDocument(
    'guides/Logon scripts.md',
    'Logon scripts',
    'A logon script runs when a user signs in. Use group policy to assign one to every user of a department, and keep it short: a slow logon script delays the whole startup.',
  ),
];

describe('text signature', () => {
  it('estimates how much two texts share, ignoring case and punctuation', () => {
    const a = textSignature(article)!;
    expect(a).toMatch(/^[0-9a-f]{128}$/);
    expect(signatureSimilarity(a, textSignature(article.toUpperCase().replace(/\./g, ' ; ')))).toBe(
      1,
    );
    const edited = textSignature(`${article}\n\nOne more sentence about something else entirely.`);
    expect(signatureSimilarity(a, edited)).toBeGreaterThan(nearDuplicateSimilarity);
    const unrelated = textSignature(otherNotes()[0]!.body);
    expect(signatureSimilarity(a, unrelated)).toBeLessThan(0.1);
  });

  it('reads a long text only up to a bound, so a huge note costs no more than a long one', () => {
    const long = `${article}\n\n`.repeat(Math.ceil(maxChars / article.length) + 1);
    expect(signatureSimilarity(textSignature(long), textSignature(`${long} tail words here`))).toBe(
      1,
    );
  });

  it('says nothing of a text too short to judge', () => {
    expect(textSignature('Call Ana.')).toBeNull();
    expect(signatureSimilarity(null, null)).toBe(0);
  });

  it('compares titles without case, accents or extra spaces, but with their symbols', () => {
    expect(titleKey('  Gestión   de contratos ')).toBe(titleKey('gestion de CONTRATOS'));
    expect(titleKey('clang++')).not.toBe(titleKey('clang'));
  });
});

describe('near-duplicate folding', () => {
  it('folds five versions of one article into the best-ranked one, and counts them', async () => {
    const engine = await engineWith([...versions(), ...otherNotes()]);
    const results = engine.search('profile startup');
    // The 7.7 copy says "startup" most: it stays, first; the other four are folded under it.
    expect(paths(results)[0]).toBe('powershell/7.7/about_Profiles.md');
    expect(paths(results).filter((p) => p.includes('about_Profiles'))).toHaveLength(1);
    expect(results.hits[0]!.similar?.map((s) => s.path).sort()).toEqual([
      'powershell/5.1/about_Profiles.md',
      'powershell/7.4/about_Profiles.md',
      'powershell/7.5/about_Profiles.md',
      'powershell/7.6/about_Profiles.md',
    ]);
    expect(results.hits[0]!.similar?.[0]).toMatchObject({ title: 'about_Profiles', type: 'note' });
    // What the list shows, and what was folded: 6 notes found, 2 shown.
    expect(paths(results)).toContain('guides/Logon scripts.md');
    expect(results.total).toBe(2);
    expect(results.folded).toBe(4);
    // Facets count every note found.
    expect(results.facets.types).toEqual([{ value: 'note', count: 6 }]);
  });

  it('never folds notes that merely share a title', async () => {
    const engine = await engineWith([...versions(), ...otherNotes()]);
    const results = engine.search('action');
    expect(paths(results).sort()).toEqual(['meetings/2026-01-12.md', 'meetings/2026-02-03.md']);
    expect(results.folded).toBeUndefined();
    expect(results.hits.every((h) => h.similar === undefined)).toBe(true);
  });

  it('shows a copy as itself when it is the only match, or when asked for all', async () => {
    const engine = await engineWith([...versions(), ...otherNotes()]);
    // Only the 7.5 copy has "7.5" in its text.
    const only = engine.search('"version 7.5"');
    expect(paths(only)).toEqual(['powershell/7.5/about_Profiles.md']);
    expect(only.folded).toBeUndefined();
    const all = engine.search('profile startup', { showSimilar: true });
    expect(paths(all).filter((p) => p.includes('about_Profiles'))).toHaveLength(5);
    expect(all.total).toBe(6);
    expect(all.folded).toBeUndefined();
  });

  it('keeps pages truthful: a later page never shows a folded copy', async () => {
    const engine = await engineWith([...versions(), ...otherNotes()]);
    const first = engine.search('profile startup', { pageSize: 1 });
    const second = engine.search('profile startup', { pageSize: 1, page: 2 });
    const third = engine.search('profile startup', { pageSize: 1, page: 3 });
    expect(paths(first)).toEqual(['powershell/7.7/about_Profiles.md']);
    expect(paths(second)).toEqual(['guides/Logon scripts.md']);
    expect(paths(third)).toEqual([]);
    expect([first.total, second.total]).toEqual([2, 2]);
  });

  it('follows edits: a copy saved since the build folds, and one rewritten no longer does', async () => {
    const engine = await engineWith([...versions().slice(0, 2), ...otherNotes()]);
    engine.upsert(versions()[4]!, 'v2');
    let results = engine.search('profile startup');
    expect(paths(results)[0]).toBe('powershell/7.7/about_Profiles.md');
    expect(results.folded).toBe(2);
    // 7.4 rewritten from scratch: same title, other text, so it stands on its own.
    engine.upsert(
      searchDocument(
        'powershell/7.4/about_Profiles.md',
        'about_Profiles',
        'Profiles moved: the startup scripts of this version are described in the new profile guide, with examples for every host and a table of the folders searched.',
      ),
      'v3',
    );
    results = engine.search('profile startup');
    expect(results.folded).toBe(1);
    expect(paths(results)).toContain('powershell/7.4/about_Profiles.md');
  });

  it('folds a note copied since the build, and copies made since the build', async () => {
    const [v51, v74, v75] = versions();
    const engine = await engineWith([v51!, ...otherNotes()]);
    expect(engine.search('profile').folded).toBeUndefined();
    engine.upsert(v74!, 'v1');
    expect(engine.search('profile').folded).toBe(1);
    // Two copies of a note that is not in the saved index either.
    const logon = otherNotes()[2]!;
    engine.upsert({ ...logon, path: 'copies/Logon scripts (1).md' }, 'v1');
    engine.upsert({ ...logon, path: 'copies/Logon scripts (2).md' }, 'v1');
    engine.upsert(v75!, 'v1');
    const results = engine.search('logon');
    expect(results.folded).toBe(2 + 2);
    expect(results.total).toBe(2);
  });

  it('keeps the signatures in the saved index, and rebuilds an index saved without them', async () => {
    await engineWith([...versions(), ...otherNotes()]);
    const reopened = new SearchEngine({ indexDir: dir });
    engines.push(reopened);
    expect(await reopened.load()).toMatchObject({ status: 'loaded' });
    expect(reopened.search('profile startup').folded).toBe(4);
    // An index of the previous format (rows without signatures) is not read, but rebuilt.
    const state = await readManifest(dir);
    if (state.status !== 'ok') throw new Error('no manifest');
    await writeManifest(dir, { ...state.manifest, format: 4 });
    const old = new SearchEngine({ indexDir: dir });
    engines.push(old);
    expect(await old.load()).toMatchObject({ status: 'incompatible' });
  });
});
