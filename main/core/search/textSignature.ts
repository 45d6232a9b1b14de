/**
 * A small fingerprint of a note's text for finding near-duplicates (the same article in five
 * version folders, a procedure copied as v1 and v2): one-permutation MinHash over word
 * 3-shingles. Every shingle is hashed once; its hash's top bits choose one of {@link bins} bins
 * and each bin keeps its smallest hash. Two texts agree in a bin with a probability equal to the
 * Jaccard similarity of their shingle sets, so the share of agreeing bins estimates it.
 *
 * Computed when a note is indexed (toDocRecord), from the first {@link maxChars} characters of
 * its body, and kept with its record (docs.json): notes are compared by signature, never by text.
 */

/** Bins of the signature; 8 bits are kept of each bin's minimum (2 hex digits). */
export const bins = 64;
const binBits = 6; // 2^6 = 64
/** A bin no shingle fell into. */
const emptyBin = 0xff;
/**
 * Characters read, at most: copies differ little wherever they are compared, and a long
 * article's first part is enough to tell (the signature's cost stays bounded per note).
 */
export const maxChars = 12_000;
/** Texts with fewer shingles say too little to call two notes copies of each other. */
export const minShingles = 8;

/** Mixes three word hashes into a shingle hash (murmur3's finaliser spreads the bits). */
function shingleHash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca6b) ^ c;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Letters, digits and marks beyond ASCII (checked one character at a time, rarely). */
const wordChar = /[\p{L}\p{N}\p{M}]/u;

/**
 * The signature of a text as 64 × 2 hex digits, or null when the text has fewer than
 * {@link minShingles} shingles (too short to judge). Words are runs of letters, digits and marks,
 * compared without case; punctuation and markup are ignored: only the words and their order
 * count. One pass over the characters, no strings made: it runs for every note indexed.
 */
export function textSignature(text: string): string | null {
  const mins = new Uint32Array(bins).fill(0xffffffff);
  let a = 0;
  let b = 0;
  let words = 0;
  let shingles = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  const end = Math.min(text.length, maxChars);
  for (let i = 0; i <= end; i++) {
    let code = i < end ? text.charCodeAt(i) : 32;
    let isWord: boolean;
    if (code < 128) {
      if (code >= 65 && code <= 90) code |= 0x20;
      isWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    } else {
      const ch = text[i]!;
      isWord = wordChar.test(ch) || (code >= 0xd800 && code <= 0xdfff);
      if (isWord) code = ch.toLowerCase().charCodeAt(0);
    }
    if (isWord) {
      // FNV-1a of the word, as it is read.
      h = Math.imul(h ^ code, 0x01000193);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    const c = h >>> 0;
    h = 0x811c9dc5;
    inWord = false;
    if (++words >= 3) {
      const s = shingleHash(a, b, c);
      const bin = s >>> (32 - binBits);
      const rest = s & 0x07ffffff;
      if (rest < mins[bin]!) mins[bin] = rest;
      shingles++;
    }
    a = b;
    b = c;
  }
  if (shingles < minShingles) return null;
  let out = '';
  for (let i = 0; i < bins; i++) {
    // The low 8 bits of the minimum, kept below the empty marker.
    const value = mins[i] === 0xffffffff ? emptyBin : (mins[i]! & 0xffff) % emptyBin;
    out += value.toString(16).padStart(2, '0');
  }
  return out;
}

/** Whether `value` is a signature {@link textSignature} could have made (docs.json is checked). */
export function isTextSignature(value: unknown): value is string {
  return typeof value === 'string' && value.length === bins * 2 && /^[0-9a-f]+$/.test(value);
}

/**
 * Estimated Jaccard similarity (0–1) of the shingle sets of the texts two signatures were made
 * from: agreeing bins over bins filled in either. 0 when either is null.
 */
export function signatureSimilarity(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0;
  if (a === b) return 1;
  let same = 0;
  let used = 0;
  for (let i = 0; i < a.length; i += 2) {
    const x0 = a.charCodeAt(i);
    const x1 = a.charCodeAt(i + 1);
    const y0 = b.charCodeAt(i);
    const y1 = b.charCodeAt(i + 1);
    // `ff`: an empty bin.
    if (x0 === 102 && x1 === 102 && y0 === 102 && y1 === 102) continue;
    used++;
    if (x0 === y0 && x1 === y1) same++;
  }
  // Two different bytes agree by chance once in 255: take that out of the estimate.
  const chance = 1 / emptyBin;
  return used === 0 ? 0 : Math.max(0, (same / used - chance) / (1 - chance));
}
