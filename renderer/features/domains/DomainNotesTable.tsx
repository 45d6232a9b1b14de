import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { useNavigation } from '../../services/navigation';
import { useDateFormat } from '../../services/useDateFormat';
import { Icon } from '../../ui/Icon';
import { compareLabels } from '../../ui/treeModel';
import { nextSort, sortNotes, type NoteSort, type NoteSortKey } from './domainNoteOrder';
import { noteTypeLabel } from './noteTypeLabel';

/** Rows shown at first and added by each "Show more": a domain may hold thousands of notes. */
export const NOTES_PAGE_SIZE = 50;

const COLUMNS: readonly NoteSortKey[] = ['title', 'type', 'updated'];

/**
 * Every shared note of a domain as a table sortable by title, type or date (each column header
 * is a button; `aria-sort` says the order), shown a page at a time.
 */
export function DomainNotesTable({ notes }: { notes: readonly NoteSummary[] }) {
  const { t } = useTranslation('domains');
  const date = useDateFormat();
  const { navigate } = useNavigation();
  const [sort, setSort] = useState<NoteSort>({ key: 'title', descending: false });
  const [shown, setShown] = useState(NOTES_PAGE_SIZE);
  const sorted = useMemo(
    () => sortNotes(notes, sort, compareLabels, (type) => noteTypeLabel(type, t)),
    [notes, sort, t],
  );
  const rest = Math.max(0, sorted.length - shown);
  return (
    <>
      <table className="data-table domain-notes-table">
        <caption className="visually-hidden">{t('page.allNotesCaption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th
                key={key}
                scope="col"
                aria-sort={
                  sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined
                }
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setSort((current) => nextSort(current, key))}
                >
                  {t(`page.column.${key}`)}
                  {sort.key === key && (
                    <Icon name={sort.descending ? 'chevronDown' : 'chevronUp'} size={12} />
                  )}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, shown).map((note) => (
            <tr key={note.path}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  title={note.path}
                  onClick={() => navigate({ view: 'note', path: note.path })}
                >
                  {note.title}
                </button>
              </th>
              <td>{noteTypeLabel(note.type, t)}</td>
              <td>
                <time dateTime={note.updated} title={date.dateTime(note.updated)}>
                  {date.relative(note.updated)}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rest > 0 && (
        <p className="table-more">
          <span>{t('page.shownOf', { shown, total: sorted.length })}</span>{' '}
          <button
            type="button"
            className="button"
            onClick={() => setShown((count) => count + NOTES_PAGE_SIZE)}
          >
            {t('page.showMore', { count: Math.min(rest, NOTES_PAGE_SIZE) })}
          </button>
        </p>
      )}
    </>
  );
}
