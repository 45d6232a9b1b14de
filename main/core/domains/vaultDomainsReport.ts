import path from 'node:path';
import * as fs from 'node:fs/promises';
import type { Domain, DomainOverview } from '../../../shared/api/domainsMethods';
import { DB_FILE } from '../store/metadataStore';
import { dbSchema } from '../store/dbSchema';
import { readVaultFolder } from '../vault/vaultFolder';
import { defaultDomains } from '../store/defaultDomains';
import { countableNotes, tallyDomains, unknownDomains, withCounts } from './domainStats';

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
  const repository = await readVaultFolder(vaultPath);
  const { registry, source } = await readDomainList(repository.realRoot);
  const tally = tallyDomains(countableNotes(repository.list()));
  return {
    source,
    domains: registry.map((domain) => withCounts(domain, tally)),
    unknown: unknownDomains(tally, registry),
    withoutDomain: tally.withoutDomain,
    totalNotes: tally.total,
    privateNotes: tally.privateTotal,
  };
}

/** The vault's domain list as `.praxis/db.json` holds it, or the defaults the app would give it. */
async function readDomainList(
  realRoot: string,
): Promise<{ registry: Domain[]; source: VaultDomainsReport['source'] }> {
  const db = await fs.readFile(path.join(realRoot, DB_FILE), 'utf8').catch(() => null);
  if (db !== null) {
    try {
      const parsed = dbSchema.safeParse(JSON.parse(db));
      if (parsed.success) return { registry: parsed.data.domains, source: 'vault' };
    } catch {
      // Not JSON: the app would set it aside and start from the defaults, as shown.
    }
  }
  return { registry: defaultDomains(), source: 'defaults' };
}
