import path from 'node:path';
import { realpath } from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';

/**
 * Vault-relative paths: the only kind of path that crosses the API. They use `/`, never start
 * with `/`, have no `.`/`..` segments and never point into hidden folders (`.praxis`, `.git`…).
 * Everything from the renderer or the command line goes through `parseVaultPath` before it
 * touches the disk, and `resolveInsideVault` re-checks the real path so a symlink cannot lead out.
 */

const MAX_SEGMENT = 255;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
const FORBIDDEN_IN_NAME = /[\\/:*?"<>|]/;

/** Folders Praxis never lists or watches: any dot-folder, and dependency folders. */
export function isIgnoredPath(relPath: string): boolean {
  return relPath
    .split('/')
    .some((segment) => segment.startsWith('.') || segment === 'node_modules');
}

export function isNotePath(relPath: string): boolean {
  return /\.md$/i.test(relPath);
}

/** Why `name` cannot be a file or folder name on any of the platforms Praxis runs on, or null. */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'A name cannot be empty.';
  if (name === '.' || name === '..') return `"${name}" is not a valid name.`;
  if (FORBIDDEN_IN_NAME.test(name))
    return `"${name}" contains a character that is not allowed in a name (\\ / : * ? " < > |).`;
  if (CONTROL_CHARS.test(name)) return `"${name}" contains a control character.`;
  if (name.startsWith('.')) return `"${name}" starts with a dot, which would hide it.`;
  if (name !== name.trim()) return `"${name}" starts or ends with a space.`;
  if (name.endsWith('.')) return `"${name}" ends with a dot, which Windows does not allow.`;
  if (WINDOWS_RESERVED.test(name)) return `"${name}" is a name Windows reserves.`;
  if (new TextEncoder().encode(name).length > MAX_SEGMENT) return `"${name}" is too long.`;
  return null;
}

/** Characters that would break a wiki link to the note (`[[a#b]]` links to heading b of a). */
const BREAKS_WIKI_LINKS = /[#^[\]|]/;

/** Why `name` cannot name a new note (a file name without `.md`), or null. */
export function noteNameProblem(name: string): string | null {
  if (BREAKS_WIKI_LINKS.test(name))
    return `"${name}" contains a character wiki links cannot refer to (# ^ [ ] |).`;
  return fileNameProblem(name);
}

/** Validates a note name given by a user (a file name without `.md`). */
export function assertNoteName(name: string): void {
  const problem = noteNameProblem(name);
  if (problem) throw new ApiError('INVALID', `${problem} Choose another note name.`);
}

/**
 * Checks and normalises a vault-relative path (`\` is accepted as a separator and turned into
 * `/`). Throws INVALID with a message that names the path.
 */
export function parseVaultPath(input: string, what = 'path'): string {
  const candidate = input.replaceAll('\\', '/');
  if (candidate.startsWith('/') || /^[a-zA-Z]:/.test(candidate))
    throw new ApiError('INVALID', `The ${what} "${input}" must be relative to the vault.`);
  const segments = candidate.split('/').filter((s) => s !== '');
  if (segments.length === 0) throw new ApiError('INVALID', `The ${what} is empty.`);
  for (const segment of segments) {
    if (segment === '..' || segment === '.')
      throw new ApiError('INVALID', `The ${what} "${input}" points outside the vault.`);
    const problem = fileNameProblem(segment);
    if (problem) throw new ApiError('INVALID', `The ${what} "${input}" is not valid: ${problem}`);
  }
  return segments.join('/');
}

/** Like parseVaultPath for a note: it must end in `.md`. */
export function parseNotePath(input: string): string {
  const rel = parseVaultPath(input, 'note path');
  if (!isNotePath(rel)) throw new ApiError('INVALID', `"${input}" is not a markdown note (.md).`);
  return rel;
}

/** Parses an optional folder (empty string = the vault's top level). */
export function parseFolder(input: string): string {
  return input.replaceAll('\\', '/').replace(/^\/+|\/+$/g, '') === ''
    ? ''
    : parseVaultPath(input, 'folder');
}

export function joinVaultPath(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

/** Vault-relative form of an absolute path inside `root`, with `/` separators. */
export function toVaultRelative(root: string, absPath: string): string {
  return path.relative(root, absPath).split(path.sep).join('/');
}

/**
 * Absolute path of `rel` inside the vault, after checking that its real location (following
 * symlinks of the deepest existing ancestor) is still inside the vault's real location.
 */
export async function resolveInsideVault(realRoot: string, rel: string): Promise<string> {
  const abs = path.join(realRoot, ...rel.split('/'));
  let probe = abs;
  for (;;) {
    try {
      const real = await realpath(probe);
      const inside = real === realRoot || real.startsWith(realRoot + path.sep);
      if (!inside) throw new ApiError('INVALID', `"${rel}" leads outside the vault.`);
      return abs;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const parent = path.dirname(probe);
      if (parent === probe) return abs;
      probe = parent;
    }
  }
}
