/**
 * Turns a parsed query into what the engine executes: clauses of index terms (with the variants
 * a word may have become: per-language stems, wildcard and fuzzy expansions), phrase checks and
 * note filters. Expansion uses lunr's own automata (`TokenSet.fromString` for wildcards,
 * `TokenSet.fromFuzzyString` for typos) against the index's TokenSet, as lunr's query does.
 */
import {
  parseQuery,
  queryProblem,
  type DateFilterNode,
  type ListFilterNode,
  type QueryNode,
  type QueryProblem,
  type TextFieldName,
} from '../../../shared/search/queryParser';
import { domainKey } from '../../../shared/domains/domainSlug';
import { tagMatches } from '../../../shared/tags/tagMatch';
import { TEMPLATE_NOTE_TYPE } from '../../../shared/templates/templatePaths';
import { taskSynonyms, type SynonymLanguage } from '../../../shared/search/taskSynonyms';
import { foldDiacritics } from '../../../shared/text/foldDiacritics';
import type { DocRecord } from './docRecord';
import { withoutClitic } from './queryClitics';
import { allFields, fieldIndex } from './indexFields';
import { lunrTokenSet, type LunrTokenSet } from './lunrPatched';
import {
  anyLanguage,
  forEachWord,
  languageBit,
  type AnalyzerLanguage,
  type TextAnalyzer,
} from './textAnalyzer';

export interface TermVariant {
  term: string;
  /** Number of the term in the main segment, or -1 when only the delta has it. */
  mainId: number;
  /** 1 for the word itself; less for wildcard, fuzzy and typo expansions. */
  factor: number;
  /**
   * Notes of which languages the term stands for the word in (bits of `languageBit`): `gestiones`
   * is `gestion` in Spanish notes and `gestion` in English ones, but the Spanish stem of `files`
   * (`fil`) is no match for an English note's `fil`. Expansions match any language.
   */
  languages: number;
}

/** A word that matched nothing, and the vault's closest word that it was taken for. */
export interface TypoCorrection {
  /** As typed. */
  word: string;
  /** The index term used instead (a stem: the engine finds how notes spell it). */
  term: string;
  start: number;
  end: number;
  /** Searched for instead (natural queries); otherwise only suggested. */
  applied: boolean;
}

export type Presence = 'required' | 'optional' | 'prohibited';

export interface TermClause {
  variants: TermVariant[];
  fields: readonly number[];
  boost: number;
  presence: Presence;
  /** The query word as typed, for explanations. */
  word: string;
}

export interface PhraseCheck {
  /** Words to find at `position + offset`; stop words are left out but keep their offsets. */
  words: { offset: number; variants: TermVariant[] }[];
  fields: readonly number[];
  negated: boolean;
}

export type NoteFilter = (record: DocRecord) => boolean;

export interface QueryPlan {
  /**
   * A query without text operators (quotes, `-`, `*`, `~`, `^`, `field:`): its words are all
   * optional, and notes are ranked by how many of them they hold and how rare those are, so a
   * question finds the note with most of its words (see queryExecutor). With operators, every
   * word is required, as typed.
   */
  natural: boolean;
  /** Words the query's typos were taken for (see {@link TypoCorrection}). */
  corrections: TypoCorrection[];
  clauses: TermClause[];
  phrases: PhraseCheck[];
  /**
   * The plain words of the query in the order typed: notes where they appear next to each other
   * rank higher (a soft phrase), as a search for a sentence usually means that sentence.
   */
  proximity: PhraseCheck['words'];
  /** Every one must accept a note. */
  filters: NoteFilter[];
  /** No text clause, but filters or `*`: every note that passes the filters. */
  matchAll: boolean;
  /** A required word is in no note: nothing can match. */
  impossible: boolean;
  /** Terms to mark in snippets. */
  highlightTerms: Set<string>;
  problems: QueryProblem[];
}

/** What the planner needs from the index: term lookup and expansion over main and delta. */
export interface TermDictionary {
  /** Languages of the indexed notes; a query word is analysed in each. */
  languages: readonly AnalyzerLanguage[];
  mainTermId(term: string): number;
  inDelta(term: string): boolean;
  /** The language the query is written in, when it can be told (its stop words are noise). */
  queryLanguage?: AnalyzerLanguage | null;
  /** Terms accepted by a lunr TokenSet automaton, in main or delta. */
  expand(pattern: LunrTokenSet): string[];
  /** Terms starting with `prefix` (the common `word*`: a range of the sorted terms). */
  expandPrefix(prefix: string): string[];
  /** How many notes contain a term (to keep the most useful expansions). */
  frequency(variant: TermVariant): number;
}

/** Wildcards such as `a*` can match thousands of terms; keep the most frequent ones. */
export const maxExpansions = 512;
const expansionFactor = 0.5;
/** A word taken for a typo counts less than one typed as written. */
const typoFactor = 0.8;
const maxCorrectedLength = 30;
/**
 * A question word's synonyms (shared/search/taskSynonyms) count this much of the word typed
 * (mutable for tuning experiments, not for callers).
 */
export const synonymTuning = { factor: 0.3 };

/** Per analyzer and language: index term → the index terms of its synonyms. */
const synonymTerms = new WeakMap<TextAnalyzer, Map<AnalyzerLanguage, Map<string, string[]>>>();

function synonymsOf(analyzer: TextAnalyzer, language: AnalyzerLanguage): Map<string, string[]> {
  let byLanguage = synonymTerms.get(analyzer);
  if (!byLanguage) {
    byLanguage = new Map();
    synonymTerms.set(analyzer, byLanguage);
  }
  let map = byLanguage.get(language);
  if (!map) {
    map = new Map();
    for (const group of taskSynonyms[language as SynonymLanguage] ?? []) {
      const terms = [...new Set(group.map((w) => analyzer.termOf(w.toLowerCase(), language)))];
      for (const term of terms) {
        if (term === '') continue;
        const others = terms.filter((t) => t !== term && t !== '');
        map.set(term, [...new Set([...(map.get(term) ?? []), ...others])]);
      }
    }
    byLanguage.set(language, map);
  }
  return map;
}

const textFieldIndex: Record<TextFieldName, number[]> = {
  title: [fieldIndex.title],
  headings: [fieldIndex.headings],
  body: [fieldIndex.body],
};

function fieldsOf(field: TextFieldName | null): readonly number[] {
  return field ? textFieldIndex[field] : allFields;
}

/** Splits typed text into words (offsets count every word, so phrases keep their gaps). */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (start, end) => words.push(text.slice(start, end)));
  return words;
}

class Planner {
  readonly plan: QueryPlan = {
    natural: false,
    corrections: [],
    clauses: [],
    phrases: [],
    proximity: [],
    filters: [],
    matchAll: false,
    impossible: false,
    highlightTerms: new Set(),
    problems: [],
  };
  readonly #analyzer: TextAnalyzer;
  readonly #dictionary: TermDictionary;
  #sequence = 0;

  constructor(analyzer: TextAnalyzer, dictionary: TermDictionary) {
    this.#analyzer = analyzer;
    this.#dictionary = dictionary;
  }

  #variant(term: string, factor: number, languages = anyLanguage): TermVariant | null {
    const mainId = this.#dictionary.mainTermId(term);
    if (mainId < 0 && !this.#dictionary.inDelta(term)) return null;
    return { term, mainId, factor, languages };
  }

  /** The index terms a plain word may have become. */
  #exactVariants(word: string): { variants: TermVariant[]; isStopWord: boolean; isNoise: boolean } {
    const { languages, queryLanguage } = this.#dictionary;
    const { terms, masks, isStopWord } = this.#analyzer.queryWord(word, languages);
    const variants: TermVariant[] = [];
    terms.forEach((term, i) => {
      const variant = this.#variant(term, 1, masks[i]);
      if (variant) variants.push(variant);
    });
    // A question's words (how, cómo, com…) are noise: stop words of the query's language when it
    // can be told, else of any language present.
    const noise =
      queryLanguage && languages.includes(queryLanguage)
        ? this.#analyzer.termOf(word.toLowerCase(), queryLanguage) === ''
        : isStopWord;
    return { variants, isStopWord, isNoise: noise || (isStopWord && variants.length === 0) };
  }

  /**
   * The vault's closest word to one that matched nothing: within one edit (two for words of 8
   * letters or more), the one most notes have. Null when nothing is that close.
   */
  #closestTerm(word: string): TermVariant | null {
    const lower = foldDiacritics(word.toLowerCase());
    // Short words have too many neighbours to guess from; long ones are not typed (and their
    // automata grow with their length).
    if (lower.length < 4 || lower.length > maxCorrectedLength || /\d/.test(lower)) return null;
    const { terms } = this.#analyzer.queryWord(word, this.#dictionary.languages);
    const bases = [...new Set([lower, ...terms])];
    for (const distance of lower.length >= 8 ? [1, 2] : [1]) {
      let best: { variant: TermVariant; frequency: number } | null = null;
      for (const base of bases) {
        for (const term of this.#dictionary.expand(lunrTokenSet.fromFuzzyString(base, distance))) {
          const variant = this.#variant(term, typoFactor);
          if (!variant) continue;
          const frequency = this.#dictionary.frequency(variant);
          if (!best || frequency > best.frequency) best = { variant, frequency };
        }
      }
      if (best) return best.variant;
    }
    return null;
  }

  #expand(patterns: (LunrTokenSet | string)[], exact: Set<string>, node: QueryNode): TermVariant[] {
    const seen = new Map<string, TermVariant>();
    for (const pattern of patterns) {
      const terms =
        typeof pattern === 'string'
          ? this.#dictionary.expandPrefix(pattern)
          : this.#dictionary.expand(pattern);
      for (const term of terms) {
        if (seen.has(term)) continue;
        const variant = this.#variant(term, exact.has(term) ? 1 : expansionFactor);
        if (variant) seen.set(term, variant);
      }
    }
    let variants = [...seen.values()];
    if (variants.length > maxExpansions) {
      variants = variants
        .map((v) => ({ v, f: this.#dictionary.frequency(v) }))
        .sort((a, b) => b.f - a.f)
        .slice(0, maxExpansions)
        .map(({ v }) => v);
      this.plan.problems.push(
        queryProblem(
          'tooManyExpansions',
          { word: node.kind === 'word' ? node.text : '', max: maxExpansions },
          node.start,
          node.end,
          'warning',
        ),
      );
    }
    return variants;
  }

  #wildcardVariants(pattern: string, node: QueryNode): TermVariant[] {
    const lower = foldDiacritics(pattern.toLowerCase());
    const exact = new Set<string>();
    // `policy*` should find notes with `policies`: the index holds the stem `polici`, so a
    // trailing-* prefix is also tried in its stemmed forms. Such prefixes are a range of the
    // sorted terms; other patterns go through lunr's TokenSet intersection.
    const prefix = /^([^*]+)\*$/.exec(lower)?.[1];
    if (!prefix) return this.#expand([lunrTokenSet.fromString(lower)], exact, node);
    const prefixes = new Set([prefix]);
    for (const term of this.#analyzer.queryWord(prefix, this.#dictionary.languages).terms) {
      exact.add(term);
      prefixes.add(term);
    }
    return this.#expand([...prefixes], exact, node);
  }

  #fuzzyVariants(word: string, distance: number, node: QueryNode): TermVariant[] {
    const lower = foldDiacritics(word.toLowerCase());
    const { terms } = this.#analyzer.queryWord(word, this.#dictionary.languages);
    const exact = new Set(terms);
    const bases = new Set([...terms, lower]);
    const patterns = [...bases].map((base) => lunrTokenSet.fromFuzzyString(base, distance));
    return this.#expand(patterns, exact, node);
  }

  /**
   * A question word's synonyms in each language present (`extract` for `unpack` in English notes),
   * at a lower weight, for notes of that language only.
   */
  #synonymVariants(word: string, exact: TermVariant[]): TermVariant[] {
    const factor = synonymTuning.factor;
    if (factor === 0) return [];
    const lower = word.toLowerCase();
    const found = new Map<string, TermVariant>();
    for (const language of this.#dictionary.languages) {
      const term = this.#analyzer.termOf(lower, language);
      if (term === '') continue;
      for (const other of synonymsOf(this.#analyzer, language).get(term) ?? []) {
        if (exact.some((v) => v.term === other)) continue;
        const seen = found.get(other);
        if (seen) {
          seen.languages |= languageBit[language];
          continue;
        }
        const variant = this.#variant(other, factor, languageBit[language]);
        if (variant) found.set(other, variant);
      }
    }
    return [...found.values()];
  }

  #addClause(
    variants: TermVariant[],
    fields: readonly number[],
    boost: number,
    presence: Presence,
    word = '',
  ): void {
    this.plan.clauses.push({ variants, fields, boost, presence, word });
    if (presence !== 'prohibited') for (const v of variants) this.plan.highlightTerms.add(v.term);
  }

  #noMatch(node: QueryNode, word: string): void {
    this.plan.impossible = true;
    this.plan.problems.push(queryProblem('noSuchWord', { word }, node.start, node.end, 'warning'));
  }

  word(node: Extract<QueryNode, { kind: 'word' }>, asPrefix: boolean): void {
    const fields = fieldsOf(node.field);
    const presence: Presence = node.negated
      ? 'prohibited'
      : this.plan.natural
        ? 'optional'
        : 'required';
    const isPattern = node.text.includes('*') || asPrefix || node.fuzzy !== null;
    // Wildcard and fuzzy words hold their place in the sequence without joining the soft phrase.
    if (isPattern && !node.negated && node.field === null) this.#sequence++;
    if (node.text.includes('*') || asPrefix) {
      // Each part of `get-child*` is its own clause; parts without `*` are plain words.
      const parts = node.text
        .split(/[^\p{L}\p{N}\p{M}*]+/u)
        .filter((p) => p !== '' && p !== '*'.repeat(p.length));
      parts.forEach((part, i) => {
        const isPattern = part.includes('*') || (asPrefix && i === parts.length - 1);
        if (!isPattern) {
          this.#plainWords([part], node, fields, presence);
          return;
        }
        const variants = this.#wildcardVariants(part.includes('*') ? part : `${part}*`, node);
        if (variants.length === 0) {
          if (presence === 'required') this.#noMatch(node, part);
          return;
        }
        this.#addClause(variants, fields, node.boost, presence, part);
      });
      return;
    }
    if (this.plan.natural && node.fuzzy === null) {
      // `I'm`, `doesn't`: search the word without its clitic, which still holds its place.
      const kept = withoutClitic(node.text);
      if (kept.dropped > 0) {
        this.#plainWords(wordsOf(kept.text), node, fields, presence);
        if (presence !== 'prohibited' && node.field === null) this.#sequence += kept.dropped;
        return;
      }
    }
    const words = wordsOf(node.text);
    if (node.fuzzy !== null && node.fuzzy > 0 && words.length === 1) {
      const word = words[0]!;
      const distance = Math.min(node.fuzzy, Math.max(1, Math.floor(word.length / 3)));
      const variants = this.#fuzzyVariants(word, distance, node);
      if (variants.length === 0) {
        if (presence === 'required') this.#noMatch(node, word);
        return;
      }
      this.#addClause(variants, fields, node.boost, presence, word);
      return;
    }
    this.#plainWords(words, node, fields, presence);
  }

  /** One word: a term clause. Several (`e-mail`, `a.b`): a phrase, as they were typed together. */
  #plainWords(
    words: string[],
    node: QueryNode,
    fields: readonly number[],
    presence: Presence,
  ): void {
    if (words.length === 0) return;
    if (words.length > 1 && this.plan.natural) {
      // `e-mail`, `Get-ChildItem` in a question: each part is a word of it (next to each other,
      // they also earn the proximity bonus).
      for (const part of words) this.#plainWords([part], node, fields, presence);
      return;
    }
    if (words.length > 1) {
      this.#phraseWords(
        words,
        node,
        fields,
        presence === 'prohibited',
        node.kind === 'word' ? node.boost : 1,
      );
      return;
    }
    const word = words[0]!;
    const exact = this.#exactVariants(word);
    const { variants } = exact;
    // In a question, only the query language's stop words are noise; with operators, a stop word
    // of any language present is (notes in that language do not index it).
    const isStopWord = this.plan.natural ? exact.isNoise : exact.isStopWord;
    if (presence !== 'prohibited' && node.kind === 'word' && node.field === null) {
      // Every plain word takes a place in the sequence, stop words too (they keep the gaps).
      this.#sequence++;
      if (!isStopWord && variants.length > 0)
        this.plan.proximity.push({ offset: this.#sequence, variants });
    }
    if (variants.length === 0 && !isStopWord && presence === 'optional' && this.plan.natural) {
      // A question's word no note has, said in the vault another way (`ram` where notes say
      // `memory`): its synonyms stand for it, rather than a typo guess.
      const synonyms = this.#synonymVariants(word, variants);
      if (synonyms.length > 0) {
        this.#addClause(synonyms, fields, node.kind === 'word' ? node.boost : 1, presence, word);
        return;
      }
    }
    if (variants.length === 0 && !isStopWord && presence !== 'prohibited') {
      const closest = this.#closestTerm(word);
      if (closest) {
        const applied = this.plan.natural;
        this.plan.corrections.push({
          word,
          term: closest.term,
          start: node.start,
          end: node.end,
          applied,
        });
        if (applied) {
          if (node.kind === 'word' && node.field === null) {
            this.plan.proximity.push({ offset: this.#sequence, variants: [closest] });
          }
          this.#addClause([closest], fields, 1, presence, word);
          return;
        }
      }
    }
    if (variants.length === 0) {
      if (presence === 'required' && !isStopWord) this.#noMatch(node, word);
      // In a question the other words still find notes; say which one found nothing.
      else if (presence === 'optional' && !isStopWord && this.plan.natural) {
        this.plan.problems.push(
          queryProblem('noSuchWord', { word }, node.start, node.end, 'warning'),
        );
      }
      return;
    }
    const boost = node.kind === 'word' || node.kind === 'phrase' ? node.boost : 1;
    // In a question, stop words are noise: they neither find nor rank notes.
    if (isStopWord && this.plan.natural) return;
    if (this.plan.natural && presence !== 'prohibited') {
      this.#addClause(
        [...variants, ...this.#synonymVariants(word, variants)],
        fields,
        boost,
        presence,
        word,
      );
      return;
    }
    // A stop word in some language cannot be required: notes in that language do not index it.
    this.#addClause(
      variants,
      fields,
      boost,
      isStopWord && presence === 'required' ? 'optional' : presence,
      word,
    );
  }

  phrase(node: Extract<QueryNode, { kind: 'phrase' }>): void {
    this.#phraseWords(wordsOf(node.text), node, fieldsOf(node.field), node.negated, node.boost);
  }

  #phraseWords(
    words: string[],
    node: QueryNode,
    fields: readonly number[],
    negated: boolean,
    boost: number,
  ): void {
    const checked: PhraseCheck['words'] = [];
    for (let offset = 0; offset < words.length; offset++) {
      const { variants, isStopWord } = this.#exactVariants(words[offset]!);
      if (isStopWord) continue;
      if (variants.length === 0) {
        if (!negated) this.#noMatch(node, words[offset]!);
        return;
      }
      checked.push({ offset, variants });
    }
    if (checked.length === 0) {
      if (words.length > 0) {
        this.plan.problems.push(
          queryProblem('onlyCommonPhrase', undefined, node.start, node.end, 'warning'),
        );
      }
      return;
    }
    if (checked.length === 1) {
      this.#addClause(checked[0]!.variants, fields, boost, negated ? 'prohibited' : 'required');
      return;
    }
    if (!negated)
      for (const word of checked) this.#addClause(word.variants, fields, boost, 'required');
    this.plan.phrases.push({ words: checked, fields, negated });
  }

  listFilter(node: ListFilterNode, sameKey: ListFilterNode[]): void {
    // Same key and sign: either value (`domain:hr domain:finance`); different keys: all.
    const test = listTest(
      node.key,
      sameKey.flatMap((n) => n.values),
    );
    this.plan.filters.push(node.negated ? (r) => !test(r) : test);
  }

  dateFilter(node: DateFilterNode): void {
    const { from, to, key } = node;
    const test = (record: DocRecord): boolean => {
      const value = record[key];
      if (!value) return false;
      return (from === null || value >= from) && (to === null || value < to);
    };
    this.plan.filters.push(node.negated ? (r) => !test(r) : test);
  }
}

const lowerFolded = (value: string): string => foldDiacritics(value.toLowerCase());

/**
 * Domains, tags and types compare as the domain pages and the tag pane do (shared/domains,
 * shared/tags), so a filter finds exactly the notes they count; `from:` is a loose match.
 */
function listTest(key: ListFilterNode['key'], typed: string[]): NoteFilter {
  switch (key) {
    case 'domain': {
      const values = typed.map(domainKey);
      return (r) => r.domains.some((d) => values.includes(domainKey(d)));
    }
    case 'type': {
      const values = typed.map((v) => v.toLowerCase());
      return (r) => values.includes(r.type.toLowerCase());
    }
    case 'tag':
      // Nested tags: `tag:a` also finds `a/b` and `a/b/c`.
      return (r) => r.tags.some((tag) => typed.some((filter) => tagMatches(filter, tag)));
    case 'from': {
      const values = typed.map(lowerFolded);
      return (r) => r.from !== null && values.some((v) => lowerFolded(r.from!).includes(v));
    }
    default: {
      const unknown: never = key;
      throw new Error(`Unknown filter ${String(unknown)}`);
    }
  }
}

/**
 * Whether a query is typed as a question or a few words, not with the query language's text
 * operators: quotes, `-word`, `+word`, `*`, `~`, `^` or `title:`-style fields. Filters (`tag:`,
 * `domain:`, dates…) narrow a natural query without making it strict.
 */
export function isNaturalQuery(nodes: readonly QueryNode[], query: string): boolean {
  if (/(?:^|\s)\+\S/.test(query)) return false;
  return nodes.every((node) => {
    if (node.kind === 'phrase') return false;
    if (node.kind !== 'word') return true;
    return (
      !node.negated &&
      node.field === null &&
      node.fuzzy === null &&
      node.boost === 1 &&
      !node.text.includes('*')
    );
  });
}

/**
 * Plans a query. With `prefixLastWord`, the last plain word also matches as a prefix (for results
 * while typing), unless the query ends with a space.
 */
export function planQuery(
  query: string,
  analyzer: TextAnalyzer,
  dictionary: TermDictionary,
  options: { prefixLastWord?: boolean } = {},
): QueryPlan {
  const parsed = parseQuery(query);
  const natural = isNaturalQuery(parsed.nodes, query);
  const plan = planParsed(parsed, query, analyzer, dictionary, natural, options);
  // A question of nothing but common words ("how to"): search them as typed rather than nothing.
  if (natural && !plan.clauses.some((c) => c.presence !== 'prohibited') && !plan.matchAll) {
    return planParsed(parsed, query, analyzer, dictionary, false, options);
  }
  return plan;
}

function planParsed(
  parsed: ReturnType<typeof parseQuery>,
  query: string,
  analyzer: TextAnalyzer,
  dictionary: TermDictionary,
  natural: boolean,
  options: { prefixLastWord?: boolean },
): QueryPlan {
  const planner = new Planner(analyzer, dictionary);
  const { plan } = planner;
  plan.natural = natural;
  plan.problems.push(...parsed.problems);
  const last = parsed.nodes.at(-1);
  const prefixNode =
    options.prefixLastWord &&
    last?.kind === 'word' &&
    !last.negated &&
    last.fuzzy === null &&
    !/\s$/.test(query)
      ? last
      : null;
  const listGroups = new Map<string, ListFilterNode[]>();
  for (const node of parsed.nodes) {
    if (node.kind === 'filter') {
      const key = `${node.key}:${node.negated}`;
      const group = listGroups.get(key);
      if (group) group.push(node);
      else listGroups.set(key, [node]);
    }
  }
  for (const node of parsed.nodes) {
    switch (node.kind) {
      case 'word':
        planner.word(node, node === prefixNode);
        break;
      case 'phrase':
        planner.phrase(node);
        break;
      case 'filter': {
        const group = listGroups.get(`${node.key}:${node.negated}`)!;
        if (group[0] === node) planner.listFilter(node, group);
        break;
      }
      case 'date':
        planner.dateFilter(node);
        break;
      case 'all':
        plan.matchAll = true;
        break;
      default: {
        const unknown: never = node;
        throw new Error(`Unknown query node ${JSON.stringify(unknown)}`);
      }
    }
  }
  const hasPositive = plan.clauses.some((c) => c.presence !== 'prohibited');
  if (
    !hasPositive &&
    (plan.filters.length > 0 || plan.clauses.length > 0 || plan.phrases.length > 0)
  ) {
    plan.matchAll = true;
  }
  // Templates are scaffolding, not knowledge: only a query that names them (`type:template`)
  // finds them.
  const asksForTemplates = parsed.nodes.some(
    (node) =>
      node.kind === 'filter' &&
      node.key === 'type' &&
      !node.negated &&
      node.values.some((v) => v.toLowerCase() === TEMPLATE_NOTE_TYPE),
  );
  if (!asksForTemplates) plan.filters.push((r) => r.type !== TEMPLATE_NOTE_TYPE);
  return plan;
}
