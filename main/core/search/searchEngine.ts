/**
 * The search index of one vault, synchronous and single-threaded: it lives in the search worker
 * (searchWorker.ts) and is driven by messages from SearchService. Tests use it directly.
 *
 * Design: a main segment (immutable, built in one go, persisted) plus a delta segment (mutable,
 * in memory) of notes changed since. Changing a note puts its new version in the delta and a
 * tombstone on its main-segment copy; removing one only tombstones it. Queries read both and
 * skip tombstones, with statistics of the live notes, so an edit is searchable and correctly
 * ranked as soon as `upsert` returns. When the delta grows past a threshold, compaction builds a
 * new main segment from all live notes in the background (in slices between queries), persists
 * it as a new generation and swaps it in; changes made meanwhile are carried over.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { queryProblem, type QueryProblem } from '../../../shared/search/queryParser';
import type {
  FacetCount,
  SearchFacets,
  SearchHit,
  SearchOptions,
  SearchResults,
  SearchSnippet,
} from '../../../shared/search/searchResults';
import { domainKey } from '../../../shared/domains/domainSlug';
import { tagAncestry, tagKey } from '../../../shared/tags/tagMatch';
import { editDistance } from '../../../shared/text/editDistance';
import { analyzeDeltaDoc, DeltaSegment } from './deltaSegment';
import { analyzeNote, toDocRecord, type DocRecord } from './docRecord';
import { fieldCount, fieldIndex } from './indexFields';
import {
  indexFormatVersion,
  readManifest,
  writeManifest,
  type IndexManifest,
} from './indexManifest';
import type { LunrTokenSet } from './lunrPatched';
import type { MainSegment } from './mainSegment';
import { DuplicateClusters, foldNearDuplicates } from './nearDuplicates';
import {
  executePlan,
  explainNote,
  ScoringScratch,
  type IndexView,
  type ScoredNote,
} from './queryExecutor';
import { planQuery, type QueryPlan, type TermDictionary, type TermVariant } from './queryPlan';
import { foldDiacritics } from '../../../shared/text/foldDiacritics';
import type { LanguageDetector } from './languageDetector';
import type { SearchDocument } from './searchDocument';
import { SegmentBuilder } from './segmentBuilder';
import { IndexCorruptError, readSegment, writeSegment } from './segmentFiles';
import { bodySnippet, titleSnippet, wordOffset, type BodyWindow } from './snippetBuilder';
import { analyzerVersion, TextAnalyzer, type AnalyzerLanguage } from './textAnalyzer';
import type { StoredText } from './textStore';
import { tokenSetAccepts } from './tokenSetAccepts';
import { topK } from './topK';

export type LoadResult =
  | { status: 'loaded'; notes: number }
  | { status: 'missing' }
  | { status: 'incompatible' | 'corrupt'; reason: string };

/** A note in the order `rankedNotes` gives. */
export interface RankedNote {
  path: string;
  /** Its body as indexed: markdown syntax removed, lines kept (read from disk when asked). */
  plainBody(): string;
}

export interface CompactionPolicy {
  /** Compact when the delta holds this many notes… */
  minDeltaNotes: number;
  /** …and at least this share of the main segment's notes (or when the index is small). */
  deltaShare: number;
  /** Compact when the delta's text exceeds this many characters, whatever its note count. */
  maxDeltaChars: number;
}

export const defaultCompactionPolicy: CompactionPolicy = {
  minDeltaNotes: 256,
  deltaShare: 0.05,
  maxDeltaChars: 8_000_000,
};

const defaultPageSize = 20;
const maxPageSize = 100;
const maxFacetValues = 50;
/** Characters read after a body checkpoint: room for the words up to the next one. */
const windowChars = 1200;

interface ActiveBuild {
  kind: 'rebuild' | 'compaction';
  builder: SegmentBuilder;
  generation: string;
  dir: string;
  /** Paths upserted or removed since the build started: re-applied after the swap. */
  changed: Set<string>;
}

let generationCounter = 0;

function newGeneration(): string {
  generationCounter = (generationCounter + 1) % 1296;
  return `gen-${Date.now().toString(36)}-${generationCounter.toString(36)}`;
}

function emptyFacets(): SearchFacets {
  return { domains: [], types: [], tags: [] };
}

interface FacetEntry {
  value: string;
  count: number;
}

/** Counts keyed by comparison form, shown as first spelled. */
class FacetTally {
  readonly #entries = new Map<string, FacetEntry>();

  entry(key: string, value: string): FacetEntry {
    let entry = this.#entries.get(key);
    if (!entry) this.#entries.set(key, (entry = { value, count: 0 }));
    return entry;
  }

  top(): FacetCount[] {
    return [...this.#entries.values()]
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, maxFacetValues)
      .map(({ value, count }) => ({ value, count }));
  }
}

/**
 * Comparison forms of domain and tag spellings, computed once per spelling: facets run over every
 * hit of every query. A vault has a few hundred spellings; the bound only guards against abuse.
 */
const facetKeys = { domain: new Map<string, string>(), tag: new Map<string, string>() };

function cachedKey(raw: string, kind: 'domain' | 'tag'): string {
  const cache = facetKeys[kind];
  let key = cache.get(raw);
  if (key === undefined) {
    if (cache.size > 50_000) cache.clear();
    key = kind === 'tag' ? tagKey(raw) : domainKey(raw);
    cache.set(raw, key);
  }
  return key;
}

/**
 * What facets need of the main segment's notes, in flat arrays: most hits of a query are counted
 * without touching their records (which are scattered in memory).
 */
interface MainFacetIndex {
  /** Note → number of its type in `types`. */
  typeOf: Uint32Array;
  types: string[];
  /** Note → 1 if it has domains or tags. */
  labelled: Uint8Array;
}

function mainFacetIndex(main: MainSegment): MainFacetIndex {
  const typeOf = new Uint32Array(main.docCount);
  const labelled = new Uint8Array(main.docCount);
  const types: string[] = [];
  const typeIds = new Map<string, number>();
  main.docs.forEach((record, id) => {
    let typeId = typeIds.get(record.type);
    if (typeId === undefined) {
      typeId = types.push(record.type) - 1;
      typeIds.set(record.type, typeId);
    }
    typeOf[id] = typeId;
    labelled[id] = record.domains.length > 0 || record.tags.length > 0 ? 1 : 0;
  });
  return { typeOf, types, labelled };
}

/**
 * Domains, types and tags of every hit. Domains and tags compare as the domain pages and the tag
 * pane do (so a chip's count is what its filter finds); a note tagged `a/b/c` counts for `a`,
 * `a/b` and `a/b/c`, as `tag:a` etc. would find it. Runs over every hit of every query: a main
 * note without domains and tags costs two array reads.
 */
function facetsOf(notes: ScoredNote[], index: MainFacetIndex | null): SearchFacets {
  const domains = new FacetTally();
  const types = new FacetTally();
  const tags = new FacetTally();
  const mainTypeCounts = index ? new Uint32Array(index.types.length) : null;
  const seen = new Set<string>();
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i]!;
    const id = note.mainId;
    if (id >= 0 && index) {
      mainTypeCounts![index.typeOf[id]!]!++;
      if (index.labelled[id] === 0) continue;
    } else {
      types.entry(note.record.type, note.record.type).count++;
    }
    const { record } = note;
    const noteDomains = record.domains;
    if (noteDomains.length === 1) {
      domains.entry(cachedKey(noteDomains[0]!, 'domain'), noteDomains[0]!).count++;
    } else if (noteDomains.length > 1) {
      seen.clear();
      for (const domain of noteDomains) {
        const key = cachedKey(domain, 'domain');
        if (seen.has(key)) continue;
        seen.add(key);
        domains.entry(key, domain).count++;
      }
    }
    const noteTags = record.tags;
    if (noteTags.length === 0) continue;
    seen.clear();
    for (const tag of noteTags) {
      for (const level of tag.includes('/') ? tagAncestry(tag) : [tag]) {
        const key = cachedKey(level, 'tag');
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        tags.entry(key, level).count++;
      }
    }
  }
  if (index && mainTypeCounts) {
    mainTypeCounts.forEach((count, typeId) => {
      if (count > 0) types.entry(index.types[typeId]!, index.types[typeId]!).count += count;
    });
  }
  return { domains: domains.top(), types: types.top(), tags: tags.top() };
}

/** Positions looked at per hit when choosing its passage; beyond, the first match is used. */
const maxPassagePositions = 4096;

/**
 * The first position of the run of `width` consecutive words holding the most distinct terms,
 * given each term's sorted positions; null when there are none.
 */
export function densestRunStart(lists: readonly ArrayLike<number>[], width: number): number | null {
  let total = 0;
  let first = Infinity;
  for (const list of lists) {
    total += list.length;
    if (list.length > 0) first = Math.min(first, list[0]!);
  }
  if (total === 0) return null;
  if (lists.length === 1 || total > maxPassagePositions) return first;
  const events: { at: number; term: number }[] = [];
  lists.forEach((list, term) => {
    for (let i = 0; i < list.length; i++) events.push({ at: list[i]!, term });
  });
  events.sort((a, b) => a.at - b.at);
  const counts = new Uint32Array(lists.length);
  let distinct = 0;
  let best = { distinct: 0, at: first };
  let lo = 0;
  for (const event of events) {
    if (counts[event.term]!++ === 0) distinct++;
    while (event.at - events[lo]!.at >= width) {
      if (--counts[events[lo]!.term]! === 0) distinct--;
      lo++;
    }
    if (distinct > best.distinct) best = { distinct, at: events[lo]!.at };
  }
  return best.at;
}

/** Best score first; equal scores (and unranked lists) by most recently updated, then path. */
function compareRanked(a: ScoredNote, b: ScoredNote): number {
  if (b.score !== a.score) return b.score - a.score;
  return compareRecent(a, b);
}

function compareRecent(a: ScoredNote, b: ScoredNote): number {
  const au = a.record.updated;
  const bu = b.record.updated;
  if (au !== bu) return au < bu ? 1 : -1;
  const ap = a.record.path;
  const bp = b.record.path;
  return ap < bp ? -1 : ap > bp ? 1 : 0;
}

export class SearchEngine {
  readonly indexDir: string;
  readonly analyzer: TextAnalyzer;
  readonly policy: CompactionPolicy;
  #main: MainSegment | null = null;
  #generation: string | null = null;
  #mainLanguages = new Set<AnalyzerLanguage>();
  #delta = new DeltaSegment();
  #deltaChars = 0;
  #tombstones = new Uint8Array(0);
  #tombstonedDf = new Map<number, number>();
  #tombstonedLength = new Float64Array(fieldCount);
  #tombstoneCount = 0;
  readonly #scratch = new ScoringScratch();
  #build: ActiveBuild | null = null;
  /** Made on the first query after a main segment is installed. */
  #mainFacets: MainFacetIndex | null = null;
  /** The main notes' near-duplicate clusters (nearDuplicates.ts); made like #mainFacets. */
  #duplicates: DuplicateClusters | null = null;

  constructor(options: {
    indexDir: string;
    analyzer?: TextAnalyzer;
    policy?: Partial<CompactionPolicy>;
    detector?: LanguageDetector;
  }) {
    this.indexDir = options.indexDir;
    this.analyzer = options.analyzer ?? new TextAnalyzer({ detector: options.detector ?? null });
    this.policy = { ...defaultCompactionPolicy, ...options.policy };
  }

  /** Notes searchable now. */
  get noteCount(): number {
    return (this.#main ? this.#main.docCount - this.#tombstoneCount : 0) + this.#delta.size;
  }

  get deltaSize(): number {
    return this.#delta.size;
  }

  get tombstoneCount(): number {
    return this.#tombstoneCount;
  }

  get building(): ActiveBuild['kind'] | null {
    return this.#build?.kind ?? null;
  }

  get hasMainSegment(): boolean {
    return this.#main !== null;
  }

  /** Path → fingerprint of every live note (what a refresh compares with the vault). */
  fingerprints(): Map<string, string> {
    const result = new Map<string, string>();
    const main = this.#main;
    if (main) {
      main.docs.forEach((doc, id) => {
        if (this.#tombstones[id] !== 1) result.set(doc.path, doc.fingerprint);
      });
    }
    for (const doc of this.#delta.docs.values())
      result.set(doc.record.path, doc.record.fingerprint);
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // Loading and persisting

  /** Loads the persisted index, if there is a sound one; removes leftovers of other generations. */
  async load(): Promise<LoadResult> {
    const state = await readManifest(this.indexDir);
    if (state.status !== 'ok') {
      await this.#removeGenerations(null);
      return state;
    }
    const { manifest } = state;
    let segment: MainSegment;
    try {
      segment = await readSegment(path.join(this.indexDir, manifest.generation), manifest.files);
    } catch (error) {
      if (error instanceof IndexCorruptError) return { status: 'corrupt', reason: error.message };
      throw error;
    }
    this.#install(segment, manifest.generation);
    await this.#removeGenerations(manifest.generation);
    return { status: 'loaded', notes: segment.docCount };
  }

  /**
   * Builds part of the TokenSet of a loaded segment (see MainSegment), then its near-duplicate
   * clusters (a few milliseconds), so the first query does neither; true when done.
   */
  warmUpStep(budget = 4000): boolean {
    if (!this.#main) return true;
    if (!this.#main.buildTokenSetStep(budget)) return false;
    this.#duplicateClusters();
    return true;
  }

  async #removeGenerations(keep: string | null): Promise<void> {
    let entries: string[];
    try {
      entries = await readdir(this.indexDir);
    } catch {
      return;
    }
    const building = this.#build?.generation;
    // Best effort: a folder still open elsewhere (another Praxis on the same vault, Windows
    // file locks) is left for a later start to remove.
    await Promise.all(
      entries
        .filter((name) => name.startsWith('gen-') && name !== keep && name !== building)
        .map((name) =>
          rm(path.join(this.indexDir, name), { recursive: true, force: true }).catch(
            () => undefined,
          ),
        ),
    );
  }

  /** Writes the current main segment and points the manifest at it. */
  async persist(textFile: { name: string; size: number; crc32: number }): Promise<void> {
    const main = this.#main;
    const generation = this.#generation;
    if (!main || !generation) return;
    const files = await writeSegment(path.join(this.indexDir, generation), main, textFile);
    if (this.#generation !== generation) return; // superseded while writing
    const manifest: IndexManifest = {
      format: indexFormatVersion,
      analyzer: analyzerVersion,
      fields: fieldCount,
      generation,
      builtAt: new Date().toISOString(),
      notes: main.docCount,
      terms: main.terms.length,
      files,
    };
    await writeManifest(this.indexDir, manifest);
    await this.#removeGenerations(generation);
  }

  #install(segment: MainSegment, generation: string): void {
    this.#main?.close();
    this.#main = segment;
    this.#mainFacets = null;
    this.#duplicates = null;
    this.#generation = generation;
    this.#mainLanguages = new Set(segment.docs.map((d) => d.language));
    this.#tombstones = new Uint8Array(segment.docCount);
    this.#tombstonedDf = new Map();
    this.#tombstonedLength = new Float64Array(fieldCount);
    this.#tombstoneCount = 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Changes

  /** Indexes a new or changed note; searchable when this returns. */
  upsert(doc: SearchDocument, fingerprint: string): void {
    const record = toDocRecord(doc, fingerprint, this.analyzer);
    this.#upsertRecord(record, { body: doc.body, headings: doc.headings });
  }

  #upsertRecord(record: DocRecord, text: StoredText): void {
    this.#hide(record.path);
    const deltaDoc = analyzeDeltaDoc(this.analyzer, record, text);
    this.#delta.add(deltaDoc);
    this.#deltaChars += text.body.length;
    this.#build?.changed.add(record.path);
  }

  /**
   * During a build, makes a note searchable before the build is finished, from the delta. Unlike
   * {@link upsert} it is not a change made during the build: the finished segment replaces it.
   */
  preview(doc: SearchDocument, fingerprint: string): void {
    const record = toDocRecord(doc, fingerprint, this.analyzer);
    const text = { body: doc.body, headings: doc.headings };
    this.#hide(record.path);
    this.#delta.add(analyzeDeltaDoc(this.analyzer, record, text));
    this.#deltaChars += text.body.length;
  }

  /** Removes a note from search; false if it was not indexed. */
  remove(notePath: string): boolean {
    const found = this.#hide(notePath);
    this.#build?.changed.add(notePath);
    return found;
  }

  /** Takes the current version of a note out of search (delta entry or main-segment copy). */
  #hide(notePath: string): boolean {
    const old = this.#delta.remove(notePath);
    if (old) {
      this.#deltaChars -= old.text.body.length;
      return true;
    }
    const id = this.#main?.idOf(notePath);
    if (id === undefined || this.#tombstones[id] === 1) return false;
    this.#tombstone(id);
    return true;
  }

  /**
   * Hides a main-segment note and subtracts it from the statistics, re-analysing its stored text
   * to know exactly which terms it had (cheaper in memory than keeping a forward index).
   */
  #tombstone(id: number): void {
    const main = this.#main!;
    this.#tombstones[id] = 1;
    this.#tombstoneCount++;
    const distinct = Array.from({ length: fieldCount }, () => new Set<string>());
    const lengths = analyzeNote(this.analyzer, main.docs[id]!, main.readText(id), (field, term) => {
      distinct[field]!.add(term);
    });
    // One dictionary lookup per distinct term, not per occurrence.
    distinct.forEach((terms, field) => {
      for (const term of terms) {
        const termId = main.termId(term);
        if (termId < 0) continue;
        const key = termId * fieldCount + field;
        this.#tombstonedDf.set(key, (this.#tombstonedDf.get(key) ?? 0) + 1);
      }
    });
    for (let f = 0; f < fieldCount; f++) this.#tombstonedLength[f]! += lengths[f]!;
  }

  // ---------------------------------------------------------------------------------------------
  // Building and compaction

  /** Starts a full build; feed it with {@link addToBuild}, then run {@link finishBuild}. */
  async beginRebuild(): Promise<void> {
    await this.#beginBuild('rebuild');
  }

  async #beginBuild(kind: ActiveBuild['kind']): Promise<ActiveBuild> {
    this.abandonBuild();
    const generation = newGeneration();
    const dir = path.join(this.indexDir, generation);
    await mkdir(dir, { recursive: true });
    const build: ActiveBuild = {
      kind,
      builder: new SegmentBuilder(this.analyzer, dir),
      generation,
      dir,
      changed: new Set(),
    };
    this.#build = build;
    return build;
  }

  addToBuild(doc: SearchDocument, fingerprint: string): void {
    if (!this.#build) throw new Error('No build is running.');
    this.#build.builder.add(doc, fingerprint);
  }

  /** Finishes the running build (in slices) and swaps it in; returns text.bin's manifest entry. */
  *finishBuild(): Generator<void, { name: string; size: number; crc32: number } | null> {
    const build = this.#build;
    if (!build) return null;
    const segment = yield* build.builder.finish();
    if (this.#build !== build) {
      segment.close();
      return null;
    }
    this.#build = null;
    const previousDelta = this.#delta;
    this.#install(segment, build.generation);
    this.#delta = new DeltaSegment();
    this.#deltaChars = 0;
    // Changes that arrived while building win over what the build saw.
    for (const changedPath of build.changed) {
      const id = segment.idOf(changedPath);
      if (id !== undefined) this.#tombstone(id);
      const current = previousDelta.docs.get(changedPath);
      if (current) {
        this.#delta.add(current);
        this.#deltaChars += current.text.body.length;
      }
    }
    return build.builder.textFile;
  }

  abandonBuild(): void {
    const build = this.#build;
    if (!build) return;
    this.#build = null;
    build.builder.abandon();
    void rm(build.dir, { recursive: true, force: true });
  }

  /** Whether the delta has grown enough to compact; with `force`, whether there is anything to. */
  needsCompaction(force = false): boolean {
    if (this.#build || !this.#main) return false;
    const changes = Math.max(this.#delta.size, this.#tombstoneCount);
    if (force) return changes > 0;
    const { minDeltaNotes, deltaShare, maxDeltaChars } = this.policy;
    return (
      (changes >= minDeltaNotes && changes >= deltaShare * this.#main.docCount) ||
      this.#deltaChars > maxDeltaChars
    );
  }

  /**
   * Rebuilds the main segment from every live note (main copies from the text store, delta notes
   * from memory), in slices; returns text.bin's manifest entry for {@link persist}.
   */
  async *compact(): AsyncGenerator<void, { name: string; size: number; crc32: number } | null> {
    const build = await this.#beginBuild('compaction');
    const main = this.#main;
    const deltaDocs = [...this.#delta.docs.values()];
    const tombstones = this.#tombstones.slice();
    let sinceYield = 0;
    if (main) {
      for (let id = 0; id < main.docCount; id++) {
        if (tombstones[id] === 1) continue;
        if (this.#build !== build) return null;
        build.builder.addRecord(main.docs[id]!, main.readText(id));
        if (++sinceYield % 32 === 0) yield;
      }
    }
    for (const doc of deltaDocs) {
      if (this.#build !== build) return null;
      build.builder.addRecord(doc.record, doc.text);
      if (++sinceYield % 32 === 0) yield;
    }
    if (this.#build !== build) return null;
    return yield* this.finishBuild();
  }

  // ---------------------------------------------------------------------------------------------
  // Searching

  #facetIndex(): MainFacetIndex | null {
    if (!this.#main) return null;
    this.#mainFacets ??= mainFacetIndex(this.#main);
    return this.#mainFacets;
  }

  #duplicateClusters(): DuplicateClusters {
    this.#duplicates ??= new DuplicateClusters(this.#main?.docs ?? []);
    return this.#duplicates;
  }

  *#deltaRecords(): Generator<DocRecord> {
    for (const doc of this.#delta.docs.values()) yield doc.record;
  }

  #view(): IndexView {
    return {
      main: this.#main,
      tombstones: this.#tombstones,
      tombstonedDf: this.#tombstonedDf,
      tombstonedLength: this.#tombstonedLength,
      tombstoneCount: this.#tombstoneCount,
      delta: this.#delta,
    };
  }

  #dictionary(query: string): TermDictionary {
    const main = this.#main;
    const delta = this.#delta;
    const languages = new Set<AnalyzerLanguage>(['en', ...this.#mainLanguages]);
    for (const doc of delta.docs.values()) languages.add(doc.record.language);
    // Four words or more say which language they are in often enough to trust (see
    // languageDetector.ts); fewer are read in every language present.
    const queryLanguage =
      languages.size > 1 && query.trim().split(/\s+/).length >= 4
        ? (this.analyzer.detector?.detect(query) ?? null)
        : null;
    return {
      languages: [...languages],
      queryLanguage,
      mainTermId: (term) => (main ? main.termId(term) : -1),
      inDelta: (term) => delta.termDocs.has(term),
      expand: (pattern: LunrTokenSet) => {
        const terms = main ? main.tokenSet.intersect(pattern).toArray() : [];
        for (const term of delta.termDocs.keys()) {
          if ((!main || main.termId(term) < 0) && tokenSetAccepts(pattern, term)) terms.push(term);
        }
        return terms;
      },
      expandPrefix: (prefix: string) => {
        const terms = main ? main.termsWithPrefix(prefix) : [];
        for (const term of delta.termDocs.keys()) {
          if (term.startsWith(prefix) && (!main || main.termId(term) < 0)) terms.push(term);
        }
        return terms;
      },
      frequency: (variant: TermVariant) => {
        let total = delta.termDocs.get(variant.term)?.size ?? 0;
        if (main && variant.mainId >= 0) {
          for (let f = 0; f < fieldCount; f++) {
            total += main.postingEnd(variant.mainId, f) - main.postingStart(variant.mainId, f);
          }
        }
        return total;
      },
    };
  }

  /**
   * Where (which word) a hit's snippet should be cut around: the start of the densest run of
   * matched terms in its body (most distinct terms within `width` words, the first such run), from
   * the postings, so that snippets read only around it instead of scanning long articles.
   * Undefined when that would cost more than scanning (hundreds of wildcard expansions); null when
   * the body has no match.
   */
  #bodyMatchFinder(
    terms: Set<string>,
    width: number,
  ): (note: ScoredNote) => number | null | undefined {
    const main = this.#main;
    const body = fieldIndex.body;
    const termIds =
      main && terms.size <= 64
        ? [...terms].map((t) => main.termId(t)).filter((id) => id >= 0)
        : null;
    return (note) => {
      const lists: ArrayLike<number>[] = [];
      if (note.delta) {
        for (const term of terms) {
          const positions = note.delta.fields[body]!.get(term);
          if (positions) lists.push(positions);
        }
      } else {
        if (!termIds || !main) return undefined;
        for (const id of termIds) {
          const posting = main.findPosting(id, body, note.mainId);
          if (posting >= 0) lists.push(main.positionsAt(posting));
        }
      }
      return densestRunStart(lists, width);
    };
  }

  /**
   * The part of a hit's body its snippet is cut from. Main-segment notes are read from the
   * checkpoint before the first match, a few hundred characters, not the whole article.
   */
  #bodyWindow(note: ScoredNote, firstMatch: number | null | undefined, length: number): BodyWindow {
    if (note.delta) {
      const body = note.delta.text.body;
      const matchAt = typeof firstMatch === 'number' ? wordOffset(body, firstMatch) : firstMatch;
      return { text: body, start: 0, line: 0, atEnd: true, matchAt };
    }
    const main = this.#main!;
    if (firstMatch === undefined) {
      return {
        text: main.readText(note.mainId).body,
        start: 0,
        line: 0,
        atEnd: true,
        matchAt: undefined,
      };
    }
    if (firstMatch === null) {
      const { text, atEnd } = main.readBody(note.mainId, 0, length * 2);
      return { text, start: 0, line: 0, atEnd, matchAt: null };
    }
    const checkpoint = main.checkpointBefore(note.mainId, firstMatch);
    const { text, atEnd } = main.readBody(note.mainId, checkpoint.char, windowChars + length * 4);
    const matchAt = wordOffset(text, firstMatch - checkpoint.position);
    if (matchAt >= text.length && !atEnd) {
      // Words longer than the window allows for: read the whole body (rare).
      const body = main.readText(note.mainId).body;
      return { text: body, start: 0, line: 0, atEnd: true, matchAt: wordOffset(body, firstMatch) };
    }
    return { text, start: checkpoint.char, line: checkpoint.line, atEnd, matchAt };
  }

  /**
   * The query with each word that matched nothing replaced by the vault's closest word, spelled
   * as a hit spells it (the plan knows only its index term, a stem); null when nothing was
   * corrected.
   */
  #didYouMean(
    query: string,
    plan: QueryPlan,
    hits: SearchHit[],
    pageNotes: ScoredNote[],
  ): SearchResults['didYouMean'] | null {
    if (plan.corrections.length === 0) return null;
    let text = query;
    // From the last, so earlier offsets stay right.
    const corrections = [...plan.corrections].sort((a, b) => b.start - a.start);
    const words: { word: string; suggestion: string }[] = [];
    for (const correction of corrections) {
      const suggestion =
        this.#spelling(correction.term, correction.word, hits, pageNotes) ?? correction.term;
      const span = text.slice(correction.start, correction.end);
      const at = span.toLowerCase().indexOf(correction.word.toLowerCase());
      if (at < 0) continue;
      const start = correction.start + at;
      text = text.slice(0, start) + suggestion + text.slice(start + correction.word.length);
      words.unshift({ word: correction.word, suggestion });
    }
    if (words.length === 0) return null;
    return { query: text, corrections: words, applied: plan.corrections.every((c) => c.applied) };
  }

  /**
   * How the hits spell a term: of the highlighted words that analyse to it, the one nearest to
   * what was typed (`agreement` for `agreemnt`, though a title says `agreements`).
   */
  #spelling(
    term: string,
    typed: string,
    hits: SearchHit[],
    pageNotes: ScoredNote[],
  ): string | null {
    let best: { word: string; distance: number } | null = null;
    const target = foldDiacritics(typed.toLowerCase());
    for (const [i, hit] of hits.entries()) {
      const language = pageNotes[i]!.record.language;
      for (const snippet of hit.snippets) {
        for (const [start, end] of snippet.highlights) {
          const word = snippet.text.slice(start, end).toLowerCase();
          if (this.analyzer.termOf(word, language) !== term) continue;
          const distance = editDistance(foldDiacritics(word), target);
          if (!best || distance < best.distance) best = { word, distance };
        }
      }
    }
    return best?.word ?? null;
  }

  search(query: string, options: SearchOptions = {}): Omit<SearchResults, 'status'> {
    const started = performance.now();
    const pageSize = Math.min(
      maxPageSize,
      Math.max(1, Math.floor(options.pageSize ?? defaultPageSize)),
    );
    const page = Math.max(1, Math.floor(options.page ?? 1));
    const snippetLength = Math.min(1000, Math.max(40, options.snippetLength ?? 160));
    const plan = planQuery(query, this.analyzer, this.#dictionary(query), {
      prefixLastWord: options.prefixLastWord ?? false,
    });
    const warnings: QueryProblem[] = plan.problems.filter((p) => p.severity === 'warning');
    const base = { query, page, pageSize, warnings };
    const error = plan.problems.find((p) => p.severity === 'error');
    if (error) {
      return {
        ...base,
        hits: [],
        total: 0,
        facets: emptyFacets(),
        error: {
          message: error.message,
          code: error.code,
          params: error.params,
          position: error.start,
          end: error.end,
        },
        tookMs: performance.now() - started,
      };
    }
    const searchable = plan.clauses.length > 0 || plan.matchAll || plan.impossible;
    if (!searchable && query.trim() !== '' && warnings.length === 0) {
      warnings.push(queryProblem('onlyCommonWords', undefined, 0, query.length, 'warning'));
    }
    const view = this.#view();
    const executed = executePlan(view, plan, this.#scratch, { analyzer: this.analyzer });
    const notes = executed.notes;
    const ranked = plan.clauses.some((c) => c.presence !== 'prohibited');
    const order = ranked ? compareRanked : compareRecent;
    // Near-duplicates folded under the best-ranked of them (nearDuplicates.ts), on every page:
    // `total` counts what is shown, `folded` the rest. Facets still count every match.
    const folding = options.showSimilar
      ? null
      : foldNearDuplicates(notes, this.#duplicateClusters().clusterer(this.#deltaRecords()), order);
    const shown = folding?.shown ?? notes;
    const pageNotes = topK(shown, page * pageSize, order).slice((page - 1) * pageSize);
    const similarOf = folding?.similarOf(pageNotes);
    // Words a snippet's best passage spans (bodySnippet's window is 0.7 of its characters).
    const passageWords = Math.max(8, Math.floor((snippetLength * 0.7) / 6));
    const bodyMatch = this.#bodyMatchFinder(plan.highlightTerms, passageWords);
    const hits: SearchHit[] = pageNotes.map((note) => {
      const { record } = note;
      const similar = similarOf?.get(note);
      const snippets: SearchSnippet[] = [];
      const title = titleSnippet(record.title, plan.highlightTerms, this.analyzer, record.language);
      if (title) snippets.push(title);
      const body = bodySnippet(
        this.#bodyWindow(note, bodyMatch(note), snippetLength),
        plan.highlightTerms,
        this.analyzer,
        record.language,
        snippetLength,
      );
      if (body) snippets.push(body);
      return {
        path: record.path,
        title: record.title,
        domains: record.domains,
        tags: record.tags,
        type: record.type,
        updated: record.updated,
        score: Math.round(note.score * 1000) / 1000,
        snippets,
        ...(similar && {
          similar: similar.map(({ record: r }) => ({
            path: r.path,
            title: r.title,
            type: r.type,
            updated: r.updated,
          })),
        }),
        ...(options.explain && { explain: explainNote(view, plan, executed, note) }),
      };
    });
    const didYouMean = this.#didYouMean(query, plan, hits, pageNotes);
    return {
      ...base,
      hits,
      ...(executed.relaxed && { relaxed: true }),
      ...(didYouMean && { didYouMean }),
      total: shown.length,
      ...(folding && folding.folded > 0 && { folded: folding.folded }),
      facets: facetsOf(notes, this.#facetIndex()),
      tookMs: performance.now() - started,
    };
  }

  /**
   * The notes any of `queries` finds, best first (the best score any query gives a note; equal
   * scores by most recently updated, then path), without snippets: for features that use the
   * index to choose which few notes to read (unlinked mentions). Walks that order from `from`,
   * giving each note's plain body text (as indexed: markdown syntax removed, lines kept) to
   * `accept`, and stops once `limit` notes are accepted or `maxChecked` were looked at, so that a
   * query matching thousands of notes costs no more than the page asked for. `next` is where to
   * go on from (null at the end); `total` counts every note the queries find. A query that cannot
   * run finds nothing; `searchable` is false when a query has no word the index could look up
   * (only stop words), so the caller knows the index cannot answer.
   */
  rankedMatches(
    queries: readonly string[],
    options: {
      from?: number;
      limit: number;
      maxChecked?: number;
      accept?: (body: string) => boolean;
    },
  ): { paths: string[]; next: number | null; total: number; searchable: boolean } {
    const { notes: ranked, searchable } = this.rankedNotes(queries);
    const paths: string[] = [];
    const maxChecked = options.maxChecked ?? Infinity;
    let at = Math.max(0, options.from ?? 0);
    for (let checked = 0; at < ranked.length; at++) {
      if (paths.length >= options.limit || checked >= maxChecked) break;
      const note = ranked[at]!;
      checked++;
      if (options.accept && !options.accept(note.plainBody())) continue;
      paths.push(note.path);
    }
    return { paths, next: at < ranked.length ? at : null, total: ranked.length, searchable };
  }

  /**
   * The order {@link rankedMatches} walks: every note any of `queries` finds, best first, each
   * with its plain body text read only when asked for; `searchable` as there.
   */
  rankedNotes(queries: readonly string[]): { notes: RankedNote[]; searchable: boolean } {
    const best = new Map<string, ScoredNote>();
    let searchable = true;
    for (const query of queries) {
      const plan = planQuery(query, this.analyzer, this.#dictionary(query), {
        prefixLastWord: false,
      });
      if (plan.problems.some((p) => p.severity === 'error')) continue;
      if (plan.clauses.length === 0 && !plan.impossible) searchable = false;
      for (const note of executePlan(this.#view(), plan, this.#scratch).notes) {
        const seen = best.get(note.record.path);
        if (!seen || note.score > seen.score) best.set(note.record.path, note);
      }
    }
    const notes = [...best.values()]
      .sort(compareRanked)
      .map((note) => ({ path: note.record.path, plainBody: () => this.#plainBody(note) }));
    return { notes, searchable };
  }

  #plainBody(note: ScoredNote): string {
    if (note.delta) return note.delta.text.body;
    return this.#main!.readBody(note.mainId, 0, Number.MAX_SAFE_INTEGER).text;
  }

  close(): void {
    this.abandonBuild();
    this.#main?.close();
    this.#main = null;
  }
}
