import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainPage as DomainPageData } from '../../../shared/api/domainsMethods';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { useDateFormat } from '../../services/useDateFormat';
import { NoteLinkList } from './NoteLinkList';
import { noteTypeLabel } from './noteTypeLabel';
import { TagChips } from './TagChips';

/**
 * A domain's notes seen the ways a community looks at them: by type, recently updated, most
 * linked, open questions, solutions and practices due for review, and its most used tags.
 */
export function DomainPageSections({ data }: { data: DomainPageData }) {
  const { t } = useTranslation('domains');
  return (
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
