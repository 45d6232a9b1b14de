import { Marked, type Token, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import type { WindowLike } from 'dompurify';
import type { LinkResolver } from '../links/linkResolver';
import { parseWikiLinks, type WikiLink } from '../links/wikiLinks';
import { headingSlug } from './headingSlug';
import { PipelineMarks } from './pipelineMarks';
import { sanitizeToInertBody } from './sanitizeHtml';
import { embedKind, hasScheme, isExternalUrl, resolveVaultHref } from './vaultHref';

/** Text the pipeline puts in the page (the preview passes translated ones). */
export interface PreviewLabels {
  unresolvedLink(target: string): string;
  remoteImageBlocked(url: string): string;
  missingFile(target: string): string;
  taskDone: string;
  taskOpen: string;
}

export const ENGLISH_PREVIEW_LABELS: PreviewLabels = {
  unresolvedLink: (target) => `"${target}" does not exist yet: follow the link to create it.`,
  remoteImageBlocked: (url) =>
    `Image not loaded: Praxis never loads files from the internet (${url}).`,
  missingFile: (target) => `"${target}" is not in the vault.`,
  taskDone: 'Done',
  taskOpen: 'To do',
};

export interface RenderContext {
  /** The note being rendered: links resolve from it. */
  path: string;
  resolver: LinkResolver;
  /** Where the app serves a vault file (`useApiClient().fileUrl`). */
  fileUrl(vaultPath: string): string;
  labels?: PreviewLabels;
  /** The window whose DOM parses and sanitises (default: the page's; jsdom's in Node). */
  view?: WindowLike;
}

/** Prefix of heading ids, so a heading never shares an id with anything of the app. */
export const HEADING_ID_PREFIX = 'heading-';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

interface WikiLinkToken extends Tokens.Generic {
  type: 'wikiLink';
  link: WikiLink;
}

function wikiLinkText(link: WikiLink): string {
  if (link.alias !== null && link.alias.trim() !== '') return link.alias;
  if (link.heading === null) return link.target;
  const heading = link.heading.replace(/#/g, ' › ');
  return link.target === '' ? heading : `${link.target} › ${heading}`;
}

/** `![[image.png|300]]` / `|300x200`: Obsidian's size syntax for embedded images. */
function imageSize(alias: string | null): { width?: string; height?: string } {
  const match = alias === null ? null : /^\s*(\d{1,5})(?:x(\d{1,5}))?\s*$/.exec(alias);
  return match ? { width: match[1], height: match[2] } : {};
}

/** Writes an element's attributes; `data-*`, `class` and `role` go behind the render's mark. */
type Attrs = PipelineMarks['attributes'];

function renderWikiLink(link: WikiLink, ctx: RenderContext, attrs: Attrs): string {
  const text = escapeHtml(wikiLinkText(link));
  const resolved = link.target === '' ? ctx.path : ctx.resolver.resolve(link.target, ctx.path);
  if (resolved !== null && ctx.resolver.note(resolved)) {
    return `<a${attrs({ class: 'wikilink', 'data-note-path': resolved, 'data-anchor': link.heading })}>${text}</a>`;
  }
  if (resolved !== null)
    return `<a${attrs({ class: 'wikilink', 'data-vault-path': resolved })}>${text}</a>`;
  return `<a${attrs({ class: 'wikilink is-unresolved', 'data-link-target': link.target, 'data-anchor': link.heading })}>${text}</a>`;
}

function renderEmbed(link: WikiLink, ctx: RenderContext, attrs: Attrs): string {
  const resolved = link.target === '' ? null : ctx.resolver.resolve(link.target, ctx.path);
  if (resolved === null) {
    return `<a${attrs({ class: 'wikilink is-unresolved embed-missing', 'data-link-target': link.target, 'data-anchor': link.heading })}>${escapeHtml(link.raw)}</a>`;
  }
  if (ctx.resolver.note(resolved)) {
    return `<span${attrs({ class: 'embed embed-note', 'data-embed-path': resolved, 'data-embed-anchor': link.heading })}></span>`;
  }
  const name = resolved.slice(resolved.lastIndexOf('/') + 1);
  switch (embedKind(resolved)) {
    case 'image': {
      const size = imageSize(link.alias);
      const alt = link.alias !== null && !size.width ? link.alias : name;
      return `<img${attrs({ class: 'embed-image', 'data-vault-path': resolved, alt, ...size })}>`;
    }
    case 'audio':
      return `<audio controls${attrs({ 'data-vault-path': resolved, 'aria-label': name })}></audio>`;
    case 'video':
      return `<video controls${attrs({ 'data-vault-path': resolved, 'aria-label': name })}></video>`;
    case 'file':
      return `<a${attrs({ class: 'embed-file', 'data-vault-path': resolved })}>${escapeHtml(link.alias ?? name)}</a>`;
  }
}

function createMarked(ctx: RenderContext, marks: PipelineMarks): Marked {
  const labels = ctx.labels ?? ENGLISH_PREVIEW_LABELS;
  const attrs: Attrs = (values) => marks.attributes(values);
  const wikiLink: TokenizerAndRendererExtension = {
    name: 'wikiLink',
    level: 'inline',
    start(src) {
      const at = src.search(/!?\[\[/);
      return at < 0 ? undefined : at;
    },
    tokenizer(src) {
      if (!/^!?\[\[/.test(src)) return undefined;
      const close = src.indexOf(']]');
      if (close < 0) return undefined;
      const raw = src.slice(0, close + 2);
      const [link] = parseWikiLinks(raw);
      if (!link || link.start !== 0 || link.end !== raw.length) return undefined;
      return { type: 'wikiLink', raw, link } satisfies WikiLinkToken;
    },
    renderer(token) {
      const { link } = token as WikiLinkToken;
      return link.embed ? renderEmbed(link, ctx, attrs) : renderWikiLink(link, ctx, attrs);
    },
  };
  const highlight: TokenizerAndRendererExtension = {
    name: 'highlight',
    level: 'inline',
    start(src) {
      const at = src.indexOf('==');
      return at < 0 ? undefined : at;
    },
    tokenizer(src) {
      const match = /^==(?=\S)([^\n]*?\S)==(?!=)/.exec(src);
      if (!match) return undefined;
      return { type: 'highlight', raw: match[0], tokens: this.lexer.inlineTokens(match[1]!) };
    },
    renderer(token) {
      return `<mark>${this.parser.parseInline(token.tokens ?? [])}</mark>`;
    },
  };
  // Obsidian comments `%% … %%` are for the author only.
  const inlineComment: TokenizerAndRendererExtension = {
    name: 'inlineComment',
    level: 'inline',
    start(src) {
      const at = src.indexOf('%%');
      return at < 0 ? undefined : at;
    },
    tokenizer(src) {
      const match = /^%%[\s\S]*?%%/.exec(src);
      return match ? { type: 'inlineComment', raw: match[0] } : undefined;
    },
    renderer: () => '',
  };
  // No `start`: marked would call it on the rest of the note at every paragraph (quadratic on
  // long notes). A comment block is found where a block starts; one inside a paragraph is inline.
  const blockComment: TokenizerAndRendererExtension = {
    name: 'blockComment',
    level: 'block',
    tokenizer(src) {
      const match = /^%%[\s\S]*?%%[ \t]*(?:\n|$)/.exec(src);
      return match ? { type: 'blockComment', raw: match[0] } : undefined;
    },
    renderer: () => '',
  };

  // `#tag` (Obsidian): after whitespace or at the start, not all digits.
  const tag: TokenizerAndRendererExtension = {
    name: 'tag',
    level: 'inline',
    start(src) {
      for (let at = src.indexOf('#'); at >= 0; at = src.indexOf('#', at + 1)) {
        if (at === 0 || /\s/.test(src[at - 1]!)) return at;
      }
      return undefined;
    },
    tokenizer(src) {
      const match = /^#([\p{L}\p{N}\p{M}_/-]+)/u.exec(src);
      if (!match || /^\d+$/.test(match[1]!)) return undefined;
      const name = match[1]!.replace(/\/+$/, '');
      return { type: 'tag', raw: `#${name}`, name };
    },
    renderer(token) {
      // A link to the tag's notes (followed by the preview's click handler).
      return `<a${attrs({ class: 'tag', 'data-tag': String(token.name) })}>#${escapeHtml(String(token.name))}</a>`;
    },
  };

  // CommonMark line breaks: a single newline joins lines, as in hard-wrapped text.
  const marked = new Marked({ gfm: true, breaks: false });
  marked.use({
    extensions: [blockComment, wikiLink, highlight, inlineComment, tag],
    renderer: {
      checkbox({ checked }) {
        const label = checked ? labels.taskDone : labels.taskOpen;
        return `<span${attrs({ class: 'task-checkbox', role: 'img', 'data-checked': String(checked), 'aria-label': label })}></span> `;
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tagsAsText(tokens));
        const titleAttr = title ? attrs({ title }) : '';
        if (isExternalUrl(href)) return `<a${attrs({ href })}${titleAttr}>${text}</a>`;
        if (href.startsWith('#')) {
          return `<a${attrs({ 'data-note-path': ctx.path, 'data-anchor': decodeAnchor(href.slice(1)) })}${titleAttr}>${text}</a>`;
        }
        // Any other scheme (javascript:, data:, file:…) is never a link.
        if (hasScheme(href)) return `<span${attrs({ class: 'inert-link' })}>${text}</span>`;
        const target = resolveVaultHref(href, ctx.path, ctx.resolver);
        switch (target.kind) {
          case 'note':
            return `<a${attrs({ class: 'internal-link', 'data-note-path': target.path, 'data-anchor': target.anchor })}${titleAttr}>${text}</a>`;
          case 'file':
            return `<a${attrs({ class: 'internal-link', 'data-vault-path': target.path })}${titleAttr}>${text}</a>`;
          case 'missing':
            return `<a${attrs({ class: 'internal-link is-unresolved', 'data-link-target': target.target, 'data-anchor': target.anchor })}${titleAttr}>${text}</a>`;
        }
      },
      image({ href, title, text }) {
        const titleAttr = title ? attrs({ title }) : '';
        if (/^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i.test(href))
          return `<img${attrs({ src: href, alt: text })}${titleAttr}>`;
        if (isExternalUrl(href))
          return `<span${attrs({ class: 'remote-image-blocked', 'data-remote-src': href, role: 'img', 'aria-label': text || labels.remoteImageBlocked(href) })}>${escapeHtml(text || href)}</span>`;
        if (hasScheme(href))
          return `<span${attrs({ class: 'inert-link' })}>${escapeHtml(text)}</span>`;
        const target = resolveVaultHref(href, ctx.path, ctx.resolver);
        if (target.kind === 'file' && embedKind(target.path) === 'image')
          return `<img${attrs({ 'data-vault-path': target.path, alt: text })}${titleAttr}>`;
        if (target.kind === 'missing' || target.kind === 'note')
          return `<span${attrs({ class: 'embed-missing', role: 'img', 'aria-label': labels.missingFile(href) })}>${escapeHtml(text || href)}</span>`;
        return `<a${attrs({ class: 'embed-file', 'data-vault-path': target.path })}>${escapeHtml(text || target.path)}</a>`;
      },
    },
  });
  return marked;
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

/**
 * Finishes the sanitised tree: heading ids, block ids, links wired to the vault or sent outside
 * the app, media pointed at the app's file server. Runs in the inert document, so nothing loads
 * before every address in it is one the app chose.
 */
function finish(body: HTMLElement, ctx: RenderContext): void {
  const labels = ctx.labels ?? ENGLISH_PREVIEW_LABELS;
  const used = new Map<string, number>();
  for (const heading of body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const slug = headingSlug(heading.textContent ?? '') || 'section';
    const count = used.get(slug) ?? 0;
    used.set(slug, count + 1);
    heading.id = `${HEADING_ID_PREFIX}${count === 0 ? slug : `${slug}-${count}`}`;
  }

  // `text ^block-id` at the end of a paragraph or list item names the block (Obsidian).
  for (const block of body.querySelectorAll('p, li')) {
    const last = lastTextNode(block);
    const match = last ? /\s\^([A-Za-z0-9-]+)\s*$/.exec(last.data) : null;
    if (!last || !match) continue;
    last.data = last.data.slice(0, match.index);
    block.setAttribute('data-block-id', match[1]!);
  }

  for (const link of body.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    if (link.hasAttribute('data-tag')) {
      link.setAttribute('href', '#');
    } else if (link.hasAttribute('data-vault-path')) {
      link.setAttribute('href', ctx.fileUrl(link.getAttribute('data-vault-path')!));
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    } else if (link.hasAttribute('data-note-path') || link.hasAttribute('data-link-target')) {
      // Followed by the preview's click handler; `href` only makes it a focusable link.
      link.setAttribute('href', '#');
      if (link.hasAttribute('data-link-target')) {
        link.classList.add('is-unresolved');
        link.setAttribute('title', labels.unresolvedLink(link.getAttribute('data-link-target')!));
      }
    } else if (href !== null && isExternalUrl(href)) {
      link.classList.add('external-link');
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    } else if (href !== null && href.startsWith('#')) {
      link.setAttribute('data-note-path', ctx.path);
      link.setAttribute('data-anchor', decodeAnchor(href.slice(1)));
      link.setAttribute('href', '#');
    } else if (href !== null && !hasScheme(href)) {
      // A relative link in the note's own HTML: a vault file, never a page of the app.
      const target = resolveVaultHref(href, ctx.path, ctx.resolver);
      if (target.kind === 'note') {
        link.setAttribute('data-note-path', target.path);
        if (target.anchor) link.setAttribute('data-anchor', target.anchor);
        link.setAttribute('href', '#');
      } else if (target.kind === 'file') {
        link.setAttribute('href', ctx.fileUrl(target.path));
        link.setAttribute('target', '_blank');
        link.setAttribute('rel', 'noopener noreferrer');
      } else link.removeAttribute('href');
    } else link.removeAttribute('href');
  }

  for (const media of body.querySelectorAll('img, audio, video, source, track')) {
    const vaultPath = media.getAttribute('data-vault-path');
    const src = media.getAttribute('src');
    if (vaultPath !== null) {
      media.setAttribute('src', ctx.fileUrl(vaultPath));
      continue;
    }
    if (src === null) continue;
    if (media.tagName === 'IMG' && /^data:image\//i.test(src)) continue;
    if (isExternalUrl(src) || hasScheme(src)) {
      media.removeAttribute('src');
      media.setAttribute('data-remote-src', src);
      media.classList.add('remote-image-blocked');
      media.setAttribute('title', labels.remoteImageBlocked(src));
      continue;
    }
    const target = resolveVaultHref(src, ctx.path, ctx.resolver);
    if (target.kind === 'file') media.setAttribute('src', ctx.fileUrl(target.path));
    else {
      media.removeAttribute('src');
      media.classList.add('embed-missing');
      media.setAttribute('title', labels.missingFile(src));
    }
  }

  // Wide tables scroll inside the page rather than widening it.
  for (const table of body.querySelectorAll('table')) {
    const wrapper = table.ownerDocument.createElement('div');
    wrapper.className = 'table-scroll';
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
}

// Node's constants by value: in Node.js the pipeline runs in a jsdom window with no global `Node`.
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function lastTextNode(element: Element): Text | null {
  let node: Node | null = element.lastChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      if ((node as Text).data.trim() !== '') return node as Text;
      node = node.previousSibling;
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).tagName;
      // A nested list ends the item's own text.
      if (tag === 'UL' || tag === 'OL') {
        node = node.previousSibling;
        continue;
      }
      return null;
    } else node = node.previousSibling;
  }
  return null;
}

/**
 * A link's text tokens with its `#tags` as plain text: a link cannot hold another link (the HTML
 * parser would cut the outer one in two).
 */
function tagsAsText(tokens: Token[]): Token[] {
  return tokens.map((token) => {
    if (token.type === 'tag') return { type: 'text', raw: token.raw, text: token.raw };
    if ('tokens' in token && Array.isArray(token.tokens))
      return { ...token, tokens: tagsAsText(token.tokens) } as Token;
    return token;
  });
}

/**
 * Markdown of a note → HTML that is safe to put in the page: `marked` (GFM, wiki links, embeds,
 * `==highlights==`, `%%comments%%`), then DOMPurify with a strict configuration, then the
 * pipeline's own attributes back on the pipeline's own nodes (`PipelineMarks`: a note's raw HTML
 * never keeps a `data-*`, `class` or `role`), then the finishing pass (`finish`) in the same
 * inert document. Embedded notes are left as empty
 * `span.embed-note[data-embed-path]` placeholders for the preview to fill (it knows the depth).
 *
 * @example
 * renderMarkdown('See [[Contracts#Renewal]]', { path: 'Home.md', resolver, fileUrl })
 * // '<p>See <a class="wikilink" data-note-path="proc/Contracts.md" data-anchor="Renewal" href="#">…'
 */
export function renderMarkdown(markdown: string, ctx: RenderContext): string {
  const marks = new PipelineMarks();
  const html = createMarked(ctx, marks).parse(markdown, { async: false });
  const body = sanitizeToInertBody(html, ctx.view);
  marks.apply(body);
  finish(body, ctx);
  return body.innerHTML;
}

/** The part of `markdown` under the heading whose slug matches `heading` (for `![[Note#H]]`). */
export function sectionOf(markdown: string, heading: string): string | null {
  const wanted = headingSlug(heading);
  const lines = markdown.split(/\r?\n/);
  let start = -1;
  let level = 0;
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^ {0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const match = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    if (start < 0) {
      if (headingSlug(match[2]!) === wanted) {
        start = i;
        level = match[1]!.length;
      }
    } else if (match[1]!.length <= level) {
      return lines.slice(start, i).join('\n');
    }
  }
  return start < 0 ? null : lines.slice(start).join('\n');
}

/** The paragraph or list item marked `^id` (for `![[Note#^id]]`). */
export function blockOf(markdown: string, blockId: string): string | null {
  const lines = markdown.split(/\r?\n/);
  const marker = new RegExp(`\\s\\^${blockId.replace(/[^A-Za-z0-9-]/g, '')}\\s*$`);
  const at = lines.findIndex((line) => marker.test(line));
  if (at < 0) return null;
  let start = at;
  const startsBlock = (line: string) => /^\s*(?:[-*+]|\d+[.)]|#{1,6})\s/.test(line);
  while (start > 0 && !startsBlock(lines[start]!)) {
    const previous = lines[start - 1]!;
    if (previous.trim() === '' || /^ {0,3}#{1,6}\s/.test(previous)) break;
    start--;
  }
  return lines.slice(start, at + 1).join('\n');
}
