import type { VaultNotice } from '../../shared/api/vaultMethods';
import type { Clock } from './clock';
import type { DomainService } from './domains/domainService';
import type { EventHub } from './events/eventHub';
import type { JournalService } from './journal/journalService';
import type { LinkGraph } from './links/linkGraph';
import type { MetadataStore } from './store/metadataStore';
import type { RefactorHistory } from './refactor/refactorHistory';
import type { VaultSearch } from './search/vaultSearch';
import type { VaultRefactor } from './refactor/vaultRefactor';
import type { TagService } from './tags/tagService';
import type { TemplateService } from './templates/templateService';
import type { NoteRepository } from './vault/noteRepository';
import type { PackInbox } from './packs/packInbox';
import type { PackService } from './packs/packService';
import type { NoteHistory } from './history/noteHistory';
import type { VaultLoad } from './vaultLoad';

/**
 * The services of one open vault, created in dependency order by openPraxisCore and handed to
 * each feature's API handlers.
 */
export interface CoreServices {
  /** The vault folder's real path. */
  realRoot: string;
  /** The time, and the zone the vault's days are counted in (tests pin both). */
  clock: Clock;
  store: MetadataStore;
  repository: NoteRepository;
  /** The first read of the notes, which goes on after the core has opened. */
  vaultLoad: VaultLoad;
  linkGraph: LinkGraph;
  events: EventHub;
  /** The learning journal: entries (kept current from the repository), reviews, promotion. */
  journal: JournalService;
  /** What the user should be told about opening the vault (repairs, recoveries). */
  notices: VaultNotice[];
  /** Vault-wide edits (tag and domain renames…), one at a time, undoable. */
  refactor: VaultRefactor;
  refactorHistory: RefactorHistory;
  domains: DomainService;
  tags: TagService;
  templates: TemplateService;
  /** Full-text search, following every note change; loads or builds in the background. */
  search: VaultSearch;
  /** Knowledge packs: identity, trust, export, import (main/core/packs). */
  packs: PackService;
  /** The packs offered in the folders this vault subscribes to (verified, never imported). */
  packInbox: PackInbox;
  /** Earlier versions of every note (main/core/history). */
  history: NoteHistory;
}
