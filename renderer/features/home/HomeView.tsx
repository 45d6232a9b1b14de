import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countableNotes } from '../../../shared/domains/domainTally';
import { useCommandRegistry } from '../../services/commands/CommandsContext';
import { shortcutLabel } from '../../services/commands/shortcutLabel';
import { useNavigation } from '../../services/navigation';
import { useRecentNotes } from '../../services/recentNotes';
import { useVault } from '../../state/VaultContext';
import { Icon, type IconName } from '../../ui/Icon';
import './home.css';

const HOME_RECENT = 8;

/** In pairs, as the grid shows them: writing, the journal and search, finding your way. */
const actions: { command: string; icon: IconName; label: string; hint: string }[] = [
  { command: 'note.new', icon: 'plus', label: 'home.newNote', hint: 'home.newNoteHint' },
  {
    command: 'note.newFromTemplate',
    icon: 'template',
    label: 'home.fromTemplate',
    hint: 'home.fromTemplateHint',
  },
  {
    command: 'journal.today',
    icon: 'journal',
    label: 'journal:home.today',
    hint: 'journal:home.todayHint',
  },
  { command: 'search.open', icon: 'search', label: 'home.search', hint: 'home.searchHint' },
  { command: 'go.quickSwitcher', icon: 'file', label: 'home.findNote', hint: 'home.findNoteHint' },
  {
    command: 'view.commandPalette',
    icon: 'command',
    label: 'home.commands',
    hint: 'home.commandsHint',
  },
];

/** What the window shows when no note is open: where to start, and the notes opened last. */
export function HomeView() {
  const { t } = useTranslation('app');
  const vault = useVault();
  const registry = useCommandRegistry();
  const { navigate } = useNavigation();
  const recent = useRecentNotes().slice(0, HOME_RECENT);
  // Templates are not notes (shared/templates/templatePaths).
  const noteCount = useMemo(() => countableNotes(vault.notes).length, [vault.notes]);
  const empty = vault.loaded && noteCount === 0;

  return (
    <div className="home">
      <h1 className="home-title">{vault.info?.name ?? 'Praxis'}</h1>
      <p className="home-subtitle">
        {!vault.loaded
          ? t('home.loading')
          : empty
            ? t('home.emptyVault')
            : t('home.noteCount', { count: noteCount })}
      </p>

      <ul className="home-actions" aria-label={t('home.actions')}>
        {actions.map((action) => {
          const shortcut = shortcutLabel(action.command);
          // Named by its label alone; the hint and the shortcut describe it.
          const id = `home-action-${action.command.replace(/\W/g, '-')}`;
          return (
            <li key={action.command}>
              <button
                type="button"
                className="home-action"
                aria-labelledby={`${id}-label`}
                aria-describedby={shortcut ? `${id}-hint ${id}-keys` : `${id}-hint`}
                onClick={() => registry.run(action.command)}
              >
                <Icon name={action.icon} size={18} />
                <span className="home-action-text">
                  <span className="home-action-head">
                    <span id={`${id}-label`} className="home-action-label">
                      {t(action.label)}
                    </span>
                    {shortcut && (
                      <kbd id={`${id}-keys`} className="shortcut">
                        {shortcut}
                      </kbd>
                    )}
                  </span>
                  <span id={`${id}-hint`} className="home-action-hint">
                    {t(action.hint)}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>

      <p className="home-tour">
        <button
          type="button"
          className="link-button home-tour-button"
          onClick={() => registry.run('help.welcome')}
        >
          <Icon name="info" size={14} />
          {t('home.tour')}
        </button>
        <span className="home-tour-hint">{t('home.tourHint')}</span>
      </p>

      {recent.length > 0 && (
        <section className="home-section" aria-labelledby="home-recent">
          <h2 id="home-recent" className="home-section-title">
            {t('home.recent')}
          </h2>
          <ul className="home-recent">
            {recent.map((path) => (
              <li key={path}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => navigate({ view: 'note', path })}
                >
                  <Icon name="file" size={14} />
                  <span>{vault.byPath.get(path)?.title ?? path}</span>
                  <span className="home-recent-path">{path}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
