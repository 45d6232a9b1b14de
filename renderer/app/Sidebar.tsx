import { useTranslation } from 'react-i18next';
import { sidebarPanes } from './sidebarPanes';

/** The left sidebar: the pane chosen in the activity bar (files, recent, domains…). */
export function Sidebar({ pane }: { pane: string }) {
  const { t } = useTranslation();
  const shown = sidebarPanes.find((p) => p.id === pane) ?? sidebarPanes[0]!;
  return (
    <nav className="sidebar" aria-label={t('common:notes')} data-window-part>
      <shown.Component />
    </nav>
  );
}
