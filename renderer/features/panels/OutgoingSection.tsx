import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../services/navigation';
import { useVault } from '../../state/VaultContext';
import { Icon } from '../../ui/Icon';
import type { RightPanelSectionProps } from '../../services/extensionPoints';

/** The notes and files this note links to (each once), in the order they are written. */
export function OutgoingSection({ path, links }: RightPanelSectionProps) {
  const { t } = useTranslation('app');
  const { navigate } = useNavigation();
  const { byPath } = useVault();
  const resolved = useMemo(() => {
    const seen = new Set<string>();
    return links.outgoing.filter((l) => {
      if (!l.resolved || l.resolved === path) return false;
      const key = `${l.resolved}#${l.heading ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }, [links.outgoing, path]);

  if (links.status === 'ready' && resolved.length === 0)
    return <p className="panel-empty">{t('panel.noOutgoing')}</p>;

  return (
    <ul className="panel-list">
      {resolved.map((link) => {
        const target = byPath.get(link.resolved!);
        const label = `${target?.title ?? link.resolved!}${link.heading ? ` › ${link.heading}` : ''}`;
        return (
          <li key={`${link.resolved}#${link.heading ?? ''}`}>
            {target ? (
              <button
                type="button"
                className="panel-link"
                title={link.resolved!}
                onClick={() =>
                  navigate({
                    view: 'note',
                    path: target.path,
                    ...(link.heading ? { anchor: link.heading } : {}),
                  })
                }
              >
                <Icon name="file" size={14} />
                <span>{label}</span>
              </button>
            ) : (
              <span className="panel-link is-static" title={link.resolved!}>
                <Icon name="attachment" size={14} />
                <span>{label}</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
