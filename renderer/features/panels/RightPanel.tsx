import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { RightPanelSection } from '../../services/extensionPoints';
import { useNavigation } from '../../services/navigation';
import { useUiState } from '../../services/useUiState';
import { useActiveNote } from '../../state/activeNote';
import { Icon } from '../../ui/Icon';
import { useNoteLinks } from './useNoteLinks';
import './panels.css';

const collapsedSchema = z.array(z.string().max(100)).max(100);

/**
 * The right panel: what surrounds the open note (backlinks, outgoing and unresolved links,
 * outline: the `sections` of app/rightPanelSections.tsx), each collapsible and remembered so.
 */
export function RightPanel({ sections }: { sections: readonly RightPanelSection[] }) {
  const { t } = useTranslation('app');
  const { route } = useNavigation();
  const path = route.view === 'note' ? route.path : null;
  const links = useNoteLinks(path);
  const active = useActiveNote();
  const [collapsed, setCollapsed] = useUiState('rightPanelCollapsed', collapsedSchema, []);

  return (
    <aside className="right-panel" aria-label={t('panel.label')} data-window-part>
      {!path ? (
        <div className="panel-placeholder">
          <p>{t('panel.noNote')}</p>
        </div>
      ) : (
        <div className="panel-scroll">
          {sections.map(({ id, title, count, Component }) => {
            const open = !collapsed.includes(id);
            const n = count?.(links, active, path) ?? null;
            return (
              <section key={id} className="panel-section" aria-labelledby={`panel-${id}-title`}>
                <h2 className="panel-section-heading" id={`panel-${id}-title`}>
                  <button
                    type="button"
                    className="panel-section-toggle"
                    aria-expanded={open}
                    aria-controls={`panel-${id}-body`}
                    onClick={() =>
                      setCollapsed((current) =>
                        open ? [...current, id] : current.filter((x) => x !== id),
                      )
                    }
                  >
                    <Icon name={open ? 'chevronDown' : 'chevronRight'} size={12} />
                    <span className="panel-section-title">{t(title)}</span>
                    {n !== null && <span className="count-badge">{n}</span>}
                  </button>
                </h2>
                <div id={`panel-${id}-body`} className="panel-section-body" hidden={!open}>
                  {open && <Component path={path} links={links} />}
                </div>
              </section>
            );
          })}
        </div>
      )}
    </aside>
  );
}
