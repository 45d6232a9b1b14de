import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/apiError';
import type { ImportRecord } from '../../../shared/api/packsMethods';
import type { DbData } from '../store/dbSchema';
import type { MetadataStore } from '../store/metadataStore';
import { writeFileAtomic } from '../vault/atomicWrite';
import { contentVersion } from '../vault/contentVersion';
import type { FileOperation } from '../vault/fileTransaction';
import type { NoteRepository } from '../vault/noteRepository';
import { resolveInsideVault } from '../vault/vaultPaths';
import { mapLimit } from '../vault/vaultScanner';
import { packStateSchema, type PackState } from './packState';
import type { PreparedImport } from './planImport';

/** Where what each import replaced is kept, for undo: `.praxis/imports/<record id>.json`. */
export const IMPORTS_DIR = '.praxis/imports';
/** Import records kept in db.json. */
const MAX_RECORDS = 100;
/** Imports whose replaced files are kept (only the newest can be undone, but one may be undone after another). */
const MAX_UNDOABLE = 5;

const undoDataSchema = z
  .object({
    id: z.string(),
    files: z.array(
      z
        .object({
          path: z.string(),
          /** The file's bytes before the import (base64), or null if the import created it. */
          before: z.string().nullable(),
          /** The version the import left. */
          after: z.string(),
        })
        .strict(),
    ),
    /** The pack's state before the import (null: the pack was never imported before). */
    previousState: packStateSchema.nullable(),
  })
  .strict();
type UndoData = z.infer<typeof undoDataSchema>;

export interface ImportDeps {
  repository: NoteRepository;
  store: MetadataStore;
  now: () => Date;
}

/**
 * Applies a prepared import as one transaction through the vault's multi-file commit: every note,
 * conflict copy and attachment, and db.json (the import record and the pack's new state), all or
 * nothing — rolled back by the next start if the process dies part-way. Before the commit, what
 * every replaced file held is saved for undo; a file that changed since it was planned fails the
 * whole import (CONFLICT) and nothing is written.
 */
export async function applyImport(
  deps: ImportDeps,
  prepared: PreparedImport,
): Promise<ImportRecord> {
  const { repository, store } = deps;
  const { plan, writes, state } = prepared;
  const operations: FileOperation[] = [];
  const undoFiles: UndoData['files'] = [];
  await mapLimit(writes, 16, async (write) => {
    const content =
      'text' in write.content ? write.content.text : await fs.readFile(write.content.staged);
    let before: Buffer | null = null;
    if (write.expectedVersion !== null) {
      before = await fs
        .readFile(await resolveInsideVault(repository.realRoot, write.path))
        .catch(() => null);
      if (before === null || contentVersion(before) !== write.expectedVersion)
        throw new ApiError(
          'CONFLICT',
          `"${write.path}" changed since the import was planned. Nothing was imported; open the pack again to see a new plan.`,
          { paths: [write.path] },
        );
    }
    operations.push({
      kind: 'write',
      path: write.path,
      content,
      expectedVersion: write.expectedVersion,
    });
    undoFiles.push({
      path: write.path,
      before: before === null ? null : before.toString('base64'),
      after: contentVersion(content),
    });
  });

  const now = deps.now();
  const id = `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
  const record: ImportRecord = {
    id,
    packId: plan.pack.id,
    version: plan.pack.version,
    title: plan.pack.title,
    publisher: {
      department: plan.publisher.department,
      person: plan.publisher.person,
      keyId: plan.publisher.keyId,
    },
    signature: plan.signature.status,
    importedAt: now.toISOString(),
    file: path.basename(plan.file),
    counts: plan.counts,
    written: writes.map((w) => w.path).sort(),
    undoneAt: null,
  };
  const previousState = store.data.packStates.find((s) => s.packId === state.packId) ?? null;
  const undoFile = await undoPath(repository.realRoot, id);
  await fs.mkdir(path.dirname(undoFile), { recursive: true });
  await writeFileAtomic(
    undoFile,
    JSON.stringify({ id, files: undoFiles, previousState } satisfies UndoData),
  );

  let dropped: string[] = [];
  const change = (data: DbData) => {
    data.packImports = [record, ...data.packImports.filter((r) => r.id !== id)];
    dropped = data.packImports
      .slice(MAX_UNDOABLE)
      .filter((r) => r.undoneAt === null)
      .map((r) => r.id);
    data.packImports = data.packImports.slice(0, MAX_RECORDS);
    data.packStates = [state, ...data.packStates.filter((s) => s.packId !== state.packId)];
  };
  try {
    await store.commitWith(change, (write) =>
      repository.apply([...operations, write], { kind: 'import', pack: plan.pack.title }),
    );
  } catch (error) {
    await fs.unlink(undoFile).catch(() => undefined);
    throw error;
  }
  await Promise.all(
    dropped.map(async (old) =>
      fs.unlink(await undoPath(repository.realRoot, old)).catch(() => undefined),
    ),
  );
  return record;
}

/**
 * Undoes the newest import that stands: every file it wrote is put back as it was, byte for byte
 * (files it created are removed), and the pack's state goes back with it — one transaction. If
 * any of those files changed since the import, nothing is changed: CONFLICT with their paths.
 */
export async function undoLastImport(deps: ImportDeps): Promise<ImportRecord> {
  const { repository, store } = deps;
  const record = store.data.packImports.find((r) => r.undoneAt === null);
  if (!record) throw new ApiError('NOT_FOUND', 'There is no import to undo in this vault.');
  const undoFile = await undoPath(repository.realRoot, record.id);
  let saved: UndoData;
  try {
    saved = undoDataSchema.parse(JSON.parse(await fs.readFile(undoFile, 'utf8')));
    if (saved.id !== record.id) throw new Error('mismatched record');
  } catch {
    throw new ApiError(
      'NOT_FOUND',
      `The import of "${record.title}" ${record.version} can no longer be undone: what it replaced is not kept any more (${IMPORTS_DIR}).`,
    );
  }
  const changed: string[] = [];
  await mapLimit(saved.files, 16, async (file) => {
    const abs = await resolveInsideVault(repository.realRoot, file.path);
    const current = await fs.readFile(abs).catch(() => null);
    if (current === null || contentVersion(current) !== file.after) changed.push(file.path);
  });
  if (changed.length > 0) {
    changed.sort();
    throw new ApiError(
      'CONFLICT',
      `The import of "${record.title}" ${record.version} cannot be undone: ${changed.length === 1 ? `"${changed[0]}" was` : `${changed.length} files (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? '…' : ''}) were`} changed since. Nothing was changed.`,
      { paths: changed },
    );
  }
  const operations: FileOperation[] = saved.files.map((file) =>
    file.before === null
      ? { kind: 'remove', path: file.path, expectedVersion: file.after }
      : {
          kind: 'write',
          path: file.path,
          content: Buffer.from(file.before, 'base64'),
          expectedVersion: file.after,
        },
  );
  const undoneAt = deps.now().toISOString();
  const change = (data: DbData) => {
    const target = data.packImports.find((r) => r.id === record.id);
    if (target) target.undoneAt = undoneAt;
    data.packStates = data.packStates.filter((s) => s.packId !== record.packId);
    if (saved.previousState) data.packStates.unshift(saved.previousState);
  };
  await store.commitWith(change, (write) => repository.apply([...operations, write]));
  await fs.unlink(undoFile).catch(() => undefined);
  return { ...record, undoneAt };
}

/** Undo files no record refers to (an import that died before its commit): deleted at start. */
export async function removeOrphanUndoFiles(realRoot: string, store: MetadataStore): Promise<void> {
  const dir = path.join(realRoot, ...IMPORTS_DIR.split('/'));
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const known = new Set(store.data.packImports.map((r) => `${r.id}.json`));
  await Promise.all(
    names
      .filter((name) => !known.has(name))
      .map((name) => fs.rm(path.join(dir, name), { force: true, recursive: true })),
  );
}

async function undoPath(realRoot: string, id: string): Promise<string> {
  if (!/^[a-z0-9-]+$/.test(id)) throw new ApiError('NOT_FOUND', `There is no import "${id}".`);
  return path.join(realRoot, ...IMPORTS_DIR.split('/'), `${id}.json`);
}

export type { PackState };
