import { useTranslation } from 'react-i18next';
import { IconButton } from '../ui/IconButton';
import { useNavigation } from '../services/navigation';
import { shortcutLabel } from '../services/commands/shortcutLabel';

interface CentreToolbarProps {
  title: string;
  sidebarOpen: boolean;
  rightOpen: boolean;
  onToggleSidebar(): void;
  onToggleRight(): void;
}

/** Above the view: panel toggles, back/forward, and where the user is (folder › note). */
export function CentreToolbar({
  title,
  sidebarOpen,
  rightOpen,
  onToggleSidebar,
  onToggleRight,
}: CentreToolbarProps) {
  const { t } = useTranslation('app');
  const { t: tc } = useTranslation('commands');
  const { route, back, forward, canGoBack, canGoForward } = useNavigation();
  const folders = route.view === 'note' ? route.path.split('/').slice(0, -1) : [];

  return (
    <div className="centre-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <IconButton
        icon="sidebarLeft"
        label={tc('view.toggleSidebar')}
        shortcut={shortcutLabel('view.toggleSidebar')}
        aria-pressed={sidebarOpen}
        data-panel-toggle
        onClick={onToggleSidebar}
      />
      <IconButton
        icon="back"
        label={tc('go.back')}
        shortcut={shortcutLabel('go.back')}
        disabled={!canGoBack}
        onClick={back}
      />
      <IconButton
        icon="forward"
        label={tc('go.forward')}
        shortcut={shortcutLabel('go.forward')}
        disabled={!canGoForward}
        onClick={forward}
      />
      <p className="breadcrumb" title={route.view === 'note' ? route.path : undefined}>
        {folders.map((folder, i) => (
          <span key={i} className="breadcrumb-folder">
            {folder}
            <span className="breadcrumb-separator" aria-hidden="true">
              /
            </span>
          </span>
        ))}
        <span className="breadcrumb-current">{title}</span>
      </p>
      <IconButton
        icon="sidebarRight"
        label={tc('view.toggleRightPanel')}
        shortcut={shortcutLabel('view.toggleRightPanel')}
        aria-pressed={rightOpen}
        data-panel-toggle
        onClick={onToggleRight}
      />
    </div>
  );
}
