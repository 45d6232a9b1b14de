import fuzzysort from 'fuzzysort';

export interface PaletteCommand {
  id: string;
  /** The translated label. */
  label: string;
  /** The shortcut as shown, or null. */
  shortcut: string | null;
}

export interface FilteredCommand extends PaletteCommand {
  /** Indexes of `label` that matched, to highlight. */
  matches: readonly number[];
}

/**
 * Commands matching `query` (fuzzy on the label, then the id), best first. With no query:
 * recently run commands first, then the rest alphabetically.
 */
export function filterCommands(
  commands: readonly PaletteCommand[],
  query: string,
  recent: readonly string[],
): FilteredCommand[] {
  const trimmed = query.trim();
  if (!trimmed) {
    const recentRank = new Map(recent.map((id, i) => [id, i]));
    return [...commands]
      .sort((a, b) => {
        const ra = recentRank.get(a.id) ?? Infinity;
        const rb = recentRank.get(b.id) ?? Infinity;
        return ra !== rb ? ra - rb : a.label.localeCompare(b.label);
      })
      .map((c) => ({ ...c, matches: [] }));
  }
  return fuzzysort
    .go(trimmed, commands, { keys: ['label', 'id'], limit: 0, threshold: 0.3 })
    .map((result) => ({
      ...result.obj,
      matches: result[0] && result[0].score > 0 ? [...result[0].indexes] : [],
    }));
}

/** Puts `id` first in the list of recently run commands. */
export function pushRecentCommand(recent: readonly string[], id: string, max = 20): string[] {
  return [id, ...recent.filter((r) => r !== id)].slice(0, max);
}
