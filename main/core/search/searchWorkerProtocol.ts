/**
 * Messages between SearchService (the thread that owns the notes) and the search worker.
 * Requests carry an id and get exactly one response; events are unsolicited.
 */
import type {
  IndexStatus,
  SearchOptions,
  SearchResults,
} from '../../../shared/search/searchResults';
import type { NoteMention } from '../links/noteMentions';
import type { CompactionPolicy, LoadResult } from './searchEngine';
import type { NoteInput, SearchDocument } from './searchDocument';

export interface DocumentVersion {
  doc: SearchDocument;
  fingerprint: string;
}

/** A note as read and parsed elsewhere: the worker makes its document (toSearchDocument). */
export interface NoteVersion {
  note: NoteInput;
  fingerprint: string;
}

export interface ReconcilePlan {
  /** Paths whose fingerprint is new or different: read them and upsert. */
  toRead: string[];
  /** Notes no longer in the vault, already removed from search. */
  removed: number;
  /** So much changed that a full rebuild is cheaper than upserting. */
  rebuild: boolean;
}

/** What a build still needs once the notes handed to it as they were read have all come. */
export interface SettlePlan {
  /** Listed notes the build has not got: read them and add them to the build. */
  add: string[];
  /** Notes the build got in another version than the one listed: read them and upsert. */
  replace: string[];
  /** Notes the build got that are no longer listed: left out of it. */
  left: number;
}

export interface RequestMap {
  open: { args: { indexDir: string; policy?: Partial<CompactionPolicy> }; result: LoadResult };
  reconcile: { args: { entries: [path: string, fingerprint: string][] }; result: ReconcilePlan };
  beginRebuild: { args: Record<string, never>; result: null };
  buildBatch: { args: { docs: DocumentVersion[] }; result: null };
  /** buildBatch for notes as parsed (their documents made here, off the thread that read them). */
  buildNotes: { args: { notes: NoteVersion[] }; result: null };
  /**
   * Compares the running build with every note of the vault (path, fingerprint): notes it holds
   * that are no longer listed are dropped from it, and it says what is still to be read.
   */
  settleBuild: { args: { entries: [path: string, fingerprint: string][] }; result: SettlePlan };
  finishBuild: { args: Record<string, never>; result: null };
  upsert: { args: { docs: DocumentVersion[] }; result: null };
  preview: { args: { docs: DocumentVersion[] }; result: null };
  remove: { args: { paths: string[] }; result: null };
  search: {
    args: { query: string; options: SearchOptions };
    result: Omit<SearchResults, 'status'> & { notes: number };
  };
  /**
   * A page of the notes any of `queries` finds, best first, keeping those whose plain text
   * names one of `names` (see SearchEngine.rankedMatches and findMentions' `namesAppearIn`).
   */
  mentionCandidates: { args: MentionCandidatesArgs; result: MentionCandidates };
  /**
   * Unlinked mentions found by the worker itself: it walks the notes `queries` find, best first,
   * keeps those whose plain text names one of `keys` (as `mentionCandidates`), and reads each
   * kept note's file from the vault and finds its mentions (see links/noteMentions.ts), so no
   * note text crosses threads.
   */
  unlinkedMentions: { args: UnlinkedMentionsArgs; result: WorkerMentions };
  stats: { args: Record<string, never>; result: WorkerStats };
  flush: { args: { compact: boolean }; result: null };
  close: { args: Record<string, never>; result: null };
}

export interface MentionCandidatesArgs {
  queries: string[];
  /** Names as `mentionKeys` gives them (folded); none: every candidate, unchecked. */
  names: string[];
  from: number;
  limit: number;
  maxChecked: number;
}

export interface MentionCandidates {
  paths: string[];
  next: number | null;
  total: number;
  searchable: boolean;
}

export interface UnlinkedMentionsArgs {
  /** The vault's real path. */
  root: string;
  /** The note mentioned, never a source of mentions of itself. */
  target: string;
  queries: string[];
  /** Names as `mentionKeys` gives them (folded). */
  keys: string[];
  /** Where to start in the ranked notes. */
  from: number;
  /** Stop once more mentions than this are found (one more says there are more). */
  limit: number;
  /** Stop once this many notes were kept (whether they held a mention or not)… */
  maxReads: number;
  /** …or this many were looked at. */
  maxLooks: number;
}

export interface WorkerMentions {
  mentions: NoteMention[];
  /** Notes kept (named in their indexed text), toward `maxReads`. */
  reads: number;
  /** Where the next call starts; null once every ranked note was looked at. */
  next: number | null;
  /** False when a query has no word the index could look up: the caller must read the notes. */
  searchable: boolean;
}

export interface WorkerStats {
  notes: number;
  delta: number;
  tombstones: number;
  building: 'rebuild' | 'compaction' | null;
  /** The worker's own heap, in bytes (its isolate: not counted in the main thread's). */
  heap: { used: number; total: number; external: number };
}

export type RequestType = keyof RequestMap;

export type WorkerRequest = {
  [T in RequestType]: { id: number; type: T; args: RequestMap[T]['args'] };
}[RequestType];

export type WorkerResponse =
  | { kind: 'response'; id: number; ok: true; value: unknown }
  | { kind: 'response'; id: number; ok: false; error: { message: string; stack?: string } };

export type WorkerEvent =
  | { kind: 'event'; type: 'compaction'; phase: 'started' | 'finished'; notes: number }
  | { kind: 'event'; type: 'error'; message: string };

export type WorkerMessage = WorkerResponse | WorkerEvent;

export type { IndexStatus };
