/**
 * Side-by-side scrolling: the preview follows the editor by matching headings, which both sides
 * have, and interpolating between them. A heading in the text is paired with the next rendered
 * heading of the same slug, so headings only one side shows (in code, in embedded notes) do not
 * shift the rest.
 */

/** A point both sides share: a line of the text and the offset of the same place in the preview. */
export interface SyncAnchor {
  line: number;
  offset: number;
}

/** Pairs text headings (in order) with preview headings (in order) that have the same slug. */
export function pairHeadings(
  source: readonly { slug: string; line: number }[],
  rendered: readonly { slug: string; offset: number }[],
): SyncAnchor[] {
  const anchors: SyncAnchor[] = [];
  let next = 0;
  for (const heading of source) {
    let at = next;
    while (at < rendered.length && rendered[at]!.slug !== heading.slug) at++;
    if (at === rendered.length) continue;
    anchors.push({ line: heading.line, offset: rendered[at]!.offset });
    next = at + 1;
  }
  return anchors;
}

/**
 * Where the preview should be scrolled to show the place of `line` (fractional: part of a line
 * scrolled past counts), given the shared anchors, the number of lines and the preview's
 * scrollable height.
 */
export function previewOffsetFor(
  line: number,
  anchors: readonly SyncAnchor[],
  lineCount: number,
  previewHeight: number,
): number {
  const points = [
    { line: 0, offset: 0 },
    ...anchors,
    { line: Math.max(lineCount, 1), offset: previewHeight },
  ];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (line >= a.line && line < b.line) {
      const span = b.line - a.line;
      return a.offset + ((line - a.line) / span) * (b.offset - a.offset);
    }
  }
  return previewHeight;
}
