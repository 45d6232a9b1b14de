import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backlink } from '../../../shared/api/linksMethods';
import { useNavigation } from '../../services/navigation';
import { useVault } from '../../state/VaultContext';
import { linkInParagraph, linkNamesOf, paragraphParts } from './linkAnchor';
import type { RightPanelSectionProps } from '../../services/extensionPoints';

/** Notes that link here, each with the paragraph around the link; a click opens it there. */
export function BacklinksSection({ path, links }: RightPanelSectionProps) {
  const { t } = useTranslation('app');
  const { navigate } = useNavigation();
  const { byPath } = useVault();
  const note = byPath.get(path);
  const names = useMemo(() => linkNamesOf(note ?? { path, title: '', aliases: [] }), [note, path]);
  const groups = useMemo(() => {
    const bySource = new Map<string, Backlink[]>();
    for (const b of links.backlinks) bySource.set(b.source, [...(bySource.get(b.source) ?? []), b]);
    return [...bySource.values()];
  }, [links.backlinks]);

  if (links.status === 'ready' && groups.length === 0)
    return <p className="panel-empty">{t('panel.noBacklinks')}</p>;

  return (
    <ul className="backlinks">
      {groups.map((group) => {
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
            <ul>
              {group.map((backlink) => {
                const link = linkInParagraph(backlink.paragraph, names);
                return (
                  <li key={`${backlink.line}:${link?.start ?? 0}`}>
                    <button
                      type="button"
                      className="backlink-paragraph"
                      onClick={() =>
                        navigate({
                          view: 'note',
                          path: backlink.source,
                          ...(link ? { anchor: link.raw } : {}),
                        })
                      }
                    >
                      {paragraphParts(backlink.paragraph).map((part, i) =>
                        part.kind === 'text' ? (
                          part.text
                        ) : (
                          <span
                            key={i}
                            className={`wikilink-text${part.link.start === link?.start ? ' is-target' : ''}`}
                          >
                            {part.link.shown}
                          </span>
                        ),
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
