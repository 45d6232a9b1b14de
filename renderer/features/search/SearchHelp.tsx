import { useTranslation } from 'react-i18next';

/** What a query can say, with examples: shown while the search box is empty. */
export function SearchHelp() {
  const { t } = useTranslation('search');
  const rows: [string, string][] = [
    ['budget review', t('help.words')],
    ['"framework agreement"', t('help.phrase')],
    ['-draft', t('help.exclude')],
    ['budg*', t('help.prefix')],
    ['tendr~1', t('help.fuzzy')],
    ['title:onboarding', t('help.field')],
    ['domain:procurement', t('help.domain')],
    ['tag:contracts', t('help.tag')],
    ['type:practice', t('help.type')],
    ['from:"ministry of finance"', t('help.from')],
    ['updated:>2026-01-01', t('help.updated')],
    ['*', t('help.all')],
  ];
  return (
    <section className="search-help" aria-labelledby="search-help-title">
      <h2 id="search-help-title" className="search-help-title">
        {t('help.title')}
      </h2>
      <p>{t('help.intro')}</p>
      <dl className="search-help-table">
        {rows.map(([example, meaning]) => (
          <div key={example}>
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="search-help-note">{t('help.templates')}</p>
    </section>
  );
}
