import path from 'node:path';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import type { z } from 'zod';
import { ApiError } from '../../../shared/api/apiError';
import type {
  ExportResult,
  PackDefinition,
  exportPackArgsSchema,
} from '../../../shared/api/packsMethods';
import {
  ATTACHMENTS_FOLDER,
  NOTES_FOLDER,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  noteIdSchema,
  packManifestSchema,
  type PackManifest,
} from '../../../shared/packs/packManifest';
import {
  comparePackVersions,
  isPackVersion,
  nextPackVersion,
} from '../../../shared/packs/packVersion';
import type { MetadataStore } from '../store/metadataStore';
import { contentVersion } from '../vault/contentVersion';
import type { FileOperation } from '../vault/fileTransaction';
import { composeNote, splitFrontMatter } from '../vault/frontMatter';
import { resolveInsideVault } from '../vault/vaultPaths';
import type { IdentityStore } from './identityStore';
import { keyFingerprint } from './keyFingerprint';
import { noteContentHash } from './noteContentHash';
import { signManifest } from './packSigning';
import { resolveSelection, type SelectedNote, type SelectionDeps } from './packSelection';
import { writePackArchive, type PackItem } from './packWriter';

export type ExportPackArgs = z.output<typeof exportPackArgsSchema>;

export interface ExportDeps extends SelectionDeps {
  store: MetadataStore;
  identities: IdentityStore;
  now: () => Date;
  onProgress?: (done: number, total: number, label: string) => void;
}

/**
 * Exports a pack: resolves the selection, gives every selected note without a stable `id` one
 * (written back into the vault in one atomic change, before the pack is written, so the pack and
 * the vault agree), writes the zip (manifest last, signed over its exact bytes) and records the
 * pack's definition in db.json so the next export is its next version.
 */
export async function exportPack(deps: ExportDeps, args: ExportPackArgs): Promise<ExportResult> {
  const { repository, store, identities } = deps;
  const now = deps.now();
  const definition = findDefinition(store, args);
  const version = args.version ?? nextPackVersion(definition?.lastVersion ?? null);
  if (!isPackVersion(version))
    throw new ApiError(
      'INVALID',
      `"${version}" is not a version such as 1.2.0 (MAJOR.MINOR.PATCH).`,
    );
  if (definition?.lastVersion && comparePackVersions(version, definition.lastVersion) <= 0)
    throw new ApiError(
      'INVALID',
      `Version ${version} is not newer than ${definition.lastVersion}, the last version of "${definition.title}" exported. Choose a higher version (suggested: ${nextPackVersion(definition.lastVersion)}).`,
    );
  const out = path.resolve(args.out);
  const outDir = await fs.stat(path.dirname(out)).catch(() => null);
  if (!outDir?.isDirectory())
    throw new ApiError(
      'NOT_FOUND',
      `There is no folder ${path.dirname(out)} to write the pack to.`,
    );

  const signing = args.sign ? await identities.signingKey() : null;
  const identity = signing?.identity ?? (await identities.current());

  const selection = await resolveSelection(deps, args.selection);
  if (selection.notes.length === 0) throw emptySelectionError();

  const idsAdded = await ensureIds(deps, selection.notes);

  const publisher = {
    department: identity?.department ?? (args.department || path.basename(repository.realRoot)),
    person: identity?.person ?? null,
    keyId: signing ? signing.identity.keyId : null,
  };
  const packId = definition?.id ?? randomUUID();
  const items: PackItem[] = [
    ...selection.notes.map((n) => ({ name: NOTES_FOLDER + n.path, bytes: n.raw })),
    ...(await Promise.all(
      selection.attachments.map(async (a) => ({
        name: ATTACHMENTS_FOLDER + a.path,
        file: await resolveInsideVault(repository.realRoot, a.path),
      })),
    )),
  ];
  const notesByName = new Map(selection.notes.map((n) => [NOTES_FOLDER + n.path, n]));
  const bytes = await writePackArchive(
    out,
    items,
    (written) => {
      const manifest: PackManifest = {
        format: PACK_FORMAT,
        formatVersion: PACK_FORMAT_VERSION,
        pack: {
          id: packId,
          version,
          title: args.title,
          description: args.description,
          domains: args.domains,
          licence: args.licence,
          created: now.toISOString(),
        },
        publisher,
        files: written.map(({ name, size, sha256 }) => ({ path: name, size, sha256 })),
        notes: written
          .filter((w) => notesByName.has(w.name))
          .map((w) => {
            const note = notesByName.get(w.name)!;
            return {
              id: note.id!,
              path: w.name,
              title: note.title,
              contentHash: noteContentHash(note.text),
            };
          }),
      };
      // What is signed is what importers check: the exact bytes, validated as they will be.
      const checked = packManifestSchema.safeParse(manifest);
      if (!checked.success)
        throw new ApiError(
          'INVALID',
          `The pack cannot be written: ${checked.error.issues[0]?.path.join('.')} ${checked.error.issues[0]?.message}.`,
        );
      const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
      const signature = signing && signManifest(manifestBytes, signing.privateKeyPem);
      return {
        manifest: manifestBytes,
        signature: signature && Buffer.from(`${JSON.stringify(signature, null, 2)}\n`, 'utf8'),
      };
    },
    (done, total) => deps.onProgress?.(done, total, 'Writing the pack'),
    now,
  );

  const saved: PackDefinition = {
    id: packId,
    title: args.title,
    description: args.description,
    domains: args.domains,
    licence: args.licence,
    selection: args.selection,
    lastVersion: version,
    lastExportedAt: now.toISOString(),
    lastFile: out,
  };
  await store.update((data) => {
    data.packDefinitions = [saved, ...data.packDefinitions.filter((d) => d.id !== packId)];
  });
  return {
    file: out,
    packId,
    version,
    title: args.title,
    notes: selection.notes.length,
    attachments: selection.attachments.length,
    bytes,
    idsAdded,
    signed: signing !== null,
    publisher: {
      ...publisher,
      fingerprint: publisher.keyId ? keyFingerprint(publisher.keyId) : null,
    },
    brokenLinks: selection.preview.brokenLinks.length,
  };
}

/** Why an export whose selection holds no exportable note is refused. */
export function emptySelectionError(): ApiError {
  return new ApiError(
    'INVALID',
    'The selection holds no note that can be exported. Choose notes by domain, tag, search, folder or by hand.',
  );
}

/** The definition an export continues: by id if given, else the one with the same title. */
export function findDefinition(
  store: MetadataStore,
  args: Pick<ExportPackArgs, 'definitionId' | 'title'>,
): PackDefinition | null {
  const definitions = store.data.packDefinitions;
  if (args.definitionId !== null) {
    const found = definitions.find((d) => d.id === args.definitionId);
    if (!found) throw new ApiError('NOT_FOUND', 'This pack definition no longer exists.');
    return found;
  }
  const title = args.title.trim().toLowerCase();
  return definitions.find((d) => d.title.trim().toLowerCase() === title) ?? null;
}

/**
 * Gives every note without a usable, unique `id` a new one, in one transaction through the
 * repository (planned against the bytes just read: a note changed meanwhile fails the export
 * rather than being overwritten). Updates the notes' text and returns the paths changed.
 */
async function ensureIds(deps: ExportDeps, notes: SelectedNote[]): Promise<string[]> {
  const seen = new Set<string>();
  const operations: FileOperation[] = [];
  const changed: SelectedNote[] = [];
  for (const note of notes) {
    const usable =
      note.id !== null && noteIdSchema.safeParse(note.id).success && !seen.has(note.id);
    if (usable) {
      seen.add(note.id!);
      continue;
    }
    const id = randomUUID();
    seen.add(id);
    const split = splitFrontMatter(note.text);
    const text = composeNote(split, split.body, { id });
    operations.push({
      kind: 'write',
      path: note.path,
      content: text,
      expectedVersion: contentVersion(note.raw),
    });
    note.id = id;
    note.text = text;
    note.raw = Buffer.from(text, 'utf8');
    changed.push(note);
  }
  if (operations.length > 0) await deps.repository.apply(operations);
  return changed.map((n) => n.path);
}
