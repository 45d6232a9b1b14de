import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { useToasts } from '../../services/toasts';
import { Icon } from '../../ui/Icon';
import type { RightPanelSectionProps } from '../../services/extensionPoints';

/** Links of this note to notes that do not exist yet, each with a button that creates it. */
export function UnresolvedSection({ links }: RightPanelSectionProps) {
  const { t } = useTranslation('app');
  const { api } = useApiClient();
  const { navigate } = useNavigation();
  const { notifyError } = useToasts();
  const targets = useMemo(
    () => [...new Set(links.outgoing.filter((l) => !l.resolved && l.target).map((l) => l.target))],
    [links.outgoing],
  );

  const create = async (target: string) => {
    const parts = target.split('/');
    const name = parts.pop()!;
    try {
      const note = await api['notes.create']({ folder: parts.join('/'), name });
      navigate({ view: 'note', path: note.path, focusTitle: false });
    } catch (error) {
      notifyError(error);
    }
  };

  if (links.status === 'ready' && targets.length === 0)
    return <p className="panel-empty">{t('panel.noUnresolved')}</p>;

  return (
    <ul className="panel-list">
      {targets.map((target) => (
        <li key={target} className="unresolved-row">
          <span className="unresolved-target" title={target}>
            <Icon name="unlink" size={14} />
            <span>{target}</span>
          </span>
          <button
            type="button"
            className="button button-small"
            aria-label={t('panel.createNamed', { name: target })}
            onClick={() => void create(target)}
          >
            {t('panel.create')}
          </button>
        </li>
      ))}
    </ul>
  );
}
