import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api/apiError';
import type { MethodResult } from '../../shared/api/contract';
import type { HistoryCause } from '../../shared/api/historyMethods';
import { UsageError, type CliCommand } from './cliCommand';
import { formatBytes, noteArgument, plural, withVaultCore } from './packCliSupport';

type HistoryListing = MethodResult<'history.list'>;

/**
 * `praxis history`: the earlier versions of a note the app keeps (`history.list`), newest first,
 * with when and why each was kept. Restoring one is done in the app (History of the note).
 */
export const historyCommand: CliCommand = {
  name: 'history',
  summary: 'List the earlier versions of a note kept in the vault (time, cause, size)',
  usage: 'praxis history --vault DIR PATH [--json]',
  async run({ argv, stdout, stderr }) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { vault: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    if (!values.vault) throw new UsageError('--vault DIR is required.');
    if (positionals.length !== 1) throw new UsageError('Give the note (its path in the vault).');
    const listing = await withVaultCore(values.vault, undefined, stdout, async (core) => {
      const response = await core.dispatch('history.list', {
        path: noteArgument(core, positionals[0]!),
      });
      if (!response.ok)
        throw new ApiError(response.error.code, response.error.message, response.error.data);
      return response.value as HistoryListing;
    });
    stdout.write(values.json ? `${JSON.stringify(listing)}\n` : formatListing(listing));
    for (const problem of listing.problems) stderr.write(`praxis history: ${problem}\n`);
    return 0;
  },
};

function describeCause(cause: HistoryCause): string {
  switch (cause.kind) {
    case 'edit':
      return 'edit';
    case 'outside':
      return 'changed by another program';
    case 'rename':
      return 'rename';
    case 'vault-change':
      return 'vault-wide change';
    case 'import':
      return `import of pack "${cause.pack}"`;
    case 'delete':
      return 'deleted';
    case 'restore':
      return 'restore of an earlier version';
  }
}

function formatListing(listing: HistoryListing): string {
  if (listing.versions.length === 0) return `No earlier versions of ${listing.path} are kept.\n`;
  const lines = [`${plural(listing.versions.length, 'earlier version')} of ${listing.path}:`];
  for (const v of listing.versions)
    lines.push(
      `  ${v.id}  ${v.time}  ${describeCause(v.cause).padEnd(28)}  ${formatBytes(v.size).padStart(9)}` +
        (v.path !== listing.path ? `  (as ${v.path})` : ''),
    );
  lines.push('  Restore one in the app: History of the note.');
  return `${lines.join('\n')}\n`;
}
