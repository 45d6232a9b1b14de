import path from 'node:path';
import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import type { DomainOverview } from '../../../shared/api/domainsMethods';
import { domainKey } from '../../../shared/domains/domainSlug';
import { DB_FILE } from '../store/metadataStore';
import { dbSchema } from '../store/dbSchema';
import { splitFrontMatter } from '../vault/frontMatter';
import { summarizeNote } from '../vault/noteMetadata';
import { mapLimit, scanVaultFiles } from '../vault/vaultScanner';
import { defaultDomains } from './defaultDomains';
import { countableNotes, tallyDomains, typeCounts, unknownDomains } from './domainStats';

export interface VaultDomainsReport extends DomainOverview {
  /** Where the domain list came from: the vault's db.json, or the defaults it would get. */
  source: 'vault' | 'defaults';
}

/**
 * The domains of a vault folder with their note counts, read without changing anything (not even
 * `.praxis/`), for the command line. A vault without a readable domain list shows the default
 * domains Praxis would give it.
 */
export async function readVaultDomains(vaultPath: string): Promise<VaultDomainsReport> {
  const root = path.resolve(vaultPath);
  const stat = await fs.stat(root).catch(() => null);
  if (!stat) throw new ApiError('NOT_FOUND', `There is no folder "${root}".`);
  if (!stat.isDirectory())
    throw new ApiError('INVALID', `"${root}" is a file, not a vault folder.`);
  const realRoot = await fs.realpath(root);

  let registry = defaultDomains();
  let source: VaultDomainsReport['source'] = 'defaults';
  const db = await fs.readFile(path.join(realRoot, DB_FILE), 'utf8').catch(() => null);
  if (db !== null) {
    try {
      const parsed = dbSchema.safeParse(JSON.parse(db));
      if (parsed.success) {
        registry = parsed.data.domains;
        source = 'vault';
      }
    } catch {
      // Not JSON: the app would set it aside and start from the defaults, as shown.
    }
  }

  const files = await scanVaultFiles(realRoot);
  const summaries = await mapLimit(files.notes, 32, async (rel) => {
    const raw = await fs.readFile(path.join(realRoot, ...rel.split('/')), 'utf8').catch(() => null);
    return raw === null ? null : summarizeNote(rel, splitFrontMatter(raw), [], new Date(0));
  });
  const tally = tallyDomains(countableNotes(summaries.filter((s) => s !== null)));
  return {
    source,
    domains: registry.map((domain) => {
      const counts = tally.domains.get(domainKey(domain.slug));
      return {
        ...domain,
        noteCount: counts?.count ?? 0,
        byType: counts ? typeCounts(counts.byType) : [],
      };
    }),
    unknown: unknownDomains(tally, registry),
    withoutDomain: tally.withoutDomain,
    totalNotes: tally.total,
  };
}
