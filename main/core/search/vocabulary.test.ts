/**
 * Closing the gap between a question's words and a note's (queryPlan.ts's task synonyms,
 * feedbackExpansion.ts's pseudo-relevance feedback), on small real indexes: expansion finds and
 * re-ranks, never outranks a note with the typed words, and stays out of strict queries.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { feedbackTuning } from './feedbackExpansion';
import { loadLanguageDetector, type LanguageDetector } from './languageDetector';
import type { SearchDocument } from './searchDocument';
import { SearchEngine } from './searchEngine';
import { buildEngine, hitPaths, searchDocument as note } from './testNotes';

let dir: string;
let detector: LanguageDetector;
const engines: SearchEngine[] = [];
const tuning = { ...feedbackTuning };

beforeAll(async () => {
  detector = await loadLanguageDetector();
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'praxis-vocabulary-'));
});

afterEach(async () => {
  Object.assign(feedbackTuning, tuning);
  for (const engine of engines.splice(0)) engine.close();
  await rm(dir, { recursive: true, force: true });
});

async function engineWith(docs: SearchDocument[]): Promise<SearchEngine> {
  const engine = new SearchEngine({ indexDir: path.join(dir, String(engines.length)), detector });
  engines.push(engine);
  return buildEngine(engine, docs);
}

const paths = hitPaths;

/** Notes about other things, each with words of its own, so that statistics are a vault's. */
function otherNotes(count: number): SearchDocument[] {
  const topics = ['budget', 'meeting', 'printer', 'contract', 'rota', 'training'];
  return Array.from({ length: count }, (_, i) =>
    note(
      `other/${i}.md`,
      `Minutes ${i}`,
      `Notes on the ${topics[i % topics.length]} number q${i}x, item z${i}y, kept for reference.`,
    ),
  );
}

describe('task synonyms', () => {
  it('find a note that says the task in other words, below one that says it as asked', async () => {
    const engine = await engineWith([
      note('extract.md', 'Archives', 'Extract the archive into the current directory.'),
      note('unpack.md', 'Archives too', 'Unpack the archive into the current directory.'),
      note('other.md', 'Printers', 'Replace the toner of the printer.'),
    ]);
    expect(paths(engine, 'unpack an archive')).toEqual(['unpack.md', 'extract.md']);
    // A note with only the synonym is found at all.
    expect(paths(engine, 'unpack')).toEqual(['unpack.md', 'extract.md']);
    const explain = engine.search('unpack', { explain: true }).hits[1]!.explain!;
    expect(explain.clauses[0]!.found.map((f) => f.term)).toEqual(['extract']);
  });

  it('work per language: a Spanish question finds a Spanish note that says it otherwise', async () => {
    const engine = await engineWith([
      note('dir.md', 'Directorios', 'Crea un directorio nuevo dentro del directorio actual.'),
      note('otra.md', 'Impresoras', 'Cambia el tóner de la impresora de la oficina.'),
    ]);
    expect(paths(engine, 'crear una carpeta')).toEqual(['dir.md']);
  });

  it('know everyday computing vocabulary: abbreviations, hardware, parts (en, es, ca)', async () => {
    const engine = await engineWith([
      note('free.md', 'free', 'Display the amount of free and used memory in the system.'),
      note('pull.md', 'pull', 'Fetch the newest commits of a remote repository.'),
      note('split.md', 'split', 'Split a file into pieces of the same size.'),
      note('dmesg.md', 'dmesg', 'Escribe los mensajes del núcleo en la salida estándar.'),
      note('neteja.md', 'neteja', 'Mostra la memòria lliure i ocupada del sistema.'),
      note('nucli.md', 'missatges', 'Mostra els missatges del nucli del sistema.'),
      ...otherNotes(20),
    ]);
    // `ram` is in no note: its synonyms stand for it, in each language's notes.
    expect(paths(engine, 'how much ram is left').sort()).toEqual(['free.md', 'neteja.md']);
    expect(paths(engine, 'clone a repo')).toEqual(['pull.md']);
    expect(paths(engine, 'cut into chunks')).toEqual(['split.md']);
    expect(paths(engine, 'mensajes del kernel')).toEqual(['dmesg.md', 'nucli.md']);
    expect(paths(engine, 'kernel').sort()).toEqual(['dmesg.md', 'nucli.md']);
  });

  it('stay out of queries with operators or quotes', async () => {
    const engine = await engineWith([
      note('extract.md', 'Archives', 'Extract the archive into the current directory.'),
      note('unpack.md', 'Archives too', 'Unpack the archive into the current directory.'),
    ]);
    expect(paths(engine, '+unpack archive')).toEqual(['unpack.md']);
    expect(paths(engine, '"unpack the archive"')).toEqual(['unpack.md']);
    expect(paths(engine, 'unpack*')).toEqual(['unpack.md']);
  });
});

describe('contractions in a question', () => {
  it("search the word, not the fragment left by its clitic (I'm, doesn't)", async () => {
    const engine = await engineWith([
      note('pwd.md', 'Where am I', 'Print the current folder.'),
      note('mode.md', 'Modes', 'Pass -m to set the mode, -m twice for more, and t for tabs.'),
      ...otherNotes(20),
    ]);
    expect(paths(engine, "which folder I'm in")).toEqual(['pwd.md']);
    expect(paths(engine, "the folder doesn't print")).toEqual(['pwd.md']);
    // With operators, the query is taken as typed.
    expect(paths(engine, "+folder I'm")).toEqual([]);
  });
});

describe('expansion from the best notes', () => {
  // Two notes about holiday photos say "gallery" in their lead; of two notes with only "photos",
  // the one about the gallery is what the asker means, though the other is shorter.
  const vault = (): SearchDocument[] => [
    note('holiday.md', 'Holiday photos', 'Holiday photos, put in the gallery by date.'),
    note('family.md', 'Family holiday', 'Photos of the family holiday, kept in the gallery.'),
    note(
      'gallery.md',
      'Sorting',
      'Photos are arranged by the gallery into albums, and the gallery keeps them safe for years.',
    ),
    note('kitchen.md', 'Kitchen', 'Photos of the new kitchen, for the insurance claim.'),
    note('gallery-only.md', 'Gallery', 'The gallery gallery gallery, its albums and settings.'),
    ...otherNotes(300),
  ];

  it('re-rank notes with the typed words by words their best notes share', async () => {
    feedbackTuning.weight = 0;
    const without = paths(await engineWith(vault()), 'holiday photos');
    expect(without.indexOf('kitchen.md')).toBeLessThan(without.indexOf('gallery.md'));

    // Heavier than by default, so that one shared word visibly moves a note in a tiny vault.
    feedbackTuning.weight = 0.3;
    const engine = await engineWith(vault());
    const results = engine.search('holiday photos', { explain: true });
    const ranked = results.hits.map((h) => h.path);
    expect(ranked.indexOf('gallery.md')).toBeLessThan(ranked.indexOf('kitchen.md'));
    // --explain says which words were added and what each gave the note.
    const explain = results.hits.find((h) => h.path === 'gallery.md')!.explain!;
    const added = explain.expansion.find((e) => e.term === 'galleri');
    expect(added?.score).toBeGreaterThan(0);
    expect(added!.weight).toBeLessThanOrEqual(feedbackTuning.weight);
  });

  it('never let an expansion word outrank a note with the typed words, nor bring in others', async () => {
    const engine = await engineWith(vault());
    const ranked = paths(engine, 'holiday photos');
    // Both notes with every typed word come first; a note with only the expansion word is absent.
    expect(ranked.slice(0, 2).sort()).toEqual(['family.md', 'holiday.md']);
    expect(ranked).not.toContain('gallery-only.md');
  });

  it('leave strict queries as they are', async () => {
    const engine = await engineWith(vault());
    const strict = engine.search('+holiday photos', { explain: true });
    feedbackTuning.weight = 0;
    const plain = engine.search('+holiday photos', { explain: true });
    expect(strict.hits.map((h) => [h.path, h.score])).toEqual(
      plain.hits.map((h) => [h.path, h.score]),
    );
    expect(strict.hits.every((h) => h.explain!.expansion.length === 0)).toBe(true);
  });
});
