import type { WindowLike } from 'dompurify';
import type { LinkResolver } from '../../../../shared/links/linkResolver';
import { headingSlug } from '../../../../shared/markdown/headingSlug';
import {
  HEADING_ID_PREFIX,
  renderMarkdown,
  type PreviewLabels,
} from '../../../../shared/markdown/renderMarkdown';
import { embedKind } from '../../../../shared/markdown/vaultHref';
import type { Translate } from '../../../../shared/i18n/translator';
import { noteNameOf } from '../../../../shared/notes/noteFileName';
import { inlineImage, type AttachmentBytes } from './inlineImage';

/** A note of the edition, as the exporter hands it to rendering. */
export interface EditionSourceNote {
  path: string;
  title: string;
  /** The markdown body (front matter removed). */
  body: string;
}

export interface RenderedEditionNote {
  path: string;
  slug: string;
  /** Safe HTML of the note's body: the preview's pipeline, links turned into hash routes. */
  html: string;
  /** The text a reader sees, for the search index. */
  text: string;
  /** Vault paths of the attachments it refers to that the page does not show inline. */
  listedAttachments: string[];
}

export interface RenderEditionOptions {
  /** Resolves links as the vault does (all notes of the vault, so a link left out is known). */
  resolver: LinkResolver;
  /** Attachment bytes by vault path (only those of the selection). */
  readAttachment(path: string): Promise<AttachmentBytes | null>;
  t: Translate;
  tNotes: Translate;
}

/**
 * The slug of each note's route (`#/note/<slug>`): its path without `.md`, each folder slugged
 * like a heading, unique in the edition.
 */
export function editionSlugs(paths: readonly string[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const used = new Set<string>();
  for (const path of paths) {
    const base =
      path
        .replace(/\.md$/i, '')
        .split('/')
        .map((part) => headingSlug(part))
        .filter((part) => part !== '')
        .join('-') || 'note';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    slugs.set(path, slug);
  }
  return slugs;
}

/**
 * Renders the edition's notes with the app's preview pipeline (shared/markdown/renderMarkdown:
 * marked, DOMPurify, the pipeline's own marks) in a jsdom window, then makes each note work in a
 * page of its own: links to notes of the edition become hash routes, links to notes left out
 * become plain text with a hint, embedded images become `data:` URIs, other attachments are
 * listed, and nothing asks for a file or the app.
 */
export async function renderEditionNotes(
  notes: readonly EditionSourceNote[],
  options: RenderEditionOptions,
): Promise<RenderedEditionNote[]> {
  // Loaded when an edition is made, not when the app starts: jsdom is large.
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!doctype html><body></body>');
  const { t, tNotes, resolver } = options;
  const labels: PreviewLabels = {
    unresolvedLink: (target) => t('edition.missingLink', { target }),
    remoteImageBlocked: (url) => tNotes('links.remoteImage', { url }),
    missingFile: (target) => tNotes('links.missingFile', { target }),
    taskDone: tNotes('links.taskDone'),
    taskOpen: tNotes('links.taskOpen'),
  };
  const slugs = editionSlugs(notes.map((n) => n.path));
  const indexOf = new Map(notes.map((n, i) => [n.path, i]));
  const rendered: RenderedEditionNote[] = [];
  try {
    for (const [i, note] of notes.entries()) {
      const html = renderMarkdown(note.body, {
        path: note.path,
        resolver,
        fileUrl: () => '',
        labels,
        view: window as unknown as WindowLike,
      });
      const container = window.document.createElement('div');
      container.innerHTML = html;
      const listed = new Set<string>();
      // Every id of the pipeline's is made unique in the page (all notes share one document).
      for (const element of container.querySelectorAll(`[id^="${HEADING_ID_PREFIX}"]`))
        element.id = `n${i}-${element.id}`;
      for (const block of container.querySelectorAll('[data-block-id]'))
        block.id = `n${i}-block-${block.getAttribute('data-block-id')}`;

      const routeTo = (path: string, anchor: string | null): string | null => {
        const target = indexOf.get(path);
        if (target === undefined) return null;
        const part =
          anchor === null || anchor === ''
            ? null
            : anchor.startsWith('^')
              ? `block-${anchor.slice(1)}`
              : `${HEADING_ID_PREFIX}${headingSlug(anchor.split('#').at(-1)!)}`;
        return `#/note/${slugs.get(path)!}${part ? `/${encodeURIComponent(part)}` : ''}`;
      };
      const asText = (element: Element, hint: string, className: string) => {
        const span = window.document.createElement('span');
        span.className = className;
        span.title = hint;
        span.textContent = element.textContent;
        element.replaceWith(span);
      };

      for (const embed of container.querySelectorAll('.embed-note[data-embed-path]')) {
        const path = embed.getAttribute('data-embed-path')!;
        const link = window.document.createElement('a');
        link.textContent = resolver.note(path)?.title ?? noteNameOf(path);
        link.setAttribute('data-note-path', path);
        const anchor = embed.getAttribute('data-embed-anchor');
        if (anchor !== null) link.setAttribute('data-anchor', anchor);
        embed.replaceWith(link);
      }
      for (const link of container.querySelectorAll('a')) {
        const notePath = link.getAttribute('data-note-path');
        const vaultPath = link.getAttribute('data-vault-path');
        if (notePath !== null) {
          const href = routeTo(notePath, link.getAttribute('data-anchor'));
          if (href !== null) {
            link.setAttribute('href', href);
            link.className = 'note-link';
          } else {
            const title = resolver.note(notePath)?.title ?? noteNameOf(notePath);
            asText(link, t('edition.excludedLink', { title }), 'excluded-link');
          }
        } else if (link.hasAttribute('data-link-target')) {
          asText(
            link,
            t('edition.missingLink', { target: link.getAttribute('data-link-target')! }),
            'excluded-link',
          );
        } else if (link.hasAttribute('data-tag')) {
          asText(link, '', 'tag');
        } else if (vaultPath !== null) {
          listed.add(vaultPath);
          asText(
            link,
            t('edition.attachmentHint', { name: noteNameOf(vaultPath) }),
            'attachment-ref',
          );
        } else if (/^(?:https?|mailto):/i.test(link.getAttribute('href') ?? '')) {
          link.removeAttribute('class');
        } else {
          link.removeAttribute('href');
        }
      }
      for (const media of container.querySelectorAll('img, audio, video, source, track')) {
        const vaultPath = media.getAttribute('data-vault-path');
        if (vaultPath === null) continue;
        const image =
          media.tagName === 'IMG' && embedKind(vaultPath) === 'image'
            ? inlineImage(await options.readAttachment(vaultPath))
            : null;
        if (image !== null) {
          media.setAttribute('src', image);
          media.removeAttribute('data-vault-path');
          continue;
        }
        listed.add(vaultPath);
        const span = window.document.createElement('span');
        span.className = 'attachment-ref';
        span.setAttribute('role', 'img');
        span.setAttribute(
          'aria-label',
          t('edition.attachmentHint', { name: noteNameOf(vaultPath) }),
        );
        span.textContent = media.getAttribute('alt') || noteNameOf(vaultPath);
        (media.closest('audio, video') ?? media).replaceWith(span);
      }
      // Nothing the app's own click handler read is left in the page.
      for (const element of container.querySelectorAll('*'))
        for (const name of element.getAttributeNames())
          if (name.startsWith('data-') && name !== 'data-checked') element.removeAttribute(name);

      rendered.push({
        path: note.path,
        slug: slugs.get(note.path)!,
        html: container.innerHTML,
        text: container.textContent ?? '',
        listedAttachments: [...listed].sort(),
      });
    }
  } finally {
    window.close();
  }
  return rendered;
}
