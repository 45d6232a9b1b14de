/**
 * One note's unlinked mentions of a name, as the panel lists them: found by `findMentions` in
 * the body (never in front matter), each with its paragraph. Shared by the search worker, which
 * reads the notes the index proposes itself (blocking reads, no text crossing threads), and the
 * main thread, which reads them while the index cannot answer.
 */
import type { UnlinkedMention } from '../../../shared/api/linksMethods';
import { contentVersion } from '../vault/contentVersion';
import { frontMatterBounds } from '../vault/frontMatter';
import { decodeNoteBytes } from '../vault/noteEncoding';
import { readNoFollowSync } from '../vault/noteFile';
import { resolveInsideVaultSync } from '../vault/vaultPaths';
import { findMentions, type FoundMention } from './findMentions';

/** A mention without the source's title, which the caller adds from the note list. */
export type NoteMention = Omit<UnlinkedMention, 'sourceTitle'>;

/** Characters of paragraph shown around a mention. */
const PARAGRAPH_MAX = 400;

/**
 * The mentions of `keys` (from `mentionKeys`) in a note's file text `raw` (front matter included:
 * offsets and lines are the file's), in order.
 */
export function mentionsInNote(
  file: { path: string; raw: string; version: string },
  keys: readonly string[],
): NoteMention[] {
  const { body, bodyOffset, bodyStartLine } = frontMatterBounds(file.raw);
  const found = findMentions(body, keys);
  if (found.length === 0) return [];
  const lines = new LineCounter(body);
  return found.map((mention) => {
    const bodyLine = lines.before(mention.start);
    return {
      source: file.path,
      version: file.version,
      start: bodyOffset + mention.start,
      end: bodyOffset + mention.end,
      text: body.slice(mention.start, mention.end),
      line: bodyStartLine + bodyLine,
      bodyLine,
      ...paragraphOf(body, mention),
    };
  });
}

/**
 * {@link mentionsInNote} of the note at vault path `rel`, read from disk with blocking calls (for
 * the search worker) the way the repository reads it: no symbolic link followed, the version of
 * its bytes. Null when it is not UTF-8 (Praxis never rewrites such a note, so offers no Link
 * there); throws when it cannot be read.
 */
export function readNoteMentionsSync(
  realRoot: string,
  rel: string,
  keys: readonly string[],
): NoteMention[] | null {
  const { bytes } = readNoFollowSync(resolveInsideVaultSync(realRoot, rel), rel);
  const decoded = decodeNoteBytes(bytes);
  if (decoded.encoding !== 'utf-8') return null;
  return mentionsInNote({ path: rel, raw: decoded.text, version: contentVersion(bytes) }, keys);
}

function paragraphOf(
  body: string,
  mention: FoundMention,
): Pick<NoteMention, 'paragraph' | 'highlight'> {
  let from = mention.blockStart;
  let to = mention.blockEnd;
  if (to - from > PARAGRAPH_MAX) {
    const room = Math.max(0, Math.floor((PARAGRAPH_MAX - (mention.end - mention.start)) / 2));
    from = Math.max(mention.blockStart, mention.start - room);
    to = Math.min(mention.blockEnd, Math.max(from + PARAGRAPH_MAX, mention.end));
    from = Math.max(mention.blockStart, Math.min(from, to - PARAGRAPH_MAX));
  }
  // Never cut a surrogate pair in half; never start or end on white space.
  if (from > mention.blockStart && isLowSurrogate(body.charCodeAt(from))) from--;
  if (to < mention.blockEnd && isLowSurrogate(body.charCodeAt(to))) to++;
  while (from < mention.start && /\s/.test(body[from]!)) from++;
  while (to > mention.end && /\s/.test(body[to - 1]!)) to--;
  const before = from > mention.blockStart ? '…' : '';
  const after = to < mention.blockEnd ? '…' : '';
  const offset = before.length - from;
  return {
    paragraph: `${before}${body.slice(from, to)}${after}`,
    highlight: [mention.start + offset, mention.end + offset],
  };
}

/** Line breaks before an offset, for offsets asked in increasing order (one pass per note). */
class LineCounter {
  readonly #text: string;
  #at = 0;
  #lines = 0;

  constructor(text: string) {
    this.#text = text;
  }

  before(end: number): number {
    if (end < this.#at) {
      this.#at = 0;
      this.#lines = 0;
    }
    const text = this.#text;
    for (let i = text.indexOf('\n', this.#at); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
      this.#lines++;
    this.#at = end;
    return this.#lines;
  }
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
