import type { IsoDate } from '../../../shared/dates/calendarDate';
import { capitalizeFirst, formatIsoDate } from '../../../shared/dates/formatDate';
import { createTranslator } from '../../../shared/i18n/translator';

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

export type LessonType = 'solution' | 'practice';

export interface LessonNoteInput {
  type: LessonType;
  title: string;
  /** The text promoted from the entry, as markdown. */
  selection: string;
  /** A wiki link back to the entry, e.g. `[[2024-01-29]]`. */
  sourceLink: string;
  locale: string;
}

/** Sections of the built-in skeletons, as keys of `journal:lesson.<type>`. */
const SKELETON_SECTIONS: Record<LessonType, readonly string[]> = {
  solution: ['problem', 'context', 'tried', 'outcome', 'lessons', 'ask'],
  practice: ['when', 'how', 'lessons', 'ask'],
};

/**
 * The body of a solution or practice note promoted from the journal: the title, the promoted
 * text as its first content, the link back to the entry, then the sections of the note type.
 *
 * This is the one place a promoted note's template is chosen. It uses a built-in skeleton in the
 * sample vault's shape until the note-template service (branch `domains`) lands; then it should
 * render that service's template for `input.type`, with `input.selection` and `input.sourceLink`
 * placed first.
 */
export function lessonNoteBody(input: LessonNoteInput): string {
  const t = createTranslator(input.locale, 'journal');
  const sections = SKELETON_SECTIONS[input.type]
    .map((key) => `## ${t(`lesson.${input.type}.${key}`)}\n\n`)
    .join('');
  const selection = input.selection.replace(/^\s*\n|\s+$/g, '');
  return (
    `# ${input.title}\n\n${selection}\n\n` +
    `${t('lesson.from', { link: input.sourceLink })}\n\n${sections}`
  );
}
