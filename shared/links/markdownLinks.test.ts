import { describe, expect, it } from 'vitest';
import { LinkResolver } from './linkResolver';
import {
  destinationStyle,
  formatDestination,
  relativePath,
  vaultDestination,
  vaultPathOf,
} from './markdownLinks';
import { locateLinks, locateMarkdownLinks } from './wikiLinks';

const destinations = (markdown: string) =>
  locateMarkdownLinks(markdown).map((link) => link.destination);

describe('locateMarkdownLinks', () => {
  it('reads text, destination, title, embed and offsets of each link', () => {
    const text =
      'See [the plan](Other%20Note.md "Plan") and\n![chart](<img/a b.png>) or [x](f/N.md#Head \'t\').';
    const links = locateMarkdownLinks(text);
    expect(
      links.map(({ raw, text, destination, title, embed, angleBrackets, line }) => ({
        raw,
        text,
        destination,
        title,
        embed,
        angleBrackets,
        line,
      })),
    ).toEqual([
      {
        raw: '[the plan](Other%20Note.md "Plan")',
        text: 'the plan',
        destination: 'Other%20Note.md',
        title: 'Plan',
        embed: false,
        angleBrackets: false,
        line: 1,
      },
      {
        raw: '![chart](<img/a b.png>)',
        text: 'chart',
        destination: 'img/a b.png',
        title: null,
        embed: true,
        angleBrackets: true,
        line: 2,
      },
      {
        raw: "[x](f/N.md#Head 't')",
        text: 'x',
        destination: 'f/N.md#Head',
        title: 't',
        embed: false,
        angleBrackets: false,
        line: 2,
      },
    ]);
    for (const link of links) {
      expect(text.slice(link.start, link.end)).toBe(link.raw);
      expect(text.slice(link.destinationStart, link.destinationEnd)).toBe(link.destination);
    }
  });

  it('skips code spans, fenced and indented code, comments and escaped brackets', () => {
    const text = [
      '`[a](code.md)` ``[b](`x`.md)`` \\[c](esc.md) [d\\](esc2.md) \\![e](not-image.png)',
      '',
      '```',
      '[f](fence.md)',
      '```',
      '',
      '    [g](indented.md)',
      '',
      '<!-- [h](comment.md) --> %% [i](comment.md) %%',
      '',
      '> - quoted [j](quoted.md)',
    ].join('\n');
    const links = locateMarkdownLinks(text);
    expect(links.map((l) => [l.destination, l.embed])).toEqual([
      ['not-image.png', false],
      ['quoted.md', false],
    ]);
  });

  it('follows CommonMark on parentheses, brackets, titles and spaces', () => {
    expect(destinations('[a](Note%20(1).md) [b](x(y(z)).md) [c](un(balanced.md)')).toEqual([
      'Note%20(1).md',
      'x(y(z)).md',
    ]);
    expect(destinations('[a](b\\)c.md) [d]( <e f.md> "t" ) [g](h.md"t") [i](j k.md)')).toEqual([
      'b\\)c.md',
      'e f.md',
      'h.md"t"',
    ]);
    expect(destinations('[a](b.md (title)) [c](d.md "x\\"y") [e](<f>g.md) [h]() [i](<>)')).toEqual([
      'b.md',
      'd.md',
      '',
    ]);
    // Innermost brackets first; a link's text holds no link but an image's alt text may.
    expect(
      destinations('[[x](in.md)](out.md) [![img](i.png)](N.md) [a [b](c.md) d](e.md)'),
    ).toEqual(['in.md', 'N.md', 'i.png', 'c.md']);
    expect(destinations('[text\nover lines](multi.md)\n> [q\n> r](quote.md)')).toEqual([
      'multi.md',
      'quote.md',
    ]);
  });

  it('finds wiki links and markdown links in one pass, each where it starts', () => {
    const text = 'A [[Wiki]] and [see [[Inner]]](Md.md)\nthen [[[x](y.md)';
    const { wikiLinks, markdownLinks } = locateLinks(text);
    expect(wikiLinks.map((l) => l.target)).toEqual(['Wiki', 'Inner']);
    expect(markdownLinks.map((l) => [l.destination, l.line])).toEqual([
      ['Md.md', 1],
      ['y.md', 2],
    ]);
  });

  it('stays linear on hostile input', () => {
    const many = (s: string) => s.repeat(10_000);
    for (const hostile of ['[](', '[]((', '[](<', '[](a "', '![[](', '[x](a()[]()', '[]( "x" ']) {
      expect(locateMarkdownLinks(many(hostile))).toEqual([]);
    }
    expect(locateMarkdownLinks(many('[a](b)'))).toHaveLength(10_000);
  });
});

describe('vaultDestination', () => {
  it('decodes the path and keeps the anchor and suffix as written', () => {
    expect(vaultDestination('Other%20Note.md#Next%20steps')).toEqual({
      path: 'Other Note.md',
      suffix: '#Next%20steps',
      anchor: 'Next steps',
    });
    expect(vaultDestination('../x/Caf%C3%A9.md')).toEqual({
      path: '../x/Café.md',
      suffix: '',
      anchor: null,
    });
    expect(vaultDestination('a\\(1\\).md?v=2#h')?.path).toBe('a(1).md');
    expect(vaultDestination('100%.md')?.path).toBe('100%.md');
    expect(vaultDestination('/attachments/x.pdf')?.path).toBe('/attachments/x.pdf');
  });

  it('names no vault file for URLs, other schemes, anchors, folders and nothing', () => {
    for (const destination of [
      'https://example.org/a.md',
      'mailto:a@b.c',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'C:/notes/x.md',
      '//host/x.md',
      '#Heading',
      '',
      'docs/',
    ]) {
      expect(vaultDestination(destination), destination).toBeNull();
    }
  });
});

describe('paths and formatting', () => {
  it('gives vault paths and relative paths between notes', () => {
    expect(vaultPathOf('../b/N.md', 'a/x/Home.md')).toBe('a/b/N.md');
    expect(vaultPathOf('/b/N.md', 'a/Home.md')).toBe('b/N.md');
    expect(vaultPathOf('../../N.md', 'a/Home.md')).toBeNull();
    expect(relativePath('a/b/Home.md', 'a/c/Note.md')).toBe('../c/Note.md');
    expect(relativePath('Home.md', 'a/Note.md')).toBe('a/Note.md');
    expect(relativePath('a/b/Home.md', 'Note.md')).toBe('../../Note.md');
    expect(relativePath('a/Home.md', 'a/Note.md')).toBe('Note.md');
  });

  it('writes a path in the style of the link it replaces', () => {
    const raw = destinationStyle('Note.md', false);
    const encoded = destinationStyle('My%20Note.md#H', false);
    const angle = destinationStyle('My Note.md', true);
    expect(encoded).toEqual({ angleBrackets: false, encoded: true });
    expect(formatDestination('New name (1).md', '#H', raw)).toBe('New%20name%20(1).md#H');
    expect(formatDestination('Café #1?.md', '', raw)).toBe('Café%20%231%3F.md');
    expect(formatDestination('Café (1.md', '', encoded)).toBe('Caf%C3%A9%20%281.md');
    expect(formatDestination('x/A <b> 50%.md', '#h', angle)).toBe('x/A \\<b\\> 50%25.md#h');
    for (const name of ['New name (1).md', 'Café #1?.md', 'a(b.md', '50% off.md']) {
      for (const style of [raw, encoded, angle]) {
        const written = formatDestination(name, '', style);
        const [link] = locateMarkdownLinks(
          style.angleBrackets ? `[t](<${written}>)` : `[t](${written})`,
        );
        expect(vaultDestination(link!.destination)?.path, `${name} ${written}`).toBe(name);
      }
    }
  });
});

describe('LinkResolver.resolvePath', () => {
  const resolver = new LinkResolver(
    ['Home.md', 'a/Note.md', 'a/b/Deep.md', 'c/Note.md', 'Other Note.md', 'c/Titled.md'].map(
      (path) => ({ path, title: path === 'c/Titled.md' ? 'A title' : '', aliases: ['alias'] }),
    ),
    ['attachments/chart.png'],
  );

  it('looks beside the note first, then at the root, then by name', () => {
    expect(resolver.resolvePath('Note.md', 'a/x.md')).toMatchObject({
      path: 'a/Note.md',
      via: 'relative',
    });
    expect(resolver.resolvePath('Note.md', 'c/x.md')?.path).toBe('c/Note.md');
    expect(resolver.resolvePath('b/deep', 'a/x.md')).toMatchObject({ path: 'a/b/Deep.md' });
    expect(resolver.resolvePath('a/b/Deep.md', 'c/x.md')).toMatchObject({ via: 'path' });
    expect(resolver.resolvePath('Deep.md', 'c/x.md')).toMatchObject({ via: 'name' });
    expect(resolver.resolvePath('Note.md', 'Home.md')).toMatchObject({ ambiguous: true });
    expect(resolver.resolvePath('../attachments/chart.png', 'a/x.md')?.path).toBe(
      'attachments/chart.png',
    );
    expect(resolver.resolvePath('/Note.md', 'a/x.md')).toMatchObject({ via: 'name' });
    expect(resolver.resolvePath('/a/Note.md', 'c/x.md')).toMatchObject({
      path: 'a/Note.md',
      via: 'path',
    });
  });

  it('never matches a title or alias, nor by name after ./ or ../', () => {
    expect(resolver.resolvePath('A title', 'Home.md')).toBeNull();
    expect(resolver.resolvePath('alias.md', 'Home.md')).toBeNull();
    expect(resolver.resolvePath('./Deep.md', 'Home.md')).toBeNull();
    expect(resolver.resolvePath('../Deep.md', 'a/x.md')).toBeNull();
    expect(resolver.resolvePath('../../Home.md', 'a/x.md')).toBeNull();
    expect(resolver.resolvePath('a/', 'Home.md')).toBeNull();
  });
});
