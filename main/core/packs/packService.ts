import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import type { Identity, PublisherKey, TrustedPublisher } from '../../../shared/api/keysMethods';
import type {
  ExportPreview,
  ExportHtmlEditionResult,
  ExportResult,
  ImportPlan,
  ImportRecord,
  PackDefinitionView,
  PackSelection,
  PackVerification,
} from '../../../shared/api/packsMethods';
import { nextPackVersion } from '../../../shared/packs/packVersion';
import type { EventHub } from '../events/eventHub';
import type { LinkGraph } from '../links/linkGraph';
import type { VaultSearch } from '../search/vaultSearch';
import type { MetadataStore } from '../store/metadataStore';
import type { NoteRepository } from '../vault/noteRepository';
import { applyImport, removeOrphanUndoFiles, undoLastImport } from './applyImport';
import { exportPack, type ExportPackArgs } from './exportPack';
import { exportHtmlEdition, type ExportHtmlEditionArgs } from './html/exportHtmlEdition';
import { IdentityStore, readPublicKeyFile } from './identityStore';
import { keyFingerprint } from './keyFingerprint';
import { DEFAULT_PACK_LIMITS, type PackLimits } from './packLimits';
import { resolveSelection } from './packSelection';
import { planImport, type PreparedImport } from './planImport';
import { TrustStore, withFingerprint } from './trustStore';
import { verifyPack, type VerifiedPack } from './verifyPack';

export const STAGING_DIR = '.praxis/staging';
/** Plans are kept this long, then their staged files are deleted. */
const PLAN_LIFETIME_MS = 60 * 60 * 1000;
/** At most this many plans are kept at once (each holds a staged copy of its pack). */
const MAX_PLANS = 4;

export interface PackServiceDeps {
  realRoot: string;
  repository: NoteRepository;
  linkGraph: LinkGraph;
  search: VaultSearch;
  store: MetadataStore;
  events: EventHub;
  /** The profile folder holding this user's identity (never a vault). */
  profileDir: string;
  now?: () => Date;
  limits?: PackLimits;
}

interface KeptPlan {
  prepared: PreparedImport;
  stagingDir: string;
  expires: number;
}

/**
 * Knowledge packs for one open vault: identity and trust, export, and import as verify → plan →
 * apply (→ undo). Imports run one at a time. Each plan keeps a staged copy of its pack in
 * `.praxis/staging/<pid>-<random>/` until it is applied, discarded or expires; staging folders of
 * processes that are gone (a crash) are deleted when the vault opens.
 */
export class PackService {
  readonly identities: IdentityStore;
  readonly trust: TrustStore;
  readonly #deps: PackServiceDeps;
  readonly #plans = new Map<string, KeptPlan>();
  readonly #now: () => Date;
  readonly #limits: PackLimits;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(deps: PackServiceDeps) {
    this.#deps = deps;
    this.identities = new IdentityStore(deps.profileDir);
    this.trust = new TrustStore(deps.store);
    this.#now = deps.now ?? (() => new Date());
    this.#limits = deps.limits ?? DEFAULT_PACK_LIMITS;
  }

  /** Deletes what interrupted imports left: staging of dead processes, orphan undo data. */
  async cleanUp(): Promise<void> {
    const dir = path.join(this.#deps.realRoot, ...STAGING_DIR.split('/'));
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    await Promise.all(
      names
        .filter((name) => !isLiveProcess(Number(name.split('-')[0])))
        .map((name) => fs.rm(path.join(dir, name), { recursive: true, force: true })),
    );
    await removeOrphanUndoFiles(this.#deps.realRoot, this.#deps.store);
  }

  async close(): Promise<void> {
    await Promise.all([...this.#plans.keys()].map((id) => this.discardPlan(id)));
  }

  // ── Identity and trust ──

  identity(): Promise<Identity | null> {
    return this.identities.current();
  }

  async exportPublicKey(out: string): Promise<{ file: string; identity: Identity }> {
    const file = await this.identities.writePublicKey(out);
    return { file, identity: (await this.identities.current())! };
  }

  async readKeyFile(file: string): Promise<PublisherKey> {
    const key = await readPublicKeyFile(file);
    return {
      keyId: key.keyId,
      department: key.department,
      person: key.person,
      trusted: this.trust.find(key.keyId, key.publicKey) !== null,
      ...keyFingerprint(key.keyId),
    };
  }

  async trustKeyFile(file: string): Promise<TrustedPublisher> {
    const key = await readPublicKeyFile(file);
    return this.trust.add({
      keyId: key.keyId,
      publicKey: key.publicKey,
      department: key.department,
      person: key.person,
      addedAt: this.#now().toISOString(),
      source: 'key-file',
    });
  }

  /** Trusts the key that signed a pack, once the pack verifies and its key is `keyId`. */
  async trustFromPack(file: string, keyId: string): Promise<TrustedPublisher> {
    const { verified, report } = await verifyPack(path.resolve(file), {
      limits: this.#limits,
      trusted: (id, key) => this.trust.find(id, key),
    });
    if (!verified) throw new ApiError('INVALID', report.problem!.message, report.problem);
    if (!verified.signature)
      throw new ApiError('INVALID', 'This pack is not signed: there is no key to trust.');
    if (verified.signature.keyId !== keyId)
      throw new ApiError('INVALID', 'This pack is signed by another key than the one shown.');
    return this.trust.add({
      keyId,
      publicKey: verified.signature.publicKey,
      department: verified.manifest.publisher.department,
      person: verified.manifest.publisher.person,
      addedAt: this.#now().toISOString(),
      source: 'pack',
    });
  }

  // ── Export ──

  async preview(selection: PackSelection): Promise<ExportPreview> {
    return (await resolveSelection(this.#deps, selection)).preview;
  }

  definitions(): PackDefinitionView[] {
    return this.#deps.store.data.packDefinitions.map((d) => ({
      ...d,
      nextVersion: nextPackVersion(d.lastVersion),
    }));
  }

  export(args: ExportPackArgs): Promise<ExportResult> {
    return this.#exclusive(() =>
      exportPack(
        {
          ...this.#deps,
          identities: this.identities,
          now: this.#now,
          onProgress: (done, total, label) => this.#progress('packs.export', label, done, total),
        },
        args,
      ),
    );
  }

  /** Writes the selection's HTML edition (one self-contained page); the vault is only read. */
  exportHtml(args: ExportHtmlEditionArgs): Promise<ExportHtmlEditionResult> {
    return this.#exclusive(() =>
      exportHtmlEdition(
        {
          ...this.#deps,
          identities: this.identities,
          now: this.#now,
          onProgress: (done, total, label) => this.#progress('packs.export', label, done, total),
        },
        args,
      ),
    );
  }

  // ── Import ──

  /** Checks a pack completely, writing nothing at all. */
  async verify(file: string): Promise<PackVerification> {
    const { report } = await verifyPack(path.resolve(file), {
      limits: this.#limits,
      trusted: (id, key) => this.trust.find(id, key),
      onProgress: (done, total) => this.#progress('packs.verify', 'Checking the pack', done, total),
    });
    return report;
  }

  /** Verifies a pack into a staging folder and plans its import; INVALID if it is refused. */
  plan(file: string): Promise<ImportPlan> {
    return this.#exclusive(async () => {
      this.#expirePlans();
      const planId = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
      const stagingDir = await this.#makeStagingDir();
      try {
        const { verified, report } = await this.#verifyInto(file, stagingDir, true);
        if (!verified) throw new ApiError('INVALID', report.problem!.message, report.problem);
        const prepared = await planImport(this.#deps, verified, planId);
        this.#plans.set(planId, { prepared, stagingDir, expires: Date.now() + PLAN_LIFETIME_MS });
        while (this.#plans.size > MAX_PLANS)
          await this.discardPlan(this.#plans.keys().next().value!);
        return prepared.plan;
      } catch (error) {
        await fs.rm(stagingDir, { recursive: true, force: true });
        throw error;
      }
    });
  }

  /**
   * Verifies a pack and plans its import as `plan` does, keeping nothing (the pack inbox's
   * background check): the staged copy is deleted before it answers, no progress is reported,
   * and nothing is written to the notes. Only I/O errors on the file itself throw.
   */
  async check(file: string): Promise<{ report: PackVerification; plan: ImportPlan | null }> {
    const stagingDir = await this.#makeStagingDir();
    try {
      const { verified, report } = await this.#verifyInto(file, stagingDir, false);
      if (!verified) return { report, plan: null };
      return { report, plan: (await planImport(this.#deps, verified, 'inbox-check')).plan };
    } finally {
      await fs.rm(stagingDir, { recursive: true, force: true });
    }
  }

  /** Applies a plan made by `plan` (see applyImport), then forgets it. */
  apply(planId: string): Promise<ImportRecord> {
    return this.#exclusive(async () => {
      const kept = this.#plans.get(planId);
      if (!kept)
        throw new ApiError(
          'NOT_FOUND',
          'This import plan is no longer available (it was applied, discarded or expired). Open the pack again.',
        );
      this.#progress('packs.import', 'Importing', 0, 1);
      try {
        return await applyImport(this.#importDeps(), kept.prepared);
      } finally {
        this.#progress('packs.import', 'Importing', 1, 1);
        await this.discardPlan(planId);
      }
    });
  }

  async discardPlan(planId: string): Promise<void> {
    const kept = this.#plans.get(planId);
    this.#plans.delete(planId);
    if (kept) await fs.rm(kept.stagingDir, { recursive: true, force: true });
  }

  imports(): ImportRecord[] {
    return this.#deps.store.data.packImports.map((r) => ({ ...r }));
  }

  undoImport(): Promise<ImportRecord> {
    return this.#exclusive(() => undoLastImport(this.#importDeps()));
  }

  /** The verified pack behind a plan (tests, the CLI). */
  planned(planId: string): VerifiedPack | null {
    return this.#plans.get(planId)?.prepared.verified ?? null;
  }

  trustedPublishers(): TrustedPublisher[] {
    return this.#deps.store.data.trustedPublishers.map(withFingerprint);
  }

  /** Verifies a pack, staging its files in `stagingDir`, against this vault's trust. */
  #verifyInto(file: string, stagingDir: string, reportProgress: boolean) {
    return verifyPack(path.resolve(file), {
      limits: this.#limits,
      stagingDir,
      trusted: (id, key) => this.trust.find(id, key),
      ...(reportProgress && {
        onProgress: (done: number, total: number) =>
          this.#progress('packs.verify', 'Checking the pack', done, total),
      }),
    });
  }

  #importDeps() {
    return { repository: this.#deps.repository, store: this.#deps.store, now: this.#now };
  }

  async #makeStagingDir(): Promise<string> {
    const dir = path.join(
      this.#deps.realRoot,
      ...STAGING_DIR.split('/'),
      `${process.pid}-${randomBytes(6).toString('hex')}`,
    );
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    return dir;
  }

  #expirePlans(): void {
    const now = Date.now();
    for (const [id, kept] of this.#plans) if (kept.expires < now) void this.discardPlan(id);
  }

  #progress(task: string, label: string, done: number, total: number): void {
    if (done !== total && done % 50 !== 0) return;
    this.#deps.events.emit('task.progress', { task, label, done, total });
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

/** Whether a process with this id is running (staging of a crashed process is not). */
function isLiveProcess(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
