import type { LinkResolver } from '../links/linkResolver';
import { vaultDestination, vaultPathOf } from '../links/markdownLinks';

/** Where a link or image written in a note leads, once looked up in the vault. */
export type VaultTarget =
  | { kind: 'note'; path: string; anchor: string | null }
  | { kind: 'file'; path: string }
  | { kind: 'missing'; target: string; anchor: string | null };

const EXTERNAL = /^(?:https?|mailto):/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** An absolute http(s) or mailto URL: opened outside the app. */
export function isExternalUrl(href: string): boolean {
  return EXTERNAL.test(href.trim());
}

/** Has a scheme of its own (`javascript:`, `file:`, `https:`…), so it is not a vault path. */
export function hasScheme(href: string): boolean {
  return SCHEME.test(href.trim());
}

/**
 * Resolves a markdown link or image address written in note `fromPath` (`../img/a.png`,
 * `Other%20note.md#Heading`, `/attachments/x.pdf`) by the rules the link graph uses
 * (`LinkResolver.resolvePath`: relative to the note's folder, then the vault root, then by
 * name), so that the preview follows a link where backlinks and renames say it leads. A missing
 * note's `target` is the vault path the link names, where following it creates the note.
 * Callers check `hasScheme` first.
 */
export function resolveVaultHref(
  href: string,
  fromPath: string,
  resolver: LinkResolver,
): VaultTarget {
  const destination = vaultDestination(href);
  if (destination === null) {
    const written = href.trim();
    // A folder (`docs/`) or a `//host` address is no note; an anchor (`#H`) is in this one.
    if (written !== '' && !written.startsWith('#'))
      return { kind: 'missing', target: written, anchor: null };
    const anchor = safeDecode(written.slice(1)) || null;
    return { kind: 'note', path: fromPath, anchor };
  }
  const { path, anchor } = destination;
  const found = resolver.resolvePath(path, fromPath);
  if (found !== null) {
    return resolver.note(found.path)
      ? { kind: 'note', path: found.path, anchor }
      : { kind: 'file', path: found.path };
  }
  const target = (vaultPathOf(path, fromPath) ?? path).replace(/\.md$/i, '');
  return { kind: 'missing', target, anchor };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** How a vault file is shown when embedded, from its extension. */
export function embedKind(path: string): 'image' | 'audio' | 'video' | 'file' {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'avif', 'bmp', 'ico'].includes(ext))
    return 'image';
  if (['mp3', 'wav', 'ogg', 'oga', 'm4a', 'flac', 'aac', 'opus'].includes(ext)) return 'audio';
  if (['mp4', 'webm', 'ogv', 'mov', 'm4v'].includes(ext)) return 'video';
  return 'file';
}
