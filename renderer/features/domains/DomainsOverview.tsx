import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../services/useFormatLocale';
import type { DomainOverview, TypeCount } from '../../../shared/api/domainsMethods';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { Icon } from '../../ui/Icon';
import { errorText } from '../refactor/apiErrors';
import { RefactorHistory } from '../refactor/RefactorHistory';
import { domainChartData } from './domainChartData';
import { DomainFormDialog } from './DomainFormDialog';
import { DomainsChart } from './DomainsChart';
import { DomainSwatch } from './DomainSwatch';
import { noteTypeLabel } from './noteTypeLabel';
import { useLiveQuery } from '../../services/useLiveQuery';
import './domains.css';

/**
 * All community domains at a glance: their sizes as a chart (notes per domain, by type) with the
 * same figures in a table, slugs notes use that are not in the list (each can be created), and
 * the vault-wide changes made lately, which can be undone.
 */
export function DomainsOverview() {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const { navigate } = useNavigation();
  const [creating, setCreating] = useState<{ adopt?: string } | null>(null);
  const overview = useLiveQuery('overview', () => api['domains.overview']({}), [
    'notes.changed',
    'domains.changed',
  ]);
  const data = overview.data;
  const chart = useMemo(() => (data ? domainChartData(data.domains) : null), [data]);

  return (
    <div className="page domains-overview">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('overview.title')}</h1>
          <p className="page-subtitle">
            {data === null
              ? overview.error === null
                ? t('overview.loading')
                : errorText(overview.error, t('errors.unexpected'))
              : t('overview.summary', {
                  domains: t('overview.domainCount', { count: data.domains.length }),
                  notes: t('overview.noteCount', { count: data.totalNotes }),
                  without: t('overview.withoutDomain', { count: data.withoutDomain }),
                })}
            {data !== null && data.privateNotes > 0 && (
              <>
                <span aria-hidden="true"> · </span>
                <span className="private-count" title={t('page.privateHint')}>
                  {t('page.privateCount', { count: data.privateNotes })}
                </span>
              </>
            )}
          </p>
        </div>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => setCreating({})}>
            <Icon name="plus" size={14} />
            {t('overview.create')}
          </button>
        </div>
      </header>

      {data && chart && data.domains.length === 0 && (
        <div className="empty-state">
          <Icon name="domains" size={32} />
          <p className="empty-state-title">{t('overview.emptyTitle')}</p>
          <p>{t('overview.emptyText')}</p>
        </div>
      )}

      {data && chart && data.domains.length > 0 && (
        <section className="domain-section" aria-labelledby="overview-sizes">
          <h2 id="overview-sizes" className="section-title">
            {t('overview.sizes')}
          </h2>
          <DomainsChart
            data={chart}
            label={t('overview.chartLabel')}
            onOpen={(slug) => navigate({ view: 'domain', slug })}
          />
          <SizesTable chart={chart.domains} />
        </section>
      )}

      {data && data.unknown.length > 0 && (
        <UnlistedDomains unknown={data.unknown} onCreate={(slug) => setCreating({ adopt: slug })} />
      )}

      <RefactorHistory />

      {creating && (
        <DomainFormDialog
          mode="create"
          {...(creating.adopt !== undefined && { adoptSlug: creating.adopt })}
          onClose={() => setCreating(null)}
          onSaved={(domain) => {
            setCreating(null);
            navigate({ view: 'domain', slug: domain.slug });
          }}
        />
      )}
    </div>
  );
}

/** The chart's figures as text: the screen reader's (and the keyboard's) way into them. */
function SizesTable({ chart }: { chart: DomainOverview['domains'] }) {
  const { t } = useTranslation('domains');
  const { navigate } = useNavigation();
  const numbers = useNumberFormat();
  const byType = (counts: readonly TypeCount[]) =>
    counts.length === 0
      ? '—'
      : counts
          .map(({ type, count }) =>
            t('overview.typeCount', { type: noteTypeLabel(type, t), count: numbers.format(count) }),
          )
          .join(', ');
  return (
    <table className="data-table sizes-table">
      <caption className="visually-hidden">{t('overview.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('overview.domain')}</th>
          <th scope="col" className="numeric">
            {t('overview.notes')}
          </th>
          <th scope="col">{t('overview.byType')}</th>
          <th scope="col">{t('overview.moderators')}</th>
        </tr>
      </thead>
      <tbody>
        {chart.map((domain) => (
          <tr key={domain.slug}>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                onClick={() => navigate({ view: 'domain', slug: domain.slug })}
              >
                <DomainSwatch colour={domain.colour} />
                <span>{domain.name}</span>
              </button>
            </th>
            <td className="numeric">{numbers.format(domain.noteCount)}</td>
            <td>{byType(domain.byType)}</td>
            <td>
              {domain.moderators.length === 0
                ? '—'
                : domain.moderators.map((m) => m.name).join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnlistedDomains({
  unknown,
  onCreate,
}: {
  unknown: DomainOverview['unknown'];
  onCreate(slug: string): void;
}) {
  const { t } = useTranslation('domains');
  const { navigate } = useNavigation();
  return (
    <section className="domain-section" aria-labelledby="overview-unlisted">
      <h2 id="overview-unlisted" className="section-title">
        {t('overview.unlisted')}
      </h2>
      <p className="section-hint">{t('overview.unlistedHint')}</p>
      <ul className="unlisted-list">
        {unknown.map((entry) => (
          <li key={entry.slug}>
            <Icon name="warning" size={14} />
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ view: 'domain', slug: entry.slug })}
            >
              <code>{entry.slug}</code>
            </button>
            <span className="unlisted-count">{t('page.noteCount', { count: entry.count })}</span>
            <button
              type="button"
              className="button button-small"
              aria-label={t('unlisted.createNamed', { slug: entry.slug })}
              onClick={() => onCreate(entry.slug)}
            >
              {t('unlisted.create')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
