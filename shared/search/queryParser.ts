/**
 * The search query language, parsed without throwing: every input gives a query plus a list of
 * problems with their position, so the search box can point at what it did not understand.
 * Pure TypeScript, so the renderer can use it for live feedback while the user types.
 *
 *     parseQuery('gestión -draft "framework agreement" tag:procurement/tenders updated:>2026-01')
 *
 * | syntax                      | meaning                                                         |
 * |-----------------------------|-----------------------------------------------------------------|
 * | `word word`                 | notes containing every word (stemmed, accents ignored)          |
 * | `"two words"`               | the words next to each other, in this order                     |
 * | `-word`, `-"a phrase"`      | notes without it (also `-tag:draft`; `--flag` is just text)      |
 * | `pre*`, `*fix`, `p*x`       | wildcard: any characters where `*` is                           |
 * | `word~1`, `word~2`          | fuzzy: up to 1 or 2 typos (`word~` means 1)                     |
 * | `word^3`                    | counts the word three times as much in ranking                  |
 * | `title:word`                | only in titles (`heading:`, `body:` likewise)                   |
 * | `domain:slug`, `type:name`  | filters; `a,b` or repeating the key means either                |
 * | `tag:a/b`                   | tagged `a/b` or anything nested under it                        |
 * | `from:name`                 | imported from a publisher or pack whose name contains this      |
 * | `created:`, `updated:`      | `2026`, `2026-03`, `2026-03-15`, `>…`, `>=…`, `<…`, `<=…`, `a..b` |
 * | `*`                         | every note (useful with filters)                                |
 */

export type TextFieldName = 'title' | 'headings' | 'body';
export type ListFilterKey = 'domain' | 'tag' | 'type' | 'from';
export type DateFilterKey = 'created' | 'updated';

interface Located {
  /** Offsets in the query string, for pointing at this part. */
  start: number;
  end: number;
  negated: boolean;
}

export interface WordNode extends Located {
  kind: 'word';
  /** As typed, without the field prefix and modifiers (may contain `*`). */
  text: string;
  field: TextFieldName | null;
  /** Edit distance for `word~N`, else null. */
  fuzzy: number | null;
  boost: number;
}

export interface PhraseNode extends Located {
  kind: 'phrase';
  text: string;
  field: TextFieldName | null;
  boost: number;
}

export interface ListFilterNode extends Located {
  kind: 'filter';
  key: ListFilterKey;
  /** Any of these (lower-cased, as typed otherwise). */
  values: string[];
}

export interface DateFilterNode extends Located {
  kind: 'date';
  key: DateFilterKey;
  /** Inclusive lower bound as an ISO prefix (`2026-03-01`), or null. */
  from: string | null;
  /** Exclusive upper bound, or null. */
  to: string | null;
}

export interface MatchAllNode extends Located {
  kind: 'all';
}

export type QueryNode = WordNode | PhraseNode | ListFilterNode | DateFilterNode | MatchAllNode;

/**
 * Every remark the query language makes, in English, by code: the CLI prints these, and the app
 * shows its own translation of the code (i18n `search:problems.<code>`) with the same params.
 */
export const queryProblemMessages = {
  tooManyTerms: (p: { max: number }) =>
    `Only the first ${p.max} terms were searched; shorten the query to use the rest.`,
  tooLong: (p: { max: number }) =>
    `The query is longer than ${p.max} characters; the rest was ignored.`,
  loneMinus: () => 'A lone "-" excludes nothing: write it right before a word, as in -draft.',
  unknownField: (p: { key: string; fields: string }) =>
    `"${p.key}:" is not a search field, so it was searched as text. Fields: ${p.fields}.`,
  missingValue: (p: { key: string; example: string }) =>
    `"${p.key}:" needs a value right after it, as in ${p.example}.`,
  badDate: (p: { value: string; key: string }) =>
    `"${p.value}" is not a date ${p.key}: understands. Write 2026, 2026-03, 2026-03-15, >2026-01-01, <=2026-06 or 2026-01..2026-03.`,
  unclosedQuote: () => 'The closing quote is missing; the phrase was read to the end of the query.',
  emptyQuotes: () => 'Empty quotes search for nothing: put words between them.',
  badBoost: () => 'A boost is a number from 0.1 to 100, as in budget^3.',
  boostNeedsNumber: () => '"^" needs a number after it, as in budget^3.',
  fuzzyTooFar: (p: { max: number }) =>
    `Fuzzy matching allows at most ${p.max} typos; searched with ${p.max}.`,
  noWord: (p: { text: string }) => `"${p.text}" has no word to search for.`,
  excludeAll: () => '"-*" would exclude every note, so it was ignored.',
  fuzzyWildcard: () => 'A word cannot be both fuzzy (~) and a wildcard (*); the ~ was ignored.',
  tooManyExpansions: (p: { word: string; max: number }) =>
    `Too many words match "${p.word}"; only the ${p.max} most common were searched. Type more letters to narrow it.`,
  noSuchWord: (p: { word: string }) =>
    `No note contains "${p.word}". Check the spelling, or try ${p.word}~1 for similar words or ${p.word}* for longer ones.`,
  onlyCommonPhrase: () =>
    'The phrase has only very common words, which are not indexed; add a more specific word.',
  onlyCommonWords: () =>
    'Only very common words were typed, and those are not indexed; add a more specific word.',
} satisfies Record<string, (params: never) => string>;

export type QueryProblemCode = keyof typeof queryProblemMessages;
export type QueryProblemParams<C extends QueryProblemCode> = Parameters<
  (typeof queryProblemMessages)[C]
>[0];

export interface QueryProblem {
  /** What went wrong and what to type instead, as a sentence for the user (English). */
  message: string;
  code: QueryProblemCode;
  /** What the message names (a key, a word, a limit…), for translations of it. */
  params: Record<string, string | number>;
  start: number;
  end: number;
  /** `error`: the query cannot run as typed. `warning`: it ran, without the part named. */
  severity: 'error' | 'warning';
}

/** A problem with its English message. */
export function queryProblem<C extends QueryProblemCode>(
  code: C,
  params: QueryProblemParams<C>,
  start: number,
  end: number,
  severity: QueryProblem['severity'],
): QueryProblem {
  const message = (queryProblemMessages[code] as (p: typeof params) => string)(params);
  return {
    message,
    code,
    params: (params ?? {}) as Record<string, string | number>,
    start,
    end: Math.max(end, start + 1),
    severity,
  };
}

export interface ParsedQuery {
  nodes: QueryNode[];
  problems: QueryProblem[];
}

/** Longer queries are cut: nobody types them, and every term costs time. */
export const maxQueryLength = 1000;
export const maxQueryTerms = 32;
export const maxFuzzyDistance = 2;

const textFields: Record<string, TextFieldName> = {
  title: 'title',
  heading: 'headings',
  headings: 'headings',
  body: 'body',
};

const listFilters: Record<string, ListFilterKey> = {
  domain: 'domain',
  domains: 'domain',
  tag: 'tag',
  tags: 'tag',
  type: 'type',
  from: 'from',
};

const dateFilters: Record<string, DateFilterKey> = { created: 'created', updated: 'updated' };

const knownKeys = [
  ...Object.keys(textFields),
  ...Object.keys(listFilters),
  ...Object.keys(dateFilters),
];

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u3000';
}

/** A date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: its first day and the day after it. */
export function dateSpan(text: string): { first: string; next: string } | null {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) return { first: `${year}`, next: `${year + 1}` };
  if (day === null) {
    const next = month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
    return { first: `${year}-${pad(month)}`, next };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  const after = new Date(date.getTime() + 86_400_000).toISOString().slice(0, 10);
  return { first: `${year}-${pad(month)}-${pad(day)}`, next: after };
}

/** `>2026-01`, `<=2026`, `2026-01..2026-03`, `2026-03-15` → bounds; null when malformed. */
export function parseDateRange(value: string): { from: string | null; to: string | null } | null {
  const range = /^(.*?)\.\.(.*)$/.exec(value);
  if (range) {
    const low = range[1] ? dateSpan(range[1]) : null;
    const high = range[2] ? dateSpan(range[2]) : null;
    if ((range[1] && !low) || (range[2] && !high) || (!low && !high)) return null;
    return { from: low?.first ?? null, to: high?.next ?? null };
  }
  const comparison = /^(>=|<=|>|<|=)?(.*)$/.exec(value)!;
  const span = dateSpan(comparison[2]!);
  if (!span) return null;
  switch (comparison[1]) {
    case '>':
      return { from: span.next, to: null };
    case '>=':
      return { from: span.first, to: null };
    case '<':
      return { from: null, to: span.first };
    case '<=':
      return { from: null, to: span.next };
    default:
      return { from: span.first, to: span.next };
  }
}

class Parser {
  readonly nodes: QueryNode[] = [];
  readonly problems: QueryProblem[] = [];
  readonly #input: string;
  #i = 0;

  constructor(input: string) {
    this.#input = input;
  }

  problem<C extends QueryProblemCode>(
    code: C,
    params: QueryProblemParams<C>,
    start: number,
    end: number,
    severity: QueryProblem['severity'],
  ): void {
    this.problems.push(queryProblem(code, params, start, end, severity));
  }

  parse(): void {
    const input = this.#input;
    while (this.#i < input.length) {
      if (isSpace(input[this.#i])) {
        this.#i++;
        continue;
      }
      if (this.nodes.length >= maxQueryTerms) {
        this.problem('tooManyTerms', { max: maxQueryTerms }, this.#i, input.length, 'warning');
        return;
      }
      this.#item();
    }
  }

  /** Reads up to the next space; quotes inside (`title:"a b"`) are read as one value. */
  #unitEnd(from: number): number {
    const input = this.#input;
    let i = from;
    while (i < input.length && !isSpace(input[i])) {
      if (input[i] === '"') {
        const close = input.indexOf('"', i + 1);
        if (close < 0) return input.length;
        i = close + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  #item(): void {
    const input = this.#input;
    const start = this.#i;
    let negated = false;
    let i = start;
    // `-word` excludes; `--flag` is a command-line flag someone is looking for, not an exclusion.
    if (input[i] === '-' && input[i + 1] === '-') {
      while (input[i] === '-') i++;
    } else {
      while (input[i] === '-' || input[i] === '+') {
        if (input[i] === '-') negated = true;
        i++;
      }
    }
    if (i >= input.length || isSpace(input[i])) {
      this.#i = i;
      if (negated) {
        this.problem('loneMinus', undefined, start, i, 'warning');
      }
      return;
    }
    if (input[i] === '"') {
      this.#phrase(start, i, negated, null, 1);
      return;
    }
    const end = this.#unitEnd(i);
    this.#i = end;
    const unit = input.slice(i, end);
    const keyMatch = /^([A-Za-z]+):/.exec(unit);
    if (keyMatch) {
      const key = keyMatch[1]!.toLowerCase();
      const valueStart = i + keyMatch[0].length;
      const value = input.slice(valueStart, end);
      if (this.#keyed(key, value, start, valueStart, end, negated)) return;
    }
    this.#word(unit, start, i, end, negated, null);
  }

  /** `key:value`; false when the key is not one of ours (then it is plain text). */
  #keyed(
    key: string,
    value: string,
    start: number,
    valueStart: number,
    end: number,
    negated: boolean,
  ): boolean {
    const field = textFields[key];
    const listKey = listFilters[key];
    const dateKey = dateFilters[key];
    if (!field && !listKey && !dateKey) {
      // `http://…`, `C:\…`, `10:30`: plainly not a field, so no remark.
      if (key.length > 1 && value !== '' && !/^[/\\]/.test(value)) {
        this.problem(
          'unknownField',
          { key, fields: knownKeys.join(', ') },
          start,
          valueStart,
          'warning',
        );
      }
      return false;
    }
    if (value === '' || value === '""') {
      const example = dateKey ? `${key}:>2026-01-01` : field ? `${key}:budget` : `${key}:name`;
      this.problem('missingValue', { key, example }, start, end, 'warning');
      return true;
    }
    if (field) {
      if (value.startsWith('"')) {
        this.#i = valueStart;
        this.#phrase(start, valueStart, negated, field, 1);
      } else {
        this.#word(value, start, valueStart, end, negated, field);
      }
      return true;
    }
    const unquoted = value.startsWith('"') ? value.slice(1).replace(/"$/, '') : value;
    if (listKey) {
      const values = unquoted
        .split(',')
        .map((v) => v.trim().toLowerCase().replace(/^#/, ''))
        .filter((v) => v !== '');
      if (values.length === 0) {
        this.problem('missingValue', { key, example: `${key}:name` }, start, end, 'warning');
        return true;
      }
      this.nodes.push({ kind: 'filter', key: listKey, values, negated, start, end });
      return true;
    }
    const range = parseDateRange(unquoted);
    if (!range) {
      this.problem('badDate', { value: unquoted, key }, valueStart, end, 'error');
      return true;
    }
    this.nodes.push({ kind: 'date', key: dateKey!, ...range, negated, start, end });
    return true;
  }

  #phrase(
    start: number,
    quote: number,
    negated: boolean,
    field: TextFieldName | null,
    boost: number,
  ): void {
    const input = this.#input;
    const close = input.indexOf('"', quote + 1);
    let end: number;
    let text: string;
    if (close < 0) {
      text = input.slice(quote + 1);
      end = input.length;
      this.problem('unclosedQuote', undefined, quote, end, 'warning');
    } else {
      text = input.slice(quote + 1, close);
      end = close + 1;
    }
    this.#i = end;
    // Modifiers after a phrase: only a boost (`"a b"^2`) means something.
    const modifier = /^\^(\d+(?:\.\d+)?)/.exec(input.slice(end));
    if (modifier) {
      boost = this.#boost(modifier[1]!, end, end + modifier[0].length);
      end += modifier[0].length;
      this.#i = end;
    }
    if (text.trim() === '') {
      this.problem('emptyQuotes', undefined, start, end, 'warning');
      return;
    }
    // Quotes around punctuation alone (`separated by ";"`) hold no word to match: they neither
    // search for anything nor make the query strict.
    if (!/[\p{L}\p{N}]/u.test(text)) {
      this.problem('noWord', { text }, start, end, 'warning');
      return;
    }
    this.nodes.push({ kind: 'phrase', text, field, boost, negated, start, end });
  }

  #boost(text: string, start: number, end: number): number {
    const boost = Number(text);
    if (!(boost > 0) || boost > 100) {
      this.problem('badBoost', undefined, start, end, 'warning');
      return 1;
    }
    return boost;
  }

  #word(
    unit: string,
    start: number,
    textStart: number,
    end: number,
    negated: boolean,
    field: TextFieldName | null,
  ): void {
    let text = unit;
    let fuzzy: number | null = null;
    let boost = 1;
    const problemsBefore = this.problems.length;
    // Trailing modifiers, lunr style, in either order: word~1^2, word^2~1.
    for (;;) {
      const boostMatch = /\^(\d+(?:\.\d+)?)?$/.exec(text);
      if (boostMatch) {
        const at = textStart + boostMatch.index;
        if (boostMatch[1] === undefined) {
          this.problem('boostNeedsNumber', undefined, at, at + 1, 'warning');
        } else {
          boost = this.#boost(boostMatch[1], at, at + boostMatch[0].length);
        }
        text = text.slice(0, boostMatch.index);
        continue;
      }
      const fuzzyMatch = /~(\d+)?$/.exec(text);
      if (fuzzyMatch) {
        const at = textStart + fuzzyMatch.index;
        const distance = fuzzyMatch[1] === undefined ? 1 : Number(fuzzyMatch[1]);
        if (distance > maxFuzzyDistance) {
          this.problem(
            'fuzzyTooFar',
            { max: maxFuzzyDistance },
            at,
            at + fuzzyMatch[0].length,
            'warning',
          );
        }
        fuzzy = Math.min(distance, maxFuzzyDistance);
        text = text.slice(0, fuzzyMatch.index);
        continue;
      }
      break;
    }
    if (text === '') {
      // A lone modifier (`^`, `~`) already got its own remark.
      if (unit !== '' && this.problems.length === problemsBefore) {
        this.problem('noWord', { text: unit }, start, end, 'warning');
      }
      return;
    }
    if (/^\*+$/.test(text)) {
      if (negated) {
        this.problem('excludeAll', undefined, start, end, 'warning');
      } else {
        this.nodes.push({ kind: 'all', negated, start, end });
      }
      return;
    }
    if (fuzzy !== null && text.includes('*')) {
      this.problem('fuzzyWildcard', undefined, start, end, 'warning');
      fuzzy = null;
    }
    this.nodes.push({ kind: 'word', text, field, fuzzy, boost, negated, start, end });
  }
}

/** Parses a query; never throws. Input beyond {@link maxQueryLength} characters is ignored. */
export function parseQuery(query: string): ParsedQuery {
  const input = query.length > maxQueryLength ? query.slice(0, maxQueryLength) : query;
  const parser = new Parser(input);
  parser.parse();
  if (query.length > maxQueryLength) {
    parser.problem('tooLong', { max: maxQueryLength }, maxQueryLength, query.length, 'warning');
  }
  return { nodes: parser.nodes, problems: parser.problems };
}
