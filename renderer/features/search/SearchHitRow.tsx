import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/search/searchResults';
import { useDateFormat } from '../../services/useDateFormat';
import { SnippetText } from './SnippetText';
import { folderOf } from '../../../shared/notes/noteFileName';

/** One result in the results listbox: title and snippet with matches marked, folder, type, date. */
export function SearchHitRow({
  hit,
  id,
  active,
  onOpen,
}: {
  hit: SearchHit;
  id: string;
  active: boolean;
  onOpen(): void;
}) {
  const { t } = useTranslation('search');
  const { t: tn } = useTranslation('notes');
  const date = useDateFormat();
  const recent = date.recent(hit.updated);
  const title = hit.snippets.find((s) => s.field === 'title');
  const body = hit.snippets.find((s) => s.field === 'body');
  const folder = folderOf(hit.path);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-meta ${id}-snippet`}
      className={`search-hit${active ? ' is-active' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
    >
      <span className="search-hit-title" id={`${id}-title`}>
        {title ? <SnippetText text={title.text} highlights={title.highlights} /> : hit.title}
      </span>
      <span className="search-hit-meta" id={`${id}-meta`}>
        {folder && <span>{t('hit.folder', { folder })}</span>}
        <span>{tn(`fields.types.${hit.type}`, { defaultValue: hit.type })}</span>
        <span>
          {recent
            ? t('hit.updated', { date: recent })
            : t('hit.updatedOn', { date: date.dateTime(hit.updated) })}
        </span>
      </span>
      <span className="search-hit-snippet" id={`${id}-snippet`}>
        {body && <SnippetText text={body.text} highlights={body.highlights} />}
      </span>
    </li>
  );
}
