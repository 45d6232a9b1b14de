import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../../../shared/dates/calendarDate';
import { addMonths } from '../../../shared/dates/calendarDate';
import { capitalizeFirst, formatIsoDate } from '../../../shared/dates/formatDate';
import { createTranslator } from '../../../shared/i18n/translator';
import type { LessonNoteType } from '../../../shared/notes/noteTypes';
import { noteFromTemplate } from '../templates/templateNote';
import { composeNote, splitFrontMatter } from '../vault/frontMatter';

/**
 * The text of a new journal entry: the day written out in the person's language as its heading
 * (`# Monday, 29 January 2024`), then one `##` section per reflection prompt, each followed by a
 * blank line to write in. Without prompts, the heading alone.
 */
export function journalEntryBody(
  date: IsoDate,
  prompts: readonly string[],
  locale: string,
): string {
  const heading = capitalizeFirst(formatIsoDate(date, locale, { dateStyle: 'full' }), locale);
  return `# ${heading}\n\n${prompts.map((prompt) => `## ${prompt}\n\n`).join('')}`;
}

export interface LessonNoteInput {
  type: LessonNoteType;
  title: string;
  /** The text promoted from the entry, as markdown. */
  selection: string;
  /** A wiki link back to the entry, e.g. `[[2024-01-29]]`. */
  sourceLink: string;
  locale: string;
}

/** A note template as the vault holds it (`templates/Solution.md`). */
export interface LessonTemplate {
  path: string;
  text: string;
}

export interface LessonNoteFile extends LessonNoteInput {
  /** The vault's template for `type`; null (none, or deleted) uses the built-in skeleton. */
  template: LessonTemplate | null;
  /** Domain slugs of the new note, with their names for `{{domain}}` placeholders. */
  domains: readonly { slug: string; name: string }[];
  now: Date;
  /** The vault's day at `now` (review-by dates count from it). */
  today: IsoDate;
}

/** Sections of the built-in skeletons, as keys of `journal:lesson.<type>`. */
const SKELETON_SECTIONS: Record<LessonNoteType, readonly string[]> = {
  solution: ['problem', 'context', 'tried', 'outcome', 'lessons', 'ask'],
  practice: ['when', 'how', 'lessons', 'ask'],
};

/**
 * The whole file of a solution or practice note promoted from the journal. This is the one place
 * a promoted note's template is chosen: the vault's template for the type, filled like any note
 * made from it (`noteFromTemplate`: placeholders, front matter, steward and review date), with
 * the promoted text and the link back to the entry placed first, right under the template's
 * `# title`. A template that cannot be read (its front matter is broken) falls back to the
 * built-in skeleton, as does a vault without one: a promotion never fails for a template.
 */
export function lessonNoteFile(input: LessonNoteFile): string {
  if (input.template !== null) {
    try {
      return fromTemplate(input, input.template);
    } catch {
      // The skeleton below; the template's own page says what is wrong with it.
    }
  }
  return composeNote(splitFrontMatter(''), lessonNoteBody(input), {
    id: randomUUID(),
    type: input.type,
    ...(input.domains.length > 0 ? { domains: input.domains.map((d) => d.slug) } : {}),
    created: input.now.toISOString(),
    updated: input.now.toISOString(),
  });
}

/**
 * The built-in skeleton's body: the title, the promoted text as its first content, the link
 * back to the entry, then the sections of the note type in the person's language.
 */
export function lessonNoteBody(input: LessonNoteInput): string {
  const t = createTranslator(input.locale, 'journal');
  const sections = SKELETON_SECTIONS[input.type]
    .map((key) => `## ${t(`lesson.${input.type}.${key}`)}\n\n`)
    .join('');
  return `# ${input.title}\n\n${promotedBlock(input, '\n')}\n\n${sections}`;
}

/** The promoted text, a blank line, and `From my journal: [[entry]].`, in the file's line ends. */
function promotedBlock(input: LessonNoteInput, eol: string): string {
  const t = createTranslator(input.locale, 'journal');
  const selection = input.selection.replace(/^\s*\n|\s+$/g, '').replace(/\r?\n/g, eol);
  return `${selection}${eol}${eol}${t('lesson.from', { link: input.sourceLink })}`;
}

function fromTemplate(input: LessonNoteFile, template: LessonTemplate): string {
  const { text } = noteFromTemplate({
    template: template.text,
    templatePath: template.path,
    values: { title: input.title, now: input.now, locale: input.locale, domains: input.domains },
    domains: input.domains.map((d) => d.slug),
    steward: undefined,
    reviewBy: undefined,
    defaultReviewBy: addMonths(input.today, 12),
  });
  const split = splitFrontMatter(text);
  return (
    text.slice(0, split.bodyOffset) +
    placeFirst(split.body, promotedBlock(input, split.eol), split.eol)
  );
}

/**
 * The body with `block` as its first content: after a leading `# heading` (blank lines before
 * it allowed), else at the very top. What followed is kept, one blank line below the block.
 */
export function placeFirst(body: string, block: string, eol: string): string {
  const heading = /^(?:[ \t]*\r?\n)*#[ \t][^\r\n]*(?:\r?\n|$)/.exec(body)?.[0] ?? '';
  const rest = body.slice(heading.length).replace(/^(?:[ \t]*\r?\n)+/, '');
  const top = heading === '' ? '' : `${heading.replace(/\r?\n$/, '')}${eol}${eol}`;
  return `${top}${block}${eol}${rest === '' ? '' : eol}${rest}`;
}
