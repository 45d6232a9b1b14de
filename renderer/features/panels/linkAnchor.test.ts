import { describe, expect, it } from 'vitest';
import { linkInParagraph, linkNamesOf, paragraphParts, readableText } from './linkAnchor';

const names = linkNamesOf({
  path: 'Procurement/Framework agreements.md',
  title: 'Framework agreements',
  aliases: ['FA'],
});

describe('linkInParagraph', () => {
  it('picks the link that names the note, by file name, title or alias', () => {
    expect(linkInParagraph('See [[Other]] and [[framework agreements|the FA]].', names)?.raw).toBe(
      '[[framework agreements|the FA]]',
    );
    expect(linkInParagraph('[[Other]], [[FA]]', names)?.raw).toBe('[[FA]]');
    expect(linkInParagraph('[[Procurement/Framework agreements#Lots]]', names)?.raw).toBe(
      '[[Procurement/Framework agreements#Lots]]',
    );
  });

  it('falls back to the first link, and to nothing without links', () => {
    expect(linkInParagraph('[[Somewhere]] then [[Else]]', names)?.raw).toBe('[[Somewhere]]');
    expect(linkInParagraph('No links, `[[in code]]`', names)).toBeNull();
  });
});

it('paragraphParts splits text and links, in order', () => {
  const parts = paragraphParts('Read [[A|the A]] then [[B]].');
  expect(parts.map((p) => (p.kind === 'text' ? p.text : `<${p.link.target}>`))).toEqual([
    'Read ',
    '<A>',
    ' then ',
    '<B>',
    '.',
  ]);
});

it('takes markdown links to vault files as links too, showing their text', () => {
  const paragraph =
    'See [the FA](../proc/Framework%20agreements.md#Lots) or [site](https://x.org).';
  expect(linkInParagraph(paragraph, names)?.raw).toBe(
    '[the FA](../proc/Framework%20agreements.md#Lots)',
  );
  const parts = paragraphParts(`${paragraph} [[B]] [in [[C]]](c.md)`);
  expect(parts.map((p) => (p.kind === 'text' ? p.text : `<${p.link.shown}>`))).toEqual([
    'See ',
    '<the FA>',
    ' or site. ',
    '<B>',
    ' ',
    '<in [[C]]>',
  ]);
});

it('shows a paragraph as read: no list, heading or emphasis marks, code as text', () => {
  const parts = paragraphParts(
    '1. **Wiki links.** Write `[[` and pick [[Guide|the _guide_]] \\*now\\*',
  );
  expect(parts.map((p) => (p.kind === 'text' ? p.text : `<${p.link.shown}>`))).toEqual([
    'Wiki links. Write [[ and pick ',
    '<the guide>',
    ' *now*',
  ]);
  expect(
    readableText('- [ ] call ==Ana== about snake_case and 2 * 3\n> quoted <b>bold</b>', true),
  ).toBe('call Ana about snake_case and 2 * 3\nquoted bold');
  expect(readableText('# not a heading mid-line', false)).toBe('# not a heading mid-line');
});
