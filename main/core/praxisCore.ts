import path from 'node:path';
import * as fs from 'node:fs/promises';
import { CloseStack } from './closeStack';
import { systemClock, type Clock } from './clock';
import type { ApiEvent } from '../../shared/api/events';
import type { ApiHandlers } from '../../shared/api/contract';
import type { VaultNotice } from '../../shared/api/vaultMethods';
import { createApiDispatcher, type ApiDispatcher } from './api/apiDispatcher';
import { createLinksHandlers } from './api/linksHandlers';
import { createNotesHandlers } from './api/notesHandlers';
import { createVaultHandlers } from './api/vaultHandlers';
import { createSettingsHandlers } from './api/settingsHandlers';
import { createDomainsHandlers } from './api/domainsHandlers';
import { createTagsHandlers } from './api/tagsHandlers';
import { createTemplatesHandlers } from './api/templatesHandlers';
import { createRefactorHandlers } from './api/refactorHandlers';
import { createJournalHandlers } from './api/journalHandlers';
import { createSearchHandlers } from './api/searchHandlers';
import {
  createKeysHandlers,
  createPackInboxHandlers,
  createPacksHandlers,
} from './api/packsHandlers';
import { createHistoryHandlers } from './api/historyHandlers';
import { NoteHistory } from './history/noteHistory';
import type { CoreServices } from './coreServices';
import { DomainRegistry } from './domains/domainRegistry';
import { DomainService } from './domains/domainService';
import { NoteFacts } from './domains/noteFacts';
import { EventHub } from './events/eventHub';
import { JournalIndex } from './journal/journalIndex';
import { JournalService } from './journal/journalService';
import { LinkGraph } from './links/linkGraph';
import { RefactorHistory } from './refactor/refactorHistory';
import { searchIndexDir, VaultSearch } from './search/vaultSearch';
import { VaultRefactor } from './refactor/vaultRefactor';
import { MetadataStore } from './store/metadataStore';
import { TagService } from './tags/tagService';
import { TemplateService } from './templates/templateService';
import type { TransactionIo } from './vault/fileTransaction';
import { preparePraxisFolder } from './vault/praxisFolder';
import { removeStrayTempFiles } from './vault/strayTempFiles';
import { recoverTransactions } from './vault/transactionRecovery';
import { NoteRepository } from './vault/noteRepository';
import { VaultLoad, waitingForLoad } from './vaultLoad';
import { noteCacheFile } from './vault/noteCache';
import { mapLimit } from './vault/vaultScanner';
import { defaultProfilePath } from './packs/identityStore';
import { PackInbox, type PackInboxTimings } from './packs/packInbox';
import { PackService } from './packs/packService';
import { prepareVaultFolder } from './vault/vaultFolder';
import { seedSampleVault } from './seed/sampleVault';
import { VaultWatcher } from './vault/vaultWatcher';
import { MemorySettler } from './workers/memorySettler';

export interface OpenCoreOptions {
  vaultPath: string;
  /** Give a missing or empty folder the sample vault (default true). */
  seed?: boolean;
  /**
   * The UI language of the person opening the vault (`es`, `ca-ES`…): a vault created now gets its
   * sample notes, default templates and default domain names in it (English where Praxis has no
   * such language). The desktop app passes the vault's setting else the OS's language; the web
   * harness its `--lang`. Later, the vault's own language setting wins for templates.
   */
  language?: string | null;
  /** Watch the folder for outside edits (default true). */
  watch?: boolean;
  /** Check every API result against the contract (tests, dev harness). */
  validateResults?: boolean;
  /** The file-system calls multi-file transactions commit with (tests inject failures). */
  transactionIo?: TransactionIo;
  /** The current time (tests pin it; default: the real time). */
  now?: () => Date;
  /**
   * The per-user folder holding the department identity (packs are signed with it): the desktop
   * app passes Electron's userData; default `$PRAXIS_PROFILE`, else the OS's app-data folder.
   */
  profilePath?: string;
  /** The zone the vault's days are counted in (default: this computer's). */
  timeZone?: string;
  /** How the pack inbox waits for files being copied (tests shorten it). */
  packInbox?: PackInboxTimings;
  /**
   * With no saved search index, build it from the notes the load reads, as they are read
   * (default true); false: read every note a second time for it once the load is over (tests and
   * the benchmark compare both ways).
   */
  searchFromLoad?: boolean;
  /**
   * Tests only: awaited as the first read of the notes records each one (a test holds the load
   * there to act while it runs; see NoteRepositoryOptions).
   */
  beforeLoadRecords?: (rel: string) => Promise<void>;
}

/** One open vault with everything the API needs. */
export interface PraxisCore {
  readonly vaultPath: string;
  readonly services: CoreServices;
  readonly handlers: ApiHandlers;
  /** The single entry point both transports call. */
  readonly dispatch: ApiDispatcher;
  subscribe(listener: (event: ApiEvent) => void): () => void;
  /**
   * Resolves once every note has been read and the services that need them all (the watcher,
   * the pack inbox) have started; rejects if the notes could not be read. The `vault.loaded`
   * event says the same to the renderer.
   */
  readonly loaded: Promise<void>;
  /**
   * Closes every service in the reverse order of opening, each even when another fails (the
   * failures are thrown together afterwards); calling it again waits for the first close.
   */
  close(): Promise<void>;
}

/**
 * Opens the vault and resolves once every note has been read (see `startPraxisCore`): for the
 * command line, benchmarks and tests, which want the whole vault before they act.
 */
export async function openPraxisCore(options: OpenCoreOptions): Promise<PraxisCore> {
  const core = await startPraxisCore(options);
  try {
    await core.loaded;
  } catch (error) {
    await core.close().catch(() => undefined);
    throw error;
  }
  return core;
}

/**
 * The composition root of the main-side core: opens (or creates) the vault and wires the
 * services in dependency order. Plain Node; Electron and the web harness both start here.
 *
 * Resolves as soon as the vault folder is ready to read and write — interrupted changes undone,
 * the metadata store open — and reads the notes behind it (`loaded`, `vault.loaded`, progress as
 * `task.progress` events of task `vault.load`), so that a window can show at once.
 */
export async function startPraxisCore(options: OpenCoreOptions): Promise<PraxisCore> {
  // One clock for every service: the time, and the zone the vault's days are counted in.
  const clock: Clock = {
    ...systemClock(options.timeZone),
    ...(options.now && { now: options.now }),
  };
  const { realRoot, empty } = await prepareVaultFolder(options.vaultPath);
  if (empty && (options.seed ?? true))
    await seedSampleVault(realRoot, clock.now(), options.language ?? null);
  // Before anything reads or writes: .praxis/ a real folder, interrupted changes undone, then the
  // temporary files a crash left (whose text was either never put in place or has just been
  // undone).
  const notices: VaultNotice[] = [
    ...(await preparePraxisFolder(realRoot)),
    ...(await recoverTransactions(realRoot)).notices,
  ];
  await removeStrayTempFiles(realRoot);

  const store = await MetadataStore.open(realRoot, options.language ?? null);
  notices.push(...store.notices);
  const events = new EventHub();
  const history: NoteHistory = new NoteHistory(realRoot, {
    settings: () => store.data.settings.history,
    now: () => clock.now(),
    vaultBytes: (): Promise<number> => vaultNoteBytes(repository),
    onProblem: (message) => console.error(`praxis: history: ${message}`),
  });
  const repository: NoteRepository = new NoteRepository(realRoot, {
    cache: { file: noteCacheFile(realRoot), write: true },
    history,
    ...(options.transactionIo && { io: options.transactionIo }),
    ...(options.beforeLoadRecords && { beforeLoadRecords: options.beforeLoadRecords }),
  });
  const linkGraph = new LinkGraph();
  const noteFacts = new NoteFacts(repository);
  repository.subscribe((change) => {
    let linksChanged: string[] = [];
    switch (change.kind) {
      case 'note-set': {
        const { summary } = change.note;
        const setNote = () =>
          linkGraph.setNote({
            path: summary.path,
            title: summary.title,
            aliases: summary.aliases,
            body: change.note.body,
            bodyStartLine: change.note.bodyStartLine,
          });
        // The initial load tells no one: nothing to compare.
        if (change.origin === 'load') setNote();
        else {
          const identityChanges =
            change.previous === null ||
            change.previous.title !== summary.title ||
            change.previous.aliases.join('\n') !== summary.aliases.join('\n');
          linksChanged = linkGraph.trackLinkChanges(summary.path, identityChanges, setNote);
        }
        break;
      }
      case 'note-removed':
        linksChanged = linkGraph.trackLinkChanges(change.path, true, () =>
          linkGraph.removeNote(change.path),
        );
        break;
      case 'attachment-added':
        linkGraph.addAttachment(change.path);
        break;
      case 'attachment-removed':
        linkGraph.removeAttachment(change.path);
        break;
    }
    if (change.origin === 'load') return;
    switch (change.kind) {
      case 'note-set':
        events.emit('notes.changed', {
          kind: change.previous ? 'changed' : 'added',
          path: change.note.summary.path,
          origin: change.origin,
          summary: change.note.summary,
          version: change.note.version,
          linksChanged,
        });
        break;
      case 'note-removed':
        events.emit('notes.changed', {
          kind: 'removed',
          path: change.path,
          origin: change.origin,
          summary: null,
          version: null,
          linksChanged,
        });
        break;
      case 'attachment-added':
      case 'attachment-removed':
        events.emit('attachments.changed', {
          kind: change.kind === 'attachment-added' ? 'added' : 'removed',
          path: change.path,
        });
        break;
    }
  });
  const journalIndex = new JournalIndex(repository);
  // The notes are read behind an open core: the window shows at once, methods that act on the
  // vault as a whole wait for the end (vaultLoad.ts), and the rest answer from what is read.
  const vaultLoad = new VaultLoad();
  const loaded = repository.load(
    (done, total) => {
      vaultLoad.report(done, total);
      if (done === total || done % 500 === 0)
        events.emit('task.progress', { task: 'vault.load', label: 'Reading notes', done, total });
    },
    (total) => {
      vaultLoad.listed(total);
      events.emit('vault.listed', { noteCount: total });
    },
  );
  // Its failure is handled where it is awaited below (a notice and `vault.loaded`), not here.
  loaded.catch(() => undefined);
  // Opened while the notes are read: the saved index loads in its worker meanwhile and is
  // compared with the notes afterwards. Nothing waits for it; queries answer from what is ready.
  // Services that hold files, workers or watchers, closed in reverse order (closeStack.ts).
  const opened = new CloseStack();
  // Last to close: what changed during the session is left out, and read again at the next start.
  opened.push('the note cache', () => repository.saveCache());
  opened.push('the note history', () => history.close());
  const search = VaultSearch.open({
    repository,
    indexDir: searchIndexDir(realRoot),
    loaded,
    ...(options.searchFromLoad === false && { searchFromLoad: false }),
    onProgress: (progress) => events.emit('task.progress', progress),
    onError: (message) => console.error(`praxis: search: ${message}`),
  });
  opened.push('the search index', () => search.close());
  // The load and the search build's hand-off leave this thread's heap two to three times its live
  // size (52k notes: 150–210 MB for 74 MB); given back once each is over and the process quiet.
  const settler = new MemorySettler();
  opened.push('memory settling', () => settler.close());
  void loaded.then(
    () => settler.jobEnded(),
    () => undefined,
  );
  void search.whenReady().then(
    () => settler.jobEnded(),
    () => undefined,
  );

  const packs = new PackService({
    realRoot,
    repository,
    linkGraph,
    search,
    store,
    events,
    profileDir: options.profilePath ?? defaultProfilePath(),
    now: () => clock.now(),
  });
  opened.push('the knowledge packs', () => packs.close());
  const packInbox = new PackInbox({
    ...options.packInbox,
    store,
    events,
    check: (file) => packs.check(file),
    now: () => clock.now(),
  });
  opened.push('the pack inbox', () => packInbox.close());
  try {
    await packs.cleanUp();
  } catch (error) {
    await loaded.catch(() => undefined);
    await opened.close().catch(() => undefined);
    throw error;
  }

  let closing = false;
  let closed: Promise<void> | undefined;
  // Once every note is read, what acts on the vault as a whole may run (vaultLoad.ts).
  void loaded.then(
    () => {
      vaultLoad.finish();
      events.emit('vault.loaded', { noteCount: repository.size, failed: null });
    },
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      console.error('praxis: the vault could not be read', error);
      vaultLoad.finish(reason);
      notices.push({
        code: 'VAULT_LOAD_FAILED',
        message: `Some of the vault's notes could not be read (${reason}). Lists may be incomplete and vault-wide changes are refused; open the vault again.`,
        time: clock.now().toISOString(),
      });
      events.emit('vault.loaded', { noteCount: repository.size, failed: reason });
    },
  );
  // Then what needs every note but nobody waits for: watching for outside edits (which compares
  // with what was read), the history's size budget and the pack inbox's import plans.
  const complete = (async () => {
    await loaded;
    if (closing) return;
    if (options.watch !== false) {
      const watcher = new VaultWatcher(realRoot, (rel) => {
        repository
          .syncFromDisk(rel)
          .catch((error) => console.error('praxis: sync failed', rel, error));
      });
      opened.push('the vault watcher', () => watcher.close());
      await watcher.ready();
      // The window answered while the notes were read: what changed on disk between the load's
      // scan and this moment came before the watcher, and is read now.
      if (!closing) await repository.catchUpWithDisk();
    }
    if (closing) return;
    history.startPruning();
    // Subscribed folders are watched with the vault; the CLI and tests look when they ask.
    if (options.watch !== false) packInbox.start();
  })();
  // A failed load is reported above; anything else is logged (and rejects `core.loaded`).
  complete.catch((error: unknown) => {
    if (vaultLoad.failure === null) console.error('praxis: watching the vault failed', error);
  });

  const registry = new DomainRegistry(store);
  const refactorHistory = new RefactorHistory(realRoot, store, () =>
    events.emit('refactor.changed', {}),
  );
  const refactor = new VaultRefactor({ repository, registry, history: refactorHistory, events });
  const templates = new TemplateService({
    realRoot,
    repository,
    store,
    registry,
    clock,
    language: () => store.data.settings.locale ?? options.language ?? null,
  });
  const services: CoreServices = {
    realRoot,
    clock,
    store,
    repository,
    vaultLoad,
    linkGraph,
    events,
    journal: new JournalService({
      repository,
      linkGraph,
      index: journalIndex,
      store,
      templates,
      clock,
    }),
    notices,
    refactor,
    refactorHistory,
    domains: new DomainService({
      repository,
      linkGraph,
      registry,
      facts: noteFacts,
      refactor,
      events,
      clock,
    }),
    tags: new TagService(repository, refactor),
    templates,
    search,
    packs,
    packInbox,
    history,
  };
  const whenLoaded = vaultLoad.whenComplete();
  // Awaited by whoever needs it; a failed load is reported by the event and the notice.
  whenLoaded.catch(() => undefined);
  // `core.loaded`: every note read, and the watcher and the rest in place (what the CLI and tests
  // need before they act).
  const allInPlace = whenLoaded.then(() => complete);
  allInPlace.catch(() => undefined);
  const handlers: ApiHandlers = waitingForLoad<ApiHandlers>(
    {
      ...createVaultHandlers(services),
      ...createSettingsHandlers(services),
      ...createNotesHandlers(services),
      ...createLinksHandlers(services),
      ...createDomainsHandlers(services),
      ...createTagsHandlers(services),
      ...createTemplatesHandlers(services),
      ...createRefactorHandlers(services),
      ...createJournalHandlers(services),
      ...createSearchHandlers(services),
      ...createPacksHandlers(services),
      ...createPackInboxHandlers(services),
      ...createKeysHandlers(services),
      ...createHistoryHandlers(services),
    },
    vaultLoad,
  );
  return {
    vaultPath: realRoot,
    services,
    handlers,
    dispatch: createApiDispatcher(handlers, {
      validateResults: options.validateResults ?? false,
      vaultRoots: [realRoot, path.resolve(options.vaultPath)],
    }),
    subscribe: (listener) => events.subscribe(listener),
    loaded: allInPlace,
    close: () => {
      closing = true;
      // The load is not cut short: the services it feeds are closed once it has ended.
      return (closed ??= complete.catch(() => undefined).then(() => opened.close()));
    },
  };
}

/** The total size of the vault's notes (the history may take a share of it). */
async function vaultNoteBytes(repository: NoteRepository): Promise<number> {
  let total = 0;
  await mapLimit(repository.list(), 32, async ({ path: rel }) => {
    const stat = await fs.stat(path.join(repository.realRoot, rel)).catch(() => null);
    total += stat?.size ?? 0;
  });
  return total;
}
