/**
 * The slug of a heading, the same for the markdown text (`Lessons from **our** team`) and for its
 * rendered text (`Lessons from our team`): lower-case letters and digits of any script, words
 * joined by `-`. Anchors from links, backlinks and the outline are matched through it, so a link
 * written `[[Note#lessons from our team]]` finds the heading however it is formatted.
 */
export function headingSlug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .trim()
    .replace(/[\s_-]+/gu, '-');
}
