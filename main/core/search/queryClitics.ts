/**
 * English contractions in a question: `I'm`, `we've`, `you'll`, `I'd`, `doesn't`. Split at the
 * apostrophe as notes are, they leave fragments (`m`, `ve`, `ll`, `d`, `doesn` + `t`) that are no
 * words of the question but are terms of a large vault (`m` and `d` in `-m`, `-d` options) and
 * would rank notes for them. In a natural query (see queryPlan) the clitic is noise, and a negated
 * auxiliary (`don't`, `can't`, `isn't`) is as much noise as `do`, `can`, `is`. The `'s` of
 * possessives and of `what's` is kept: notes write it the same way, and a title such as _What's
 * New_ is then matched whole (the relevance bench's known-item queries lost one such title without
 * it). Other languages' elisions (`l'arxiu`, `d'un`) put the apostrophe before the word and are
 * not touched.
 */

const negatedAuxiliary = /^\p{L}+n['’]t$/iu;
const clitic = /^(\p{L}[\p{L}\p{N}]*)['’](?:m|re|ve|ll|d)$/iu;

/** The part of a natural query's word to search for, and how many word places it gave up. */
export function withoutClitic(text: string): { text: string; dropped: number } {
  if (negatedAuxiliary.test(text)) return { text: '', dropped: 2 };
  const match = clitic.exec(text);
  if (match) return { text: match[1]!, dropped: 1 };
  return { text, dropped: 0 };
}
