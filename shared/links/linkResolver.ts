/**
 * Resolves wiki-link targets to vault files the way Obsidian does, so an Obsidian vault opens
 * with the same links resolved, then falls back to front-matter aliases and titles.
 *
 * What Obsidian does (its help documents only the link *format*; the rules below were observed
 * through `app.metadataCache.getFirstLinkpathDest` on Obsidian 1.13.7, reported in
 * pvliesdonk/markdown-vault-mcp#1350 and #1358 and PR #1380, and agree with the "vault root
 * wins" reports elsewhere):
 * - matching is case-insensitive (`[[log]]`, `[[LOG]]` → `Log.md`; `[[Ext.MD]]` → `Ext.md`);
 * - an exact vault path wins (`[[Note]]` is the root `Note.md`, `[[b/Note]]` is `b/Note.md`),
 *   even over a same-named note beside the linking note;
 * - otherwise, among files of that name, the one in the linking note's own folder wins (a parent
 *   folder counts for nothing), then the shortest path *string* (`a/b/Note.md` beats
 *   `zzzz/Note.md`), and we break remaining ties alphabetically;
 * - `[[./x]]` / `[[../x]]` are looked up relative to the linking note only, with no fall-back
 *   to a vault-wide name match (luke321/vault-graph#141);
 * - `.md` may be written or not; other files are linked by their full name (`[[Figure 1.png]]`,
 *   Obsidian help "Internal links"), so `[[Figure 1]]` never means `Figure 1.png`;
 * - Obsidian itself never resolves a link through `aliases` (`[[AL]]` stays unresolved there,
 *   #1358) nor through a title: those two steps are Praxis's, tried only after every Obsidian
 *   rule failed, so they can only resolve what Obsidian leaves unresolved.
 *
 * Names are compared NFC-normalised (macOS stores decomposed names) and lower-cased. Lookups go
 * through maps keyed by lower-cased names, so resolving costs the number of same-named files,
 * never the size of the vault.
 *
 * @example
 * const resolver = new LinkResolver([{ path: 'proc/Contracts.md', title: 'Contracts', aliases: [] }], []);
 * resolver.resolve('contracts', 'Home.md'); // 'proc/Contracts.md'
 * resolver.linkTextFor('proc/Contracts.md', 'Home.md'); // 'Contracts'
 */

export interface ResolverNote {
  /** Vault-relative, `/` separators, ends with `.md`. */
  path: string;
  title: string;
  aliases: readonly string[];
}

/** Which rule found the file. */
export type ResolvedVia = 'path' | 'relative' | 'name' | 'alias' | 'title';

export interface Resolution {
  path: string;
  via: ResolvedVia;
  /** Other files matched the same rule; the tie-break chose this one. */
  ambiguous: boolean;
}

export class LinkResolver {
  readonly #notes = new Map<string, ResolverNote>();
  readonly #attachments = new Set<string>();
  /** Folded path without `.md` → notes. */
  readonly #notePaths = new Map<string, Paths>();
  /** Folded file name without `.md` → notes. */
  readonly #noteNames = new Map<string, Paths>();
  /** Folded path → attachments. */
  readonly #attachmentPaths = new Map<string, Paths>();
  /** Folded file name, extension included → attachments. */
  readonly #attachmentNames = new Map<string, Paths>();
  readonly #aliases = new Map<string, Paths>();
  readonly #titles = new Map<string, Paths>();
  /** Every known file's folded path, so lookups never fold the same path twice. */
  readonly #folded = new Map<string, string>();

  constructor(notes: Iterable<ResolverNote> = [], attachments: Iterable<string> = []) {
    for (const note of notes) this.addNote(note);
    for (const path of attachments) this.addAttachment(path);
  }

  /** Adds a note, or replaces the one at the same path. */
  addNote(note: ResolverNote): void {
    this.removeNote(note.path);
    const entry: ResolverNote = { path: note.path, title: note.title, aliases: [...note.aliases] };
    this.#notes.set(note.path, entry);
    this.#folded.set(note.path, fold(note.path));
    const folded = stripMd(fold(note.path));
    addTo(this.#notePaths, folded, note.path);
    addTo(this.#noteNames, lastSegment(folded), note.path);
    for (const alias of entry.aliases) addTo(this.#aliases, foldName(alias), note.path);
    addTo(this.#titles, foldName(entry.title), note.path);
  }

  removeNote(path: string): void {
    const entry = this.#notes.get(path);
    if (entry === undefined) return;
    this.#notes.delete(path);
    if (!this.#attachments.has(path)) this.#folded.delete(path);
    const folded = stripMd(fold(path));
    removeFrom(this.#notePaths, folded, path);
    removeFrom(this.#noteNames, lastSegment(folded), path);
    for (const alias of entry.aliases) removeFrom(this.#aliases, foldName(alias), path);
    removeFrom(this.#titles, foldName(entry.title), path);
  }

  addAttachment(path: string): void {
    if (this.#attachments.has(path)) return;
    this.#attachments.add(path);
    this.#folded.set(path, fold(path));
    const folded = fold(path);
    addTo(this.#attachmentPaths, folded, path);
    addTo(this.#attachmentNames, lastSegment(folded), path);
  }

  removeAttachment(path: string): void {
    if (!this.#attachments.delete(path)) return;
    if (!this.#notes.has(path)) this.#folded.delete(path);
    const folded = fold(path);
    removeFrom(this.#attachmentPaths, folded, path);
    removeFrom(this.#attachmentNames, lastSegment(folded), path);
  }

  note(path: string): ResolverNote | undefined {
    return this.#notes.get(path);
  }

  hasAttachment(path: string): boolean {
    return this.#attachments.has(path);
  }

  /** The vault path `target` (as written in a link, without `#heading`) leads to from `fromPath`. */
  resolve(target: string, fromPath: string): string | null {
    return this.resolveDetailed(target, fromPath)?.path ?? null;
  }

  /** Like `resolve`, also saying which rule matched. `''` (as in `[[#Heading]]`) is the linking note. */
  resolveDetailed(target: string, fromPath: string): Resolution | null {
    const raw = target.trim();
    const written = nfc(raw);
    if (written === '') return { path: fromPath, via: 'path', ambiguous: false };
    const fromDir = parentOf(this.#fold(fromPath));
    let folded = written.toLowerCase();

    if (folded.startsWith('./') || folded.startsWith('../')) {
      const path = namesFolder(folded) ? null : normalizeSegments(join(fromDir, folded));
      const found = path === null ? null : this.#exact(path, raw);
      return found === null ? null : { path: found, via: 'relative', ambiguous: false };
    }

    if (folded.startsWith('/')) folded = folded.replace(/^\/+/, '');
    // A target ending in `/`, `.` or `..` names a folder, never a file.
    const path = namesFolder(folded) ? null : normalizeSegments(folded);
    if (path !== null && path !== '') {
      const exact = this.#exact(path, raw);
      if (exact !== null) return { path: exact, via: 'path', ambiguous: false };
      if (fromDir !== '') {
        const besideSource = normalizeSegments(join(fromDir, path));
        const relative = besideSource === null ? null : this.#exact(besideSource, raw);
        if (relative !== null) return { path: relative, via: 'relative', ambiguous: false };
      }
      const byName = this.#nameMatches(path);
      if (byName.length > 0) return this.#best(byName, fromDir, 'name');
    }

    const key = written.toLowerCase();
    const aliased = this.#aliases.get(key);
    if (aliased !== undefined) return this.#best([...each(aliased)], fromDir, 'alias');
    const titled = this.#titles.get(key);
    if (titled !== undefined) return this.#best([...each(titled)], fromDir, 'title');
    return null;
  }

  /**
   * Where a markdown link's path (decoded, without `#anchor`: `../x/Note.md`, `/a/b.png`,
   * `Other Note`) leads from `fromPath`. As Obsidian and the preview read them: relative to the
   * linking note's folder (`via: 'relative'`), a leading `/` meaning the vault root; then, unless
   * written `./` or `../`, at the vault root (`'path'`); then by file name as wiki links are
   * (`'name'`), never through an alias or title, which a file path does not name. `.md` may be
   * left out; matching is case-insensitive.
   */
  resolvePath(path: string, fromPath: string): Resolution | null {
    const written = nfc(path.trim());
    let folded = written.toLowerCase();
    if (folded === '' || namesFolder(folded)) return null;
    const absolute = folded.startsWith('/');
    if (absolute) folded = folded.replace(/^\/+/, '');
    const fromDir = parentOf(this.#fold(fromPath));
    if (!absolute) {
      const besideSource = normalizeSegments(join(fromDir, folded));
      const relative = besideSource === null ? null : this.#exact(besideSource, written);
      if (relative !== null) return { path: relative, via: 'relative', ambiguous: false };
      if (folded.startsWith('./') || folded.startsWith('../')) return null;
    }
    const rooted = normalizeSegments(folded);
    if (rooted === null || rooted === '') return null;
    const exact = this.#exact(rooted, written);
    if (exact !== null) return { path: exact, via: 'path', ambiguous: false };
    const byName = this.#nameMatches(rooted);
    return byName.length > 0 ? this.#best(byName, fromDir, 'name') : null;
  }

  /**
   * The shortest link text that leads back to `targetPath` from `fromPath` through a file-name
   * rule (never an alias or title, which the file does not own): the bare name (without `.md`
   * for notes) when no other file shares it or it is the exact vault path, else the shortest
   * path suffix no other file shares, else the full path.
   */
  linkTextFor(targetPath: string, fromPath: string): string {
    const isNote = this.#notes.has(targetPath);
    const base = isNote ? targetPath.replace(/\.md$/i, '') : targetPath;
    const segments = base.split('/');
    for (let k = 1; k <= segments.length; k++) {
      const text = segments.slice(-k).join('/');
      const found = this.resolveDetailed(text, fromPath);
      if (found === null || found.path !== targetPath) continue;
      if (found.via === 'path') return text;
      const path = normalizeSegments(fold(text));
      if (path !== null && this.#nameMatches(path).length === 1) return text;
    }
    return targetPath;
  }

  /** The file at exactly this folded path (without the `.md` of a note, or with it). */
  #exact(path: string, written: string): string | null {
    if (path.endsWith('.md')) return pickExact(this.#notePaths.get(stripMd(path)), written);
    const notes = this.#notePaths.get(path);
    const attachments = this.#attachmentPaths.get(path);
    if (hasExtension(path)) {
      return pickExact(attachments, written) ?? pickExact(notes, written);
    }
    return pickExact(notes, written) ?? pickExact(attachments, written);
  }

  /**
   * Files whose name is the target's last segment and whose path ends with the whole target
   * (`[[b/Note]]` matches `a/b/Note.md`). A target with an extension prefers attachments, one
   * without prefers notes; a `.md` target only matches notes.
   */
  #nameMatches(path: string): string[] {
    if (path.endsWith('.md')) return this.#noteMatches(path);
    if (hasExtension(path)) {
      const found = this.#attachmentMatches(path);
      return found.length > 0 ? found : this.#noteMatches(path);
    }
    const found = this.#noteMatches(path);
    return found.length > 0 ? found : this.#attachmentMatches(path);
  }

  #noteMatches(path: string): string[] {
    const bare = stripMd(path);
    const candidates = this.#noteNames.get(lastSegment(bare));
    if (candidates === undefined) return [];
    const out: string[] = [];
    for (const candidate of each(candidates)) {
      if (endsWithPath(stripMd(this.#fold(candidate)), bare)) out.push(candidate);
    }
    return out;
  }

  #attachmentMatches(path: string): string[] {
    const candidates = this.#attachmentNames.get(lastSegment(path));
    if (candidates === undefined) return [];
    const out: string[] = [];
    for (const candidate of each(candidates)) {
      if (endsWithPath(this.#fold(candidate), path)) out.push(candidate);
    }
    return out;
  }

  #fold(path: string): string {
    return this.#folded.get(path) ?? fold(path);
  }

  /** Obsidian's tie-break: the linking note's own folder, then the shortest path, then by name. */
  #best(paths: string[], fromDir: string, via: ResolvedVia): Resolution {
    let best = paths[0] as string;
    let bestSameFolder = parentOf(this.#fold(best)) === fromDir;
    for (let i = 1; i < paths.length; i++) {
      const path = paths[i] as string;
      const sameFolder = parentOf(this.#fold(path)) === fromDir;
      const better =
        sameFolder !== bestSameFolder
          ? sameFolder
          : path.length !== best.length
            ? path.length < best.length
            : path < best;
      if (better) {
        best = path;
        bestSameFolder = sameFolder;
      }
    }
    return { path: best, via, ambiguous: paths.length > 1 };
  }
}

/**
 * The key a link is indexed under to find the links a file could satisfy: the folded last path
 * segment of the target without `.md`. A file can only match a link (by path, name, alias or
 * title) whose key equals the key of its name, its title or one of its aliases.
 */
export function linkKey(targetOrName: string): string {
  return stripMd(lastSegment(foldName(targetOrName)));
}

/** The keys under which links to this note are indexed: its file name, title and aliases. */
export function noteKeys(note: ResolverNote): string[] {
  return [linkKey(note.path), linkKey(note.title), ...note.aliases.map(linkKey)];
}

function fold(path: string): string {
  return nfc(path).toLowerCase();
}

/** NFC form; ASCII, most names, is already in it and skips the costly normalisation. */
function nfc(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}

const NON_ASCII = /[\u0080-\uffff]/;

function foldName(name: string): string {
  return fold(name.trim());
}

function stripMd(path: string): string {
  return path.endsWith('.md') ? path.slice(0, -3) : path;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function namesFolder(path: string): boolean {
  const name = lastSegment(path);
  return name === '' || name === '.' || name === '..';
}

function join(dir: string, path: string): string {
  return dir === '' ? path : `${dir}/${path}`;
}

function hasExtension(path: string): boolean {
  const name = lastSegment(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1;
}

/** Collapses `.` and `..` segments; null when the path climbs out of the vault. */
function normalizeSegments(path: string): string | null {
  if (!path.includes('.')) return path;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(segment);
  }
  return out.join('/');
}

/** Whether `path` is `suffix` or ends with `/suffix`. */
function endsWithPath(path: string, suffix: string): boolean {
  return (
    path.endsWith(suffix) &&
    (path.length === suffix.length || path.charCodeAt(path.length - suffix.length - 1) === 47)
  );
}

/**
 * Among paths equal but for case or Unicode normalisation, the one spelled exactly as linked,
 * else the one equal once normalised, else the first by name: never insertion order.
 */
function pickExact(paths: Paths | undefined, written: string): string | null {
  if (paths === undefined) return null;
  if (typeof paths === 'string') return paths;
  const want = written.replace(/^\/+/, '');
  const wantNfc = want.normalize('NFC');
  const rank = (path: string) => {
    if (path === want || path === `${want}.md`) return 0;
    const nfc = path.normalize('NFC');
    return nfc === wantNfc || nfc === `${wantNfc}.md` ? 1 : 2;
  };
  let chosen: string | null = null;
  let chosenRank = 3;
  for (const path of paths) {
    const r = rank(path);
    if (r < chosenRank || (r === chosenRank && chosen !== null && path < chosen)) {
      chosen = path;
      chosenRank = r;
    }
  }
  return chosen;
}

/**
 * The files under one key of an index: most keys (a folded path, most names and titles) have
 * one, kept as the string itself; a Set only where several files share the key. Tens of
 * thousands of one-element Sets would cost more memory than the notes' summaries.
 */
type Paths = string | Set<string>;

function each(paths: Paths): Iterable<string> {
  return typeof paths === 'string' ? [paths] : paths;
}

function addTo(map: Map<string, Paths>, key: string, value: string): void {
  if (key === '') return;
  const paths = map.get(key);
  if (paths === undefined) map.set(key, value);
  else if (typeof paths !== 'string') paths.add(value);
  else if (paths !== value) map.set(key, new Set([paths, value]));
}

function removeFrom(map: Map<string, Paths>, key: string, value: string): void {
  const paths = map.get(key);
  if (paths === undefined) return;
  if (typeof paths === 'string') {
    if (paths === value) map.delete(key);
    return;
  }
  paths.delete(value);
  if (paths.size === 1) map.set(key, paths.values().next().value as string);
  else if (paths.size === 0) map.delete(key);
}
