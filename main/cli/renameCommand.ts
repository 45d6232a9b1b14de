import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api/apiError';
import type { RenameReport } from '../../shared/api/notesMethods';
import { UsageError, type CliCommand } from './cliCommand';
import { noteArgument, plural, withVaultCore } from './packCliSupport';

/**
 * `praxis rename`: the app's rename (`notes.rename`) from a terminal — file, title, heading and
 * every link in one transaction, undoable in the app (Domains › Recent vault-wide changes).
 */
export const renameCommand: CliCommand = {
  name: 'rename',
  summary: 'Rename a note and rewrite every link to it (--dry-run: only say what would change)',
  usage: 'praxis rename --vault DIR PATH "New title" [--dry-run] [--json]',
  async run({ argv, stdout }) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        vault: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    if (!values.vault) throw new UsageError('--vault DIR is required.');
    if (positionals.length !== 2)
      throw new UsageError('Give the note (its path in the vault) and its new title.');
    const [notePath, title] = positionals as [string, string];
    const report = await withVaultCore(values.vault, undefined, stdout, async (core) => {
      const response = await core.dispatch('notes.rename', {
        path: noteArgument(core, notePath),
        title,
        dryRun: values['dry-run'],
      });
      if (!response.ok)
        throw new ApiError(response.error.code, response.error.message, response.error.data);
      return response.value as RenameReport;
    });
    stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    return 0;
  },
};

function formatReport(report: RenameReport): string {
  const lines = [
    `${report.dryRun ? 'Would rename' : 'Renamed'} "${report.oldTitle}" to "${report.title}"` +
      (report.to === report.from
        ? ` (${report.from} keeps its name).`
        : `: ${report.from} → ${report.to}.`),
  ];
  if (report.headingUpdated)
    lines.push(`  Its first heading ${report.dryRun ? 'would change' : 'changed'} too.`);
  lines.push(
    report.links === 0
      ? '  No link elsewhere points at it by a name that changes.'
      : `  ${plural(report.links, 'link')} in ${plural(report.rewritten.length, 'note')} ${report.dryRun ? 'would be' : 'were'} rewritten:`,
  );
  for (const change of report.rewritten)
    lines.push(`    ${change.path}  (${plural(change.links, 'link')})`);
  if (report.notUtf8.length > 0)
    lines.push(`  Left as they are (not UTF-8 text): ${report.notUtf8.join(', ')}.`);
  if (!report.dryRun && report.id !== null)
    lines.push('  Undo it in the app: Domains › Recent vault-wide changes.');
  return `${lines.join('\n')}\n`;
}
