import { useTranslation } from 'react-i18next';
import type { Moderator } from '../../../shared/api/domainsMethods';
import { moderatorContactHref } from './moderatorContact';

/** Who moderates a domain, each with a way to reach them where one is given. */
export function DomainModerators({ moderators }: { moderators: readonly Moderator[] }) {
  const { t } = useTranslation('domains');
  return (
    <section className="domain-moderators" aria-labelledby="domain-moderators-title">
      <h2 id="domain-moderators-title" className="section-title">
        {t('page.moderators')}
      </h2>
      {moderators.length === 0 ? (
        <p className="section-empty">{t('page.noModerators')}</p>
      ) : (
        <ul className="moderator-list">
          {moderators.map((moderator, i) => {
            const href = moderatorContactHref(moderator.contact);
            return (
              <li key={i}>
                <span className="moderator-name">{moderator.name}</span>
                {moderator.contact !== '' && (
                  <>
                    {' — '}
                    {href ? (
                      // Electron hands mailto and web links to the OS (main/electron/webContentsSecurity).
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {moderator.contact}
                      </a>
                    ) : (
                      <span>{moderator.contact}</span>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
