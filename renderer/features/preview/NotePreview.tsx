import { useEffect, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/api/noteSchemas';
import { locateMarkdownLinks, parseWikiLinks } from '../../../shared/links/wikiLinks';
import { noteNameOf } from '../../../shared/notes/noteFileName';
import { useApiClient } from '../../api/ApiContext';
import { useVault, useVaultStore } from '../../state/VaultContext';
import { headingSlug } from '../../services/markdownHeadings';
import { occurrenceFromLine } from '../../services/textAnchor';
import { highlightCodeBlocks } from './highlightCodeBlocks';
import { resolverFor } from '../../state/vaultLookups';
import {
  blockOf,
  HEADING_ID_PREFIX,
  renderMarkdown,
  sectionOf,
  type PreviewLabels,
} from '../../../shared/markdown/renderMarkdown';

/** Embeds inside embeds are shown down to this depth. */
const MAX_EMBED_DEPTH = 3;

export interface PreviewHandle {
  /**
   * Scrolls to and highlights a heading, `^block` or text (with `line`, the occurrence of the
   * text at or after that 0-based line of the markdown); false when it is not there.
   */
  reveal(anchor: string, line?: number): boolean;
}

export interface NotePreviewProps {
  markdown: string;
  /** The note shown (links resolve from it). */
  path: string;
  onOpenNote(path: string, anchor: string | null): void;
  onCreateNote(target: string, anchor: string | null): void;
  /** A `#tag` was clicked. */
  onOpenTag(tag: string): void;
  onHandle?(handle: PreviewHandle | null): void;
}

function flash(element: Element): void {
  element.classList.remove('is-flashed');
  // Restart the animation when the same place is revealed twice.
  void (element as HTMLElement).offsetWidth;
  element.classList.add('is-flashed');
  setTimeout(() => element.classList.remove('is-flashed'), 2000);
}

/** The element holding the `occurrence`-th (0-based) appearance of `text`, outside embeds. */
function textOccurrenceElement(
  root: HTMLElement,
  text: string,
  occurrence: number,
): Element | null {
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return null;
  let seen = 0;
  let last: Element | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Embedded notes show text the note's own markdown does not have.
    if (node.parentElement?.closest('.embed-note')) continue;
    const content = (node.textContent ?? '').toLowerCase();
    for (let at = content.indexOf(wanted); at >= 0; at = content.indexOf(wanted, at + 1)) {
      last = node.parentElement;
      if (seen++ === occurrence) return last;
    }
  }
  // Rendering dropped some (a link target, say): the last one is the nearest guess.
  return last;
}

/**
 * The element an anchor names inside a rendered note. `occurrence` picks which appearance of a
 * text anchor (0-based, as counted in the markdown); the first otherwise.
 */
export function findAnchorElement(
  root: HTMLElement,
  anchor: string,
  occurrence?: number,
): Element | null {
  const [markdownLink] = /^!?\[/.test(anchor) ? locateMarkdownLinks(anchor) : [];
  const isLink = anchor.includes('[[') || markdownLink?.raw === anchor;
  if (occurrence !== undefined && !anchor.startsWith('^') && !isLink) {
    const found = textOccurrenceElement(root, anchor, occurrence);
    if (found) return found;
  }
  // A link as written (a backlink's anchor): the rendered link with its text.
  const [link] = anchor.includes('[[') ? parseWikiLinks(anchor) : [];
  if (link) {
    const text = (link.alias ?? link.target).trim();
    for (const a of root.querySelectorAll('a.wikilink, .embed-note')) {
      const shown = a.textContent?.trim() ?? '';
      if (shown === text || shown.startsWith(`${text} ›`))
        return a.closest('p, li, td, h1, h2, h3, h4, h5, h6') ?? a;
    }
  }
  // A markdown link as written: the rendered link or image with its text.
  if (markdownLink?.raw === anchor) {
    const text = markdownLink.text.replace(/[*_`~]/g, '').trim();
    const selector = markdownLink.embed ? 'img, .embed-file, .embed-missing' : 'a';
    for (const element of root.querySelectorAll(selector)) {
      if (element.closest('.embed-note')) continue;
      const shown = (element.getAttribute('alt') ?? element.textContent ?? '').trim();
      if (shown === text) return element.closest('p, li, td, h1, h2, h3, h4, h5, h6') ?? element;
    }
  }
  if (anchor.startsWith('^')) {
    const block = root.querySelector(`[data-block-id="${CSS.escape(anchor.slice(1))}"]`);
    if (block) return block;
  }
  const slug = headingSlug(anchor.split('#').at(-1) ?? anchor);
  if (slug !== '') {
    const heading = root.querySelector(`#${CSS.escape(HEADING_ID_PREFIX + slug)}`);
    if (heading) return heading;
  }
  const wanted = anchor.trim().toLowerCase();
  if (wanted === '') return null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.textContent ?? '').toLowerCase().includes(wanted)) return node.parentElement;
  }
  return null;
}

/**
 * The rendered note: markdown through the safe pipeline (renderMarkdown), embedded notes filled
 * in below it, and clicks on links handled here — vault links navigate inside the app, unresolved
 * ones offer to create the note, `#tags` open the tag's notes, external ones open outside it
 * (target=_blank; the desktop app sends them to the OS browser). The page itself never navigates.
 */
export function NotePreview({
  markdown,
  path,
  onOpenNote,
  onCreateNote,
  onOpenTag,
  onHandle,
}: NotePreviewProps) {
  const { t } = useTranslation('notes');
  const client = useApiClient();
  const store = useVaultStore();
  const vault = useVault();
  const root = useRef<HTMLDivElement>(null);
  /** The markdown shown, for anchors that count occurrences in it. */
  const markdownRef = useRef(markdown);
  useEffect(() => {
    markdownRef.current = markdown;
  }, [markdown]);

  const labels = useMemo<PreviewLabels>(
    () => ({
      unresolvedLink: (target) => t('links.unresolved', { target }),
      remoteImageBlocked: (url) => t('links.remoteImage', { url }),
      missingFile: (target) => t('links.missingFile', { target }),
      taskDone: t('links.taskDone'),
      taskOpen: t('links.taskOpen'),
    }),
    [t],
  );

  const context = useMemo(
    () => ({ resolver: resolverFor(store, vault), fileUrl: client.fileUrl, labels }),
    [store, vault, client, labels],
  );

  const html = useMemo(
    () => renderMarkdown(markdown, { ...context, path }),
    [markdown, path, context],
  );

  useLayoutEffect(() => {
    const element = root.current!;
    element.innerHTML = html;
    const controller = new AbortController();
    const read = (notePath: string): Promise<Note> => client.api['notes.read']({ path: notePath });
    void highlightCodeBlocks(element, controller.signal);
    void fillEmbeds(element, {
      depth: 1,
      ancestors: new Set([path]),
      signal: controller.signal,
      read,
      render: (md, from) => renderMarkdown(md, { ...context, path: from }),
      t,
    });
    return () => controller.abort();
  }, [html, path, context, client, t]);

  useEffect(() => {
    onHandle?.({
      reveal(anchor, line) {
        const occurrence =
          line === undefined ? null : occurrenceFromLine(markdownRef.current, anchor, line);
        const target = findAnchorElement(root.current!, anchor, occurrence ?? undefined);
        if (!target) return false;
        target.scrollIntoView({ block: 'start' });
        flash(target);
        return true;
      },
    });
    return () => onHandle?.(null);
  }, [onHandle]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a');
    if (!link || !root.current?.contains(link)) return;
    const notePath = link.getAttribute('data-note-path');
    const anchor = link.getAttribute('data-anchor');
    const target = link.getAttribute('data-link-target');
    const tag = link.getAttribute('data-tag');
    if (tag !== null) {
      event.preventDefault();
      onOpenTag(tag);
    } else if (notePath !== null) {
      event.preventDefault();
      onOpenNote(notePath, anchor);
    } else if (target !== null) {
      event.preventDefault();
      onCreateNote(target, anchor);
    } else if (link.getAttribute('target') !== '_blank') {
      // Nothing in a note may navigate the window.
      event.preventDefault();
    }
  };

  const onAuxClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a');
    if (link && link.getAttribute('target') !== '_blank') event.preventDefault();
  };

  return <div ref={root} className="markdown-preview" onClick={onClick} onAuxClick={onAuxClick} />;
}

interface EmbedOptions {
  depth: number;
  /** Notes being embedded on the way here (a note embedding itself, directly or not). */
  ancestors: ReadonlySet<string>;
  signal: AbortSignal;
  read(path: string): Promise<Note>;
  render(markdown: string, path: string): string;
  t: (key: string, options?: Record<string, unknown>) => string;
}

async function fillEmbeds(root: Element, options: EmbedOptions): Promise<void> {
  const placeholders = [...root.querySelectorAll('.embed-note[data-embed-path]')].filter(
    (el) => !el.hasAttribute('data-embed-done'),
  );
  await Promise.all(
    placeholders.map(async (placeholder) => {
      placeholder.setAttribute('data-embed-done', '');
      const path = placeholder.getAttribute('data-embed-path')!;
      const anchor = placeholder.getAttribute('data-embed-anchor');
      const doc = placeholder.ownerDocument;
      const notice = (text: string) => {
        const span = doc.createElement('span');
        span.className = 'embed-notice';
        span.textContent = text;
        placeholder.replaceChildren(span);
      };
      if (options.ancestors.has(path)) {
        notice(options.t('links.embedLoop', { title: noteNameOf(path) }));
        return;
      }
      if (options.depth > MAX_EMBED_DEPTH) {
        notice(options.t('links.embedTooDeep'));
        return;
      }
      let note: Note;
      try {
        note = await options.read(path);
      } catch {
        notice(options.t('links.missingFile', { target: noteNameOf(path) }));
        return;
      }
      if (options.signal.aborted) return;
      const part =
        anchor === null
          ? note.body
          : anchor.startsWith('^')
            ? blockOf(note.body, anchor.slice(1))
            : sectionOf(note.body, anchor);
      if (part === null) {
        notice(options.t('links.embedMissing', { anchor, title: note.title }));
        return;
      }
      const header = doc.createElement('span');
      header.className = 'embed-header';
      const open = doc.createElement('a');
      open.href = '#';
      open.className = 'wikilink';
      open.setAttribute('data-note-path', path);
      if (anchor !== null) open.setAttribute('data-anchor', anchor);
      open.textContent = anchor === null ? note.title : `${note.title} › ${anchor}`;
      open.setAttribute('aria-label', options.t('links.embedOpen', { title: note.title }));
      header.append(open);
      const content = doc.createElement('span');
      content.className = 'embed-content';
      // Safe HTML: the output of the same sanitising pipeline as the note itself.
      content.innerHTML = options.render(part, path);
      void highlightCodeBlocks(content, options.signal);
      // Anchors lead to the note's own headings, never to a copy embedded in it.
      for (const element of content.querySelectorAll('[id]')) element.removeAttribute('id');
      placeholder.replaceChildren(header, content);
      await fillEmbeds(content, {
        ...options,
        depth: options.depth + 1,
        ancestors: new Set([...options.ancestors, path]),
      });
    }),
  );
}
