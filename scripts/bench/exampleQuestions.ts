/**
 * Writes the `*-tldr-examples` question sets (`tsx scripts/bench/exampleQuestions.ts`): questions
 * made from what a tldr page says it does, the way issue 16 describes its own sets — "extraer un
 * archivo en el directorio actual" for a page whose example says "Extrae un archivo
 * (comprimido) en el directorio actual". Written once and checked in (the JSON is what the bench
 * reads), never tuned on: every question is held out.
 *
 * For each page picked (seeded, so the same pages every time) one example whose description no
 * other command shares (an alias page's "See the documentation of the original command" answers
 * nothing); the description as a person would type it: bracketed key letters and code quotes
 * unmarked, parentheses and the closing colon left out, the verb in the infinitive (Spanish and
 * Catalan pages conjugate it: "Extrae", "Mostra"), half of them cut at the first comma and a third
 * asked as a question ("how do I …", "cómo …", "com …"). The answer is the page, and any page of
 * the same command on another platform (the bench counts those as copies).
 *
 * Options: `--seed N` (16 wrote the checked-in sets), `--out DIR` (default: questions/).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corporaDir, seeded } from './benchCorpus';

type Language = 'en' | 'es' | 'ca';

interface Source {
  language: Language;
  /** Folder of tldr platforms. */
  dir: string;
  /** Prefix of the pages' paths in the bench vault. */
  prefix: string;
  count: number;
}

/** Spanish verbs tldr conjugates whose infinitive no suffix rule gives. */
const spanishIrregular: Record<string, string> = {
  muestra: 'mostrar',
  cuenta: 'contar',
  encuentra: 'encontrar',
  vuelve: 'volver',
  devuelve: 'devolver',
  mueve: 'mover',
  obtiene: 'obtener',
  contiene: 'contener',
  mantiene: 'mantener',
  detiene: 'detener',
  pone: 'poner',
  compone: 'componer',
  prueba: 'probar',
  comprueba: 'comprobar',
  recuerda: 'recordar',
  cierra: 'cerrar',
  empieza: 'empezar',
  comienza: 'comenzar',
  resuelve: 'resolver',
  elige: 'elegir',
  sigue: 'seguir',
  consigue: 'conseguir',
  pide: 'pedir',
  repite: 'repetir',
  mide: 'medir',
  sirve: 'servir',
  convierte: 'convertir',
  invierte: 'invertir',
  hace: 'hacer',
  deshace: 'deshacer',
  ve: 'ver',
  vea: 'ver',
  lee: 'leer',
  sale: 'salir',
  dice: 'decir',
  extrae: 'extraer',
  juega: 'jugar',
  suelta: 'soltar',
  establece: 'establecer',
  restablece: 'restablecer',
  aparece: 'aparecer',
  ofrece: 'ofrecer',
};

/** Spanish `-ir` verbs whose third person ends in `-e` (the rest of `-e` are `-er`). */
const spanishIr = new Set(
  (
    'imprime escribe abre sube añade divide permite recibe comprime descomprime suprime define ' +
    'decide omite emite transmite redirige dirige corrige exige reproduce traduce produce ' +
    'introduce reduce cumple consume asume resume une reúne describe suscribe discute admite ' +
    'comparte reparte interrumpe existe insiste persiste coincide reside'
  ).split(' '),
);

const catalanIrregular: Record<string, string> = {
  extreu: 'extreure',
  escriu: 'escriure',
  deté: 'detenir',
  manté: 'mantenir',
  obté: 'obtenir',
  surt: 'sortir',
  obre: 'obrir',
  fa: 'fer',
  desfà: 'desfer',
  permet: 'permetre',
  veure: 'veure',
  mou: 'moure',
  rep: 'rebre',
  pren: 'prendre',
  treu: 'treure',
  divideix: 'dividir',
};

/** The infinitive of the verb a description starts with, as people type what they want done. */
export function infinitive(word: string, language: Language): string {
  const w = word.toLowerCase();
  if (language === 'es') {
    if (spanishIrregular[w]) return spanishIrregular[w];
    // envía → enviar, actúa → actuar: the infinitive's stress is elsewhere.
    if (/[íú][ae]$/.test(w)) return infinitive(w.replace('í', 'i').replace('ú', 'u'), language);
    if (w.endsWith('ye')) return `${w.slice(0, -2)}uir`;
    if (spanishIr.has(w)) return `${w.slice(0, -1)}ir`;
    if (w.endsWith('a') || w.endsWith('e')) return `${w}r`;
    return w;
  }
  if (language === 'ca') {
    if (catalanIrregular[w]) return catalanIrregular[w];
    if (w.endsWith('eix')) return `${w.slice(0, -3)}ir`;
    if (w.endsWith('a')) return `${w}r`;
    return w;
  }
  return w;
}

const questionLead: Record<Language, string> = { en: 'how do I', es: 'cómo', ca: 'com' };

/** A description as typed: markup out, verb in the infinitive, sometimes shorter or a question. */
export function questionOf(description: string, language: Language, random: () => number): string {
  const plain = description
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]/g, '$1')
    .replace(/`/g, '')
    .replace(/[:.]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = plain.split(' ');
  // "Se conecta a…": the pronoun goes with the verb, which people type bare ("conectar a…").
  if (language !== 'en' && words.length > 1 && /^(se|es|s')$/i.test(words[0]!)) words.shift();
  const [verb = '', ...rest] = words;
  let text = [infinitive(verb, language), ...rest].join(' ');
  if (random() < 0.5) text = text.split(/[,;]/)[0]!.trim();
  if (random() < 1 / 3) text = `${questionLead[language]} ${text}`;
  return text;
}

/** What two descriptions have in common when they say the same thing. */
const descriptionKey = (description: string): string =>
  description
    .toLowerCase()
    .replace(/`[^`]*`|[^\p{L}\p{N} ]/gu, '')
    .trim();

async function pagesOf(dir: string): Promise<{ page: string; examples: string[] }[]> {
  const pages: { page: string; examples: string[] }[] = [];
  for (const platform of (await readdir(dir)).sort()) {
    for (const file of (await readdir(path.join(dir, platform))).sort()) {
      if (!file.endsWith('.md')) continue;
      const text = await readFile(path.join(dir, platform, file), 'utf8');
      const examples = text
        .split('\n')
        .filter((line) => line.startsWith('- '))
        .map((line) => line.slice(2).trim());
      pages.push({ page: `${platform}/${file}`, examples });
    }
  }
  return pages;
}

const { values: args } = parseArgs({
  options: {
    // Another seed gives other questions of the same kind, e.g. a set to study misses on.
    seed: { type: 'string', default: '16' },
    out: { type: 'string', default: path.join(import.meta.dirname, 'questions') },
  },
});

async function questionSet(source: Source): Promise<{ q: string; a: string; heldOut: true }[]> {
  const pages = await pagesOf(source.dir);
  const commandsSaying = new Map<string, Set<string>>();
  for (const { page, examples } of pages) {
    for (const example of examples) {
      const key = descriptionKey(example);
      const commands = commandsSaying.get(key) ?? new Set<string>();
      commands.add(path.basename(page));
      commandsSaying.set(key, commands);
    }
  }
  const random = seeded(Number(args.seed));
  const questions: { q: string; a: string; heldOut: true }[] = [];
  const asked = new Set<string>();
  for (let tries = 0; questions.length < source.count && tries < source.count * 50; tries++) {
    const { page, examples } = pages[Math.floor(random() * pages.length)]!;
    const own = examples.filter((e) => commandsSaying.get(descriptionKey(e))!.size === 1);
    if (own.length === 0 || asked.has(page)) continue;
    const q = questionOf(own[Math.floor(random() * own.length)]!, source.language, random);
    if (q.split(' ').length < 3) continue;
    asked.add(page);
    questions.push({ q, a: `${source.prefix}${page}`, heldOut: true });
  }
  return questions;
}

async function main(): Promise<void> {
  const tldr = path.join(corporaDir, 'tldr-pages');
  const spanish = [process.env['PRAXIS_TLDR_ES'], path.join(tldr, 'pages.es')].find(
    (dir): dir is string => !!dir && existsSync(dir),
  );
  const sources: Source[] = [
    { language: 'en', dir: path.join(tldr, 'pages'), prefix: 'tldr/', count: 150 },
    { language: 'ca', dir: path.join(tldr, 'pages.ca'), prefix: '', count: 80 },
  ];
  if (spanish) sources.push({ language: 'es', dir: spanish, prefix: '', count: 150 });
  else process.stderr.write('No Spanish pages: set PRAXIS_TLDR_ES to write es-tldr-examples.\n');
  for (const source of sources) {
    const questions = await questionSet(source);
    const file = path.join(args.out, `${source.language}-tldr-examples.json`);
    const note =
      'Made by scripts/bench/exampleQuestions.ts from what each page says it does, as issue 16 ' +
      'describes its own sets; all held out.';
    const vault = source.language;
    await writeFile(file, `${JSON.stringify({ vault, note, questions }, null, 2)}\n`);
    process.stdout.write(`${path.basename(file)}: ${questions.length} questions\n`);
  }
}

await main();
