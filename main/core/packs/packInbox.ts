import path from 'node:path';
import { watch, type FSWatcher, type Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import {
  MAX_INBOX_FOLDERS,
  OFFERING_STATES,
  packInboxSettingsSchema,
  type InboxEntry,
  type InboxFolder,
  type InboxState,
  type PackInbox as PackInboxView,
} from '../../../shared/api/packInboxMethods';
import type {
  ImportPlan,
  PackProblemReason,
  PackVerification,
} from '../../../shared/api/packsMethods';
import { PACK_EXTENSION } from '../../../shared/packs/packManifest';
import { comparePackVersions, isPackVersion } from '../../../shared/packs/packVersion';
import type { EventHub } from '../events/eventHub';
import type { MetadataStore } from '../store/metadataStore';
import { zipDirectoryComplete } from './zipEndRecord';

/** How a pack file is checked: verified and planned, nothing kept (PackService.check). */
export type CheckPack = (
  file: string,
) => Promise<{ report: PackVerification; plan: ImportPlan | null }>;

export interface PackInboxTimings {
  /** A file written to less than this long ago is still being copied (default 2 s). */
  settleMs?: number;
  /** Incomplete files are looked at again after this long (default 5 s). */
  retryMs?: number;
  /** An incomplete file unchanged for this long is reported `damaged` (default 10 min). */
  giveUpMs?: number;
}

export interface PackInboxDeps extends PackInboxTimings {
  store: MetadataStore;
  events: EventHub;
  check: CheckPack;
  now?: () => Date;
}

/** At most this many pack files are looked at per folder (a hostile share could hold millions). */
const MAX_FILES_PER_FOLDER = 500;
/** File events are gathered for this long before a look (a copy sends many). */
const WATCH_DEBOUNCE_MS = 300;

/**
 * Refusals that a file cut short by a copy in progress produces (no zip directory at the end,
 * entries whose data runs past the end): such a file is waited for while its zip directory is
 * missing or cut short (zipDirectoryComplete), never called tampered.
 */
const INCOMPLETE_REASONS: ReadonlySet<PackProblemReason> = new Set(['not-a-pack', 'damaged']);
/** Refusals of a complete pack whose contents or signature do not match its manifest. */
const TAMPERED_REASONS: ReadonlySet<PackProblemReason> = new Set([
  'damaged',
  'checksum-mismatch',
  'signature-invalid',
  'unlisted-file',
  'missing-file',
  'manifest-invalid',
  'note-invalid',
]);

/** What a file was when last looked at. */
interface Look {
  size: number;
  mtimeMs: number;
  ino: number;
}

interface Tracked {
  file: string;
  folder: string;
  look: Look;
  /** The vault's trust and import state the result was computed against. */
  generation: string;
  result:
    | { kind: 'pending' }
    | { kind: 'incomplete'; problem: PackVerification['problem'] }
    | { kind: 'checked'; report: PackVerification; plan: ImportPlan | null; at: string };
  /** When it was first seen incomplete; null once it checked out. */
  waitingSince: number | null;
  /** When its size or time last changed (for `damaged`). */
  changedAt: number;
}

/**
 * The pack inbox of one vault: the `.praxispack` files in the folders it subscribes to
 * (settings `packInbox`), each verified and planned in the background with `check` and never
 * imported.
 *
 * Folders are looked at every `pollSeconds` — the one mechanism that works on network drives
 * and sync folders — and sooner when `fs.watch` reports a change where it works. A file is
 * checked only once it has settled: its size and time unchanged since the last look and its
 * time older than `settleMs`. One cut short (a sync client still copying) is `incomplete` and
 * looked at again every `retryMs`; a result is kept until the file, the trusted publishers or
 * the vault's imports change. Files are read, never written, moved or deleted.
 *
 *   const inbox = new PackInbox({ store, events, check: (f) => packs.check(f) });
 *   inbox.start();              // watch and poll
 *   await inbox.refresh();      // or look once, now
 */
export class PackInbox {
  readonly #deps: PackInboxDeps;
  readonly #now: () => Date;
  readonly #settleMs: number;
  readonly #retryMs: number;
  readonly #giveUpMs: number;
  readonly #tracked = new Map<string, Tracked>();
  #folders: InboxFolder[] = [];
  #checkedAt: string | null = null;
  /** What the renderer was last told of (an empty inbox needs no news). */
  #signature = JSON.stringify([[], []]);
  #running = false;
  #closed = false;
  #scan: Promise<void> | null = null;
  #again = false;
  #pollTimer: ReturnType<typeof setInterval> | null = null;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #watchTimer: ReturnType<typeof setTimeout> | null = null;
  #watchers: FSWatcher[] = [];

  constructor(deps: PackInboxDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
    this.#settleMs = deps.settleMs ?? 2000;
    this.#retryMs = deps.retryMs ?? 5000;
    this.#giveUpMs = deps.giveUpMs ?? 10 * 60_000;
  }

  get settings() {
    return this.#deps.store.data.settings.packInbox;
  }

  /** Starts watching and polling the subscribed folders (the app; the CLI only refreshes). */
  start(): void {
    if (this.#closed) return;
    this.#running = true;
    this.#restartWatching();
    this.#request();
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#stopWatching();
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    await this.#scan?.catch(() => undefined);
  }

  /** The inbox as last looked at. */
  list(): PackInboxView {
    const entries = [...this.#tracked.values()]
      .map((tracked) => this.#entryOf(tracked))
      .sort(compareEntries);
    return {
      folders: this.settings.folders.map(
        (folder) =>
          this.#folders.find((f) => f.path === folder) ?? {
            path: folder,
            status: 'checking',
            packs: 0,
          },
      ),
      pollSeconds: this.settings.pollSeconds,
      entries,
      offering: entries.filter((e) => OFFERING_STATES.includes(e.state)).length,
      checkedAt: this.#checkedAt,
    };
  }

  /** Looks at every folder now (after a look already under way) and answers the result. */
  async refresh(): Promise<PackInboxView> {
    await this.#runScan();
    return this.list();
  }

  /**
   * Subscribes to exactly `folders` (absolute paths of existing folders; INVALID otherwise and
   * nothing changes) and, if given, polls every `pollSeconds`; looks at them in the background.
   */
  async setFolders(folders: readonly string[], pollSeconds?: number): Promise<PackInboxView> {
    const checked: string[] = [];
    for (const folder of folders) {
      if (!path.isAbsolute(folder))
        throw new ApiError(
          'INVALID',
          `“${folder}” is not a full path to a folder: give it from the drive or root (e.g. /mnt/share/packs or S:\\Packs).`,
        );
      const resolved = path.resolve(folder);
      const stat = await fs.stat(resolved).catch(() => null);
      if (!stat?.isDirectory())
        throw new ApiError(
          'INVALID',
          `There is no folder at ${resolved}. Check the path, and that the share or sync folder is available on this computer.`,
        );
      if (!checked.includes(resolved)) checked.push(resolved);
    }
    if (checked.length > MAX_INBOX_FOLDERS)
      throw new ApiError('INVALID', `At most ${MAX_INBOX_FOLDERS} folders can be subscribed to.`);
    const next = packInboxSettingsSchema.parse({
      folders: checked,
      pollSeconds: pollSeconds ?? this.settings.pollSeconds,
    });
    await this.#deps.store.update((data) => {
      data.settings.packInbox = next;
    });
    for (const [file, tracked] of this.#tracked)
      if (!checked.includes(tracked.folder)) this.#tracked.delete(file);
    if (this.#running) this.#restartWatching();
    this.#request();
    return this.list();
  }

  /** The vault's imports or trusted publishers changed: look again (results are re-planned). */
  vaultChanged(): void {
    this.#request();
  }

  // ── Looking at the folders ──

  /** A look soon, without waiting for it (errors are logged: the next look tries again). */
  #request(): void {
    if (this.#closed) return;
    this.#runScan().catch((error) => console.error('praxis: pack inbox:', error));
  }

  /** Looks are serialised; a request during one runs once more after it. */
  #runScan(): Promise<void> {
    if (this.#scan) {
      this.#again = true;
      return this.#scan;
    }
    const run = (async () => {
      try {
        do {
          this.#again = false;
          await this.#scanOnce();
        } while (this.#again && !this.#closed);
      } finally {
        this.#scan = null;
      }
    })();
    this.#scan = run;
    return run;
  }

  async #scanOnce(): Promise<void> {
    const generation = this.#generation();
    const folders: InboxFolder[] = [];
    const seen = new Set<string>();
    for (const folder of this.settings.folders) {
      if (this.#closed) return;
      const files = await packFilesIn(folder);
      if (files.status !== 'watching') {
        folders.push({ path: folder, status: files.status, packs: 0 });
        continue;
      }
      folders.push({ path: folder, status: 'watching', packs: files.names.length });
      for (const name of files.names) {
        if (this.#closed) return;
        const file = path.join(folder, name);
        seen.add(file);
        await this.#look(file, folder, generation);
      }
    }
    // Files gone, and those of folders not available now (looked at afresh when they are back).
    for (const file of this.#tracked.keys()) if (!seen.has(file)) this.#tracked.delete(file);
    this.#folders = folders;
    this.#checkedAt = this.#now().toISOString();
    this.#scheduleRetry();
    this.#announce();
  }

  /** Looks at one file: checks it if it settled and changed since its last check. */
  async #look(file: string, folder: string, generation: string): Promise<void> {
    const stat = await fs.lstat(file).catch(() => null);
    if (!stat?.isFile()) {
      this.#tracked.delete(file);
      return;
    }
    const look = lookOf(stat);
    const now = Date.now();
    let tracked = this.#tracked.get(file);
    const changed = !tracked || !sameLook(tracked.look, look);
    if (!tracked || changed) {
      tracked = {
        file,
        folder,
        look,
        generation: '',
        result: { kind: 'pending' },
        waitingSince: tracked?.waitingSince ?? null,
        changedAt: now,
      };
      this.#tracked.set(file, tracked);
    }
    const { result } = tracked;
    if (result.kind === 'checked' && tracked.generation === generation) return;
    // Still being written: its time is too recent, or it changed since the last look.
    const recent = now - stat.mtimeMs < this.#settleMs;
    if (recent || (changed && tracked.waitingSince !== null)) {
      this.#waiting(tracked, null);
      return;
    }
    let checked: Awaited<ReturnType<CheckPack>>;
    try {
      checked = await this.#deps.check(file);
    } catch {
      // Gone or unreadable in the middle of a copy: the next look decides.
      this.#waiting(tracked, null);
      return;
    }
    const after = await fs.lstat(file).catch(() => null);
    if (!after || !sameLook(look, lookOf(after))) {
      // It changed while it was read: whatever was found is not about the file as it is.
      this.#waiting(tracked, null);
      tracked.look = after ? lookOf(after) : look;
      tracked.changedAt = Date.now();
      return;
    }
    const { report, plan } = checked;
    if (
      !report.sound &&
      report.problem &&
      INCOMPLETE_REASONS.has(report.problem.reason) &&
      !(await zipDirectoryComplete(file))
    ) {
      this.#waiting(tracked, report.problem);
      return;
    }
    tracked.result = { kind: 'checked', report, plan, at: this.#now().toISOString() };
    tracked.generation = generation;
    tracked.waitingSince = null;
  }

  #waiting(tracked: Tracked, problem: PackVerification['problem']): void {
    tracked.result = { kind: 'incomplete', problem };
    tracked.waitingSince ??= this.#now().getTime();
  }

  /** Incomplete files are looked at again soon, until they have been still for `giveUpMs`. */
  #scheduleRetry(): void {
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    if (this.#closed || !this.#running) return;
    const now = Date.now();
    const waiting = [...this.#tracked.values()].some(
      (t) => t.result.kind !== 'checked' && now - t.changedAt < this.#giveUpMs,
    );
    if (!waiting) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.#request();
    }, this.#retryMs);
    this.#retryTimer.unref?.();
  }

  /** Tells the renderer when what the inbox shows has changed. */
  #announce(): void {
    const view = this.list();
    const signature = JSON.stringify([
      view.folders,
      view.entries.map((e) => [e.file, e.state, e.pack?.version, e.changes, e.signature]),
    ]);
    if (signature === this.#signature) return;
    this.#signature = signature;
    this.#deps.events.emit('packs.inboxChanged', { offering: view.offering });
  }

  /** What a result depends on besides the file: the trusted keys and the packs imported. */
  #generation(): string {
    const { trustedPublishers, packStates, packImports } = this.#deps.store.data;
    return JSON.stringify([
      trustedPublishers.map((t) => t.keyId),
      packStates.map((s) => `${s.packId}@${s.version}`),
      packImports.map((r) => `${r.id}:${r.undoneAt ?? ''}`),
    ]);
  }

  #entryOf(tracked: Tracked): InboxEntry {
    const { result } = tracked;
    const base: InboxEntry = {
      file: tracked.file,
      name: path.basename(tracked.file),
      folder: tracked.folder,
      state: 'checking',
      size: tracked.look.size,
      modified: new Date(tracked.look.mtimeMs).toISOString(),
      pack: null,
      publisher: null,
      signature: null,
      trustedAs: null,
      importedVersion: null,
      changes: null,
      problem: null,
      waitingSince: tracked.waitingSince ? new Date(tracked.waitingSince).toISOString() : null,
      checkedAt: null,
    };
    if (result.kind === 'pending') return base;
    if (result.kind === 'incomplete') {
      const damaged = Date.now() - tracked.changedAt >= this.#giveUpMs;
      return { ...base, state: damaged ? 'damaged' : 'incomplete', problem: result.problem };
    }
    const { report, plan } = result;
    const packId = report.pack?.id ?? null;
    const imported = packId
      ? (this.#deps.store.data.packStates.find((s) => s.packId === packId)?.version ?? null)
      : null;
    return {
      ...base,
      state: stateOf(report, imported),
      pack: report.pack,
      publisher: report.publisher,
      signature: report.status,
      trustedAs: report.trustedAs,
      importedVersion: imported,
      problem: report.problem,
      checkedAt: result.at,
      changes: plan && {
        notes: plan.counts,
        attachments: plan.attachments.filter((a) => a.status !== 'unchanged').length,
        removedFromPack: plan.removedFromPack.length,
      },
    };
  }

  // ── Watching ──

  #restartWatching(): void {
    this.#stopWatching();
    if (this.#closed) return;
    this.#pollTimer = setInterval(() => this.#request(), this.settings.pollSeconds * 1000);
    this.#pollTimer.unref?.();
    for (const folder of this.settings.folders) {
      try {
        const watcher = watch(folder, { persistent: false }, () => this.#soon());
        // Where events stop working (a share that went away), polling carries on alone.
        watcher.on('error', () => watcher.close());
        this.#watchers.push(watcher);
      } catch {
        // No file events here (a network drive, a missing folder): polling only.
      }
    }
  }

  #stopWatching(): void {
    if (this.#pollTimer) clearInterval(this.#pollTimer);
    this.#pollTimer = null;
    if (this.#watchTimer) clearTimeout(this.#watchTimer);
    this.#watchTimer = null;
    for (const watcher of this.#watchers.splice(0)) watcher.close();
  }

  #soon(): void {
    if (this.#watchTimer) clearTimeout(this.#watchTimer);
    this.#watchTimer = setTimeout(() => {
      this.#watchTimer = null;
      this.#request();
    }, WATCH_DEBOUNCE_MS);
    this.#watchTimer.unref?.();
  }
}

/** The pack files directly in `folder` (regular files only, by name), or why it cannot be read. */
async function packFilesIn(
  folder: string,
): Promise<
  { status: 'watching'; names: string[] } | { status: 'missing' | 'unreadable'; names: [] }
> {
  try {
    const dirents = await fs.readdir(folder, { withFileTypes: true });
    const names = dirents
      .filter((d) => d.isFile() && d.name.toLowerCase().endsWith(PACK_EXTENSION))
      .map((d) => d.name)
      .sort()
      .slice(0, MAX_FILES_PER_FOLDER);
    return { status: 'watching', names };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      status: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable',
      names: [],
    };
  }
}

function stateOf(report: PackVerification, imported: string | null): InboxState {
  if (!report.sound)
    return report.problem && TAMPERED_REASONS.has(report.problem.reason) ? 'tampered' : 'refused';
  const version = report.pack!.version;
  if (imported === null) return 'new';
  if (!isPackVersion(imported) || !isPackVersion(version)) return 'update';
  const order = comparePackVersions(version, imported);
  return order > 0 ? 'update' : order === 0 ? 'imported' : 'older';
}

const STATE_ORDER: readonly InboxState[] = [
  'new',
  'update',
  'incomplete',
  'checking',
  'tampered',
  'refused',
  'damaged',
  'imported',
  'older',
];

function compareEntries(a: InboxEntry, b: InboxEntry): number {
  return (
    STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) ||
    (a.pack?.title ?? a.name).localeCompare(b.pack?.title ?? b.name) ||
    a.file.localeCompare(b.file)
  );
}

const lookOf = (stat: Stats): Look => ({ size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino });
const sameLook = (a: Look, b: Look) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
