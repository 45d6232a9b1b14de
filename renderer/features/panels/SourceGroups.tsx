import type { ReactNode } from 'react';
import { useNavigation } from '../../services/navigation';

/**
 * Items that quote other notes (backlinks, unlinked mentions), one group per note in the order
 * first seen: the note's title as a button that opens it (with how many items when several),
 * then `renderItem` for each item of it.
 */
export function SourceGroups<T extends { source: string; sourceTitle: string }>({
  items,
  className,
  renderItem,
}: {
  items: readonly T[];
  className: string;
  renderItem: (item: T) => ReactNode;
}) {
  const { navigate } = useNavigation();
  const bySource = new Map<string, T[]>();
  for (const item of items) bySource.set(item.source, [...(bySource.get(item.source) ?? []), item]);
  return (
    <ul className={className}>
      {[...bySource.values()].map((group) => {
        const first = group[0]!;
        return (
          <li key={first.source} className="backlink-group">
            <button
              type="button"
              className="panel-link backlink-source"
              title={first.source}
              onClick={() => navigate({ view: 'note', path: first.source })}
            >
              {first.sourceTitle}
              {group.length > 1 && <span className="count-badge">{group.length}</span>}
            </button>
            <ul>{group.map(renderItem)}</ul>
          </li>
        );
      })}
    </ul>
  );
}
