import path from 'node:path';

/** How the vault's own folder is named to the renderer. */
export const VAULT_FOLDER = 'the vault folder';

/**
 * A message fit to leave the main process: every absolute path in `text` is replaced by what the
 * renderer may know. A path inside one of `vaultRoots` becomes its vault-relative form (the folder
 * itself becomes "the vault folder"); any other absolute path (the user's profile, a temp folder)
 * becomes its last segment. Quoted paths, as in Node's errno messages
 * (`ENOENT: no such file or directory, open '/home/ana/vault/a.md'`), are handled whole, spaces
 * included; unquoted ones up to the next space.
 *
 * ```ts
 * redactPaths("EACCES: permission denied, open '/v/notes/a b.md'", ['/v']);
 * // "EACCES: permission denied, open 'notes/a b.md'"
 * ```
 */
export function redactPaths(text: string, vaultRoots: readonly string[]): string {
  const roots = [...new Set(vaultRoots.map((root) => path.resolve(root)))].sort(
    (a, b) => b.length - a.length,
  );
  let result = text.replace(QUOTED_ABSOLUTE, (_match, quote: string, inner: string) =>
    isVaultRoot(inner, roots) ? VAULT_FOLDER : `${quote}${publicPath(inner, roots)}${quote}`,
  );
  // Unquoted vault paths, found by their root (which may hold spaces), then any other absolute
  // path up to the next space or punctuation that ends a path in prose.
  for (const root of roots)
    result = result.replace(unquotedUnder(root), (_match, rest: string | undefined) =>
      rest ? rest.replaceAll('\\', '/') : VAULT_FOLDER,
    );
  return result.replace(
    UNQUOTED_ABSOLUTE,
    (_match, before: string, abs: string) => `${before}${publicPath(abs, roots)}`,
  );
}

/** What the renderer is told about the absolute path `abs`. */
export function publicPath(abs: string, vaultRoots: readonly string[]): string {
  if (isVaultRoot(abs, vaultRoots)) return VAULT_FOLDER;
  const normalised = stripFileUrl(abs);
  for (const root of vaultRoots) {
    const resolved = path.resolve(root);
    for (const separator of ['/', '\\']) {
      const prefix = resolved.endsWith(separator) ? resolved : resolved + separator;
      if (startsWithPath(normalised, prefix))
        return normalised.slice(prefix.length).replaceAll('\\', '/');
    }
  }
  const name = normalised.split(/[\\/]+/).filter((segment) => segment !== '');
  return name.at(-1) ?? 'a folder';
}

const isVaultRoot = (abs: string, vaultRoots: readonly string[]) =>
  vaultRoots.some((root) => samePath(stripFileUrl(abs), path.resolve(root)));

/** A character of an unquoted path: not a space, a quote or punctuation that ends one in prose. */
const PATH_CHAR = String.raw`[^\s'"\`)\],;]`;

// An absolute POSIX path (`/x…`), a Windows drive path (`C:\…`, `C:/…`), a UNC path (`\\server\…`)
// or a file URL. A lone slash ("and / or") is not a path: a name must follow it.
const ABSOLUTE = String.raw`(?:file:\/\/)?(?:\/+(?=[^\s/'"\`])|[A-Za-z]:[\\/]|\\\\)`;
const QUOTED_ABSOLUTE = new RegExp(String.raw`(['"\`])(${ABSOLUTE}[^'"\`\n]*)\1`, 'g');
const UNQUOTED_ABSOLUTE = new RegExp(String.raw`(^|[\s(=,;[{])(${ABSOLUTE}${PATH_CHAR}*)`, 'g');

/** `root`, unquoted, with the rest of a path under it (group 1), but not a longer name. */
function unquotedUnder(root: string): RegExp {
  const escaped = root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    String.raw`(?:file:\/\/)?${escaped}(?:[\\/](${PATH_CHAR}*))?(?!${PATH_CHAR})`,
    caseless ? 'gi' : 'g',
  );
}

function stripFileUrl(value: string): string {
  if (!value.startsWith('file://')) return value;
  try {
    return decodeURIComponent(value.slice('file://'.length));
  } catch {
    return value.slice('file://'.length);
  }
}

// Windows and macOS file systems are usually case-insensitive; comparing without case there only
// ever hides more of a path, never less.
const caseless = process.platform === 'win32' || process.platform === 'darwin';
const fold = (value: string) => (caseless ? value.toLowerCase() : value);
const samePath = (a: string, b: string) => fold(a.replace(/[\\/]+$/, '')) === fold(b);
const startsWithPath = (value: string, prefix: string) => fold(value).startsWith(fold(prefix));
