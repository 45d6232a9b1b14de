// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LinkResolver } from '../links/linkResolver';
import { blockOf, renderMarkdown, sectionOf, type RenderContext } from './renderMarkdown';

const resolver = new LinkResolver(
  [
    { path: 'Home.md', title: 'Home', aliases: [] },
    { path: 'proc/Contracts.md', title: 'Contracts', aliases: ['Agreements'] },
    { path: 'proc/Tenders.md', title: 'Tenders', aliases: [] },
  ],
  ['attachments/chart.png', 'attachments/minutes.pdf', 'proc/diagram.svg', 'media/talk.mp3'],
);

const ctx: RenderContext = {
  path: 'proc/Tenders.md',
  resolver,
  fileUrl: (p) => `/files/${p.split('/').map(encodeURIComponent).join('/')}?token=t`,
};

/** Renders into a detached element to query the result as the preview would show it. */
function render(markdown: string, context: RenderContext = ctx): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderMarkdown(markdown, context);
  return root;
}

describe('renderMarkdown: wiki links', () => {
  it('resolves a wiki link to the note it leads to, with its heading as anchor', () => {
    const root = render('See [[Contracts#Renewal terms|renewals]] and [[Home]].');
    const links = [...root.querySelectorAll('a.wikilink')];
    expect(links.map((a) => a.textContent)).toEqual(['renewals', 'Home']);
    expect(links[0]!.getAttribute('data-note-path')).toBe('proc/Contracts.md');
    expect(links[0]!.getAttribute('data-anchor')).toBe('Renewal terms');
    expect(links[1]!.getAttribute('data-note-path')).toBe('Home.md');
    expect(links.every((a) => a.getAttribute('href') === '#')).toBe(true);
  });

  it('resolves through aliases and shows `Note › Heading` without an alias', () => {
    const root = render('[[Agreements#Scope]]');
    const link = root.querySelector('a.wikilink')!;
    expect(link.getAttribute('data-note-path')).toBe('proc/Contracts.md');
    expect(link.textContent).toBe('Agreements › Scope');
  });

  it('marks an unresolved link and keeps its target for creating the note', () => {
    const root = render('Next: [[drafts/Supplier day]]');
    const link = root.querySelector('a.is-unresolved')!;
    expect(link.getAttribute('data-link-target')).toBe('drafts/Supplier day');
    expect(link.hasAttribute('data-note-path')).toBe(false);
    expect(link.getAttribute('title')).toContain('does not exist yet');
  });

  it('leaves links inside code alone', () => {
    const root = render('`[[Home]]`\n\n```\n[[Home]]\n```');
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.querySelector('code')!.textContent).toBe('[[Home]]');
  });

  it('renders a link to a heading of the same note', () => {
    const link = render('[[#Plan]]').querySelector('a')!;
    expect(link.getAttribute('data-note-path')).toBe('proc/Tenders.md');
    expect(link.getAttribute('data-anchor')).toBe('Plan');
    expect(link.textContent).toBe('Plan');
  });

  it('reads links in tables, where the alias pipe is escaped', () => {
    const root = render('| a | b |\n|---|---|\n| [[Home\\|start]] | x |');
    const link = root.querySelector('td a')!;
    expect(link.textContent).toBe('start');
    expect(link.getAttribute('data-note-path')).toBe('Home.md');
  });
});

describe('renderMarkdown: embeds and images', () => {
  it('shows embedded images through the app file server, with Obsidian sizes', () => {
    const root = render('![[chart.png|300]] ![[diagram.svg|A diagram]]');
    const [chart, diagram] = [...root.querySelectorAll('img')];
    expect(chart!.getAttribute('src')).toBe('/files/attachments/chart.png?token=t');
    expect(chart!.getAttribute('width')).toBe('300');
    expect(diagram!.getAttribute('src')).toBe('/files/proc/diagram.svg?token=t');
    expect(diagram!.getAttribute('alt')).toBe('A diagram');
  });

  it('resolves markdown images relative to the note, then to the vault root', () => {
    const root = render('![chart](../attachments/chart.png) ![again](attachments/chart.png)');
    const sources = [...root.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(sources).toEqual([
      '/files/attachments/chart.png?token=t',
      '/files/attachments/chart.png?token=t',
    ]);
  });

  it('never loads a remote image, and says why', () => {
    const root = render(
      '![tracker](https://example.com/pixel.png) <img src="http://x.test/a.png">',
    );
    expect(root.querySelectorAll('img[src]')).toHaveLength(0);
    expect(root.querySelectorAll('.remote-image-blocked')).toHaveLength(2);
  });

  it('keeps inline data images', () => {
    const root = render('![dot](data:image/png;base64,iVBORw0KGgo=)');
    expect(root.querySelector('img')!.getAttribute('src')).toMatch(/^data:image\/png/);
  });

  it('leaves a placeholder for an embedded note and marks a missing one', () => {
    const root = render('![[Contracts#Scope]]\n\n![[Nowhere]]');
    const embed = root.querySelector('.embed-note')!;
    expect(embed.getAttribute('data-embed-path')).toBe('proc/Contracts.md');
    expect(embed.getAttribute('data-embed-anchor')).toBe('Scope');
    expect(root.querySelector('.embed-missing')!.getAttribute('data-link-target')).toBe('Nowhere');
  });

  it('embeds audio and links other files, all through the file server', () => {
    const root = render('![[talk.mp3]] ![[minutes.pdf]]');
    expect(root.querySelector('audio')!.getAttribute('src')).toBe('/files/media/talk.mp3?token=t');
    const file = root.querySelector('a.embed-file')!;
    expect(file.getAttribute('href')).toBe('/files/attachments/minutes.pdf?token=t');
    expect(file.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('renderMarkdown: links and headings', () => {
  it('opens external links outside the app, never in the window', () => {
    const root = render('[site](https://example.org) <https://auto.example> [mail](mailto:a@b.c)');
    const links = [...root.querySelectorAll('a')];
    expect(links).toHaveLength(3);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('turns markdown links to vault files into vault links', () => {
    const root = render('[c](Contracts.md#Scope) [h](../Home.md) [x](Missing%20note.md)');
    const [c, h, x] = [...root.querySelectorAll('a')];
    expect(c!.getAttribute('data-note-path')).toBe('proc/Contracts.md');
    expect(c!.getAttribute('data-anchor')).toBe('Scope');
    expect(h!.getAttribute('data-note-path')).toBe('Home.md');
    // Relative to the note's folder: following it creates the note where the link points.
    expect(x!.getAttribute('data-link-target')).toBe('proc/Missing note');
  });

  it('resolves markdown links as the link graph does: angle brackets, names, no titles', () => {
    const root = render(
      '[a](<Contracts.md>) [b](/proc/Contracts.md "t") [c](Tenders) [d](Agreements) [e](../proc/Contracts.md#S%20x)',
    );
    const [a, b, c, d, e] = [...root.querySelectorAll('a')];
    expect(a!.getAttribute('data-note-path')).toBe('proc/Contracts.md');
    expect(b!.getAttribute('data-note-path')).toBe('proc/Contracts.md');
    expect(c!.getAttribute('data-note-path')).toBe('proc/Tenders.md');
    // An alias is not a file name: a markdown link names a file.
    expect(d!.getAttribute('data-link-target')).toBe('proc/Agreements');
    expect(e!.getAttribute('data-note-path')).toBe('proc/Contracts.md');
    expect(e!.getAttribute('data-anchor')).toBe('S x');
  });

  it('gives headings unique, prefixed ids from their text', () => {
    const root = render('# Plan\n\n## Next **steps**\n\n## Plan\n\n# Title');
    expect([...root.querySelectorAll('h1, h2')].map((h) => h.id)).toEqual([
      'heading-plan',
      'heading-next-steps',
      'heading-plan-1',
      'heading-title',
    ]);
  });

  it('names blocks marked with ^id and hides the marker', () => {
    const root = render('A decision we took. ^decision-1\n\n- item ^item');
    const block = root.querySelector('[data-block-id="decision-1"]')!;
    expect(block.textContent).toBe('A decision we took.');
    expect(root.querySelector('li')!.getAttribute('data-block-id')).toBe('item');
  });

  it('renders GFM: tables, task lists, strikethrough, highlights; hides comments', () => {
    const root = render(
      '| a |\n|---|\n| 1 |\n\n- [x] done\n- [ ] open\n\n~~old~~ ==key== %%secret%%',
    );
    expect(root.querySelector('.table-scroll > table')).not.toBeNull();
    const boxes = [...root.querySelectorAll('.task-checkbox')];
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual(['Done', 'To do']);
    expect(root.querySelector('del')!.textContent).toBe('old');
    expect(root.querySelector('mark')!.textContent).toBe('key');
    expect(root.textContent).not.toContain('secret');
  });
});

describe('renderMarkdown: tags', () => {
  it('shows #tags, but not headings, numbers or URL fragments', () => {
    const root = render('Filed under #procurement/tenders and #2025 (see https://x.test/#frag)');
    expect([...root.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual([
      '#procurement/tenders',
    ]);
    expect(root.querySelector('a.external-link')!.getAttribute('href')).toBe(
      'https://x.test/#frag',
    );
  });

  it('keeps a #tag inside a link text as text of that link', () => {
    const root = render('Read [the #policy memo](https://x.test/memo) and [[Home|#home]].');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['the #policy memo', '#home']);
    expect(root.querySelector('.tag')).toBeNull();
  });

  it('makes each #tag a link that names its tag, and nothing else', () => {
    const root = render('See #policy/housing and #Mentoring.');
    const tags = [...root.querySelectorAll('a.tag')];
    expect(tags.map((a) => a.getAttribute('data-tag'))).toEqual(['policy/housing', 'Mentoring']);
    // Focusable, never navigating: the preview's click handler follows it.
    expect(tags.map((a) => a.getAttribute('href'))).toEqual(['#', '#']);
    expect(tags.some((a) => a.hasAttribute('data-note-path') || a.hasAttribute('target'))).toBe(
      false,
    );
  });
});

describe('sectionOf / blockOf', () => {
  const text = '# Top\nintro\n## Scope\nin scope ^s1\n### Detail\nmore\n## Other\nout';

  it('cuts the section under a heading, down to the next heading of its level', () => {
    expect(sectionOf(text, 'scope')).toBe('## Scope\nin scope ^s1\n### Detail\nmore');
    expect(sectionOf(text, 'Nope')).toBeNull();
  });

  it('finds a block by its id', () => {
    expect(blockOf(text, 's1')).toBe('in scope ^s1');
  });
});
