import { describe, expect, it } from 'vitest';
import {
  formatWikiLink,
  locateInlineTags,
  locateWikiLinks,
  parseInlineTags,
  parseWikiLinks,
  type WikiLinkParts,
} from './wikiLinks';

const targets = (markdown: string) => parseWikiLinks(markdown).map((link) => link.target);

describe('parseWikiLinks: link forms', () => {
  it('reads target, heading, alias, embed and position of every form', () => {
    const text = 'A [[Note]] B [[Note|shown]]\n[[folder/Note#Heading]] ![[image.png]] ![[Note]]';
    expect(parseWikiLinks(text)).toEqual([
      {
        raw: '[[Note]]',
        start: 2,
        end: 10,
        line: 1,
        embed: false,
        target: 'Note',
        heading: null,
        alias: null,
        escapedPipe: false,
      },
      {
        raw: '[[Note|shown]]',
        start: 13,
        end: 27,
        line: 1,
        embed: false,
        target: 'Note',
        heading: null,
        alias: 'shown',
        escapedPipe: false,
      },
      {
        raw: '[[folder/Note#Heading]]',
        start: 28,
        end: 51,
        line: 2,
        embed: false,
        target: 'folder/Note',
        heading: 'Heading',
        alias: null,
        escapedPipe: false,
      },
      {
        raw: '![[image.png]]',
        start: 52,
        end: 66,
        line: 2,
        embed: true,
        target: 'image.png',
        heading: null,
        alias: null,
        escapedPipe: false,
      },
      {
        raw: '![[Note]]',
        start: 67,
        end: 76,
        line: 2,
        embed: true,
        target: 'Note',
        heading: null,
        alias: null,
        escapedPipe: false,
      },
    ]);
  });

  it('reads block references, same-note headings and chained headings', () => {
    const [block, same, chained, both] = parseWikiLinks(
      '[[N#^abc-1]] [[#Intro]] [[N#H1#H2]] [[#Intro|see intro]]',
    );
    expect(block).toMatchObject({ target: 'N', heading: '^abc-1' });
    expect(same).toMatchObject({ target: '', heading: 'Intro', alias: null });
    expect(chained).toMatchObject({ target: 'N', heading: 'H1#H2' });
    expect(both).toMatchObject({ target: '', heading: 'Intro', alias: 'see intro' });
  });

  it('reads the escaped pipe Obsidian requires inside tables', () => {
    const text = '| a | b |\n| --- | --- |\n| x | [[Note#H\\|shown]] |';
    expect(parseWikiLinks(text)).toEqual([
      expect.objectContaining({
        raw: '[[Note#H\\|shown]]',
        target: 'Note',
        heading: 'H',
        alias: 'shown',
        escapedPipe: true,
        line: 3,
      }),
    ]);
  });

  it('splits at the first pipe and keeps the alias as written', () => {
    expect(parseWikiLinks('[[N| a|b ]]')[0]).toMatchObject({ target: 'N', alias: ' a|b ' });
    expect(parseWikiLinks('![[photo.png|100x145]]')[0]).toMatchObject({ alias: '100x145' });
  });

  it('trims the target but keeps a `.md` written in it', () => {
    expect(targets('[[ Note.md ]] [[ a/b #H]]')).toEqual(['Note.md', 'a/b']);
  });

  it('takes a single `]` as part of the target, as Obsidian does', () => {
    expect(targets('[[Sq]uare]]')).toEqual(['Sq]uare']);
  });

  it('uses the innermost `[[` when brackets pile up', () => {
    expect(targets('[[[x]]] [[a [[b]] c]]')).toEqual(['x', 'b']);
  });

  it('ignores empty links and links broken across lines', () => {
    expect(parseWikiLinks('[[]] [[ ]] [[#]] [[|x]] ![[]] [[a\nb]] [[c\r\nd]]')).toEqual([]);
  });

  it('ignores backslash-escaped brackets; an escaped `!` is not an embed', () => {
    const links = parseWikiLinks('\\[[a]] \\![[c]]');
    expect(links.map((link) => [link.target, link.embed])).toEqual([['c', false]]);
  });

  it('reports lines and offsets in CRLF text', () => {
    const text = 'one\r\ntwo [[A]]\r\n\r\nfour [[B]]\r\n';
    const links = parseWikiLinks(text);
    expect(links.map((link) => link.line)).toEqual([2, 4]);
    for (const link of links) expect(text.slice(link.start, link.end)).toBe(link.raw);
  });

  it('handles unicode names', () => {
    expect(targets('Ver [[Gestión de contratos]] y [[日本語/ノート]] 🎉 [[😀]]')).toEqual([
      'Gestión de contratos',
      '日本語/ノート',
      '😀',
    ]);
  });
});

describe('parseWikiLinks: links inside code are not links', () => {
  it('skips fenced code with backticks and tildes', () => {
    const text = [
      '[[before]]',
      '```js',
      "const s = '[[in backticks]]';",
      '```',
      '~~~',
      '[[in tildes]]',
      '~~~',
      '[[after]]',
    ].join('\n');
    expect(targets(text)).toEqual(['before', 'after']);
  });

  it('closes a fence only with a fence of the same kind at least as long', () => {
    const text = ['````', '```', '[[x]]', '~~~~', '````` ', '[[out]]'].join('\n');
    expect(targets(text)).toEqual(['out']);
  });

  it('runs an unterminated fence to the end of the document', () => {
    expect(targets('[[a]]\n```\n[[b]]\n\n[[c]]')).toEqual(['a']);
  });

  it('opens fences indented up to three spaces, not four', () => {
    expect(targets('   ```\n[[a]]\n   ```\n[[b]]')).toEqual(['b']);
    // Four spaces after a paragraph: a continuation line, not a fence.
    expect(targets('text\n    ~~~\n    [[c]]\n    ~~~')).toEqual(['c']);
  });

  it('does not open a backtick fence whose info string has a backtick', () => {
    expect(targets('``` a`b\n[[x]]')).toEqual(['x']);
  });

  it('skips fences inside list items and block quotes, ending them with their container', () => {
    const list = ['- item', '  ```', '  [[in list fence]]', '  ```', '  [[in item]]'].join('\n');
    expect(targets(list)).toEqual(['in item']);
    const quote = ['> ```', '> [[quoted code]]', '[[after quote]]'].join('\n');
    expect(targets(quote)).toEqual(['after quote']);
    const listEnds = ['- item', '  ```', '  [[code]]', '[[out of the item]]'].join('\n');
    expect(targets(listEnds)).toEqual(['out of the item']);
  });

  it('skips inline code spans of any backtick length', () => {
    const text = 'a `[[one]]` b ``[[two]] ` x`` c ```[[three]]``` [[real]]';
    expect(targets(text)).toEqual(['real']);
  });

  it('treats a backtick run without a closing run of the same length as text', () => {
    expect(targets('it`s [[a]] and `` [[b]]')).toEqual(['a', 'b']);
    // …but a later single backtick closes the first one.
    expect(targets('it`s [[a]] and `` [[b]] ` [[c]]')).toEqual(['c']);
  });

  it('lets a code span run over a line break inside a paragraph, not across paragraphs', () => {
    expect(targets('a `code\n[[hidden]]` b [[shown]]')).toEqual(['shown']);
    expect(targets('a `open\n\n[[other paragraph]] `')).toEqual(['other paragraph']);
  });

  it('gives a code span opened inside a link precedence, as CommonMark does', () => {
    expect(targets('[[a `b]] c` [[d]]')).toEqual(['d']);
    expect(targets('[[a `b` c]]')).toEqual(['a `b` c']);
  });

  it('does not let an escaped backtick open a code span', () => {
    expect(targets('\\`[[a]]`')).toEqual(['a']);
  });

  it('skips indented code after a blank line or a heading', () => {
    expect(targets('text\n\n    [[code]]\n\n[[after]]')).toEqual(['after']);
    expect(targets('# Title\n    [[code]]')).toEqual([]);
    expect(targets('\t[[tab code]]')).toEqual([]);
  });

  it('keeps links in indented list items and list continuations', () => {
    const text = [
      '- item [[a]]',
      '    - nested four spaces [[b]]',
      '\t- nested tab [[c]]',
      '',
      '    continuation paragraph of the item [[d]]',
      '',
      '1. ordered [[e]]',
      '',
      '   more of it [[f]]',
      '',
      '       code inside the item',
      '',
      'text',
      '    lazy continuation [[g]]',
    ].join('\n');
    expect(targets(text)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('treats deeper indentation inside a list item as code', () => {
    expect(targets('- item\n\n      [[code in item]]\n- [[next]]')).toEqual(['next']);
  });

  it('skips HTML comments, inline and over several lines', () => {
    const text = 'a <!-- [[x]] --> [[b]]\n<!--\n[[y]]\n\n[[z]]\n-->\n[[c]]';
    expect(targets(text)).toEqual(['b', 'c']);
  });

  it('reads an unclosed inline `<!--` as text, an unclosed block comment as running to the end', () => {
    expect(targets('a <!-- [[b]]\n\n[[c]]')).toEqual(['b', 'c']);
    expect(targets('[[a]]\n<!-- open\n[[b]]')).toEqual(['a']);
  });

  it('skips Obsidian %% comments, inline and over several lines', () => {
    expect(targets('a %%[[x]]%% [[b]] %%\n[[y]]\n\n```\n%%\n```\n%%[[c]]')).toEqual(['b', 'c']);
  });

  it('reads an unclosed %% as text, so that no link is lost', () => {
    expect(targets('[[a]] 100%% sure\n\n[[b]]')).toEqual(['a', 'b']);
  });

  it('skips links in fences inside block quotes and callouts', () => {
    const text = ['> [!note] See [[a]]', '> ```', '> [[b]]', '> ```', '> [[c]]'].join('\n');
    expect(targets(text)).toEqual(['a', 'c']);
  });

  it('handles fences and code in CRLF text', () => {
    const text = '[[a]]\r\n```\r\n[[b]]\r\n```\r\n`[[c]]` [[d]]\r\n';
    expect(targets(text)).toEqual(['a', 'd']);
  });

  it('keeps table rows apart: a stray backtick does not swallow the next row', () => {
    const text = '| a | b |\n|---|---|\n| `x | [[r1]] |\n| y` | [[r2]] |';
    expect(targets(text)).toEqual(['r1', 'r2']);
  });

  it('stays correct on hostile input', () => {
    const many = (s: string) => s.repeat(20_000);
    expect(parseWikiLinks(many('[['))).toEqual([]);
    expect(parseWikiLinks(many('`[[x]'))).toEqual([]);
    expect(parseWikiLinks(many('<!--[['))).toEqual([]);
    expect(parseWikiLinks(many('%'))).toEqual([]);
    expect(parseWikiLinks(many('- `\n'))).toEqual([]);
    expect(parseWikiLinks(many('> ```\n'))).toEqual([]);
    expect(targets(`${many('`` ')}[[end]]`)).toEqual(['end']);
  });
});

describe('locateWikiLinks', () => {
  it('gives the target span and the block each link sits in', () => {
    const text = 'Intro\n\n- first\n- see ![[ Note #H|x]] here\n  and more\n\nlast';
    const [link] = locateWikiLinks(text);
    expect(link).toBeDefined();
    if (link === undefined) return;
    expect(text.slice(link.targetStart, link.targetEnd)).toBe('Note');
    expect(text.slice(link.blockStart, link.blockEnd)).toBe(
      '- see ![[ Note #H|x]] here\n  and more',
    );
  });

  it('takes a table row, a heading and a quoted paragraph as blocks', () => {
    const text =
      '# Title [[h]]\n\n| a | b |\n| - | - |\n| 1 | [[t]] |\n| 2 | x |\n\n> q1\n> q2 [[q]]';
    const blocks = locateWikiLinks(text).map((link) => text.slice(link.blockStart, link.blockEnd));
    expect(blocks).toEqual(['# Title [[h]]', '| 1 | [[t]] |', '> q1\n> q2 [[q]]']);
  });
});

describe('formatWikiLink', () => {
  const cases: WikiLinkParts[] = [
    { embed: false, target: 'Note', heading: null, alias: null, escapedPipe: false },
    { embed: true, target: 'image.png', heading: null, alias: '100', escapedPipe: false },
    { embed: false, target: 'a/b', heading: '^block', alias: null, escapedPipe: false },
    { embed: false, target: '', heading: 'Heading', alias: 'see', escapedPipe: false },
    { embed: false, target: 'N', heading: 'H', alias: 'shown', escapedPipe: true },
  ];

  it.each(cases)('round-trips $target', (parts) => {
    const [link] = parseWikiLinks(formatWikiLink(parts));
    expect(link).toMatchObject(parts);
  });

  it('writes Obsidian syntax', () => {
    expect(formatWikiLink(cases[4] as WikiLinkParts)).toBe('[[N#H\\|shown]]');
    expect(formatWikiLink(cases[1] as WikiLinkParts)).toBe('![[image.png|100]]');
  });
});

describe('parseInlineTags', () => {
  it('finds tags and nested tags in order, once each, as first written', () => {
    expect(
      parseInlineTags('#inbox text #area/sub-area_2 and #Inbox again, #area/sub-area_2.'),
    ).toEqual(['inbox', 'area/sub-area_2']);
  });

  it('accepts unicode letters and rejects purely numeric tags', () => {
    expect(parseInlineTags('#Gestión #日本語 #123 #y1984 #2024-05')).toEqual([
      'Gestión',
      '日本語',
      'y1984',
      '2024-05',
    ]);
  });

  it('is not fooled by headings, URLs, anchors, wiki links, words or code', () => {
    const text = [
      '# Heading',
      '## Heading two #real',
      'see http://example.com/#frag and [text](#anchor) and [[Note#Section]]',
      'word#not and `#code` and',
      '```',
      '#fenced',
      '```',
      '<!-- #hidden --> %% #hidden2 %%',
    ].join('\n');
    expect(parseInlineTags(text)).toEqual(['real']);
  });

  it('reads a tag right after another as Obsidian does', () => {
    expect(parseInlineTags('#a#b x#c')).toEqual(['a', 'b']);
  });

  it('ends a tag at punctuation and drops trailing slashes', () => {
    expect(parseInlineTags('(#no) #yes, #dir/ #x.y')).toEqual(['yes', 'dir', 'x']);
  });
});

describe('locateInlineTags', () => {
  it('gives every occurrence with offsets that slice back to the tag', () => {
    const text = 'Start #a, then #A again and #b/c/ and #a#d';
    const tags = locateInlineTags(text);
    expect(tags.map((t) => t.tag)).toEqual(['a', 'A', 'b/c', 'a', 'd']);
    for (const { tag, start, end } of tags) expect(text.slice(start, end)).toBe(`#${tag}`);
  });

  it('skips exactly what parseInlineTags skips', () => {
    const text =
      '`#code` #real <!-- #c --> [[N#h]] http://x.org/#f\n```\n#fenced\n```\n    #indented';
    expect(locateInlineTags(text).map((t) => t.tag)).toEqual(['real']);
  });
});
