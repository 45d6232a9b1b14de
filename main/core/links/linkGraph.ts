import type { Backlink, OutgoingLink, UnresolvedLink } from '../../../shared/api/linksMethods';
import {
  LinkResolver,
  linkKey,
  noteKeys,
  type Resolution,
  type ResolverNote,
} from '../../../shared/links/linkResolver';
import {
  destinationStyle,
  formatDestination,
  relativePath,
  vaultDestination,
  vaultPathOf,
} from '../../../shared/links/markdownLinks';
import { locateLinks, type LocatedLinks } from '../../../shared/links/wikiLinks';

/** A note as the graph needs it. */
export interface GraphNote {
  /** Vault-relative, `/` separators, ends with `.md`. */
  path: string;
  title: string;
  aliases: readonly string[];
  /** The markdown after the front matter. */
  body: string;
  /** 1-based line of the body's first line in the file (1 without front matter). */
  bodyStartLine: number;
}

/** The new body of a note whose links a move rewrites. */
export interface LinkRewrite {
  path: string;
  body: string;
  /** How many links in it were rewritten. */
  links: number;
}

/** A move would need a link to a name a wiki link cannot spell. */
export class UnlinkablePathError extends Error {
  constructor(readonly path: string) {
    super(
      `Links cannot point to "${path}": wiki links cannot contain | # [ ] or line breaks. ` +
        'Choose a name without them.',
    );
    this.name = 'UnlinkablePathError';
  }
}

interface StoredLink {
  /** `[[wiki]]` or `[markdown](link.md)`: each resolves by its own rules. */
  markdown: boolean;
  /** What resolving looks up: a wiki link's target, a markdown link's decoded path. */
  target: string;
  heading: string | null;
  alias: string | null;
  embed: boolean;
  /** 1-based line in the file. */
  line: number;
  /** The paragraph around the link, as backlinks quote it (shared by the links of one block). */
  quote: string;
  /** A markdown link's text as written (`[x](a.md)`), for reports; '' for a wiki link. */
  written: string;
  resolved: string | null;
}

interface NoteRecord {
  path: string;
  title: string;
  aliases: readonly string[];
  /**
   * Each link keeps the paragraph backlinks quote, not the note's text: a vault where most notes
   * link would otherwise keep most of its text in memory.
   */
  links: readonly StoredLink[];
  keys: ReadonlySet<string>;
}

/**
 * Shared by every note without links or aliases (most of a large vault): an empty Set and array
 * per note would cost more memory than the note's summary.
 */
const noLinks: readonly StoredLink[] = Object.freeze([]);
const noKeys: ReadonlySet<string> = new Set<string>();
const noAliases: readonly string[] = Object.freeze([]);

const PARAGRAPH_MAX = 600;

/**
 * The vault's wiki links: per note its parsed links, resolved with a `LinkResolver`, with
 * backlinks, outgoing and unresolved links, and the rewrites a rename needs.
 *
 * Adding, removing or renaming a file can change where other notes' links lead (a dangling
 * link finds its note, two same-named notes compete). Links are indexed by `linkKey`, and a
 * change re-resolves only the notes holding links under the keys of the file that changed —
 * lazily, on the next query, so loading 10,000 notes resolves each link about once.
 *
 * @example
 * const graph = new LinkGraph();
 * graph.setNote({ path: 'Home.md', title: 'Home', aliases: [], body: 'See [[Contracts]].', bodyStartLine: 1 });
 * graph.setNote({ path: 'proc/Contracts.md', title: 'Contracts', aliases: [], body: '', bodyStartLine: 1 });
 * graph.backlinks('proc/Contracts.md'); // [{ source: 'Home.md', line: 1, paragraph: 'See [[Contracts]].', … }]
 */
export class LinkGraph {
  readonly #resolver = new LinkResolver();
  readonly #notes = new Map<string, NoteRecord>();
  readonly #attachments = new Set<string>();
  readonly #sourcesByKey = new Map<string, Set<string>>();
  /** Resolved path → linking notes → how many of their links lead there. */
  readonly #incoming = new Map<string, Map<string, number>>();
  readonly #staleKeys = new Set<string>();
  readonly #staleSources = new Set<string>();
  #linkCount = 0;

  /** Adds or replaces a note (after an edit, a rename, a change on disk). */
  setNote(note: GraphNote): void {
    const old = this.#notes.get(note.path);
    const identityChanged =
      old === undefined || old.title !== note.title || !sameList(old.aliases, note.aliases);
    if (old !== undefined) {
      this.#detach(old);
      if (identityChanged) this.#markStale(noteKeys(old));
    }
    this.#resolver.addNote({ path: note.path, title: note.title, aliases: note.aliases });

    const links = storedLinks(note, locateLinks(note.body));
    const record: NoteRecord = {
      path: note.path,
      title: note.title,
      aliases: note.aliases.length > 0 ? [...note.aliases] : noAliases,
      links: links.length > 0 ? links : noLinks,
      keys:
        links.length > 0
          ? new Set(links.map((link) => linkKey(link.target)).filter((key) => key !== ''))
          : noKeys,
    };
    this.#notes.set(note.path, record);
    for (const key of record.keys) addTo(this.#sourcesByKey, key, note.path);
    this.#staleSources.add(note.path);
    if (identityChanged) this.#markStale(noteKeys(note));
    this.#linkCount += links.length - (old?.links.length ?? 0);
  }

  removeNote(path: string): void {
    const old = this.#notes.get(path);
    if (old === undefined) return;
    this.#detach(old);
    this.#notes.delete(path);
    this.#resolver.removeNote(path);
    this.#markStale(noteKeys(old));
    this.#linkCount -= old.links.length;
  }

  /**
   * Runs `change` (a `setNote` or `removeNote` of `path`) and returns the notes whose links now
   * read differently — their outgoing links, or their backlinks with the line and paragraph each
   * quotes — so that a panel showing one reloads only when it must. Looked at: `path` and the
   * notes it links to, and when its identity may change (`identityChanges`: added, removed,
   * retitled, new aliases) the notes whose links name it and where those led; a note that comes
   * into view only after the change counts as changed.
   */
  trackLinkChanges(path: string, identityChanges: boolean, change: () => void): string[] {
    const before = new Map<string, string>();
    for (const p of this.#linkNeighbours(path, identityChanges)) before.set(p, this.#linksView(p));
    change();
    const changed: string[] = [];
    for (const p of new Set([...before.keys(), ...this.#linkNeighbours(path, identityChanges)]))
      if (before.get(p) !== this.#linksView(p)) changed.push(p);
    return changed.sort(compareStrings);
  }

  /** Replaces the set of attachments (every file in the vault that is not a note). */
  setAttachments(paths: Iterable<string>): void {
    const next = new Set(paths);
    for (const path of [...this.#attachments]) if (!next.has(path)) this.removeAttachment(path);
    for (const path of next) this.addAttachment(path);
  }

  addAttachment(path: string): void {
    if (this.#attachments.has(path)) return;
    this.#resolver.addAttachment(path);
    this.#attachments.add(path);
    this.#markStale([linkKey(path)]);
  }

  removeAttachment(path: string): void {
    if (!this.#attachments.has(path)) return;
    this.#resolver.removeAttachment(path);
    this.#attachments.delete(path);
    this.#markStale([linkKey(path)]);
  }

  /** Where a link written in `fromPath` leads now (for following a link). */
  resolve(target: string, fromPath: string): string | null {
    return this.#resolver.resolve(target, fromPath);
  }

  /** The shortest link text for `targetPath` written in `fromPath` (for inserting a link). */
  linkTextFor(targetPath: string, fromPath: string): string {
    return this.#resolver.linkTextFor(targetPath, fromPath);
  }

  /** Links from other notes to `path` (a note or an attachment), with the block each sits in. */
  backlinks(path: string): Backlink[] {
    this.#refresh();
    const out: Backlink[] = [];
    const sources = this.#incoming.get(path);
    if (sources === undefined) return out;
    for (const source of [...sources.keys()].sort(compareStrings)) {
      const record = this.#notes.get(source);
      // A note's links to itself (`[[#Heading]]`, `[[Itself]]`) are not backlinks.
      if (record === undefined || source === path) continue;
      for (const link of record.links) {
        if (link.resolved !== path) continue;
        out.push({
          source,
          sourceTitle: record.title,
          line: link.line,
          paragraph: link.quote,
          embed: link.embed,
        });
      }
    }
    return out;
  }

  /** How many other notes link to `path` (each linking note counts once). */
  linkedFromCount(path: string): number {
    this.#refresh();
    const sources = this.#incoming.get(path);
    if (sources === undefined) return 0;
    return sources.size - (sources.has(path) ? 1 : 0);
  }

  /** The links written in `path`, in order. */
  outgoing(path: string): OutgoingLink[] {
    this.#refresh();
    const record = this.#notes.get(path);
    if (record === undefined) return [];
    return record.links.map((link) => ({
      target: reportedTarget(link, path),
      heading: link.heading,
      alias: link.alias,
      embed: link.embed,
      line: link.line,
      resolved: link.resolved,
    }));
  }

  /** Every link that leads nowhere, by file then line. */
  unresolved(): UnresolvedLink[] {
    this.#refresh();
    const out: UnresolvedLink[] = [];
    for (const path of [...this.#notes.keys()].sort(compareStrings)) {
      const record = this.#notes.get(path) as NoteRecord;
      for (const link of record.links) {
        if (link.resolved !== null) continue;
        const target = reportedTarget(link, path);
        if (!link.markdown) out.push({ file: path, line: link.line, target });
        else {
          out.push({ file: path, line: link.line, target, markdown: link.written });
        }
      }
    }
    return out;
  }

  /** Number of links (wiki and markdown) in the vault. */
  linkCount(): number {
    return this.#linkCount;
  }

  /**
   * The bodies to write so that every link keeps leading where it leads now once the note or
   * attachment at `fromPath` sits at `toPath`. Call it before the move; it writes nothing.
   *
   * - A link to the moved file whose text no longer finds it gets the text `linkTextFor` gives
   *   after the move; `!`, `#heading`, `#^block`, `|alias` and `\|` stay exactly as written, and
   *   so does every byte outside the rewritten targets.
   * - A link that found the file through an alias or title keeps its text while it still does.
   * - A link to another file that the moved file would capture at its new place (a second
   *   `Note.md` arriving at the vault root) is rewritten to keep its file, as Obsidian does.
   * - The moved note's own links are checked from its new folder.
   *
   * `readBody(path)` gives a note's current body; the result lists each changed note by its
   * current path (the moved note under `fromPath`). Moving a folder is one call per file, each
   * after the previous move was applied with `setNote`/`removeNote`.
   *
   * - `newTitle`, for a rename, is the note's title after it: a link that found the note by its
   *   old title is rewritten too (the note may stay where it is then).
   *
   * @throws UnlinkablePathError when a rewritten link would need a name with `|`, `#`, `[`, `]`.
   */
  planMove(
    fromPath: string,
    toPath: string,
    readBody: (path: string) => string,
    newTitle?: string,
  ): LinkRewrite[] {
    this.#refresh();
    const found = this.#resolver.note(fromPath);
    const retitled = found !== undefined && newTitle !== undefined && newTitle !== found.title;
    if (fromPath === toPath && !retitled) return [];
    const note = found && retitled ? { ...found, title: newTitle } : found;
    const isAttachment = note === undefined && this.#resolver.hasAttachment(fromPath);
    if (note === undefined && !isAttachment) {
      throw new Error(`"${fromPath}" is not in the link graph.`);
    }
    // A case-only rename (`Note.md` → `note.md`) is fine; landing on another file is not.
    if (
      fromPath !== toPath &&
      (this.#resolver.note(toPath) !== undefined || this.#resolver.hasAttachment(toPath))
    ) {
      throw new Error(`"${toPath}" already exists.`);
    }

    // Links that find the note now: by the keys of its old identity (through `#incoming`).
    const candidates = this.#moveCandidates(fromPath, toPath, note);

    // Where each distinct link of each candidate leads now.
    const before = new Map<string, Map<string, Resolution>>();
    for (const source of candidates) {
      const targets = new Map<string, Resolution>();
      for (const link of this.#notes.get(source)?.links ?? []) {
        const id = linkId(link);
        if (link.target === '' || targets.has(id)) continue;
        const found = this.#resolveLink(link, source);
        if (found !== null) targets.set(id, found);
      }
      if (targets.size > 0) before.set(source, targets);
    }

    const rewrites: LinkRewrite[] = [];
    const restore = this.#applyMove(fromPath, toPath, note, found);
    try {
      for (const [source, targets] of before) {
        const sourceAfter = source === fromPath ? toPath : source;
        // Link id → the new wiki target or markdown path.
        const newText = new Map<string, string>();
        for (const [id, was] of targets) {
          const desired = was.path === fromPath ? toPath : was.path;
          const target = id.slice(1);
          if (id.startsWith(MARKDOWN)) {
            const now = this.#resolver.resolvePath(target, sourceAfter);
            if (stillLeadsByPath(was, now, desired)) continue;
            const path = this.#markdownPathFor(target, was, desired, sourceAfter);
            if (path !== target) newText.set(id, path);
            continue;
          }
          const now = this.#resolver.resolveDetailed(target, sourceAfter);
          if (stillLeads(was, now, desired)) continue;
          const text = this.#resolver.linkTextFor(desired, sourceAfter);
          if (/[|#[\]\r\n]/.test(text)) throw new UnlinkablePathError(desired);
          if (text !== target) newText.set(id, text);
        }
        if (newText.size === 0) continue;
        const body = readBody(source);
        const edits = linkEdits(locateLinks(body), newText);
        if (edits.length === 0) continue;
        let out = '';
        let from = 0;
        for (const edit of edits) {
          out += body.slice(from, edit.start) + edit.text;
          from = edit.end;
        }
        rewrites.push({ path: source, body: out + body.slice(from), links: edits.length });
      }
    } finally {
      restore();
    }
    return rewrites.sort((a, b) => compareStrings(a.path, b.path));
  }

  /**
   * The notes whose links a move of `fromPath` to `toPath` (retitled `newTitle`) may rewrite (the
   * moved note among them): `planMove` reads only these bodies.
   */
  moveSources(fromPath: string, toPath: string, newTitle?: string): string[] {
    this.#refresh();
    const found = this.#resolver.note(fromPath);
    const note = found && newTitle !== undefined ? { ...found, title: newTitle } : found;
    const candidates = this.#moveCandidates(fromPath, toPath, note);
    return [...candidates].sort(compareStrings);
  }

  // --- internals -------------------------------------------------------------------------------

  /**
   * Notes whose links a move could change: those leading to the moved file now, those whose
   * keys the file answers to at its new place, and the moved note itself.
   */
  #moveCandidates(fromPath: string, toPath: string, note: ResolverNote | undefined): Set<string> {
    const keys = note === undefined ? [linkKey(toPath)] : noteKeys({ ...note, path: toPath });
    const candidates = new Set<string>(this.#incoming.get(fromPath)?.keys() ?? []);
    for (const key of keys) {
      for (const source of this.#sourcesByKey.get(key) ?? []) candidates.add(source);
    }
    if (note !== undefined && this.#notes.has(fromPath)) candidates.add(fromPath);
    return candidates;
  }

  #resolveLink(link: StoredLink, source: string): Resolution | null {
    return link.markdown
      ? this.#resolver.resolvePath(link.target, source)
      : this.#resolver.resolveDetailed(link.target, source);
  }

  /**
   * The path a markdown link written `written` (decoded) in `fromPath` needs to lead to
   * `desired`, in the form it was written in: relative to its note (`./` kept), from the vault
   * root (with or without `/`), or the shortest unambiguous name; `.md` kept or left out as it
   * was. A form that no longer leads there falls back to the path relative to the note, which
   * always does.
   */
  #markdownPathFor(written: string, was: Resolution, desired: string, fromPath: string): string {
    const keepExtension = /\.md$/i.test(written) || this.#resolver.note(desired) === undefined;
    const spell = (path: string) => (keepExtension ? path : path.replace(/\.md$/i, ''));
    const leads = (path: string) => {
      const found = this.#resolver.resolvePath(path, fromPath);
      return found !== null && found.path === desired && !found.ambiguous;
    };
    let relative = spell(relativePath(fromPath, desired));
    if (written.startsWith('./') && !relative.startsWith('../')) relative = `./${relative}`;

    let path = '';
    if (written.startsWith('/')) path = `/${spell(desired)}`;
    else if (was.via === 'relative') path = relative;
    else if (was.via === 'path') path = spell(desired);
    else {
      const segments = spell(desired).split('/');
      for (let k = 1; k <= segments.length && path === ''; k++) {
        const suffix = segments.slice(-k).join('/');
        if (leads(suffix)) path = suffix;
      }
    }
    return path !== '' && leads(path) ? path : relative;
  }

  /**
   * Moves the file inside the resolver only (`note` is what it becomes there, `was` what it is
   * now); returns how to undo it.
   */
  #applyMove(
    fromPath: string,
    toPath: string,
    note: ResolverNote | undefined,
    was: ResolverNote | undefined,
  ): () => void {
    if (note !== undefined && was !== undefined) {
      this.#resolver.removeNote(fromPath);
      this.#resolver.addNote({ ...note, path: toPath });
      return () => {
        this.#resolver.removeNote(toPath);
        this.#resolver.addNote(was);
      };
    }
    this.#resolver.removeAttachment(fromPath);
    this.#resolver.addAttachment(toPath);
    return () => {
      this.#resolver.removeAttachment(toPath);
      this.#resolver.addAttachment(fromPath);
    };
  }

  /** The notes whose links a change of `path` can alter (see `trackLinkChanges`). */
  #linkNeighbours(path: string, identityChanges: boolean): Set<string> {
    this.#refresh();
    const out = new Set<string>([path]);
    const record = this.#notes.get(path);
    if (record === undefined) return out;
    const addTargets = (of: NoteRecord) => {
      for (const link of of.links) if (link.resolved !== null) out.add(link.resolved);
    };
    addTargets(record);
    if (identityChanges) {
      for (const key of noteKeys(record)) {
        for (const source of this.#sourcesByKey.get(key) ?? []) {
          out.add(source);
          const linking = this.#notes.get(source);
          if (linking !== undefined) addTargets(linking);
        }
      }
    }
    return out;
  }

  /** What a links panel shows for `path`, as one comparable string. */
  #linksView(path: string): string {
    return JSON.stringify([this.backlinks(path), this.outgoing(path)]);
  }

  #markStale(keys: Iterable<string>): void {
    for (const key of keys) if (key !== '') this.#staleKeys.add(key);
  }

  /** Takes a note's links out of the indexes (its record stays as it was). */
  #detach(record: NoteRecord): void {
    for (const key of record.keys) removeFrom(this.#sourcesByKey, key, record.path);
    this.#unlinkIncoming(record);
    this.#staleSources.delete(record.path);
  }

  /** Re-resolves the links that changes since the last query may have redirected. */
  #refresh(): void {
    for (const key of this.#staleKeys) {
      for (const source of this.#sourcesByKey.get(key) ?? []) this.#staleSources.add(source);
    }
    this.#staleKeys.clear();
    // Where a link leads depends only on its target and its note's folder (`[[#H]]` aside), and
    // notes in one folder link to the same places: resolve each pair once per refresh.
    const memo = new Map<string, string | null>();
    for (const source of this.#staleSources) {
      const record = this.#notes.get(source);
      if (record === undefined) continue;
      this.#unlinkIncoming(record);
      const folder = source.slice(0, source.lastIndexOf('/') + 1);
      for (const link of record.links) {
        if (link.target === '') {
          link.resolved = source;
          continue;
        }
        const key = `${link.markdown ? 'm' : 'w'}${folder}\n${link.target}`;
        let resolved = memo.get(key);
        if (resolved === undefined) {
          resolved = this.#resolveLink(link, source)?.path ?? null;
          memo.set(key, resolved);
        }
        link.resolved = resolved;
      }
      this.#linkIncoming(record);
    }
    this.#staleSources.clear();
  }

  #linkIncoming(record: NoteRecord): void {
    for (const link of record.links) {
      if (link.resolved === null) continue;
      let sources = this.#incoming.get(link.resolved);
      if (sources === undefined) this.#incoming.set(link.resolved, (sources = new Map()));
      sources.set(record.path, (sources.get(record.path) ?? 0) + 1);
    }
  }

  #unlinkIncoming(record: NoteRecord): void {
    for (const link of record.links) {
      if (link.resolved === null) continue;
      const sources = this.#incoming.get(link.resolved);
      const count = sources?.get(record.path);
      if (sources === undefined || count === undefined) continue;
      if (count > 1) sources.set(record.path, count - 1);
      else {
        sources.delete(record.path);
        if (sources.size === 0) this.#incoming.delete(link.resolved);
      }
      link.resolved = null;
    }
  }
}

/**
 * Whether a link still leads to `desired` after the move in a way worth keeping: a link that
 * found its file by path or name must still find it by path or name (an alias or title that
 * happens to match is not the file's name), one that found it by alias or title may use any
 * rule; and a link that did not depend on a tie-break between same-named files must not start
 * to (`[[sibling]]` found beside its note, which moved away from it).
 */
function stillLeads(was: Resolution, now: Resolution | null, desired: string): boolean {
  if (now === null || now.path !== desired) return false;
  if (now.ambiguous && !was.ambiguous) return false;
  if (was.via === 'alias' || was.via === 'title') return true;
  return now.via === 'path' || now.via === 'relative' || now.via === 'name';
}

/**
 * Like `stillLeads`, for a markdown link's path: one written relative to its note must still
 * find the file that way (its base moves with the note), one found from the vault root must
 * still find it by path, one found by name may find it by any rule.
 */
function stillLeadsByPath(was: Resolution, now: Resolution | null, desired: string): boolean {
  if (now === null || now.path !== desired) return false;
  if (now.ambiguous && !was.ambiguous) return false;
  if (was.via === 'relative') return now.via === 'relative';
  if (was.via === 'path') return now.via !== 'name';
  return true;
}

const WIKI = 'w';
const MARKDOWN = 'm';

/** Links of one note with the same id resolve alike. */
function linkId(link: StoredLink): string {
  return `${link.markdown ? MARKDOWN : WIKI}${link.target}`;
}

/** A note's wiki and markdown links to vault files, in order. */
function storedLinks(note: GraphNote, found: LocatedLinks): StoredLink[] {
  if (found.wikiLinks.length === 0 && found.markdownLinks.length === 0) return [];
  // Links of one short block quote the same paragraph: one copy of it serves them all.
  const quotes = new Map<string, string>();
  const quoteOf = (link: Located): string => {
    const [from, to] = quoteRange(note.body, link);
    const key = `${from}:${to}`;
    let quote = quotes.get(key);
    if (quote === undefined) {
      quote = paragraphText(note.body, link, from, to);
      quotes.set(key, quote);
    }
    return quote;
  };
  const links: (StoredLink & { start: number })[] = found.wikiLinks.map((link) => ({
    markdown: false,
    target: link.target,
    heading: link.heading,
    alias: link.alias,
    embed: link.embed,
    line: note.bodyStartLine + link.line - 1,
    quote: quoteOf(link),
    written: '',
    resolved: null,
    start: link.start,
  }));
  for (const link of found.markdownLinks) {
    const destination = vaultDestination(link.destination);
    // Outside the vault (`../../elsewhere.md` from the root) is not a link Praxis follows.
    if (destination === null || vaultPathOf(destination.path, note.path) === null) continue;
    links.push({
      markdown: true,
      target: destination.path,
      heading: destination.anchor,
      alias: link.text,
      embed: link.embed,
      line: note.bodyStartLine + link.line - 1,
      quote: quoteOf(link),
      written: detached(note.body.slice(link.start, link.end)),
      resolved: null,
      start: link.start,
    });
  }
  return links.sort((a, b) => a.start - b.start).map(({ start: _start, ...link }) => link);
}

/**
 * A link's target as reported: a wiki link's as written; for a markdown link the vault path it
 * names from its note, without `.md` (`[x](../b/New%20note.md)` in `a/n.md` → `b/New note`),
 * which is where following an unresolved one creates the note.
 */
function reportedTarget(link: StoredLink, source: string): string {
  if (!link.markdown) return link.target;
  return (vaultPathOf(link.target, source) ?? link.target).replace(/\.md$/i, '');
}

/** The replacements that give each link in `newText` (by id) its new target, in order. */
function linkEdits(
  found: LocatedLinks,
  newText: Map<string, string>,
): { start: number; end: number; text: string }[] {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const link of found.wikiLinks) {
    const text = newText.get(`${WIKI}${link.target}`);
    if (text !== undefined) edits.push({ start: link.targetStart, end: link.targetEnd, text });
  }
  for (const link of found.markdownLinks) {
    const destination = vaultDestination(link.destination);
    const path = destination && newText.get(`${MARKDOWN}${destination.path}`);
    if (!destination || path === undefined || path === null) continue;
    edits.push({
      start: link.destinationStart,
      end: link.destinationEnd,
      text: formatDestination(
        path,
        destination.suffix,
        destinationStyle(link.destination, link.angleBrackets),
      ),
    });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** Where a link sits in its note's body, and the block (paragraph, list item…) around it. */
interface Located {
  start: number;
  end: number;
  blockStart: number;
  blockEnd: number;
}

/** The part of the block around a link that backlinks quote: about `PARAGRAPH_MAX` characters. */
function quoteRange(body: string, link: Located): [number, number] {
  let from = link.blockStart;
  let to = link.blockEnd;
  if (to - from > PARAGRAPH_MAX) {
    const length = link.end - link.start;
    from = Math.max(
      link.blockStart,
      link.start - Math.max(0, Math.floor((PARAGRAPH_MAX - length) / 2)),
    );
    to = Math.min(link.blockEnd, Math.max(from + PARAGRAPH_MAX, link.end));
    from = Math.max(link.blockStart, Math.min(from, to - PARAGRAPH_MAX));
  }
  // Never cut a surrogate pair in half.
  if (from > link.blockStart && isLowSurrogate(body.charCodeAt(from))) from--;
  if (to < link.blockEnd && isLowSurrogate(body.charCodeAt(to))) to++;
  return [from, to];
}

/** The quoted range trimmed, with `…` where the block goes on; never a view into `body`. */
function paragraphText(body: string, link: Located, from: number, to: number): string {
  const text = body.slice(from, to).replace(/\r\n?/g, '\n').trim();
  return detached(`${from > link.blockStart ? '…' : ''}${text}${to < link.blockEnd ? '…' : ''}`);
}

/**
 * A copy of `text` that shares no memory with the note it was cut from: V8 keeps `slice()`
 * results as views into their parent, which would keep every linking note's text alive.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (set === undefined) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set === undefined) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
