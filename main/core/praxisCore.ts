import path from 'node:path';
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
import type { CoreServices } from './coreServices';
import { DomainRegistry } from './domains/domainRegistry';
import { DomainService } from './domains/domainService';
import { NoteFacts } from './domains/noteFacts';
import { EventHub } from './events/eventHub';
import { JournalIndex } from './journal/journalIndex';
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
import { prepareVaultFolder } from './vault/vaultFolder';
import { VaultWatcher } from './vault/vaultWatcher';

export interface OpenCoreOptions {
  vaultPath: string;
  /** Give a missing or empty folder the sample vault (default true). */
  seed?: boolean;
  /** Watch the folder for outside edits (default true). */
  watch?: boolean;
  /** Check every API result against the contract (tests, dev harness). */
  validateResults?: boolean;
  /** The file-system calls multi-file transactions commit with (tests inject failures). */
  transactionIo?: TransactionIo;
  /** The current time (tests pin it; default: the clock). */
  now?: () => Date;
}

/** One open vault with everything the API needs. */
export interface PraxisCore {
  readonly vaultPath: string;
  readonly services: CoreServices;
  readonly handlers: ApiHandlers;
  /** The single entry point both transports call. */
  readonly dispatch: ApiDispatcher;
  subscribe(listener: (event: ApiEvent) => void): () => void;
  close(): Promise<void>;
}

/**
 * The composition root of the main-side core: opens (or creates) the vault and wires the
 * services in dependency order. Plain Node; Electron and the web harness both start here.
 */
export async function openPraxisCore(options: OpenCoreOptions): Promise<PraxisCore> {
  const { realRoot } = await prepareVaultFolder(options.vaultPath, { seed: options.seed ?? true });
  // Before anything reads or writes: .praxis/ a real folder, interrupted changes undone, then the
  // temporary files a crash left (whose text was either never put in place or has just been
  // undone).
  const notices: VaultNotice[] = [
    ...(await preparePraxisFolder(realRoot)),
    ...(await recoverTransactions(realRoot)).notices,
  ];
  await removeStrayTempFiles(realRoot);

  const store = await MetadataStore.open(realRoot);
  notices.push(...store.notices);
  const events = new EventHub();
  const repository = new NoteRepository(
    realRoot,
    options.transactionIo ? { io: options.transactionIo } : {},
  );
  const linkGraph = new LinkGraph();
  const noteFacts = new NoteFacts(repository);
  repository.subscribe((change) => {
    switch (change.kind) {
      case 'note-set':
        linkGraph.setNote({
          path: change.note.summary.path,
          title: change.note.summary.title,
          aliases: change.note.summary.aliases,
          body: change.note.body,
          bodyStartLine: change.note.bodyStartLine,
        });
        break;
      case 'note-removed':
        linkGraph.removeNote(change.path);
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
        });
        break;
      case 'note-removed':
        events.emit('notes.changed', {
          kind: 'removed',
          path: change.path,
          origin: change.origin,
          summary: null,
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
  const journal = new JournalIndex(repository);
  const loaded = repository.load((done, total) => {
    if (done === total || done % 500 === 0)
      events.emit('task.progress', { task: 'vault.load', label: 'Reading notes', done, total });
  });
  // Opened while the notes are read: the saved index loads in its worker meanwhile and is
  // compared with the notes afterwards. Nothing waits for it; queries answer from what is ready.
  const search = VaultSearch.open({
    repository,
    indexDir: searchIndexDir(realRoot),
    loaded,
    onProgress: (progress) => events.emit('task.progress', progress),
    onError: (message) => console.error(`praxis: search: ${message}`),
  });
  let watcher: VaultWatcher | null = null;
  try {
    await loaded;
    if (options.watch !== false) {
      watcher = new VaultWatcher(realRoot, (rel) => {
        repository
          .syncFromDisk(rel)
          .catch((error) => console.error('praxis: sync failed', rel, error));
      });
      await watcher.ready();
    }
  } catch (error) {
    await watcher?.close();
    await search.close();
    throw error;
  }

  const registry = new DomainRegistry(store);
  const refactorHistory = new RefactorHistory(realRoot, store);
  const refactor = new VaultRefactor({ repository, registry, history: refactorHistory, events });
  const now = options.now;
  const services: CoreServices = {
    realRoot,
    store,
    repository,
    linkGraph,
    events,
    journal,
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
      ...(now && { now }),
    }),
    tags: new TagService(repository, refactor),
    templates: new TemplateService({ realRoot, repository, store, registry, ...(now && { now }) }),
    search,
  };
  const handlers: ApiHandlers = {
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
  };
  return {
    vaultPath: realRoot,
    services,
    handlers,
    dispatch: createApiDispatcher(handlers, {
      validateResults: options.validateResults ?? false,
      vaultRoots: [realRoot, path.resolve(options.vaultPath)],
    }),
    subscribe: (listener) => events.subscribe(listener),
    close: async () => {
      await watcher?.close();
      await search.close();
    },
  };
}
