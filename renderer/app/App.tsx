import { useCallback, useRef, useState } from 'react';
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
import { RecentNotesProvider } from '../services/recentNotes';
import { Sidebar } from './Sidebar';
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
  const toggleSidebar = useCallback(
    () => setLayout((l) => ({ ...l, sidebarOpen: !l.sidebarOpen })),
    [setLayout],
  );
  const toggleRightPanel = useCallback(
    () => setLayout((l) => ({ ...l, rightOpen: !l.rightOpen })),
    [setLayout],
  );

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
        sidebarOpen={layout.sidebarOpen}
        onPane={(pane) =>
          setLayout((l) =>
            l.sidebarOpen && l.sidebarPane === pane
              ? { ...l, sidebarOpen: false }
              : { ...l, sidebarOpen: true, sidebarPane: pane },
          )
        }
      />
      <Group className="workbench" orientation="horizontal" onLayoutChanged={rememberWidths}>
        {layout.sidebarOpen && (
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
              sidebarOpen={layout.sidebarOpen}
              rightOpen={layout.rightOpen}
              onToggleSidebar={toggleSidebar}
              onToggleRight={toggleRightPanel}
            />
            <VaultNotices />
            <div className="view" data-view={route.view} data-window-part-focus>
              <view.Component route={route} />
            </div>
          </main>
        </Panel>
        {layout.rightOpen && (
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
