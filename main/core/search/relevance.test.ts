/**
 * The ranking rules of natural queries (queryExecutor.ts, queryPlan.ts) on small real indexes:
 * what a person typing a question relies on.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLanguageDetector, type LanguageDetector } from './languageDetector';
import type { SearchDocument } from './searchDocument';
import { SearchEngine } from './searchEngine';
import { buildEngine, hitPaths, searchDocument } from './testNotes';

let dir: string;
let detector: LanguageDetector;
const engines: SearchEngine[] = [];

beforeAll(async () => {
  detector = await loadLanguageDetector();
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'praxis-relevance-'));
});

afterEach(async () => {
  for (const engine of engines.splice(0)) engine.close();
  await rm(dir, { recursive: true, force: true });
});

const note = searchDocument;

/** Filler that no query below uses, so notes have comparable lengths. */
const filler =
  'Written after the quarterly meeting of the working group, kept for later reference.';

async function engineWith(docs: SearchDocument[], withDetector = true): Promise<SearchEngine> {
  const engine = new SearchEngine({
    indexDir: path.join(dir, String(engines.length)),
    ...(withDetector && { detector }),
  });
  engines.push(engine);
  return buildEngine(engine, docs);
}

const paths = hitPaths;

describe('natural queries', () => {
  it('rank a note with more of the words above one with fewer, even if it repeats them', async () => {
    const engine = await engineWith([
      note('a.md', 'Notes A', `Laptop request for a new starter: order equipment early. ${filler}`),
      note('b.md', 'Notes B', `Laptop laptop laptop, starter starter starter. ${filler}`),
      note('c.md', 'Notes C', filler),
    ]);
    const results = engine.search('new starter has no laptop equipment');
    expect(results.hits.map((h) => h.path)).toEqual(['a.md', 'b.md']);
    // Nobody has every word: the results say they show notes with most of them.
    expect(results.relaxed).toBe(true);
  });

  it('rank a match in the title above the same match in the body', async () => {
    const engine = await engineWith([
      note('body.md', 'Meeting notes', `We talked about late payment complaints today. ${filler}`),
      note('title.md', 'Late payment complaints', `What we talked about today. ${filler}`),
    ]);
    expect(paths(engine, 'complaint about late payment')).toEqual(['title.md', 'body.md']);
  });

  it('rank a note that says it in its lead paragraph above one that says it further down', async () => {
    const engine = await engineWith([
      note(
        'later.md',
        'Week 12',
        `${filler}\n\nOn Tuesday we also had to replace a broken printer cable. ${filler}`,
        { headings: ['Week 12'] },
      ),
      note(
        'lead.md',
        'Week 13',
        `Week 13\n\nReplace a broken printer cable. ${filler}\n\n${filler}`,
        { headings: ['Week 13'] },
      ),
    ]);
    const [first, second] = engine.search('replace printer cable', { explain: true }).hits;
    expect([first!.path, second!.path]).toEqual(['lead.md', 'later.md']);
    // The heading is not the lead: the first paragraph after it is.
    expect(first!.explain!.clauses[0]!.found).toEqual([
      { term: 'replac', fields: ['body', 'lead'] },
    ]);
  });

  it('rank the note named after the query words above one that only mentions them', async () => {
    const engine = await engineWith([
      note('tar.md', 'tar', `Archiving utility: create and extract archives. ${filler}`),
      note(
        'tape.md',
        'Tar on tape',
        `Nightly, tar writes to tape; tar checks it; tar lists it. ${filler}`,
      ),
      ...['Budget', 'Holidays', 'Printers'].map((t) => note(`${t}.md`, t, `${t}. ${filler}`)),
    ]);
    const hits = engine.search('tar', { explain: true }).hits;
    expect(hits.map((h) => [h.path, h.explain!.titleMatch > 1])).toEqual([
      ['tar.md', true],
      ['tape.md', false],
    ]);
  });

  it('count aliases and tags like the title', async () => {
    const engine = await engineWith([
      note('body.md', 'Meeting notes', `The onboarding checklist was reviewed. ${filler}`),
      note('alias.md', 'New staff', filler, { aliases: ['Onboarding checklist'] }),
      note('tag.md', 'First week', filler, { tags: ['onboarding'] }),
    ]);
    const found = paths(engine, 'onboarding');
    expect(found.at(-1)).toBe('body.md');
    expect(found.slice(0, 2).sort()).toEqual(['alias.md', 'tag.md']);
  });

  it('match the words of a domain name to its slug', async () => {
    const engine = await engineWith([
      note('a.md', 'Weekly sync', filler, { domains: ['digital-services'] }),
      note('b.md', 'Other', filler, { domains: ['procurement'] }),
    ]);
    for (const query of ['digital services', 'digital service', 'Digital-Services']) {
      expect([query, paths(engine, query)]).toEqual([query, ['a.md']]);
    }
  });

  it('never let stop words or question words decide', async () => {
    const engine = await engineWith([
      note('a.md', 'Framework agreements', `How to extend a framework agreement. ${filler}`),
      note('b.md', 'The how and the why', `How, what, why, where: the who of it all. ${filler}`),
    ]);
    const plain = engine.search('extend a framework agreement');
    const question = engine.search('how do we extend a framework agreement');
    expect(question.hits.map((h) => [h.path, h.score])).toEqual(
      plain.hits.map((h) => [h.path, h.score]),
    );
    expect(question.hits.map((h) => h.path)).toEqual(['a.md']);
    // Only common words: nothing to rank by, and the results say so.
    expect(engine.search('how the why').warnings.map((w) => w.code)).toEqual(['onlyCommonWords']);
  });

  it('keep the strict mode when the query uses operators or quotes', async () => {
    const engine = await engineWith([
      note('all.md', 'Tender', `Framework agreement for cleaning services. ${filler}`),
      note('some.md', 'Framework', `A framework for everything. ${filler}`),
    ]);
    expect(paths(engine, 'framework agreement')).toEqual(['all.md', 'some.md']);
    for (const strict of [
      '+framework +agreement',
      '"framework agreement"',
      'framework agreement -everything',
      'title:tender framework',
      'framework agreement*',
      'framework agreemnt~1',
      'framework agreement^2',
    ]) {
      const results = engine.search(strict);
      expect([strict, results.hits.map((h) => h.path), results.relaxed]).toEqual([
        strict,
        ['all.md'],
        undefined,
      ]);
    }
    // Quotes around punctuation hold no word: not an operator, the query stays natural.
    expect(paths(engine, 'framework agreement everything ";"').sort()).toEqual([
      'all.md',
      'some.md',
    ]);
  });

  it('take a word that matches nothing for the closest word of the vault, and say so', async () => {
    const engine = await engineWith([
      note('a.md', 'Framework agreements', `How to extend a framework agreement. ${filler}`),
    ]);
    const results = engine.search('extend framework agreemnt');
    expect(results.hits.map((h) => h.path)).toEqual(['a.md']);
    expect(results.didYouMean).toEqual({
      query: 'extend framework agreement',
      corrections: [{ word: 'agreemnt', suggestion: 'agreement' }],
      applied: true,
    });
    // With operators the query runs as typed; the correction is only offered.
    const strict = engine.search('+agreemnt');
    expect(strict.hits).toEqual([]);
    expect(strict.didYouMean).toMatchObject({ query: '+agreement', applied: false });
    // Two typos in a long word are still found; a short word with two is not guessed at.
    expect(paths(engine, 'framwork agremeent')).toEqual(['a.md']);
    expect(engine.search('agr').didYouMean).toBeUndefined();
  });

  it('explain why a note came first', async () => {
    const engine = await engineWith([
      note('a.md', 'Framework agreements', `How to extend a framework agreement. ${filler}`),
    ]);
    const [hit] = engine.search('extend framework agreement', { explain: true }).hits;
    expect(hit!.explain).toMatchObject({
      language: 'en',
      coverage: 1,
      clauses: [
        { word: 'extend', found: [{ term: 'extend', fields: ['body', 'lead'] }] },
        { word: 'framework', found: [{ term: 'framework', fields: ['title', 'body', 'lead'] }] },
        { word: 'agreement', found: [{ term: 'agreement', fields: ['title', 'body', 'lead'] }] },
      ],
    });
    const total = hit!.explain!.clauses.reduce((sum, c) => sum + c.score, 0);
    const { proximity, titleMatch } = hit!.explain!;
    expect(hit!.explain!.score).toBeCloseTo(total * proximity * titleMatch, 6);
    expect(proximity).toBeGreaterThan(1);
    // "Framework agreements" is all query words.
    expect(titleMatch).toBeGreaterThan(1);
  });
});

describe('languages', () => {
  const spanish = note(
    'es/tar.md',
    'tar',
    'Utilidad de archivado. Extrae un archivo comprimido en el directorio actual. Crea un archivo con formato gzip.',
  );
  const catalan = note(
    'ca/apt.md',
    'apt',
    "Eina de gestió de paquets per a distribucions basades en Debian. Instal·la un paquet o actualitza'l a la darrera versió.",
  );
  const english = note(
    'en/filament.md',
    'Filament',
    'Fils and filaments: the printer extrudes plastic fils of many colours.',
  );

  it('detect the language of short notes without a lang tag', () => {
    expect(detector.detect(spanish.body)).toBe('es');
    expect(detector.detect(catalan.body)).toBe('ca');
    expect(detector.detect(english.body)).toBe('en');
    expect(detector.detect('Ceci est une note écrite en français, sans étiquette de langue.')).toBe(
      'none',
    );
    expect(detector.detect('')).toBeNull();
  });

  it('stem each note in its own language and match queries in every language present', async () => {
    const engine = await engineWith([spanish, catalan, english]);
    expect(paths(engine, 'extraer un archivo en el directorio actual')[0]).toBe('es/tar.md');
    expect(paths(engine, 'instal·lar paquets')[0]).toBe('ca/apt.md');
    expect(paths(engine, 'installar paquet')[0]).toBe('ca/apt.md');
    // The Spanish form of an English query word does not match an English note by accident,
    // nor the English one a Spanish note: "archivos" is "archiv" only in Spanish notes.
    expect(paths(engine, 'archivos')).toEqual(['es/tar.md']);
  });

  it('find a Spanish note that says a task in the third person from its infinitive', async () => {
    const engine = await engineWith([
      note(
        'es/systemctl.md',
        'systemctl',
        'Controla el sistema y el gestor de servicios. Muestra el estado de un servicio. Comprueba si un servicio está activo.',
      ),
      note(
        'es/journalctl.md',
        'journalctl',
        'Consulta el diario de systemd. Sigue los mensajes nuevos del servicio y el sistema.',
      ),
    ]);
    // `mostrar`/`Muestra` and `comprobar`/`Comprueba` meet; `estado` is a word, not a stop word.
    expect(paths(engine, 'mostrar el estado de un servicio')[0]).toBe('es/systemctl.md');
    expect(paths(engine, 'comprobar servicio activo')[0]).toBe('es/systemctl.md');
    expect(paths(engine, 'estado')).toEqual(['es/systemctl.md']);
  });

  it('find a Catalan note that says a task in the third person from its infinitive', async () => {
    const engine = await engineWith([
      note(
        'ca/rm.md',
        'rm',
        'Elimina fitxers o directoris. Elimina un directori buit i tot el que conté de manera recursiva.',
      ),
      note(
        'ca/ls.md',
        'ls',
        'Llista el contingut dels directoris. Mostra els fitxers ocults i la mida de cada fitxer. Crea un fitxer buit.',
      ),
    ]);
    // Snowball: `eliminar` → `elimin`, `elimina` → `elim`; `especificar`'s forms likewise.
    expect(paths(engine, 'eliminar directoris')[0]).toBe('ca/rm.md');
    expect(paths(engine, 'eliminar')).toEqual(['ca/rm.md']);
    // Found as the word it is, not as a typo two letters away.
    expect(engine.search('eliminar').didYouMean).toBeUndefined();
    expect(engine.search('crear mostrar').didYouMean).toBeUndefined();
    expect(paths(engine, 'llistar el contingut')[0]).toBe('ca/ls.md');
  });

  it('let lang: in front matter win over detection', async () => {
    const engine = await engineWith([{ ...spanish, path: 'tagged.md', language: 'en' }]);
    const [hit] = engine.search('archivo', { explain: true }).hits;
    expect(hit!.explain!.language).toBe('en');
  });

  it('index untagged notes as English until the detector is there', async () => {
    const engine = await engineWith([spanish], false);
    const [hit] = engine.search('archivo', { explain: true }).hits;
    expect(hit!.explain!.language).toBe('en');
  });
});
