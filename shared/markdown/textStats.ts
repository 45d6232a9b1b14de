/** How long a note is, as the status bar says it. */
export interface TextStats {
  words: number;
  /** User-perceived characters (an emoji or an accented letter is one), spaces included. */
  characters: number;
}

const segmenters = new Map<string, { words: Intl.Segmenter; graphemes: Intl.Segmenter }>();

function segmentersFor(locale: string) {
  let found = segmenters.get(locale);
  if (!found) {
    found = {
      words: new Intl.Segmenter(locale, { granularity: 'word' }),
      graphemes: new Intl.Segmenter(locale, { granularity: 'grapheme' }),
    };
    segmenters.set(locale, found);
  }
  return found;
}

/**
 * Counts words as a word processor does, with the language's own rules (`l'administració` is
 * one word in Catalan; CJK text is split into words, not counted as one): markdown's markers
 * (`#`, `**`, `[[`, `-`) are punctuation and not counted.
 *
 * @example
 * textStats('## Next steps\n\n- **Call** the [[Budget office]]', 'en'); // { words: 6, characters: 47 }
 */
export function textStats(text: string, locale: string): TextStats {
  const { words, graphemes } = segmentersFor(locale);
  let wordCount = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) wordCount++;
  let characters = 0;
  // ASCII-only text (most notes) has one character per code unit: no segmenting needed.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) characters = text.length;
  else for (const _ of graphemes.segment(text)) characters++;
  return { words: wordCount, characters };
}
