import path from 'node:path';
import { lstatSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';

/**
 * Vault-relative paths: the only kind of path that crosses the API. They use `/`, never start
 * with `/`, have no `.`/`..` segments and never point into hidden folders (`.praxis`, `.git`…) or
 * `node_modules`. One rule (`vaultPathSegmentProblem`) says which files belong to the vault: the
 * scanner lists exactly those, the watcher reports exactly those, and `parseVaultPath` accepts
 * exactly those, so that a note the API creates or moves never vanishes at the next start and
 * every listed note can be opened. `resolveInsideVault` then refuses any path that goes through a
 * symbolic link, which the scanner does not follow either.
 */

const MAX_SEGMENT = 255;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
const FORBIDDEN_IN_NAME = /[\\/:*?"<>|]/;

/**
 * Why a file or folder called `name` is not part of the vault, or null if it is: hidden names
 * (a leading dot: `.praxis`, `.git`, `.obsidian`, Praxis's own temporary files), `node_modules`,
 * `.` and `..`, names with a separator or a control character, and over-long names. On Windows,
 * whose file system cannot hold them anyway, also the names `fileNameProblem` refuses.
 *
 * This is the one rule the scanner, the watcher, the API's path parsing, new notes, moves and
 * multi-file transactions all follow.
 */
export function vaultPathSegmentProblem(
  name: string,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (name === '') return 'A name cannot be empty.';
  if (name === '.' || name === '..') return `"${name}" points outside the vault.`;
  if (name.startsWith('.')) return `"${name}" starts with a dot, which hides it.`;
  if (name.toLowerCase() === 'node_modules')
    return '"node_modules" holds software packages, not notes: Praxis does not list it.';
  if (name.includes('/') || name.includes('\\'))
    return `"${name}" contains a path separator (/ or \\).`;
  if (CONTROL_CHARS.test(name)) return `"${name}" contains a control character.`;
  if (name.length > MAX_SEGMENT / 4 && new TextEncoder().encode(name).length > MAX_SEGMENT)
    return `"${name}" is too long.`;
  return platform === 'win32' ? fileNameProblem(name) : null;
}

/** Whether `relPath` (vault-relative, `/` separators) names something inside the vault. */
export function isVaultPath(relPath: string): boolean {
  return relPath !== '' && relPath.split('/').every((s) => vaultPathSegmentProblem(s) === null);
}

/** Paths Praxis never lists, watches, reads or writes: the opposite of `isVaultPath`. */
export function isIgnoredPath(relPath: string): boolean {
  return !isVaultPath(relPath);
}

export function isNotePath(relPath: string): boolean {
  return /\.md$/i.test(relPath);
}

/**
 * Attachments a multi-file change may write besides notes: the documents and media notes embed.
 * Nothing that runs or renders script (no .svg, .html, .js, executables).
 */
const WRITABLE_ATTACHMENT =
  /\.(png|jpe?g|gif|webp|avif|bmp|pdf|mp3|m4a|wav|ogg|mp4|webm|txt|csv)$/i;

/** Whether Praxis may write `relPath` (a vault path) as part of a change: a note or an attachment. */
export function isWritableVaultFile(relPath: string): boolean {
  return isVaultPath(relPath) && (isNotePath(relPath) || WRITABLE_ATTACHMENT.test(relPath));
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
 * Checks and normalises a vault-relative path of a file or folder that may already exist (`\` is
 * accepted as a separator and turned into `/`): it must be a vault path (`isVaultPath`). Throws
 * INVALID with a message that names the path.
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
    const problem = vaultPathSegmentProblem(segment);
    if (problem) throw new ApiError('INVALID', `The ${what} "${input}" is not valid: ${problem}`);
  }
  return segments.join('/');
}

/**
 * Like parseVaultPath for a path Praxis is about to create (a new note, a move's target, a new
 * folder): every segment must also be a name all platforms accept (`fileNameProblem`), so that
 * the vault still opens on Windows and macOS after it travels.
 */
export function parseNewVaultPath(input: string, what = 'path'): string {
  const rel = parseVaultPath(input, what);
  for (const segment of rel.split('/')) {
    const problem = fileNameProblem(segment);
    if (problem) throw new ApiError('INVALID', `The ${what} "${input}" is not valid: ${problem}`);
  }
  return rel;
}

/** Like parseVaultPath for an existing note: it must end in `.md`. */
export function parseNotePath(input: string): string {
  return asNotePath(parseVaultPath(input, 'note path'), input);
}

/** Like parseNewVaultPath for a note about to be created or moved: it must end in `.md`. */
export function parseNewNotePath(input: string): string {
  return asNotePath(parseNewVaultPath(input, 'note path'), input);
}

function asNotePath(rel: string, input: string): string {
  if (!isNotePath(rel)) throw new ApiError('INVALID', `"${input}" is not a markdown note (.md).`);
  return rel;
}

/**
 * Parses an optional folder to create something in (empty string = the vault's top level). It may
 * not exist yet, so it follows the rule for new paths.
 */
export function parseFolder(input: string): string {
  return input.replaceAll('\\', '/').replace(/^\/+|\/+$/g, '') === ''
    ? ''
    : parseNewVaultPath(input, 'folder');
}

export function joinVaultPath(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

/** Vault-relative form of an absolute path inside `root`, with `/` separators. */
export function toVaultRelative(root: string, absPath: string): string {
  return path.relative(root, absPath).split(path.sep).join('/');
}

/**
 * Absolute path of `rel` inside the vault, after checking that no part of it that exists is a
 * symbolic link (or a Windows junction): the scanner does not follow links, so a path through one
 * is not a vault path, and a link could lead a write out of the vault or into a hidden folder.
 * `realRoot` must be the vault's real path (symlinks resolved).
 */
export async function resolveInsideVault(realRoot: string, rel: string): Promise<string> {
  const segments = rel.split('/');
  let probe = realRoot;
  for (const segment of segments) {
    probe = path.join(probe, segment);
    let stat;
    try {
      stat = await lstat(probe);
    } catch (error) {
      // The rest does not exist yet (a new note or folder): nothing there can be a link.
      if (isMissing(error)) break;
      throw error;
    }
    if (stat.isSymbolicLink()) throw throughLink(rel);
  }
  return path.join(realRoot, ...segments);
}

/**
 * {@link resolveInsideVault} with blocking calls, for worker threads (one `lstat` per segment
 * without the thread pool's round trip).
 */
export function resolveInsideVaultSync(realRoot: string, rel: string): string {
  const segments = rel.split('/');
  let probe = realRoot;
  for (const segment of segments) {
    probe = path.join(probe, segment);
    let stat;
    try {
      stat = lstatSync(probe);
    } catch (error) {
      if (isMissing(error)) break;
      throw error;
    }
    if (stat.isSymbolicLink()) throw throughLink(rel);
  }
  return path.join(realRoot, ...segments);
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function throughLink(rel: string): ApiError {
  return new ApiError(
    'INVALID',
    `"${rel}" leads through a symbolic link, which Praxis does not follow: it could point outside the vault.`,
  );
}
