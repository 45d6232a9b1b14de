import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/apiError';
import type { DomainPage as DomainPageData, Moderator } from '../../../shared/api/domainsMethods';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { domainKey } from '../../../shared/domains/domainSlug';
import { toggleQueryFilter } from '../../../shared/search/queryFilters';
import { useApiClient } from '../../api/ApiContext';
import { useCommandRegistry } from '../../services/commands/CommandsContext';
import { useNavigation } from '../../services/navigation';
import { useDateFormat } from '../../services/useDateFormat';
import { Icon } from '../../ui/Icon';
import { errorText } from '../refactor/apiErrors';
import { NewFromTemplateDialog } from '../templates/NewFromTemplateDialog';
import { DomainFormDialog } from './DomainFormDialog';
import { DeleteDomainDialog, MergeDomainDialog, RenameDomainDialog } from './DomainRefactorDialogs';
import { DomainSwatch } from './DomainSwatch';
import { moderatorContactHref } from './moderatorContact';
import { NoteLinkList } from './NoteLinkList';
import { noteTypeLabel } from './noteTypeLabel';
import { TagChips } from './TagChips';
import { useLiveQuery } from '../../services/useLiveQuery';
import './domains.css';

type OpenDialog = 'edit' | 'create' | 'rename' | 'merge' | 'delete' | 'newNote' | null;

const PAGE_LIMIT = 10;

/**
 * A community domain's page: what it is and who moderates it, then its notes seen the ways a
 * community looks at them — by type, recently updated, most linked, open questions, solutions
 * and practices due for review, and its most used tags. Also the page of a slug notes use that
 * is not in the domain list, with the offer to create it. Follows the vault as it changes.
 */
export function DomainPage({ slug }: { slug: string }) {
  const { t } = useTranslation('domains');
  const { t: tPacks } = useTranslation('packs');
  const commands = useCommandRegistry();
  const { api } = useApiClient();
  const { navigate, rewriteHistory } = useNavigation();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const page = useLiveQuery(
    `domain:${slug}`,
    () => api['domains.page']({ slug, limit: PAGE_LIMIT }),
    ['notes.changed', 'domains.changed'],
  );

  if (page.data === null) {
    const notFound = page.error instanceof ApiError && page.error.code === 'NOT_FOUND';
    return (
      <div className="page domain-page">
        {page.error === null ? (
          <p className="page-subtitle" aria-busy="true">
            {t('page.loading')}
          </p>
        ) : (
          <div className="empty-state">
            <h1 className="empty-state-title">
              {notFound ? t('page.notFoundTitle') : t('page.loadFailed')}
            </h1>
            <p>
              {notFound
                ? t('page.notFound', { slug })
                : errorText(page.error, t('errors.unexpected'))}
            </p>
            <div className="page-actions">
              {!notFound && (
                <button type="button" className="button" onClick={page.reload}>
                  {t('page.tryAgain')}
                </button>
              )}
              <button
                type="button"
                className="button"
                onClick={() => navigate({ view: 'domains' })}
              >
                {t('page.allDomains')}
              </button>
            </div>
          </div>
        )}
      </div>
    );
  }

  const data = page.data;
  const domain = data.domain;
  const name = domain?.name ?? data.slug;
  const close = () => setDialog(null);

  const afterRename = (report: RefactorReport) => {
    close();
    const to = report.target;
    if (to === null) return;
    const from = domainKey(slug);
    rewriteHistory((route) =>
      route.view === 'domain' && domainKey(route.slug) === from
        ? { view: 'domain', slug: to }
        : route,
    );
  };

  return (
    <div className="page domain-page">
      <header className="page-header domain-header">
        <div className="domain-heading">
          <button
            type="button"
            className="link-button page-up"
            onClick={() => navigate({ view: 'domains' })}
          >
            <Icon name="back" size={14} />
            {t('page.allDomains')}
          </button>
          <h1 className="page-title domain-title">
            <DomainSwatch colour={domain?.colour ?? null} size={16} />
            <span>{name}</span>
          </h1>
          <p className="page-subtitle">
            <code className="domain-slug">{data.slug}</code>
            <span aria-hidden="true"> · </span>
            {t('page.noteCount', { count: data.noteCount })}
            {data.noteCount > 0 && (
              <>
                <span aria-hidden="true"> · </span>
                <button
                  type="button"
                  className="subtitle-link"
                  onClick={() =>
                    navigate({ view: 'search', query: toggleQueryFilter('', 'domain', data.slug) })
                  }
                >
                  {t('page.search')}
                </button>
              </>
            )}
          </p>
        </div>
        <div className="page-actions" role="group" aria-label={t('page.actions')}>
          {domain ? (
            <>
              <button
                type="button"
                className="button button-primary"
                onClick={() => setDialog('newNote')}
              >
                <Icon name="plus" size={14} />
                {t('page.newNote')}
              </button>
              <button type="button" className="button" onClick={() => setDialog('edit')}>
                <Icon name="edit" size={14} />
                {t('page.edit')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setDialog('create')}
            >
              <Icon name="plus" size={14} />
              {t('page.create')}
            </button>
          )}
          {data.noteCount > 0 && (
            <button type="button" className="button" onClick={() => commands.run('packs.export')}>
              {tPacks('export.domainAction')}
            </button>
          )}
          <button type="button" className="button" onClick={() => setDialog('rename')}>
            {t('page.rename')}
          </button>
          <button type="button" className="button" onClick={() => setDialog('merge')}>
            {t('page.merge')}
          </button>
          {domain && (
            <button
              type="button"
              className="button button-danger"
              onClick={() => setDialog('delete')}
            >
              {t('page.delete')}
            </button>
          )}
        </div>
      </header>

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
          <Moderators moderators={domain.moderators} />
        </>
      )}

      <div className="domain-sections">
        <TypeSection data={data} />
        <NotesSection
          title={t('page.recentlyUpdated')}
          empty={t('page.noNotes')}
          notes={data.recentlyUpdated.map((note) => ({ note, detail: <Updated note={note} /> }))}
        />
        <NotesSection
          title={t('page.mostLinked')}
          empty={t('page.noLinked')}
          notes={data.mostLinked.map(({ note, backlinks }) => ({
            note,
            detail: t('page.backlinks', { count: backlinks }),
          }))}
        />
        <NotesSection
          title={t('page.openQuestions')}
          empty={t('page.noOpenQuestions')}
          notes={data.openQuestions.map((note) => ({ note, detail: <Updated note={note} /> }))}
        />
        <NotesSection
          title={t('page.needsReview')}
          hint={t('page.needsReviewHint')}
          empty={t('page.noReview')}
          notes={data.needsReview.map((item) => ({
            note: item.note,
            detail: (
              <>
                <span className="review-overdue">
                  {t('page.daysOverdue', { count: item.daysOverdue })}
                </span>
                {' · '}
                {item.steward === null
                  ? t('page.noSteward')
                  : t('page.steward', { name: item.steward })}
              </>
            ),
          }))}
        />
        <TagsSection tags={data.topTags} />
      </div>

      {dialog === 'edit' && domain && (
        <DomainFormDialog mode="edit" domain={domain} onClose={close} onSaved={close} />
      )}
      {dialog === 'create' && (
        <DomainFormDialog
          mode="create"
          adoptSlug={data.slug}
          onClose={close}
          onSaved={(created) => {
            close();
            if (domainKey(created.slug) !== domainKey(data.slug))
              navigate({ view: 'domain', slug: created.slug }, { replace: true });
          }}
        />
      )}
      {dialog === 'rename' && (
        <RenameDomainDialog slug={data.slug} name={name} onClose={close} onDone={afterRename} />
      )}
      {dialog === 'merge' && (
        <MergeDomainDialog
          slug={data.slug}
          name={name}
          onClose={close}
          onDone={(report) => {
            close();
            if (report.target !== null)
              navigate({ view: 'domain', slug: report.target }, { replace: true });
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteDomainDialog
          slug={data.slug}
          name={name}
          noteCount={data.noteCount}
          onClose={close}
          onDone={(report) => {
            close();
            // Notes that keep naming it keep its page (as a domain not in the list).
            if (report.files.length > 0 || data.noteCount === 0)
              navigate({ view: 'domains' }, { replace: true });
          }}
        />
      )}
      {dialog === 'newNote' && domain && (
        <NewFromTemplateDialog initialDomains={[domain.slug]} onClose={close} />
      )}
    </div>
  );
}

function Moderators({ moderators }: { moderators: readonly Moderator[] }) {
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

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  const id = `domain-section-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="domain-section" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {hint && <p className="section-hint">{hint}</p>}
      {children}
    </section>
  );
}

function TypeSection({ data }: { data: DomainPageData }) {
  const { t } = useTranslation('domains');
  const max = Math.max(1, ...data.byType.map((entry) => entry.count));
  return (
    <Section title={t('page.byType')}>
      {data.byType.length === 0 ? (
        <p className="section-empty">{t('page.noNotes')}</p>
      ) : (
        <table className="type-table">
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('page.type')}</th>
              <th scope="col">{t('page.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {data.byType.map(({ type, count }) => (
              <tr key={type}>
                <th scope="row">{noteTypeLabel(type, t)}</th>
                <td>
                  <span className="type-bar-cell">
                    <span
                      className="type-bar"
                      aria-hidden="true"
                      style={{ width: `${(count / max) * 100}%` }}
                    />
                    <span className="type-count">{count}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function NotesSection({
  title,
  hint,
  empty,
  notes,
}: {
  title: string;
  hint?: string;
  empty: string;
  notes: { note: NoteSummary; detail: ReactNode }[];
}) {
  return (
    <Section title={title} hint={hint}>
      {notes.length === 0 ? (
        <p className="section-empty">{empty}</p>
      ) : (
        <NoteLinkList notes={notes} />
      )}
    </Section>
  );
}

function Updated({ note }: { note: NoteSummary }) {
  const { t } = useTranslation('domains');
  const date = useDateFormat();
  return (
    <>
      {noteTypeLabel(note.type, t)}
      {' · '}
      <time dateTime={note.updated} title={date.dateTime(note.updated)}>
        {date.relative(note.updated)}
      </time>
    </>
  );
}

function TagsSection({ tags }: { tags: readonly { tag: string; count: number }[] }) {
  const { t } = useTranslation('domains');
  return (
    <Section title={t('page.topTags')}>
      {tags.length === 0 ? (
        <p className="section-empty">{t('page.noTags')}</p>
      ) : (
        <TagChips tags={tags} />
      )}
    </Section>
  );
}
