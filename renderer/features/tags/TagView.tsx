import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleQueryFilter } from '../../../shared/search/queryFilters';
import { tagKey } from '../../../shared/tags/tagMatch';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { useDateFormat } from '../../services/useDateFormat';
import { Icon } from '../../ui/Icon';
import { findDomain, useDomainDirectory } from '../../services/domainDirectory';
import { DomainSwatch } from '../domains/DomainSwatch';
import { NoteLinkList } from '../domains/NoteLinkList';
import { noteTypeLabel } from '../domains/noteTypeLabel';
import { TagChips } from '../domains/TagChips';
import { useLiveQuery } from '../../services/useLiveQuery';
import { errorText } from '../refactor/apiErrors';
import { MergeTagDialog, RenameTagDialog } from './TagDialogs';
import { useTagRouteFollower } from './useTagRouteFollower';
import '../domains/domains.css';

/**
 * A tag's notes: every note tagged with it or with a tag nested under it, newest first, with the
 * tags nested under it, and the vault-wide rename and merge of the tag.
 */
export function TagView({ tag: routeTag }: { tag: string }) {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const { navigate } = useNavigation();
  const date = useDateFormat();
  const directory = useDomainDirectory();
  const followRename = useTagRouteFollower();
  const [dialog, setDialog] = useState<'rename' | 'merge' | null>(null);
  const tag = routeTag.trim().replace(/^#/, '');
  const notes = useLiveQuery(`tag:${tag}`, () => api['tags.notes']({ tag }), ['notes.changed']);
  const tags = useLiveQuery('tags', () => api['tags.list']({}), ['notes.changed'], 300);

  const key = tagKey(tag);
  const entry = tags.data?.find((candidate) => tagKey(candidate.tag) === key);
  const shown = entry?.tag ?? tag;
  const nested = (tags.data ?? []).filter(
    (candidate) => candidate.parent !== null && tagKey(candidate.parent) === key,
  );
  const parent = entry?.parent ?? null;
  const TagDialog =
    dialog === 'rename' ? RenameTagDialog : dialog === 'merge' ? MergeTagDialog : null;
  const list = [...(notes.data ?? [])].sort(
    (a, b) => (Date.parse(b.updated) || 0) - (Date.parse(a.updated) || 0),
  );

  return (
    <div className="page tag-view">
      <header className="page-header">
        <div>
          {parent !== null && (
            <button
              type="button"
              className="link-button page-up"
              onClick={() => navigate({ view: 'tag', tag: parent })}
            >
              <Icon name="back" size={14} />
              {t('tags.upTo', { tag: parent })}
            </button>
          )}
          <h1 className="page-title">
            <Icon name="tag" size={18} />
            <span>#{shown}</span>
          </h1>
          <p className="page-subtitle">
            {notes.data === null
              ? notes.error === null
                ? t('tags.loadingNotes')
                : errorText(notes.error, t('errors.unexpected'))
              : nested.length > 0
                ? t('tags.countNested', { count: list.length, tag: shown })
                : t('tags.count', { count: list.length })}
            {list.length > 0 && (
              <>
                <span aria-hidden="true"> · </span>
                <button
                  type="button"
                  className="subtitle-link"
                  onClick={() =>
                    navigate({ view: 'search', query: toggleQueryFilter('', 'tag', shown) })
                  }
                >
                  {t('tags.search')}
                </button>
              </>
            )}
          </p>
        </div>
        {list.length > 0 && (
          <div className="page-actions" role="group" aria-label={t('tags.actions')}>
            <button type="button" className="button" onClick={() => setDialog('rename')}>
              <Icon name="edit" size={14} />
              {t('tags.rename')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('merge')}>
              {t('tags.merge')}
            </button>
          </div>
        )}
      </header>

      {nested.length > 0 && (
        <section className="domain-section" aria-labelledby="tag-nested-title">
          <h2 id="tag-nested-title" className="section-title">
            {t('tags.nested')}
          </h2>
          <TagChips tags={nested} />
        </section>
      )}

      {notes.data !== null && list.length === 0 && (
        <div className="empty-state">
          <Icon name="tag" size={32} />
          <p className="empty-state-title">{t('tags.noNotesTitle', { tag: shown })}</p>
          <p>{t('tags.noNotes')}</p>
        </div>
      )}

      {list.length > 0 && (
        <section className="domain-section" aria-labelledby="tag-notes-title">
          <h2 id="tag-notes-title" className="section-title">
            {t('tags.notes')}
          </h2>
          <NoteLinkList
            className="tag-note-list"
            notes={list.map((note) => ({
              note,
              detail: (
                <>
                  {noteTypeLabel(note.type, t)}
                  {note.domains.map((slug) => {
                    const domain = findDomain(directory, slug);
                    return (
                      <span key={slug} className="note-domain">
                        <DomainSwatch colour={domain?.colour ?? null} />
                        {domain?.name ?? slug}
                      </span>
                    );
                  })}
                  {' · '}
                  <time dateTime={note.updated} title={date.dateTime(note.updated)}>
                    {date.relative(note.updated)}
                  </time>
                </>
              ),
            }))}
          />
        </section>
      )}

      {TagDialog && (
        <TagDialog
          tag={shown}
          tags={tags.data ?? []}
          onClose={() => setDialog(null)}
          onDone={(report) => {
            setDialog(null);
            followRename(report);
          }}
        />
      )}
    </div>
  );
}
