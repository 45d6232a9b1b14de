import { useTranslation } from 'react-i18next';
import type { SettingsSection } from '../../services/extensionPoints';
import './settings.css';

/** Settings: one page of sections (app/settingsSections.tsx), with a table of contents. */
export function SettingsView({ sections }: { sections: readonly SettingsSection[] }) {
  const { t } = useTranslation('app');
  return (
    <div className="page settings">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('settings.title')}</h1>
          <p className="page-subtitle">{t('settings.subtitle')}</p>
        </div>
      </header>
      <nav className="settings-toc" aria-label={t('settings.sections')}>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#settings-${section.id}`}>{t(section.title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map(({ id, title, Component }) => (
        <section
          key={id}
          id={`settings-${id}`}
          className="settings-section"
          aria-labelledby={`settings-${id}-title`}
        >
          <h2 id={`settings-${id}-title`} className="settings-section-title">
            {t(title)}
          </h2>
          <Component />
        </section>
      ))}
    </div>
  );
}
