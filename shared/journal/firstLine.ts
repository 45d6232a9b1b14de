import { scanProse } from '../links/wikiLinks';

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const CHECKBOX = /^\[[ \txX]\][ \t]+/;

/**
 * The first line a person wrote in `markdown`, as plain text for a timeline: headings (a journal
 * entry's date and its prompts), code blocks and comments are skipped; a task's checkbox, link
 * brackets, code-span backticks and emphasis markers are dropped (`[[Note|shown]]` reads
 * `shown`), and so are embeds (`![[chart.png]]`). Cut to `maxLength` characters with `…`. Empty when there is no such line.
 *
 * @example
 * firstLineOf('# 2024-01-29\n\n## What happened?\nMet **Ana** about [[Framework agreements]].');
 * // 'Met Ana about Framework agreements.'
 */
export function firstLineOf(markdown: string, maxLength = 160): string {
  let found = '';
  let block = -1;
  scanProse(markdown, (run) => {
    if (found !== '' || run.contentStart === block) return;
    block = run.contentStart;
    if (HEADING.test(markdown.slice(run.contentStart, run.contentStart + 8))) return;
    // The block's first line, or the line its prose starts on when a comment hides the first.
    const lineStart = Math.max(run.contentStart, markdown.lastIndexOf('\n', run.from - 1) + 1);
    const newline = markdown.indexOf('\n', run.from);
    const lineEnd = newline === -1 || newline > run.contentEnd ? run.contentEnd : newline;
    found = plainText(markdown.slice(lineStart, lineEnd));
  });
  return shorten(found, maxLength);
}

function plainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?(?:-->|$)|%%[\s\S]*?(?:%%|$)/g, '')
    .replace(/^[ \t]*/, '')
    .replace(CHECKBOX, '')
    .replace(/!\[\[[^\]]*\]\]|!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\\?\|([^\]]*))?\]\]/g, (_, target: string, alias) =>
      typeof alias === 'string' && alias.trim() !== '' ? alias : target.split('/').pop()!,
    )
    .replace(/(`+)([\s\S]*?)\1/g, '$2')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|~~|==)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  const cut = chars.slice(0, maxLength - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
