import { ApiError } from '../../../shared/api/apiError';
import type { WeeklyReview } from '../../../shared/api/journalMethods';
import type { Note } from '../../../shared/api/noteSchemas';
import { formatIsoDateRange } from '../../../shared/dates/formatDate';
import { createTranslator } from '../../../shared/i18n/translator';
import { REVIEW_TYPE, REVIEWS_FOLDER } from '../../../shared/journal/journalPaths';
import { composeNote, splitFrontMatter } from '../vault/frontMatter';
import { noteNameOf } from '../../../shared/notes/noteFileName';
import { buildWeeklyReview, type WeekArgs, type WeeklyReviewDeps } from './weeklyReview';

/**
 * A weekly review as a note, in the language of `locale`: a heading with the week's dates, then
 * one section per part of the review, every note as a wiki link. Links to notes not written yet
 * are shown as text, so that saving a review never adds unresolved links to the vault; open
 * follow-ups are plain list items pointing at their entry (not `- [ ]`, which would make the
 * review a second place to tick them).
 */
export function weeklyReviewMarkdown(
  review: WeeklyReview,
  locale: string,
  linkTo: (path: string, title: string) => string,
  domainName: (slug: string) => string = (slug) => slug,
): string {
  const t = createTranslator(locale, 'journal');
  const range = formatIsoDateRange(review.week.start, review.week.end, locale, {
    dateStyle: 'long',
  });
  const out: string[] = [`# ${t('review.heading', { range })}`, ''];
  const section = (title: string, lines: string[], empty: string, total = lines.length) => {
    out.push(`## ${title}`, '');
    if (lines.length === 0) out.push(empty);
    else {
      out.push(...lines);
      if (total > lines.length) out.push(`- ${t('review.more', { count: total - lines.length })}`);
    }
    out.push('');
  };

  section(
    t('review.entries'),
    review.entries.map((e) =>
      e.firstLine === ''
        ? `- ${linkTo(e.path, e.title)}`
        : `- ${linkTo(e.path, e.title)} — ${escapeMarkdown(e.firstLine)}`,
    ),
    t('review.noEntries'),
  );
  section(
    t('review.notesCreated'),
    review.notesCreated.items.map((n) => `- ${linkTo(n.path, n.title)}`),
    t('review.noNotes'),
    review.notesCreated.total,
  );
  section(
    t('review.notesUpdated'),
    review.notesUpdated.items.map((n) => `- ${linkTo(n.path, n.title)}`),
    t('review.noNotes'),
    review.notesUpdated.total,
  );
  section(
    t('review.domains'),
    review.domains.map(
      (d) =>
        `- ${t('review.domainCount', { domain: escapeMarkdown(domainName(d.domain)), count: d.entries + d.notes })}`,
    ),
    t('review.noDomains'),
  );
  section(
    t('review.links'),
    review.links.items.map(
      (l) =>
        `- ${linkTo(l.source, l.sourceTitle)} → ${
          l.resolved === null
            ? `${escapeMarkdown(l.target)} (${t('review.unresolved')})`
            : linkTo(l.resolved, l.resolvedTitle ?? l.target)
        }`,
    ),
    t('review.noLinks'),
    review.links.total,
  );
  section(
    t('review.followUps'),
    review.followUps.items.map(
      (f) =>
        `- ${f.text} — ${t('review.followUpSource', { entry: linkTo(f.path, f.date), line: f.line })}`,
    ),
    t('review.noFollowUps'),
    review.followUps.total,
  );
  return `${out.join('\n').trimEnd()}\n`;
}

export interface SaveReviewDeps extends WeeklyReviewDeps {
  /** The link text that reaches `target` from a note at `from` (shortest unique path). */
  linkTextFor: (target: string, from: string) => string;
  /** A domain's name from the registry (default: its slug). */
  domainName?: (slug: string) => string;
}

/**
 * Saves the review of the week holding `args.date` as a note (`journal/reviews/2024-W05.md`,
 * type review, private). A review saved before is replaced only when `replaceVersion` is its
 * current version: its front matter (id, created, anything added) is kept and its text
 * replaced. Otherwise EXISTS says where it is.
 */
export async function saveWeeklyReview(
  deps: SaveReviewDeps,
  args: WeekArgs & { replaceVersion?: string | undefined },
): Promise<Note> {
  const { repository } = deps;
  const review = await buildWeeklyReview(deps, args);
  const path = review.savedReview.path;
  const t = createTranslator(args.locale, 'journal');
  const title = t('review.title', { week: review.week.label });
  const linkTo = (target: string, shown: string) => {
    const text = deps.linkTextFor(target, path);
    if (/[|#[\]\r\n]/.test(text)) return escapeMarkdown(shown);
    return text === shown || noteNameOf(target) === shown
      ? `[[${text}]]`
      : `[[${text}|${shown.replace(/[\]|]/g, ' ')}]]`;
  };
  const body = weeklyReviewMarkdown(review, args.locale, linkTo, deps.domainName);

  if (review.savedReview.version === null) {
    try {
      return await repository.create({
        folder: REVIEWS_FOLDER,
        name: review.week.label,
        body,
        frontMatter: { title, type: REVIEW_TYPE, private: true, week: review.week.label },
      });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'EXISTS')) throw error;
      // Saved by another call a moment ago: report it like any earlier save.
    }
  }
  const current = await repository.readRaw(path);
  if (args.replaceVersion === undefined)
    throw new ApiError(
      'EXISTS',
      `The review of week ${review.week.label} was already saved as "${path}". Open it, or replace it with this one.`,
      { path, version: current.version },
    );
  if (args.replaceVersion !== current.version)
    throw new ApiError(
      'CONFLICT',
      `"${path}" changed since you chose to replace it. Nothing was changed; look at it again before replacing it.`,
      { path, version: current.version },
    );
  const raw = composeNote(splitFrontMatter(current.raw), body, {
    updated: new Date().toISOString(),
  });
  await repository.apply([
    { kind: 'write', path, content: raw, expectedVersion: args.replaceVersion },
  ]);
  return repository.read(path);
}

/** Text shown as is in markdown (no emphasis, links or HTML). */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}
