import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sidebarPanes } from './sidebarPanes';
import { Icon, type IconName } from '../ui/Icon';
import { shortcutLabel } from '../services/commands/shortcutLabel';
import { useNavigation } from '../services/navigation';
import { usePackInboxOffering } from '../features/packs/inbox/usePackInbox';

interface ActivityBarProps {
  pane: string;
  sidebarOpen: boolean;
  /** Shows a pane; showing the pane already shown hides the sidebar (as in VS Code). */
  onPane(id: string): void;
}

/**
 * The strip at the far left: one button per sidebar pane, Search, then Trash and Settings at the
 * bottom. A toolbar with one tab stop; Up/Down move between its buttons.
 */
export function ActivityBar({ pane, sidebarOpen, onPane }: ActivityBarProps) {
  const { t } = useTranslation();
  const { route, navigate } = useNavigation();
  const [focusIndex, setFocusIndex] = useState(0);
  const barRef = useRef<HTMLDivElement>(null);
  // Packs offered in the folders this vault subscribes to (Settings › Subscribed folders).
  const offering = usePackInboxOffering();

  const items: {
    id: string;
    icon: IconName;
    label: string;
    pressed?: boolean;
    current?: boolean;
    /** Shown in the tooltip. */
    shortcut?: string | null;
    /** A count shown on the button (and said in its name). */
    badge?: number;
    run(): void;
  }[] = [
    ...sidebarPanes.map((p) => ({
      id: p.id,
      icon: p.icon,
      label: t(p.title),
      pressed: sidebarOpen && pane === p.id,
      run: () => onPane(p.id),
    })),
    {
      id: 'search',
      icon: 'search',
      label: t('commands:search.open'),
      current: route.view === 'search',
      shortcut: shortcutLabel('search.open'),
      run: () => navigate({ view: 'search' }),
    },
    {
      id: 'trash',
      icon: 'trash',
      label: t('commands:go.trash'),
      current: route.view === 'trash',
      run: () => navigate({ view: 'trash' }),
    },
    {
      id: 'settings',
      icon: 'settings',
      label: offering > 0 ? t('packs:inbox.badge', { count: offering }) : t('commands:go.settings'),
      badge: offering,
      current: route.view === 'settings',
      shortcut: shortcutLabel('go.settings'),
      run: () => navigate({ view: 'settings' }),
    },
  ];

  const onKeyDown = (event: KeyboardEvent) => {
    const delta = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : delta !== undefined
            ? (focusIndex + delta + items.length) % items.length
            : null;
    if (to === null) return;
    event.preventDefault();
    setFocusIndex(to);
    barRef.current?.querySelectorAll<HTMLElement>('button')[to]?.focus();
  };

  return (
    <nav className="activity-bar" aria-labelledby="activity-bar-label" data-window-part>
      <span id="activity-bar-label" className="visually-hidden">
        {t('app:activity.label')}
      </span>
      <div
        ref={barRef}
        className="activity-buttons"
        role="toolbar"
        aria-orientation="vertical"
        aria-labelledby="activity-bar-label"
        onKeyDown={onKeyDown}
      >
        {items.map((item, index) => (
          <button
            key={item.id}
            type="button"
            className={`activity-button${item.pressed || item.current ? ' is-active' : ''}${
              item.id === 'trash' ? ' activity-bottom' : ''
            }`}
            tabIndex={index === focusIndex ? 0 : -1}
            aria-label={item.label}
            aria-pressed={item.pressed}
            aria-current={item.current ? 'page' : undefined}
            title={item.shortcut ? `${item.label} (${item.shortcut})` : item.label}
            onFocus={() => setFocusIndex(index)}
            onClick={item.run}
          >
            <Icon name={item.icon} size={20} />
            {item.badge ? (
              <span className="activity-badge" aria-hidden="true">
                {item.badge > 99 ? '99+' : item.badge}
              </span>
            ) : null}
          </button>
        ))}
      </div>
    </nav>
  );
}
