import type { JournalEntrySummary } from '../../../shared/api/journalMethods';
import type { IsoDate } from '../../../shared/dates/calendarDate';
import { firstLineOf } from '../../../shared/journal/firstLine';
import { extractTasks, type TaskItem } from '../../../shared/journal/followUps';
import { journalEntryDate, journalEntryPath } from '../../../shared/journal/journalPaths';
import type { NoteContent, NoteRepository, VaultChange } from '../vault/noteRepository';

/** What the journal keeps of one entry (not its text: entries are re-read when opened). */
export interface JournalEntryRecord {
  path: string;
  date: IsoDate;
  title: string;
  firstLine: string;
  /** Front-matter domains. */
  domains: readonly string[];
  /** Task items, open and done, with their line in the file. */
  tasks: readonly TaskItem[];
}

/** Entries above this size are listed without reading their text for a first line and tasks. */
const MAX_PARSED_CHARS = 2_000_000;

/**
 * The journal's entries, kept current from the repository's changes (whoever made them): their
 * days, first lines and task items, so that calendars, timelines, reviews and charts never read
 * files. Entries are the notes `journalEntryDate` recognises; their day is their file name.
 */
export class JournalIndex {
  readonly #entries = new Map<string, JournalEntryRecord>();
  /** Newest first, then by path; rebuilt on the first query after a change. */
  #sorted: JournalEntryRecord[] | null = null;

  constructor(repository: NoteRepository) {
    repository.subscribe((change) => this.#apply(change));
  }

  get size(): number {
    return this.#entries.size;
  }

  get(path: string): JournalEntryRecord | undefined {
    return this.#entries.get(path);
  }

  /** Every entry, newest day first; entries of one day by path. */
  newestFirst(): readonly JournalEntryRecord[] {
    this.#sorted ??= [...this.#entries.values()].sort(
      (a, b) => compare(b.date, a.date) || compare(a.path, b.path),
    );
    return this.#sorted;
  }

  /** The entries dated `from` to `to` (both included), oldest first. */
  between(from: IsoDate, to: IsoDate): JournalEntryRecord[] {
    const sorted = this.newestFirst();
    // Newest first: skip what is after `to`, take until before `from`.
    let i = lowerBound(sorted, (e) => e.date > to);
    const out: JournalEntryRecord[] = [];
    for (; i < sorted.length && sorted[i]!.date >= from; i++) out.push(sorted[i]!);
    return out.sort((a, b) => compare(a.date, b.date) || compare(a.path, b.path));
  }

  /** The entries of one day, the one at the standard place first. */
  on(date: IsoDate): JournalEntryRecord[] {
    const standard = journalEntryPath(date);
    return this.between(date, date).sort(
      (a, b) => Number(b.path === standard) - Number(a.path === standard),
    );
  }

  /** The days that have at least one entry. */
  days(): Set<IsoDate> {
    return new Set([...this.#entries.values()].map((e) => e.date));
  }

  #apply(change: VaultChange): void {
    switch (change.kind) {
      case 'note-set': {
        const record = toRecord(change.note);
        if (record !== null) this.#entries.set(record.path, record);
        else if (!this.#entries.delete(change.note.summary.path)) return;
        break;
      }
      case 'note-removed':
        if (!this.#entries.delete(change.path)) return;
        break;
      case 'attachment-added':
      case 'attachment-removed':
        return;
      default:
        return assertNever(change);
    }
    this.#sorted = null;
  }
}

export function toEntrySummary(record: JournalEntryRecord): JournalEntrySummary {
  return {
    path: record.path,
    date: record.date,
    title: record.title,
    firstLine: record.firstLine,
    domains: [...record.domains],
    openFollowUps: record.tasks.filter((task) => !task.done).length,
  };
}

function toRecord(note: NoteContent): JournalEntryRecord | null {
  const { summary } = note;
  const date = journalEntryDate(summary);
  if (date === null) return null;
  const parse = note.body.length <= MAX_PARSED_CHARS;
  return {
    path: summary.path,
    date,
    title: summary.title,
    firstLine: parse ? firstLineOf(note.body) : '',
    domains: summary.domains,
    tasks: parse ? extractTasks(note.body, note.bodyStartLine) : [],
  };
}

/** The first index whose element does not satisfy `before` (the array is partitioned by it). */
function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertNever(value: never): never {
  throw new Error(`Unexpected vault change: ${JSON.stringify(value)}`);
}
