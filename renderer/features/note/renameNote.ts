import { ApiError } from '../../../shared/api/apiError';
import type { RenameReport } from '../../../shared/api/notesMethods';
import { noteFileNameFor, noteNameOf } from '../../../shared/notes/noteFileName';

/**
 * The rename itself lives in the core (`notes.rename`: file, title, heading and links in one
 * transaction); the editor previews it with a dry run, asks when it reaches beyond the note, and
 * applies it. This module is that preview and what the editor says about it.
 */
export interface RenameArgs {
  path: string;
  title: string;
  baseVersion?: string;
  dryRun: boolean;
}

export interface RenameApi {
  rename(args: RenameArgs): Promise<RenameReport>;
}

export class RenameError extends Error {
  override readonly name = 'RenameError';
  constructor(
    readonly reason: 'empty' | 'exists' | 'invalid' | 'changed' | 'failed',
    message: string,
    readonly fileName = '',
  ) {
    super(message);
  }
}

/** A title as the core takes it: spaces collapsed, trimmed. */
export function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/**
 * Asks the core what renaming `path` to `rawTitle` would do (`notes.rename` with `dryRun`);
 * nothing is changed. Failures come back as a RenameError saying why.
 */
export async function previewRename(
  api: RenameApi,
  note: { path: string; baseVersion?: string },
  rawTitle: string,
): Promise<RenameReport> {
  return callRename(api, { ...note, title: rawTitle, dryRun: true });
}

/** Renames as previewed; failures come back as a RenameError. */
export function applyRename(
  api: RenameApi,
  note: { path: string; baseVersion?: string },
  rawTitle: string,
): Promise<RenameReport> {
  return callRename(api, { ...note, title: rawTitle, dryRun: false });
}

async function callRename(api: RenameApi, args: RenameArgs): Promise<RenameReport> {
  const title = normalizeTitle(args.title);
  if (title === '') throw new RenameError('empty', 'A note needs a title.');
  const fileName = noteFileNameFor(title);
  try {
    return await api.rename({ ...args, title });
  } catch (error) {
    if (error instanceof ApiError) {
      if (error.code === 'EXISTS') throw new RenameError('exists', error.message, fileName);
      if (error.code === 'INVALID') throw new RenameError('invalid', error.message, fileName);
      if (error.code === 'CONFLICT') throw new RenameError('changed', error.message, fileName);
    }
    throw new RenameError(
      'failed',
      error instanceof Error ? error.message : String(error),
      fileName,
    );
  }
}

/** How many links and notes a rename rewrites elsewhere. */
export function countRewrites(report: RenameReport): { links: number; notes: number } {
  return { links: report.links, notes: report.rewritten.length };
}

/** The file name (without `.md`) the note has after the rename. */
export function renamedFileName(report: RenameReport): string {
  return noteNameOf(report.to);
}

/** A rename that reaches beyond the note's own title is confirmed first. */
export function needsConfirmation(report: RenameReport): boolean {
  return report.links > 0 || report.sanitized || report.notUtf8.length > 0;
}
