/**
 * When a question is answered. A note of type `question` is open until an answer is accepted,
 * which is written one of two ways:
 *
 * 1. a section headed **Accepted answer** (any heading level; also "Respuesta aceptada",
 *    "Resposta acceptada") that holds some text — comments (`<!-- -->`, `%% %%`) do not count,
 *    so the question template's empty section with a hint leaves the question open; or
 * 2. a front-matter field `accepted-answer:` with a value: the answer's heading, a wiki link to
 *    the note that answers it, or `true`. `false` or an empty value leave the question open.
 *
 * @example
 * isQuestionAnswered(null, '## Accepted answer\n<!-- move it here -->\n'); // false
 * isQuestionAnswered(null, '## Accepted answer\nUse the framework.\n'); // true
 * isQuestionAnswered({ 'accepted-answer': '[[Booking tests]]' }, ''); // true
 */

import { markdownLines } from '../markdown/markdownLines';

export const ACCEPTED_ANSWER_FIELD = 'accepted-answer';

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

const ACCEPTED_HEADINGS = new Set(['accepted answer', 'respuesta aceptada', 'resposta acceptada']);

export function isQuestionAnswered(
  frontMatter: Readonly<Record<string, unknown>> | null,
  body: string,
): boolean {
  return hasAcceptedField(frontMatter?.[ACCEPTED_ANSWER_FIELD]) || acceptedSectionHasText(body);
}

function hasAcceptedField(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === 'string') return value.trim() !== '' && value.trim() !== 'false';
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.some(hasAcceptedField);
  return false;
}

/** Whether an "Accepted answer" section (outside code) has text other than comments. */
function acceptedSectionHasText(body: string): boolean {
  /** Level of the open accepted-answer section, 0 when outside one. */
  let level = 0;
  let content = '';
  for (const { text, kind } of markdownLines(body)) {
    const heading = kind === 'text' ? ATX_HEADING.exec(text) : null;
    if (heading) {
      const headingLevel = heading[1]!.length;
      if (level > 0 && headingLevel <= level) {
        if (hasText(content)) return true;
        level = 0;
        content = '';
      }
      if (level === 0 && ACCEPTED_HEADINGS.has(normalizeHeading(heading[2]!))) {
        level = headingLevel;
        content = '';
        continue;
      }
    }
    if (level > 0) content += `${text}\n`;
  }
  return level > 0 && hasText(content);
}

function normalizeHeading(text: string): string {
  return text.replace(/[*_:]/g, '').trim().replace(/\s+/g, ' ').normalize('NFC').toLowerCase();
}

function hasText(section: string): boolean {
  return (
    section
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/%%[\s\S]*?(?:%%|$)/g, '')
      .trim() !== ''
  );
}
