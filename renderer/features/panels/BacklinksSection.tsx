import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../services/navigation';
import { useVault } from '../../state/VaultContext';
import { linkInParagraph, linkNamesOf, paragraphParts } from './linkAnchor';
import { SourceGroups } from './SourceGroups';
import type { RightPanelSectionProps } from '../../services/extensionPoints';

/** Notes that link here, each with the paragraph around the link; a click opens it there. */
export function BacklinksSection({ path, links }: RightPanelSectionProps) {
  const { t } = useTranslation('app');
  const { navigate } = useNavigation();
  const { byPath } = useVault();
  const note = byPath.get(path);
  const names = useMemo(() => linkNamesOf(note ?? { path, title: '', aliases: [] }), [note, path]);

  if (links.status === 'ready' && links.backlinks.length === 0)
    return <p className="panel-empty">{t('panel.noBacklinks')}</p>;

  return (
    <SourceGroups
      className="backlinks"
      items={links.backlinks}
      renderItem={(backlink) => {
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
      }}
    />
  );
}
