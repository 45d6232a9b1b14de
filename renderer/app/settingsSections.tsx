/**
 * The sections of the Settings view, in order. To add one: write a component (it reads and
 * writes its settings with `useSettings()`; the settings themselves are declared in
 * shared/api/settingsMethods.ts) and add a line here. `title` is an i18n key with its namespace.
 *
 *   { id: 'search', title: 'search:settings.title', Component: SearchSettings },
 */
import { HistorySettings } from '../features/history/HistorySettings';
import { JournalSettings } from '../features/journal/JournalSettings';
import { IdentitySettings } from '../features/packs/identity/IdentitySettings';
import { PackInboxSettings } from '../features/packs/inbox/PackInboxSettings';
import { AppearanceSettings } from '../features/settings/AppearanceSettings';
import { ShortcutsSettings } from '../features/settings/ShortcutsSettings';
import { VaultSettings } from '../features/settings/VaultSettings';
import { TemplateSettings } from '../features/templates/TemplateSettings';
import type { SettingsSection } from '../services/extensionPoints';

export const settingsSections: readonly SettingsSection[] = [
  { id: 'appearance', title: 'app:settings.appearance', Component: AppearanceSettings },
  { id: 'vault', title: 'app:settings.vault', Component: VaultSettings },
  { id: 'templates', title: 'domains:templateRestore.settingsTitle', Component: TemplateSettings },
  { id: 'journal', title: 'journal:settings.title', Component: JournalSettings },
  { id: 'history', title: 'notes:history.settings.title', Component: HistorySettings },
  { id: 'packs', title: 'packs:identity.sectionTitle', Component: IdentitySettings },
  { id: 'pack-inbox', title: 'packs:inbox.sectionTitle', Component: PackInboxSettings },
  { id: 'shortcuts', title: 'app:settings.shortcuts', Component: ShortcutsSettings },
];
