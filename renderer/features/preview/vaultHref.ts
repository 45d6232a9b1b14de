import type { LinkResolver } from '../../../shared/links/linkResolver';

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

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Joins and collapses `.`/`..`; null when the path climbs out of the vault. */
function normalize(path: string): string | null {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(segment);
  }
  return out.join('/');
}

function exactFile(resolver: LinkResolver, path: string): VaultTarget | null {
  if (resolver.note(path)) return { kind: 'note', path, anchor: null };
  if (resolver.note(`${path}.md`)) return { kind: 'note', path: `${path}.md`, anchor: null };
  if (resolver.hasAttachment(path)) return { kind: 'file', path };
  return null;
}

/**
 * Resolves a markdown link or image address written in note `fromPath` (`../img/a.png`,
 * `Other%20note.md#Heading`, `/attachments/x.pdf`): relative to the note's folder first, then to
 * the vault root, then by name as wiki links are. Callers check `hasScheme` first.
 */
export function resolveVaultHref(
  href: string,
  fromPath: string,
  resolver: LinkResolver,
): VaultTarget {
  const hashAt = href.indexOf('#');
  const anchor = hashAt < 0 ? null : safeDecode(href.slice(hashAt + 1)) || null;
  const withoutQuery = (hashAt < 0 ? href : href.slice(0, hashAt)).replace(/\?.*$/, '');
  const written = safeDecode(withoutQuery).replaceAll('\\', '/').trim();
  if (written === '') return { kind: 'note', path: fromPath, anchor };

  const candidates = written.startsWith('/')
    ? [normalize(written)]
    : [normalize(`${parentOf(fromPath)}/${written}`), normalize(written)];
  for (const candidate of candidates) {
    if (candidate === null || candidate === '') continue;
    const found = exactFile(resolver, candidate);
    if (found) return found.kind === 'note' ? { ...found, anchor } : found;
  }
  const byName = resolver.resolve(written.replace(/\.md$/i, ''), fromPath);
  if (byName !== null) {
    return resolver.note(byName)
      ? { kind: 'note', path: byName, anchor }
      : { kind: 'file', path: byName };
  }
  return { kind: 'missing', target: written.replace(/\.md$/i, ''), anchor };
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
