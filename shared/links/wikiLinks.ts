// Placeholder until the wiki-link engine lands (branch `links`).
export function parseInlineTags(_markdown: string): string[] {
  return [];
}
