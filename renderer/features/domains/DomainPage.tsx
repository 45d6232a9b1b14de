import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/ApiContext';
import { useLiveQuery } from '../../services/useLiveQuery';
import { Icon } from '../../ui/Icon';
import { DomainModerators } from './DomainModerators';
import { DomainNotesTable } from './DomainNotesTable';
import { DomainPageDialogs, type DomainDialog } from './DomainPageDialogs';
import { DomainPageFallback } from './DomainPageFallback';
import { DomainPageHeader } from './DomainPageHeader';
import { DomainPageSections } from './DomainPageSections';
import './domains.css';

const PAGE_LIMIT = 10;

/**
 * A community domain's page: what it is and who moderates it, then its notes seen the ways a
 * community looks at them — by type, recently updated, most linked, open questions, solutions
 * and practices due for review, and its most used tags. Also the page of a slug notes use that
 * is not in the domain list, with the offer to create it; then every note of the domain, sortable.
 * Only shared knowledge: private notes appear as a count. Follows the vault as it changes.
 */
export function DomainPage({ slug }: { slug: string }) {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const [dialog, setDialog] = useState<DomainDialog | null>(null);
  const page = useLiveQuery(
    `domain:${slug}`,
    () => api['domains.page']({ slug, limit: PAGE_LIMIT }),
    ['notes.changed', 'domains.changed'],
  );
  if (page.data === null)
    return <DomainPageFallback slug={slug} error={page.error} onRetry={page.reload} />;

  const data = page.data;
  const domain = data.domain;
  return (
    <div className="page domain-page">
      <DomainPageHeader data={data} onOpen={setDialog} />
      {domain === null ? (
        <p className="notice notice-warning domain-unlisted">
          <Icon name="warning" />
          <span>{t('page.unlisted', { slug: data.slug, count: data.noteCount })}</span>
        </p>
      ) : (
        <>
          {domain.description !== '' ? (
            <p className="domain-description">{domain.description}</p>
          ) : (
            <p className="domain-description is-empty">{t('page.noDescription')}</p>
          )}
          <DomainModerators moderators={domain.moderators} />
        </>
      )}
      <DomainPageSections data={data} />
      <section className="domain-section" aria-labelledby="domain-all-notes">
        <h2 id="domain-all-notes" className="section-title">
          {t('page.allNotes', { count: data.noteCount })}
        </h2>
        {data.notes.length === 0 ? (
          <p className="section-empty">{t('page.noNotes')}</p>
        ) : (
          <DomainNotesTable notes={data.notes} />
        )}
      </section>
      <DomainPageDialogs dialog={dialog} data={data} onClose={() => setDialog(null)} />
    </div>
  );
}
