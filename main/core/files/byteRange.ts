import { combineRanges, parse as parseRange } from 'range-parser';

/** What to send of a file of `size` bytes, given a request's `Range` header. */
export type ByteRangeChoice =
  { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

/** Longer `Range` headers are ignored rather than parsed (no client sends one). */
const MAX_RANGE_HEADER = 256;

/**
 * Decides between the whole file (200), one byte range (206) and nothing (416), following
 * RFC 9110 §14: a single range `bytes=a-b`, `bytes=a-` or `bytes=-n` is served (an end past the
 * file is cut to it); a range that starts past the end, or `bytes=-0`, is unsatisfiable; anything
 * else (another unit, a malformed header, several ranges, which media players never ask for) is
 * ignored and the whole file sent, as the RFC allows. `end` is inclusive.
 */
export function chooseByteRange(header: string | null | undefined, size: number): ByteRangeChoice {
  if (!header || header.length > MAX_RANGE_HEADER) return { kind: 'whole' };
  const parsed = parseRange(size, header);
  if (parsed.type !== 'bytes' || (parsed.code & 1) !== 0) return { kind: 'whole' };
  if (parsed.ranges.length === 0)
    // An empty file satisfies no range, but a client asking for its last bytes wants it whole.
    return size === 0 ? { kind: 'whole' } : { kind: 'unsatisfiable' };
  const ranges = combineRanges(parsed.ranges);
  if (ranges.length !== 1) return { kind: 'whole' };
  const { start, end } = ranges[0]!;
  // Even `bytes=0-` gets a 206: some players (Safari's) insist on one.
  return { kind: 'part', start, end };
}
