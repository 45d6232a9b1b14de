import path from 'node:path';
import * as fs from 'node:fs/promises';
import type { z } from 'zod';
import { ApiError } from '../../../../shared/api/apiError';
import type {
  ExportHtmlEditionResult,
  exportHtmlEditionArgsSchema,
} from '../../../../shared/api/packsMethods';
import { createTranslator } from '../../../../shared/i18n/translator';
import { LinkResolver } from '../../../../shared/links/linkResolver';
import { noteNameOf } from '../../../../shared/notes/noteFileName';
import { isPackVersion, nextPackVersion } from '../../../../shared/packs/packVersion';
import { writeFileAtomic } from '../../vault/atomicWrite';
import { splitFrontMatter } from '../../vault/frontMatter';
import { resolveInsideVault } from '../../vault/vaultPaths';
import { emptySelectionError, findDefinition, type ExportDeps } from '../exportPack';
import { keyFingerprint } from '../keyFingerprint';
import { resolveSelection } from '../packSelection';
import { readEditionScripts } from './editionAssets';
import { buildEditionIndex } from './editionIndex';
import { editionPage } from './editionPage';
import { renderEditionNotes } from './renderEditionNotes';

export type ExportHtmlEditionArgs = z.output<typeof exportHtmlEditionArgsSchema>;

/**
 * Writes the HTML edition of a selection: the same notes a pack of it would hold, rendered with
 * the app's preview pipeline into one self-contained page with a lunr index built here (see
 * editionPage). Reads the vault and writes only `out` (atomically): no ids are added, no version
 * is recorded.
 */
export async function exportHtmlEdition(
  deps: ExportDeps,
  args: ExportHtmlEditionArgs,
): Promise<ExportHtmlEditionResult> {
  const { repository, store, identities } = deps;
  const out = path.resolve(args.out);
  const outDir = await fs.stat(path.dirname(out)).catch(() => null);
  if (!outDir?.isDirectory())
    throw new ApiError(
      'NOT_FOUND',
      `There is no folder ${path.dirname(out)} to write the page to.`,
    );
  const definition = findDefinition(store, args);
  const version = args.version ?? definition?.lastVersion ?? nextPackVersion(null);
  if (!isPackVersion(version))
    throw new ApiError(
      'INVALID',
      `"${version}" is not a version such as 1.2.0 (MAJOR.MINOR.PATCH).`,
    );

  const signing = args.sign ? await identities.signingKey() : null;
  const identity = signing?.identity ?? (await identities.current());
  const selection = await resolveSelection(deps, args.selection);
  if (selection.notes.length === 0) throw emptySelectionError();
  deps.onProgress?.(0, selection.notes.length, 'Rendering the notes');

  const summaries = new Map(repository.list().map((s) => [s.path, s]));
  const resolver = new LinkResolver(
    [...summaries.values()].map((s) => ({ path: s.path, title: s.title, aliases: s.aliases })),
    repository.attachments(),
  );
  const attachmentSizes = new Map(selection.attachments.map((a) => [a.path, a.size]));
  const t = createTranslator(args.language, 'packs');
  const tNotes = createTranslator(args.language, 'notes');
  const rendered = await renderEditionNotes(
    selection.notes.map((n) => ({
      path: n.path,
      title: n.title,
      body: splitFrontMatter(n.text).body,
    })),
    {
      resolver,
      t,
      tNotes,
      async readAttachment(vaultPath) {
        // Only the selection's own attachments, read from inside the vault.
        if (!attachmentSizes.has(vaultPath)) return null;
        const file = await resolveInsideVault(repository.realRoot, vaultPath).catch(() => null);
        return file ? fs.readFile(file).catch(() => null) : null;
      },
    },
  );
  const scripts = await readEditionScripts();
  const pageNotes = rendered.map((note, i) => {
    const summary = summaries.get(note.path);
    return {
      slug: note.slug,
      title: selection.notes[i]!.title,
      type: summary?.type ?? 'note',
      domains: summary?.domains ?? [],
      tags: summary?.tags ?? [],
      html: note.html,
      attachments: note.listedAttachments.map((a) => ({
        name: noteNameOf(a),
        size: attachmentSizes.get(a) ?? null,
      })),
    };
  });
  const index = buildEditionIndex(
    rendered.map((note, i) => ({
      title: pageNotes[i]!.title,
      text: note.text,
      tags: pageNotes[i]!.tags,
    })),
  );
  const publisher = {
    department: identity?.department ?? (args.department || path.basename(repository.realRoot)),
    person: identity?.person ?? null,
    keyId: signing ? signing.identity.keyId : null,
  };
  const fingerprint = publisher.keyId ? keyFingerprint(publisher.keyId) : null;
  const page = editionPage({
    language: args.language,
    title: args.title,
    description: args.description,
    version,
    publisher: publisher.person
      ? `${publisher.department} (${publisher.person})`
      : publisher.department,
    date: deps.now().toISOString(),
    fingerprint: fingerprint?.fingerprint ?? null,
    domains: store.data.domains.map((d) => ({ slug: d.slug, name: d.name })),
    notes: pageNotes,
    index,
    lunrSource: scripts.lunr,
    runtimeSource: scripts.runtime,
    t,
    typeName: (type) => {
      const name = tNotes(`types.${type}`);
      return name === `types.${type}` ? type : name;
    },
  });
  const bytes = Buffer.from(page, 'utf8');
  await writeFileAtomic(out, bytes);
  const listed = new Set(rendered.flatMap((n) => n.listedAttachments));
  return {
    file: out,
    version,
    title: args.title,
    notes: rendered.length,
    imagesInlined: (page.match(/<img [^>]*src="data:image\//g) ?? []).length,
    attachmentsListed: listed.size,
    bytes: bytes.length,
    markdownBytes: selection.notes.reduce((sum, n) => sum + n.raw.length, 0),
    publisher: { ...publisher, fingerprint },
    brokenLinks: selection.preview.brokenLinks.length,
  };
}
