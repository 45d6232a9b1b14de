import type { MethodResult, ParsedArgs } from '../../../shared/api/contract';
import type { Note } from '../../../shared/api/noteSchemas';
import type { IsoDate } from '../../../shared/dates/calendarDate';
import { domainKey } from '../../../shared/domains/domainSlug';
import type { LessonNoteType } from '../../../shared/notes/noteTypes';
import type { Clock } from '../clock';
import type { LinkGraph } from '../links/linkGraph';
import type { MetadataStore } from '../store/metadataStore';
import type { TemplateService } from '../templates/templateService';
import type { NoteRepository } from '../vault/noteRepository';
import { buildJournalActivity } from './journalActivity';
import { toEntrySummary, type JournalIndex } from './journalIndex';
import type { LessonTemplate } from './journalTemplates';
import { openJournalDay } from './openJournalDay';
import { promoteToLesson, promotionDraft, type PromoteArgs } from './promoteToLesson';
import { decodeTimelineCursor, encodeTimelineCursor } from './timelineCursor';
import { buildWeeklyReview, type WeekArgs } from './weeklyReview';
import { saveWeeklyReview } from './weeklyReviewNote';

export interface JournalServiceDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  /** The entries, kept current from the repository. */
  index: JournalIndex;
  store: MetadataStore;
  templates: TemplateService;
  clock: Clock;
}

type EntrySummary = ReturnType<typeof toEntrySummary>;

/**
 * The learning journal: days and their entries, the timeline, weekly reviews, activity and
 * promoting a passage to a lesson note — each API method one call here, as for the other
 * services. The work itself is in the modules beside this one.
 */
export class JournalService {
  readonly #deps: JournalServiceDeps;

  constructor(deps: JournalServiceDeps) {
    this.#deps = deps;
  }

  /** How many entries the vault has. */
  get size(): number {
    return this.#deps.index.size;
  }

  get #features() {
    const { repository, linkGraph, index, store } = this.#deps;
    return { repository, linkGraph, journal: index, settings: () => store.data.settings };
  }

  /** The entry of a day, created from the journal template when there is none. */
  openDay(date: IsoDate, locale: string | undefined): Promise<{ note: Note; created: boolean }> {
    return openJournalDay(this.#features, date, locale);
  }

  /** The entries of the days from `from` to `to`, by day. */
  days(from: IsoDate, to: IsoDate): MethodResult<'journal.days'> {
    const days = new Map<string, EntrySummary[]>();
    for (const record of this.#deps.index.between(from, to)) {
      const list = days.get(record.date) ?? [];
      list.push(toEntrySummary(record));
      days.set(record.date, list);
    }
    return { days: [...days].map(([date, entries]) => ({ date, entries })) };
  }

  /** A page of entries, newest first, from `onOrBefore` or after `cursor`. */
  timeline({
    onOrBefore,
    cursor,
    limit,
  }: ParsedArgs<'journal.timeline'>): MethodResult<'journal.timeline'> {
    const all = this.#deps.index.newestFirst();
    const after = cursor === undefined ? null : decodeTimelineCursor(cursor);
    const page: EntrySummary[] = [];
    let i = 0;
    // Entries are few (one a day), so a scan is cheaper than keeping another index.
    while (
      i < all.length &&
      ((onOrBefore !== undefined && all[i]!.date > onOrBefore) ||
        (after !== null &&
          (all[i]!.date > after.date ||
            (all[i]!.date === after.date && all[i]!.path <= after.path))))
    )
      i++;
    for (; i < all.length && page.length < limit; i++) page.push(toEntrySummary(all[i]!));
    const last = page[page.length - 1];
    return {
      entries: page,
      nextCursor: i < all.length && last ? encodeTimelineCursor(last) : null,
      total: all.length,
    };
  }

  weeklyReview(args: WeekArgs): ReturnType<typeof buildWeeklyReview> {
    return buildWeeklyReview(this.#features, args);
  }

  /** Writes a week's review to `journal/reviews/YYYY-Www.md`. */
  saveReview(args: WeekArgs & { replaceVersion?: string | undefined }): Promise<Note> {
    const { linkGraph } = this.#deps;
    return saveWeeklyReview(
      {
        ...this.#features,
        linkTextFor: (target, from) => linkGraph.linkTextFor(target, from),
        domainName: (slug) => this.#domainName(slug),
      },
      args,
    );
  }

  activity(args: ParsedArgs<'journal.activity'>): MethodResult<'journal.activity'> {
    return buildJournalActivity(this.#features, args);
  }

  promotionDraft(path: string, text: string): ReturnType<typeof promotionDraft> {
    const { repository, linkGraph } = this.#deps;
    return promotionDraft({ repository, linkGraph }, path, text);
  }

  /** Makes a lesson note of a passage of an entry, linking the two, in one atomic change. */
  promote(args: PromoteArgs): ReturnType<typeof promoteToLesson> {
    const { repository, linkGraph, store, clock } = this.#deps;
    return promoteToLesson(
      {
        repository,
        linkGraph,
        defaultLocale: () => store.data.settings.locale ?? 'en',
        lessonTemplate: (type) => this.#lessonTemplate(type),
        domainName: (slug) => this.#domainName(slug),
        clock,
      },
      args,
    );
  }

  /** The vault's template for a type: the one named after it (`Solution`), else the first. */
  async #lessonTemplate(type: LessonNoteType): Promise<LessonTemplate | null> {
    const ofType = (await this.#deps.templates.list()).filter((t) => t.type === type);
    const found = ofType.find((t) => t.name.toLowerCase() === type) ?? ofType[0];
    if (found === undefined) return null;
    return { path: found.path, text: (await this.#deps.repository.readRaw(found.path)).raw };
  }

  #domainName(slug: string): string {
    const key = domainKey(slug);
    return this.#deps.store.data.domains.find((d) => domainKey(d.slug) === key)?.name ?? slug;
  }
}
