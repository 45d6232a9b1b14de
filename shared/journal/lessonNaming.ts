/**
 * Names for a note promoted from a journal entry: a title suggested from the selected text, and
 * a file name that any file system and any wiki link accept.
 */

const MAX_TITLE = 80;
/** Characters no file name may hold on some platform, and those that break wiki links. */
const NOT_IN_NAMES = /[\\/:*?"<>|#^[\]]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * A title from selected markdown: its first sentence (or line), without list, task, quote or
 * heading markers, emphasis or link brackets, cut at a word near 80 characters.
 *
 * @example
 * suggestLessonTitle('- [ ] Agree the **scoring scale** before tenders arrive. Then…');
 * // 'Agree the scoring scale before tenders arrive'
 */
export function suggestLessonTitle(selection: string): string {
  const line =
    selection
      .split(/\r?\n/)
      .map((l) =>
        l
          .replace(/^[ \t>]*(?:[-+*]|\d{1,9}[.)])?[ \t]*(?:\[[ xX]\][ \t]*)?#{0,6}[ \t]*/, '')
          .trim(),
      )
      .find((l) => l !== '') ?? '';
  const plain = line
    .replace(/!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\\?\|([^\]]*))?\]\]/g, (_, target: string, alias) =>
      typeof alias === 'string' && alias.trim() !== '' ? alias : target,
    )
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|~~|==|\*|`)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^(.+?[.!?…])(?:\s|$)/u.exec(plain)?.[1] ?? plain;
  const title = sentence.replace(/[.…]+$/u, '').trim();
  const chars = Array.from(title);
  if (chars.length <= MAX_TITLE) return title;
  const cut = chars.slice(0, MAX_TITLE).join('');
  const space = cut.lastIndexOf(' ');
  // Cut before "— see…", a title does not end on the dash or comma left behind.
  return (space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:\-–—]+$/u, '');
}

/**
 * A note file name (without `.md`) for a title: characters file systems or wiki links refuse
 * become spaces or dashes, and no dot or space is left at either end. Empty when nothing usable
 * is left.
 *
 * @example
 * noteNameForTitle('Procurement: what works?'); // 'Procurement - what works'
 */
export function noteNameForTitle(title: string): string {
  const name = title
    .replace(CONTROL, ' ')
    .replace(/\s*:\s*/g, ' - ')
    .replace(NOT_IN_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .trim();
  const chars = Array.from(name);
  return chars.length > 120 ? chars.slice(0, 120).join('').trim() : name;
}
