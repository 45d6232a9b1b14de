import { parseArgs } from 'node:util';
import { readVaultDomains, type VaultDomainsReport } from '../core/domains/vaultDomainsReport';
import { UsageError, type CliCommand } from './cliCommand';

export const domainsCommand: CliCommand = {
  name: 'domains',
  summary: 'List the community domains of a vault with their note counts (changes nothing)',
  usage: 'praxis domains --vault DIR [--json]',
  async run({ argv, stdout }) {
    const { values } = parseArgs({
      args: argv,
      options: { vault: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    if (!values.vault) throw new UsageError('--vault DIR is required.');
    const report = await readVaultDomains(values.vault);
    stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatReport(values.vault, report));
    return 0;
  },
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function formatReport(vault: string, report: VaultDomainsReport): string {
  const lines = [`Vault ${vault}: ${plural(report.totalNotes, 'note')}`];
  if (report.source === 'defaults')
    lines.push('  (no domain list saved yet: these are the defaults Praxis will start with)');
  const width = Math.max(0, ...report.domains.map((d) => d.slug.length));
  lines.push(report.domains.length === 0 ? '  No domains.' : '  Domains:');
  for (const domain of report.domains) {
    const types = domain.byType.map((t) => `${t.count} ${t.type}`).join(', ');
    lines.push(
      `    ${domain.slug.padEnd(width)}  ${String(domain.noteCount).padStart(5)}  ${domain.name}${types ? ` (${types})` : ''}`,
    );
  }
  if (report.unknown.length > 0) {
    lines.push('  Named by notes but not in the domain list:');
    for (const u of report.unknown) lines.push(`    ${u.slug}  ${plural(u.count, 'note')}`);
  }
  lines.push(`  ${plural(report.withoutDomain, 'note')} without a domain.`);
  return `${lines.join('\n')}\n`;
}
