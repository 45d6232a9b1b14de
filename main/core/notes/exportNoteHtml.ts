import path from 'node:path';
import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import type { SupportedLanguage } from '../../../shared/i18n/i18nResources';
import { createTranslator } from '../../../shared/i18n/translator';
import { hostFileName } from '../../../shared/files/hostFileName';
import { LinkResolver } from '../../../shared/links/linkResolver';
import { editionHead, escapeHtml, sha256 } from '../packs/html/editionPage';
import { EDITION_STYLES } from '../packs/html/editionStyles';
import { renderEditionNotes } from '../packs/html/renderEditionNotes';
import { writeFileAtomic } from '../vault/atomicWrite';
import type { NoteRepository } from '../vault/noteRepository';
import { resolveInsideVault } from '../vault/vaultPaths';

export interface ExportNoteHtmlArgs {
  path: string;
  language: SupportedLanguage;
  /** A `.html` path the user chose in a save dialog; null: the page is only returned. */
  out: string | null;
}

export interface ExportNoteHtmlResult {
  html: string;
  fileName: string;
  file: string | null;
  imagesInlined: number;
}

/** The first line of markdown is a level-1 heading: the page does not repeat the title above it. */
const startsWithHeading = (body: string) => /^\s*#\s+\S/.test(body);

/**
 * One note as a page that stands alone: rendered by the HTML edition's pipeline (the preview's
 * marked + DOMPurify, links to other notes as plain text with a hint, embedded images as `data:`
 * URIs after checking their bytes, other attachments named), the edition's stylesheet, and a CSP
 * that allows that stylesheet (by hash) and `data:` images only — no script, no request can leave
 * the file. Reads the vault; writes only `out`, atomically.
 */
export async function exportNoteHtml(
  repository: NoteRepository,
  args: ExportNoteHtmlArgs,
): Promise<ExportNoteHtmlResult> {
  const out = args.out === null ? null : path.resolve(args.out);
  if (out !== null) {
    const outDir = await fs.stat(path.dirname(out)).catch(() => null);
    if (!outDir?.isDirectory())
      throw new ApiError(
        'NOT_FOUND',
        `There is no folder ${path.dirname(out)} to write the page to.`,
      );
  }
  const note = await repository.read(args.path);
  const resolver = new LinkResolver(
    repository.list().map((s) => ({ path: s.path, title: s.title, aliases: s.aliases })),
    repository.attachments(),
  );
  const attachments = new Set(repository.attachments());
  const [rendered] = await renderEditionNotes(
    [{ path: note.path, title: note.title, body: note.body }],
    {
      resolver,
      t: createTranslator(args.language, 'packs'),
      tNotes: createTranslator(args.language, 'notes'),
      async readAttachment(vaultPath) {
        // Only the vault's own attachments, read from inside the vault.
        if (!attachments.has(vaultPath)) return null;
        const file = await resolveInsideVault(repository.realRoot, vaultPath).catch(() => null);
        return file ? fs.readFile(file).catch(() => null) : null;
      },
    },
  );
  // The pipeline links within the note as the edition's hash routes; this page has no script to
  // follow them, so they point at the (renamed) ids directly.
  const route = `#/note/${rendered!.slug}`;
  const body = rendered!.html.replaceAll(
    /href="#\/note\/([^"/]*)(?:\/([^"]*))?"/g,
    (whole, slug: string, part: string | undefined) =>
      `#/note/${slug}` !== route
        ? whole
        : `href="#${part ? escapeHtml(`n0-${decodeURIComponent(part)}`) : ''}"`,
  );
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(EDITION_STYLES)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = escapeHtml(note.title);
  const html = `${editionHead(args.language, note.title, csp)}
<body>
<main class="edition-main">
<article class="single-note">
${startsWithHeading(note.body) ? '' : `<h1 class="note-title">${title}</h1>\n`}<div class="note-body">${body}</div>
</article>
</main>
</body>
</html>
`;
  if (out !== null) await writeFileAtomic(out, Buffer.from(html, 'utf8'));
  return {
    html,
    fileName: hostFileName('noteHtml', note.title),
    file: out,
    imagesInlined: (body.match(/<img [^>]*src="data:image\//g) ?? []).length,
  };
}
