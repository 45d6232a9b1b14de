import { useTranslation } from 'react-i18next';
import type { SearchHit, SimilarNote } from '../../../shared/search/searchResults';
import { useNumberFormat } from '../../services/useFormatLocale';
import { Icon } from '../../ui/Icon';
import { folderOf } from '../../../shared/notes/noteFileName';

/**
 * The row under a hit that has near-duplicates folded under it: "4 similar notes", an option of
 * the results listbox that shows or hides them (Enter or a click). Its accessible name says what
 * it does and for which note.
 */
export function SimilarFoldRow({
  hit,
  count,
  expanded,
  id,
  active,
  onToggle,
}: {
  hit: SearchHit;
  count: number;
  expanded: boolean;
  id: string;
  active: boolean;
  onToggle(): void;
}) {
  const { t } = useTranslation('search');
  const number = useNumberFormat();
  const params = { count, formatted: number.format(count), title: hit.title };
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-label={t(expanded ? 'hit.hideSimilar' : 'hit.showSimilar', params)}
      className={`search-fold${active ? ' is-active' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onToggle}
    >
      <Icon name={expanded ? 'chevronDown' : 'chevronRight'} size={14} />
      <span>{t('hit.similar', params)}</span>
    </li>
  );
}

/** A near-duplicate shown under its hit once the fold is opened: its title and folder. */
export function SimilarNoteRow({
  note,
  of,
  id,
  active,
  onOpen,
}: {
  note: SimilarNote;
  of: SearchHit;
  id: string;
  active: boolean;
  onOpen(): void;
}) {
  const { t } = useTranslation('search');
  const folder = folderOf(note.path);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-meta`}
      className={`search-hit search-hit-similar${active ? ' is-active' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
    >
      <span className="search-hit-title" id={`${id}-title`}>
        {note.title}
      </span>
      <span className="search-hit-meta" id={`${id}-meta`}>
        {folder && <span>{t('hit.folder', { folder })}</span>}
        <span>{t('hit.similarTo', { title: of.title })}</span>
      </span>
    </li>
  );
}
