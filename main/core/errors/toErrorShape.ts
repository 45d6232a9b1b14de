import { ApiError, type ApiErrorShape } from '../../../shared/api/apiError';
import { publicPath, redactPaths, VAULT_FOLDER } from './redactPaths';

/**
 * Maps anything thrown to an error a user can read, fit to cross to the renderer: file-system
 * errors get plain words saying what happened and what to do, and no message names a path of the
 * machine, only vault-relative ones (see {@link redactPaths}). The full error belongs in the main
 * process's log, not here.
 *
 * `vaultRoots`: the vault folder as opened and as its real path, for naming files inside it.
 */
export function toErrorShape(error: unknown, vaultRoots: readonly string[] = []): ApiErrorShape {
  if (error instanceof ApiError) {
    const shape = error.toJSON();
    return { ...shape, message: redactPaths(shape.message, vaultRoots) };
  }
  const e = error as NodeJS.ErrnoException | null | undefined;
  if (e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code))
    return fileSystemErrorShape(e, vaultRoots);
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'INTERNAL',
    message: `Something went wrong inside Praxis: ${redactPaths(message, vaultRoots)}`,
  };
}

function fileSystemErrorShape(
  e: NodeJS.ErrnoException,
  vaultRoots: readonly string[],
): ApiErrorShape {
  const named = e.path ? publicPath(e.path, vaultRoots) : null;
  const file = named === null ? 'the file' : named === VAULT_FOLDER ? named : `"${named}"`;
  const File = file.replace(/^t/, 'T');
  switch (e.code) {
    case 'ENOENT':
      return {
        code: 'NOT_FOUND',
        message: `${File} was not found. It may have been moved or deleted outside Praxis.`,
      };
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'IO',
        message: 'The disk is full. Free some space and try again; nothing was saved.',
      };
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'IO',
        message: `Permission denied for ${file}. Check the permissions of the file and its folder.`,
      };
    case 'EROFS':
      return {
        code: 'IO',
        message: `${File} is on a read-only disk. Open the vault from a disk Praxis may write to.`,
      };
    case 'EISDIR':
      return {
        code: 'IO',
        message: `${File} is a folder where Praxis expected a file. Rename or move that folder.`,
      };
    case 'ENOTDIR':
      return {
        code: 'IO',
        message: `Part of the path of ${file} is a file where Praxis expected a folder. Rename or move that file.`,
      };
    case 'EEXIST':
      return {
        code: 'EXISTS',
        message: `${File} already exists. Choose another name.`,
      };
    case 'ENAMETOOLONG':
      return {
        code: 'INVALID',
        message: `The path of ${file} is too long for this disk. Choose a shorter name or folder.`,
      };
    case 'EMFILE':
    case 'ENFILE':
    case 'EBUSY':
    case 'EAGAIN':
      return { code: 'IO', message: `${File} is busy. Try again in a moment.` };
    default: {
      const action = e.syscall ? ` to ${e.syscall}` : '';
      return {
        code: 'IO',
        message:
          `The file system refused${action} ${file} (${e.code}). Try again; if it keeps ` +
          'happening, check the disk and the vault folder.',
      };
    }
  }
}
