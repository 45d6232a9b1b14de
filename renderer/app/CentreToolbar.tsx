import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { shortcutLabel } from './commands/shortcutLabel';
import { useNavigation } from './navigation';

interface CentreToolbarProps {
  title: string;
  sidebarOpen: boolean;
  rightOpen: boolean;
  onToggleSidebar(): void;
  onToggleRight(): void;
}

const withShortcut = (label: string, command: string) => {
  const shortcut = shortcutLabel(command);
  return shortcut ? `${label} (${shortcut})` : label;
};

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
      <button
        type="button"
        className="icon-button"
        aria-label={tc('view.toggleSidebar')}
        aria-pressed={sidebarOpen}
        title={withShortcut(tc('view.toggleSidebar'), 'view.toggleSidebar')}
        onClick={onToggleSidebar}
      >
        <Icon name="sidebarLeft" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={tc('go.back')}
        title={withShortcut(tc('go.back'), 'go.back')}
        disabled={!canGoBack}
        onClick={back}
      >
        <Icon name="back" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={tc('go.forward')}
        title={withShortcut(tc('go.forward'), 'go.forward')}
        disabled={!canGoForward}
        onClick={forward}
      >
        <Icon name="forward" />
      </button>
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
      <button
        type="button"
        className="icon-button"
        aria-label={tc('view.toggleRightPanel')}
        aria-pressed={rightOpen}
        title={withShortcut(tc('view.toggleRightPanel'), 'view.toggleRightPanel')}
        onClick={onToggleRight}
      >
        <Icon name="sidebarRight" />
      </button>
    </div>
  );
}
