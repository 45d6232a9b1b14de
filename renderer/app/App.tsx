import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useApiClient } from '../api/ApiContext';
import { useJournalCommands } from '../features/journal/useJournalCommands';
import { CommandPalette } from '../features/palette/CommandPalette';
import { PackImportCommand } from '../features/packs/import/PackImportCommand';
import { UndoVaultChangeCommand } from '../features/refactor/UndoVaultChangeCommand';
import { RightPanel } from '../features/panels/RightPanel';
import { NewFromTemplateCommand } from '../features/templates/NewFromTemplateCommand';
import { RestoreTemplatesCommand } from '../features/templates/RestoreTemplatesCommand';
import { TourCommand } from '../features/tour/TourCommand';
import { ExportPackCommand } from '../features/packs/export/ExportPackCommand';
import { QuickSwitcher, usePreparedNoteIndex } from '../features/switcher/QuickSwitcher';
import { useSettings } from '../state/SettingsContext';
import { ActivityBar } from './ActivityBar';
import { rightPanelSections } from './rightPanelSections';
import { CentreToolbar } from './CentreToolbar';
import { useCommandRegistry } from '../services/commands/CommandsContext';
import { useGlobalShortcuts } from '../services/commands/useGlobalShortcuts';
import {
  CENTRE_MIN_WIDTH,
  defaultLayout,
  layoutSchema,
  RIGHT_PANEL_MIN_WIDTH,
  SIDEBAR_MIN_WIDTH,
} from './layoutState';
import { useNavigation } from '../services/navigation';
import type { Route } from '../services/routes';
import { RecentNotesProvider } from '../services/recentNotes';
import { Sidebar } from './Sidebar';
import { SidePanelOverlay } from './SidePanelOverlay';
import { StatusBar } from './StatusBar';
import { ToastsProvider } from '../services/toasts';
import { useLocale } from './useLocale';
import { useRememberRoute } from './lastRoute';
import { useShellCommands } from './useShellCommands';
import { useTheme } from './useTheme';
import { useUiState } from '../services/useUiState';
import { useWindowTitle } from './useWindowTitle';
import { VaultNotices } from './VaultNotices';
import { viewFor } from './viewRegistry';

/** The window: theme, language and shortcuts, then the shell. */
export function App() {
  const client = useApiClient();
  const registry = useCommandRegistry();
  const { settings } = useSettings();
  const resolvedTheme = useTheme(settings.theme);
  useLocale(settings.locale);
  useGlobalShortcuts(registry, client);
  return (
    <ToastsProvider>
      <RecentNotesProvider>
        <Shell resolvedTheme={resolvedTheme} />
      </RecentNotesProvider>
    </ToastsProvider>
  );
}

type OpenDialog = 'switcher' | 'palette' | null;

/**
 * Below this width the side panels would squeeze the view (a 1024 px laptop screen: the editor
 * side by side ≈220 px): they open over the view instead, one at a time, and close with Escape.
 */
export const NARROW_WINDOW_QUERY = '(max-width: 1279px)';

/** Which place a route shows: its view and the note, domain or tag in it. */
function placeOf(route: Route): string {
  switch (route.view) {
    case 'note':
      return `note:${route.path}`;
    case 'domain':
      return `domain:${route.slug}`;
    case 'tag':
      return `tag:${route.tag}`;
    default:
      return route.view;
  }
}

function useNarrowWindow(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(NARROW_WINDOW_QUERY);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(NARROW_WINDOW_QUERY).matches,
  );
}

/**
 * Activity bar | sidebar | the view | right panel, with a status bar below. Side panels are
 * resizable (keyboard too: focus a divider, then arrows) and can be hidden; sizes and visibility
 * are remembered in the vault's settings. The dividers are named by `title` (a tooltip too):
 * they sit between the landmarks, and an aria-label would make them landmark-less content.
 */
function Shell({ resolvedTheme }: { resolvedTheme: 'light' | 'dark' }) {
  const { t } = useTranslation('app');
  const { route } = useNavigation();
  const [layout, setLayout] = useUiState('layout', layoutSchema, defaultLayout);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  // In a narrow window a side panel opens over the view, and only until it is closed: the
  // docked layout remembered in the settings is left as it is for a wider window.
  const narrow = useNarrowWindow();
  const [overlay, setOverlay] = useState<'sidebar' | 'right' | null>(null);
  const closeOverlay = useCallback(() => setOverlay(null), []);
  // Going to another place from a panel over the view (a note in the tree, a domain) shows it;
  // a change within the same place (a search query typed in the view) does not close the panel.
  const place = placeOf(route);
  const [shownPlace, setShownPlace] = useState(place);
  if (shownPlace !== place) {
    setShownPlace(place);
    if (narrow && overlay === 'sidebar') setOverlay(null);
  }
  const sidebarShown = narrow ? overlay === 'sidebar' : layout.sidebarOpen;
  const rightShown = narrow ? overlay === 'right' : layout.rightOpen;
  const toggleSidebar = useCallback(() => {
    if (narrow) setOverlay((o) => (o === 'sidebar' ? null : 'sidebar'));
    else setLayout((l) => ({ ...l, sidebarOpen: !l.sidebarOpen }));
  }, [setLayout, narrow]);
  const toggleRightPanel = useCallback(() => {
    if (narrow) setOverlay((o) => (o === 'right' ? null : 'right'));
    else setLayout((l) => ({ ...l, rightOpen: !l.rightOpen }));
  }, [setLayout, narrow]);

  // Widths are remembered once the user ends a resize: not on every pointer move (that would
  // re-render the whole window while the divider is dragged), and not when a small window
  // squeezes the panels (the width the user chose comes back when there is room again).
  const widths = useRef<{ sidebar?: number; right?: number }>({});
  const rememberWidths = useCallback(
    (_layout: unknown, meta: { isUserInteraction: boolean }) => {
      if (!meta.isUserInteraction) return;
      // The panels report their new sizes (onResize) just after the group's callback.
      setTimeout(() => {
        const { sidebar, right } = widths.current;
        setLayout((l) => {
          const sidebarWidth =
            sidebar !== undefined && sidebar >= SIDEBAR_MIN_WIDTH ? sidebar : l.sidebarWidth;
          const rightWidth =
            right !== undefined && right >= RIGHT_PANEL_MIN_WIDTH ? right : l.rightWidth;
          return sidebarWidth === l.sidebarWidth && rightWidth === l.rightWidth
            ? l
            : { ...l, sidebarWidth, rightWidth };
        });
      }, 0);
    },
    [setLayout],
  );

  useShellCommands({
    openSwitcher: () => setDialog('switcher'),
    openPalette: () => setDialog('palette'),
    toggleSidebar,
    toggleRightPanel,
    resolvedTheme,
  });
  useRememberRoute();
  usePreparedNoteIndex();
  useJournalCommands();
  const viewTitle = useWindowTitle();
  const view = viewFor(route);

  return (
    <div className="app">
      <ActivityBar
        pane={layout.sidebarPane}
        sidebarOpen={sidebarShown}
        onPane={(pane) => {
          if (narrow) {
            setOverlay(overlay === 'sidebar' && layout.sidebarPane === pane ? null : 'sidebar');
            setLayout((l) => ({ ...l, sidebarPane: pane }));
            return;
          }
          setLayout((l) =>
            l.sidebarOpen && l.sidebarPane === pane
              ? { ...l, sidebarOpen: false }
              : { ...l, sidebarOpen: true, sidebarPane: pane },
          );
        }}
      />
      <Group className="workbench" orientation="horizontal" onLayoutChanged={rememberWidths}>
        {!narrow && layout.sidebarOpen && (
          <>
            <Panel
              id="sidebar"
              className="panel"
              defaultSize={layout.sidebarWidth}
              minSize={SIDEBAR_MIN_WIDTH}
              maxSize="45%"
              groupResizeBehavior="preserve-pixel-size"
              onResize={(size) => (widths.current.sidebar = Math.round(size.inPixels))}
            >
              <Sidebar pane={layout.sidebarPane} />
            </Panel>
            <Separator className="separator" title={t('layout.resizeSidebar')} />
          </>
        )}
        <Panel id="centre" className="panel" minSize={CENTRE_MIN_WIDTH}>
          <main className="centre" data-window-part>
            <CentreToolbar
              title={viewTitle}
              sidebarOpen={sidebarShown}
              rightOpen={rightShown}
              onToggleSidebar={toggleSidebar}
              onToggleRight={toggleRightPanel}
            />
            <VaultNotices />
            <div className="view" data-view={route.view} data-window-part-focus>
              <view.Component route={route} />
            </div>
          </main>
        </Panel>
        {!narrow && layout.rightOpen && (
          <>
            <Separator className="separator" title={t('layout.resizeRightPanel')} />
            <Panel
              id="right"
              className="panel"
              defaultSize={layout.rightWidth}
              minSize={RIGHT_PANEL_MIN_WIDTH}
              maxSize="45%"
              groupResizeBehavior="preserve-pixel-size"
              onResize={(size) => (widths.current.right = Math.round(size.inPixels))}
            >
              <RightPanel sections={rightPanelSections} />
            </Panel>
          </>
        )}
      </Group>
      {narrow && overlay === 'sidebar' && (
        <SidePanelOverlay side="left" onClose={closeOverlay}>
          <Sidebar pane={layout.sidebarPane} />
        </SidePanelOverlay>
      )}
      {narrow && overlay === 'right' && (
        <SidePanelOverlay side="right" onClose={closeOverlay}>
          <RightPanel sections={rightPanelSections} />
        </SidePanelOverlay>
      )}
      <StatusBar />
      {dialog === 'switcher' && <QuickSwitcher onClose={closeDialog} />}
      {dialog === 'palette' && <CommandPalette onClose={closeDialog} />}
      <NewFromTemplateCommand />
      <RestoreTemplatesCommand />
      <TourCommand />
      <PackImportCommand />
      <UndoVaultChangeCommand />
      <ExportPackCommand />
    </div>
  );
}
