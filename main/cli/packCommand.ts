/**
 * `praxis pack export|verify|import|undo|inbox`: knowledge packs for IT staff and scripts. Every
 * refusal exits non-zero with a one-line reason first (on stderr); `--json` prints a plan or a
 * verification as JSON on stdout.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ApiError } from '../../shared/api/apiError';
import {
  exportHtmlEditionArgsSchema,
  exportPackArgsSchema,
  type ImportPlan,
  type ImportRecord,
  type PackVerification,
  type SignatureStatus,
} from '../../shared/api/packsMethods';
import { packFileSchema } from '../../shared/api/keysMethods';
import type { InboxState, PackInbox } from '../../shared/api/packInboxMethods';
import { verifyPack } from '../core/packs/verifyPack';
import { UsageError, type CliCommand, type CliContext } from './cliCommand';
import { formatBytes, plural, readTrustedPublishers, withVaultCore } from './packCliSupport';

const USAGE = [
  'praxis pack verify FILE [--vault DIR] [--json]',
  'praxis pack import FILE --vault DIR [--json] [--yes]',
  'praxis pack undo --vault DIR',
  'praxis pack inbox --vault DIR [--subscribe FOLDER]… [--unsubscribe FOLDER]… [--json]',
  'praxis pack export --vault DIR (--all | --domain D | --tag T | --query Q | --note PATH)… [--follow-links] --title T [--version X.Y.Z] [--sign] --out FILE.praxispack',
  'praxis pack export … --format html [--language en|es|ca] --out FILE.html   (the HTML edition)',
].join('\n');

export const packCommand: CliCommand = {
  name: 'pack',
  summary:
    'Export, verify, import or undo the import of a knowledge pack; list what subscribed folders offer',
  usage: USAGE,
  async run(context) {
    const [action, ...argv] = context.argv;
    switch (action) {
      case 'export':
        return exportAction({ ...context, argv });
      case 'verify':
        return verifyAction({ ...context, argv });
      case 'import':
        return importAction({ ...context, argv });
      case 'undo':
        return undoAction({ ...context, argv });
      case 'inbox':
        return inboxAction({ ...context, argv });
      default:
        throw new UsageError(
          action ? `unknown action "${action}".` : 'export, verify, import, undo or inbox?',
        );
    }
  },
};

async function exportAction({ argv, stdout }: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      vault: { type: 'string' },
      all: { type: 'boolean', default: false },
      domain: { type: 'string', multiple: true, default: [] },
      tag: { type: 'string', multiple: true, default: [] },
      query: { type: 'string', multiple: true, default: [] },
      folder: { type: 'string', multiple: true, default: [] },
      note: { type: 'string', multiple: true, default: [] },
      'follow-links': { type: 'boolean', default: false },
      title: { type: 'string' },
      description: { type: 'string', default: '' },
      licence: { type: 'string', default: '' },
      version: { type: 'string' },
      sign: { type: 'boolean', default: false },
      department: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string' },
      format: { type: 'string', default: 'pack' },
      language: { type: 'string', default: 'en' },
    },
  });
  const html = values.format === 'html';
  if (!html && values.format !== 'pack')
    throw new UsageError(`--format is pack or html, not "${values.format}".`);
  if (!values.vault) throw new UsageError('--vault DIR is required.');
  if (!values.title?.trim()) throw new UsageError('--title T is required.');
  if (!values.out) throw new UsageError(`--out FILE.${html ? 'html' : 'praxispack'} is required.`);
  const chosen =
    values.all ||
    [values.domain, values.tag, values.query, values.folder, values.note].some((l) => l.length > 0);
  if (!chosen)
    throw new UsageError('Choose the notes: --all, --domain D, --tag T, --query Q or --note PATH.');
  const fields = {
    title: values.title,
    description: values.description,
    licence: values.licence,
    version: values.version ?? null,
    sign: values.sign,
    department: values.department ?? null,
    out: path.resolve(values.out),
    selection: {
      all: values.all,
      domains: values.domain,
      tags: values.tag,
      queries: values.query,
      folders: values.folder,
      notes: values.note,
      followLinks: values['follow-links'],
    },
  };
  if (html)
    return exportHtmlAction(values.vault, values.profile, stdout, {
      ...fields,
      language: values.language,
    });
  const parsed = exportPackArgsSchema.safeParse(fields);
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error).split('\n')[0]!);
  const result = await withVaultCore(values.vault, values.profile, stdout, (core) =>
    core.services.packs.export(parsed.data),
  );
  const lines = [
    `Wrote ${result.file} (${formatBytes(result.bytes)})`,
    `  "${result.title}" ${result.version}: ${plural(result.notes, 'note')}, ${plural(result.attachments, 'attachment')}`,
    result.signed
      ? `  signed by ${result.publisher.department}, fingerprint ${result.publisher.fingerprint!.fingerprint}`
      : `  not signed (publisher: ${result.publisher.department})`,
  ];
  if (result.idsAdded.length > 0)
    lines.push(`  ${plural(result.idsAdded.length, 'note')} given a stable id in the vault`);
  if (result.brokenLinks > 0)
    lines.push(
      `  ${plural(result.brokenLinks, 'link')} to notes left out of the pack will not resolve`,
    );
  stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

async function exportHtmlAction(
  vault: string,
  profile: string | undefined,
  stdout: CliContext['stdout'],
  fields: Record<string, unknown>,
): Promise<number> {
  const parsed = exportHtmlEditionArgsSchema.safeParse(fields);
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error).split('\n')[0]!);
  const result = await withVaultCore(vault, profile, stdout, (core) =>
    core.services.packs.exportHtml(parsed.data),
  );
  const lines = [
    `Wrote ${result.file} (${formatBytes(result.bytes)}; the notes' markdown is ${formatBytes(result.markdownBytes)})`,
    `  HTML edition of "${result.title}" ${result.version}: ${plural(result.notes, 'note')}, ${plural(result.imagesInlined, 'image')} inlined, ${plural(result.attachmentsListed, 'attachment')} listed`,
    result.publisher.fingerprint
      ? `  shows the fingerprint ${result.publisher.fingerprint.fingerprint} of ${result.publisher.department}; the page itself is not verifiable: share the .praxispack too`
      : `  not signed (publisher: ${result.publisher.department})`,
  ];
  if (result.brokenLinks > 0)
    lines.push(`  ${plural(result.brokenLinks, 'link')} to notes left out are shown as plain text`);
  stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

async function verifyAction({ argv, stdout, stderr }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { vault: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const file = onePackFile(positionals);
  const trusted = values.vault ? await readTrustedPublishers(values.vault) : [];
  const { report } = await verifyPack(file, {
    trusted: (keyId, publicKey) =>
      trusted.find((t) => t.keyId === keyId && t.publicKey === publicKey) ?? null,
  });
  if (!report.sound) stderr.write(`praxis pack verify: refused: ${report.problem!.message}\n`);
  stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : describeVerification(report));
  return report.sound ? 0 : 1;
}

async function importAction({ argv, stdout, stderr }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      vault: { type: 'string' },
      json: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      profile: { type: 'string' },
    },
  });
  if (!values.vault) throw new UsageError('--vault DIR is required.');
  const file = onePackFile(positionals);
  return withVaultCore(values.vault, values.profile, stdout, async (core) => {
    const { packs } = core.services;
    let plan: ImportPlan;
    try {
      plan = await packs.plan(file);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'INVALID') throw error;
      stderr.write(`praxis pack import: refused: ${error.message}\n`);
      if (values.json)
        stdout.write(
          `${JSON.stringify({ signature: { status: 'invalid' }, problem: error.data }, null, 2)}\n`,
        );
      return 1;
    }
    let record: ImportRecord | null = null;
    try {
      if (values.yes) record = await packs.apply(plan.planId);
    } finally {
      if (!record) await packs.discardPlan(plan.planId);
    }
    if (values.json) {
      stdout.write(
        `${JSON.stringify({ ...planJson(plan), ...(record && { import: record }) }, null, 2)}\n`,
      );
    } else {
      stdout.write(describePlan(plan));
      stdout.write(
        record
          ? `Imported: ${plural(plan.counts.new, 'new note')}, ${plural(plan.counts.update, 'update')}, ${plural(plan.counts.conflict, 'conflict')} (the pack's version beside yours). Undo with: praxis pack undo --vault ${values.vault}\n`
          : 'Nothing was written. Run again with --yes to import.\n',
      );
    }
    return 0;
  });
}

async function undoAction({ argv, stdout }: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { vault: { type: 'string' }, profile: { type: 'string' } },
  });
  if (!values.vault) throw new UsageError('--vault DIR is required.');
  const record = await withVaultCore(values.vault, values.profile, stdout, (core) =>
    core.services.packs.undoImport(),
  );
  stdout.write(
    `Undid the import of "${record.title}" ${record.version}: ${plural(record.written.length, 'file')} put back as they were.\n`,
  );
  return 0;
}

/**
 * Looks at the vault's subscribed folders once (after changing them, if asked) and lists what
 * they offer; imports nothing. Exits 0 whatever the packs are: refusals are part of the list.
 */
async function inboxAction({ argv, stdout }: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      vault: { type: 'string' },
      json: { type: 'boolean', default: false },
      subscribe: { type: 'string', multiple: true, default: [] },
      unsubscribe: { type: 'string', multiple: true, default: [] },
      profile: { type: 'string' },
    },
  });
  if (!values.vault) throw new UsageError('--vault DIR is required.');
  const inbox = await withVaultCore(values.vault, values.profile, stdout, async (core) => {
    const { packInbox } = core.services;
    if (values.subscribe.length > 0 || values.unsubscribe.length > 0) {
      const dropped = new Set(values.unsubscribe.map((f) => path.resolve(f)));
      const folders = [
        ...packInbox.settings.folders.filter((f) => !dropped.has(f)),
        ...values.subscribe.map((f) => path.resolve(f)),
      ];
      await packInbox.setFolders(folders);
    }
    return packInbox.refresh();
  });
  stdout.write(values.json ? `${JSON.stringify(inbox, null, 2)}\n` : describeInbox(inbox));
  return 0;
}

const INBOX_STATE_WORDS: Record<InboxState, string> = {
  checking: 'not checked yet',
  new: 'NEW',
  update: 'NEWER VERSION',
  imported: 'imported',
  older: 'older than the version imported',
  tampered: 'TAMPERED: refused',
  refused: 'refused',
  incomplete: 'still being copied: looked at again later',
  damaged: 'incomplete for a long time: the copy probably failed',
};

function describeInbox(inbox: PackInbox): string {
  if (inbox.folders.length === 0)
    return 'This vault subscribes to no folder. Add one with --subscribe FOLDER.\n';
  const lines: string[] = [];
  for (const folder of inbox.folders) {
    lines.push(
      folder.status === 'watching'
        ? `${folder.path}: ${plural(folder.packs, 'pack file')}`
        : `${folder.path}: ${folder.status} (tried again at every look)`,
    );
    for (const entry of inbox.entries.filter((e) => e.folder === folder.path)) {
      const title = entry.pack ? `"${entry.pack.title}" ${entry.pack.version}` : entry.name;
      lines.push(`  ${title} — ${INBOX_STATE_WORDS[entry.state]}`);
      if (entry.pack && entry.publisher)
        lines.push(
          `    ${entry.name}, from ${entry.publisher.department} — ${STATUS_WORDS[entry.signature ?? 'invalid']}`,
        );
      else lines.push(`    ${entry.name}`);
      if (entry.changes && (entry.state === 'new' || entry.state === 'update')) {
        const { notes, attachments } = entry.changes;
        lines.push(
          `    would add ${plural(notes.new, 'note')}, update ${notes.update}, put ${notes.conflict} beside local edits (conflicts), leave ${notes.unchanged}; ${plural(attachments, 'attachment')} to add or replace`,
        );
      }
      if (entry.problem && entry.state !== 'incomplete') lines.push(`    ${entry.problem.message}`);
    }
  }
  lines.push(
    `${plural(inbox.offering, 'pack')} to take. Nothing was imported: open one with praxis pack import FILE --vault DIR.`,
  );
  return `${lines.join('\n')}\n`;
}

function onePackFile(positionals: string[]): string {
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('Name one FILE.praxispack.');
  if (!packFileSchema.safeParse(file).success)
    throw new UsageError(`${file} is not a .praxispack file.`);
  return path.resolve(file);
}

/** The plan as `--json` prints it: `{ pack, signature, notes: [{ path, status, … }], … }`. */
export function planJson(plan: ImportPlan) {
  return {
    pack: {
      id: plan.pack.id,
      version: plan.pack.version,
      title: plan.pack.title,
      publisher: plan.publisher,
    },
    signature: plan.signature,
    previousVersion: plan.previousVersion,
    notes: plan.notes,
    attachments: plan.attachments,
    removedFromPack: plan.removedFromPack,
    counts: plan.counts,
  };
}

const STATUS_WORDS: Record<SignatureStatus, string> = {
  trusted: 'signed by a trusted publisher',
  unknown:
    'valid signature from a publisher this vault does not trust (compare the fingerprint, then `praxis trust add`)',
  unsigned: 'not signed',
  invalid: 'invalid',
};

function describeVerification(report: PackVerification): string {
  if (!report.sound)
    return `Refused: ${report.problem!.message}\n${report.pack ? `  (pack "${report.pack.title}" ${report.pack.version})\n` : ''}`;
  const pack = report.pack!;
  const publisher = report.publisher!;
  const lines = [
    `Sound: "${pack.title}" ${pack.version} — ${STATUS_WORDS[report.status]}`,
    `  publisher   ${publisher.department}${publisher.person ? ` (${publisher.person})` : ''}`,
  ];
  if (publisher.fingerprint)
    lines.push(
      `  fingerprint ${publisher.fingerprint.fingerprint}`,
      `  words       ${publisher.fingerprint.words.join(' ')}`,
    );
  lines.push(
    `  ${plural(report.notes, 'note')}, ${plural(report.attachments, 'attachment')}, ${formatBytes(report.bytes)}`,
  );
  return `${lines.join('\n')}\n`;
}

function describePlan(plan: ImportPlan): string {
  const lines = [
    `Pack "${plan.pack.title}" ${plan.pack.version}${plan.previousVersion ? ` (last imported: ${plan.previousVersion})` : ''}`,
    `  publisher ${plan.publisher.department}${plan.publisher.person ? ` (${plan.publisher.person})` : ''} — ${STATUS_WORDS[plan.signature.status]}`,
  ];
  if (plan.publisher.fingerprint)
    lines.push(`  fingerprint ${plan.publisher.fingerprint.fingerprint}`);
  for (const note of plan.notes)
    lines.push(
      `  ${note.status.padEnd(9)}  ${note.path}${note.conflictPath ? `  → the pack's version: ${note.conflictPath}` : ''}`,
    );
  for (const file of plan.attachments.filter((a) => a.status !== 'unchanged'))
    lines.push(
      `  ${file.status.padEnd(9)}  ${file.path}${file.conflictPath ? `  → ${file.conflictPath}` : ''}`,
    );
  for (const note of plan.removedFromPack)
    lines.push(`  kept       ${note.path}  (no longer in the pack)`);
  const { counts } = plan;
  lines.push(
    `${counts.new} new, ${counts.update} update, ${counts.conflict} conflict, ${counts.unchanged} unchanged.`,
  );
  return `${lines.join('\n')}\n`;
}
