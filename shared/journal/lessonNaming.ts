/**
 * The title suggested for a note promoted from a journal entry (its file name then comes from
 * shared/notes/noteFileName.ts, like every note's).
 */

const MAX_TITLE = 80;

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
