import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import { createTwoFilesPatch } from 'diff';
import type {
  ImportCounts,
  ImportPlan,
  ImportStatus,
  PlanAttachment,
  PlanNote,
} from '../../../shared/api/packsMethods';
import { createTranslator } from '../../../shared/i18n/translator';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import type { LinkGraph } from '../links/linkGraph';
import type { MetadataStore } from '../store/metadataStore';
import { contentVersion } from '../vault/contentVersion';
import { composeNote, splitFrontMatter } from '../vault/frontMatter';
import type { NoteRepository } from '../vault/noteRepository';
import { fileNameProblem, resolveInsideVault } from '../vault/vaultPaths';
import { mapLimit } from '../vault/vaultScanner';
import { foldedName } from './packEntryName';
import { ORIGIN_KEY, noteContentHash, parsePackNote } from './noteContentHash';
import type { PackState } from './packState';
import { publisherOf, summaryOf, type VerifiedPack } from './verifyPack';

/** A file the import writes, planned against what is on disk now. */
export interface PlannedWrite {
  path: string;
  /** The staged file to take bytes from (attachments), or the text to write (notes). */
  content: { text: string } | { staged: string };
  /** The version planned against; null for a file that must not exist. */
  expectedVersion: string | null;
}

/** A plan with what applying it writes (kept in main; the API sees `plan`). */
export interface PreparedImport {
  plan: ImportPlan;
  writes: PlannedWrite[];
  /** The pack's state once applied (db.json `packStates`). */
  state: PackState;
  verified: VerifiedPack;
}

export interface PlanDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  store: MetadataStore;
}

/** Unified diffs larger than this are left out of a plan (the UI says "too large to show"). */
const MAX_DIFF_CHARS = 200_000;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Plans taking a verified pack into the vault, writing nothing. Notes match by their stable `id`,
 * wherever the local copy now lives (renamed or moved notes stay where they are). For each note
 * of the pack, with `base` the pack's content hash this vault last took (db.json, else the
 * note's `origin.hash`):
 *
 * - no local note with its id: **new** (at its path in the pack, or beside it if that is taken);
 * - local text equals the pack's, or the pack's is the base: **unchanged** (local edits stay);
 * - the local text is still the base: **update**;
 * - both differ from the base (or there is no base): **conflict** — the pack's version is
 *   written beside the local note, with a new id and a link to it.
 *
 * Attachments are compared by their bytes in the same way. Notes that came from an earlier
 * version and are no longer in the pack are listed and left alone.
 */
export async function planImport(
  deps: PlanDeps,
  verified: VerifiedPack,
  planId: string,
): Promise<PreparedImport> {
  const { repository, store } = deps;
  const { manifest } = verified;
  const packId = manifest.pack.id;
  const previous = store.data.packStates.find((s) => s.packId === packId) ?? null;
  const bases = new Map(previous?.notes.map((n) => [n.id, n.hash]));
  const attachmentBases = new Map(previous?.attachments.map((a) => [a.path, a.sha256]));
  const locale = store.data.settings.locale ?? null;
  const t = createTranslator(locale, 'packs');

  const summaries = repository.list();
  const localById = new Map<string, NoteSummary[]>();
  for (const summary of summaries) {
    if (summary.id === null) continue;
    const list = localById.get(summary.id) ?? [];
    list.push(summary);
    localById.set(summary.id, list);
  }
  const paths = new PathReservations(repository);

  const notes: PlanNote[] = [];
  const writes: PlannedWrite[] = [];
  const origin = (hash: string) => ({
    pack: packId,
    title: manifest.pack.title,
    version: manifest.pack.version,
    publisher: manifest.publisher.department,
    ...(manifest.publisher.person ? { person: manifest.publisher.person } : {}),
    keyId: verified.signature?.keyId ?? null,
    hash,
  });

  // What each note is here, read in parallel (a few small reads each); then, in the pack's
  // order, where new files go, so that the plan is the same every time.
  const sorted = [...verified.notes].sort((a, b) => compare(a.name, b.name));
  const found = await mapLimit(sorted, 16, async (note) => {
    const packText = await fs.readFile(note.staged!, 'utf8');
    const local = await findLocal(repository, localById.get(note.id) ?? [], packId);
    return { note, packText, local };
  });
  await paths.prefetch(found.filter((f) => !f.local).map((f) => f.note.vaultPath));
  for (const { note, packText, local } of found) {
    const withOrigin = (changes: Record<string, unknown> = {}, bodyPrefix = '') => {
      const split = splitFrontMatter(packText);
      return composeNote(split, bodyPrefix + split.body, {
        ...changes,
        [ORIGIN_KEY]: { ...origin(note.contentHash), ...(changes[ORIGIN_KEY] as object) },
      });
    };
    if (!local) {
      const target = await paths.reserve(note.vaultPath);
      writes.push({ path: target, content: { text: withOrigin() }, expectedVersion: null });
      notes.push(planned(note, 'new', target, null, false, null));
      continue;
    }
    const base = bases.get(note.id) ?? local.originHash;
    const localHash = local.text === null ? null : noteContentHash(local.text);
    const localEdited = localHash !== (base ?? note.contentHash);
    let status: ImportStatus;
    if (localHash === note.contentHash || (base !== null && note.contentHash === base))
      status = 'unchanged';
    else if (!localEdited && base !== null) status = 'update';
    else status = 'conflict';

    if (status === 'update') {
      writes.push({
        path: local.path,
        content: { text: withOrigin() },
        expectedVersion: local.version,
      });
      notes.push(planned(note, status, local.path, null, localEdited, diffOf(local, packText)));
    } else if (status === 'conflict') {
      const conflictPath = await paths.reserve(
        besidePath(local.path, `${manifest.pack.title} ${manifest.pack.version}`),
      );
      const link = deps.linkGraph.linkTextFor(local.path, conflictPath);
      const intro = t('conflictCopy.intro', {
        link: `[[${link}]]`,
        pack: manifest.pack.title,
        version: manifest.pack.version,
        publisher: manifest.publisher.department,
      });
      const text = withOrigin(
        {
          id: randomUUID(),
          title: t('conflictCopy.title', {
            title: note.title,
            pack: manifest.pack.title,
            version: manifest.pack.version,
          }),
          [ORIGIN_KEY]: { conflictWith: note.id },
        },
        `> [!warning]\n> ${intro}\n\n`,
      );
      writes.push({ path: conflictPath, content: { text }, expectedVersion: null });
      notes.push(
        planned(note, status, local.path, conflictPath, localEdited, diffOf(local, packText)),
      );
    } else {
      notes.push(planned(note, status, local.path, null, localEdited, null));
    }
  }

  const attachments: PlanAttachment[] = [];
  for (const file of [...verified.attachments].sort((a, b) => compare(a.name, b.name))) {
    const local = await localFile(repository, file.vaultPath);
    let status: ImportStatus;
    let target = file.vaultPath;
    let conflictPath: string | null = null;
    if (local === null && !paths.isTaken(file.vaultPath)) status = 'new';
    else if (local !== null && local.sha256 === file.sha256) status = 'unchanged';
    else if (local !== null && attachmentBases.get(file.vaultPath) === local.sha256)
      status = 'update';
    else status = 'conflict';
    if (status === 'new') paths.claim(target);
    if (status === 'conflict') {
      target = await paths.reserve(
        besidePath(file.vaultPath, `${manifest.pack.title} ${manifest.pack.version}`),
      );
      conflictPath = target;
    }
    if (status !== 'unchanged')
      writes.push({
        path: target,
        content: { staged: file.staged! },
        expectedVersion: status === 'update' ? local!.version : null,
      });
    attachments.push({ path: file.vaultPath, status, conflictPath, size: file.size });
  }

  const inPack = new Set(verified.notes.map((n) => n.id));
  const removedFromPack: ImportPlan['removedFromPack'] = [];
  for (const { id, hash } of previous?.notes ?? []) {
    if (inPack.has(id)) continue;
    const local = await findLocal(repository, localById.get(id) ?? [], packId);
    if (!local) continue;
    removedFromPack.push({
      id,
      path: local.path,
      title: repository.summary(local.path)?.title ?? local.path,
      localEdited: local.text === null || noteContentHash(local.text) !== hash,
    });
  }

  const counts: ImportCounts = { new: 0, unchanged: 0, update: 0, conflict: 0 };
  for (const note of notes) counts[note.status]++;
  const state: PackState = {
    packId,
    version: manifest.pack.version,
    // Whatever its status, every note's base is now the pack's text: it was taken, or shown.
    notes: verified.notes.map((n) => ({ id: n.id, hash: n.contentHash })),
    attachments: verified.attachments.map((a) => ({ path: a.vaultPath, sha256: a.sha256 })),
  };
  return {
    plan: {
      planId,
      file: verified.file,
      pack: summaryOf(manifest),
      publisher: publisherOf(manifest, verified.signature),
      signature: { status: verified.status },
      trustedAs: verified.trustedAs,
      previousVersion: previous?.version ?? null,
      notes,
      attachments,
      removedFromPack,
      counts,
    },
    writes,
    state,
    verified,
  };
}

function planned(
  note: VerifiedPack['notes'][number],
  status: ImportStatus,
  path: string,
  conflictPath: string | null,
  localEdited: boolean,
  diff: string | null,
): PlanNote {
  return {
    id: note.id,
    title: note.title,
    status,
    path,
    packPath: note.vaultPath,
    conflictPath,
    localEdited,
    diff,
  };
}

interface LocalNote {
  path: string;
  /** Null when the file is not UTF-8 (it is never rewritten then). */
  text: string | null;
  version: string;
  /** `origin.hash` when the note came from this pack. */
  originHash: string | null;
}

/** The local note with an id: the one that came from this pack if several share it. */
async function findLocal(
  repository: NoteRepository,
  candidates: NoteSummary[],
  packId: string,
): Promise<LocalNote | null> {
  let first: LocalNote | null = null;
  for (const summary of [...candidates].sort((a, b) => compare(a.path, b.path))) {
    const abs = await resolveInsideVault(repository.realRoot, summary.path);
    const raw = await fs.readFile(abs).catch(() => null);
    if (raw === null) continue;
    let text: string | null;
    try {
      text = utf8.decode(raw);
    } catch {
      text = null;
    }
    const originValue = text === null ? null : parsePackNote(text).frontMatter?.[ORIGIN_KEY];
    const origin =
      originValue && typeof originValue === 'object'
        ? (originValue as Record<string, unknown>)
        : null;
    const fromThisPack = origin?.pack === packId;
    const local: LocalNote = {
      path: summary.path,
      text,
      version: contentVersion(raw),
      originHash: fromThisPack && typeof origin?.hash === 'string' ? origin.hash : null,
    };
    if (fromThisPack) return local;
    first ??= local;
  }
  return first;
}

/** A vault file as it is on disk: its SHA-256 (hex) and version, or null if there is none. */
async function localFile(
  repository: NoteRepository,
  rel: string,
): Promise<{ sha256: string; version: string } | null> {
  const abs = await resolveInsideVault(repository.realRoot, rel);
  const stat = await fs.lstat(abs).catch(() => null);
  if (!stat) return null;
  if (!stat.isFile()) return { sha256: '', version: '' };
  const hex = createHash('sha256');
  const b64 = createHash('sha256');
  for await (const chunk of createReadStream(abs) as AsyncIterable<Buffer>) {
    hex.update(chunk);
    b64.update(chunk);
  }
  return { sha256: hex.digest('hex'), version: b64.digest('base64url') };
}

function diffOf(local: LocalNote, packText: string): string | null {
  if (local.text === null) return null;
  const patch = createTwoFilesPatch(
    local.path,
    local.path,
    local.text,
    packText,
    'this vault',
    'pack',
    {
      context: 3,
      maxEditLength: 20_000,
    },
  );
  if (patch === undefined || patch.length > MAX_DIFF_CHARS) return null;
  return patch;
}

/** `folder/Name (Budget lessons 1.2.0).md`: a name beside `rel` that says where it came from. */
export function besidePath(rel: string, label: string): string {
  const dir = path.posix.dirname(rel);
  const ext = path.posix.extname(rel);
  const stem = path.posix.basename(rel, ext);
  const clean = label
    .replace(/[\\/:*?"<>|#^[\]]/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
    .trim();
  let name = `${stem} (${clean})${ext}`;
  if (clean === '' || fileNameProblem(name) !== null) name = `${stem} (pack)${ext}`;
  return dir === '.' ? name : `${dir}/${name}`;
}

/**
 * The paths the import will create, kept apart from each other and from every file of the vault
 * (compared case-folded, as Windows and macOS compare them).
 */
class PathReservations {
  readonly #repository: NoteRepository;
  readonly #taken = new Set<string>();
  readonly #onDisk = new Map<string, boolean>();

  constructor(repository: NoteRepository) {
    this.#repository = repository;
    for (const summary of repository.list()) this.#taken.add(foldedName(summary.path));
    for (const attachment of repository.attachments()) this.#taken.add(foldedName(attachment));
  }

  isTaken(rel: string): boolean {
    return this.#taken.has(foldedName(rel));
  }

  claim(rel: string): void {
    this.#taken.add(foldedName(rel));
  }

  /** Looks up in parallel whether these paths exist on disk, for `reserve` to use. */
  async prefetch(paths: readonly string[]): Promise<void> {
    await mapLimit(paths, 16, async (rel) => {
      if (this.#onDisk.has(rel)) return;
      this.#onDisk.set(rel, await this.#exists(rel));
    });
  }

  async #exists(rel: string): Promise<boolean> {
    const abs = await resolveInsideVault(this.#repository.realRoot, rel);
    return fs.lstat(abs).then(
      () => true,
      () => false,
    );
  }

  /** `rel`, or `name 1.ext`, `name 2.ext`… — the first free one, now claimed. */
  async reserve(rel: string): Promise<string> {
    const ext = path.posix.extname(rel);
    const base = rel.slice(0, rel.length - ext.length);
    for (let n = 0; ; n++) {
      const candidate = n === 0 ? rel : `${base} ${n}${ext}`;
      if (this.isTaken(candidate)) continue;
      if (this.#onDisk.get(candidate) ?? (await this.#exists(candidate))) continue;
      this.claim(candidate);
      return candidate;
    }
  }
}
