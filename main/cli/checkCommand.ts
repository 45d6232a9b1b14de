import { parseArgs } from 'node:util';
import { checkVault, type VaultHealthReport } from '../core/check/checkVault';
import { UsageError, type CliCommand } from './cliCommand';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Report on the health of a vault (changes nothing)',
  usage: 'praxis check --vault DIR [--json]',
  async run({ argv, stdout }) {
    const { values } = parseArgs({
      args: argv,
      options: { vault: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    if (!values.vault) throw new UsageError('--vault DIR is required.');
    const report = await checkVault(values.vault);
    if (values.json) {
      const { unreadable: _unreadable, ...json } = report;
      stdout.write(`${JSON.stringify(json)}\n`);
    } else {
      stdout.write(formatReport(values.vault, report));
    }
    return 0;
  },
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function formatReport(vault: string, report: VaultHealthReport): string {
  const lines = [
    `Vault ${vault}`,
    `  ${plural(report.notes, 'note')}, ${plural(report.links, 'link')}`,
  ];
  if (report.unresolved.length === 0) lines.push('  Every link resolves.');
  else {
    lines.push(`  ${plural(report.unresolved.length, 'unresolved link')}:`);
    for (const u of report.unresolved)
      lines.push(`    ${u.file}:${u.line}  ${u.markdown ?? `[[${u.target}]]`}`);
  }
  if (report.duplicateIds.length === 0) lines.push('  No duplicate ids.');
  else {
    lines.push(`  ${plural(report.duplicateIds.length, 'id')} used by more than one note:`);
    for (const d of report.duplicateIds) lines.push(`    ${d.id}: ${d.files.join(', ')}`);
  }
  if (report.invalidFrontMatter.length === 0) lines.push('  All front matter is readable.');
  else {
    lines.push(
      `  ${plural(report.invalidFrontMatter.length, 'note')} with unreadable front matter:`,
    );
    for (const f of report.invalidFrontMatter) lines.push(`    ${f.file}: ${f.error}`);
  }
  for (const f of report.unreadable) lines.push(`  Could not read ${f.file}: ${f.error}`);
  return `${lines.join('\n')}\n`;
}
