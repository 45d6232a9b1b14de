import { useTranslation } from 'react-i18next';
import type { DomainPage as DomainPageData } from '../../../shared/api/domainsMethods';
import { toggleQueryFilter } from '../../../shared/search/queryFilters';
import { useCommandRegistry } from '../../services/commands/CommandsContext';
import { useNavigation } from '../../services/navigation';
import { Icon } from '../../ui/Icon';
import { DomainSwatch } from './DomainSwatch';
import type { DomainDialog } from './DomainPageDialogs';

/** The domain's name, slug and note count, with what can be done to it. */
export function DomainPageHeader({
  data,
  onOpen,
}: {
  data: DomainPageData;
  onOpen(dialog: DomainDialog): void;
}) {
  const { t } = useTranslation('domains');
  const { t: tPacks } = useTranslation('packs');
  const commands = useCommandRegistry();
  const { navigate } = useNavigation();
  const domain = data.domain;
  const name = domain?.name ?? data.slug;
  return (
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
          {data.privateCount > 0 && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="private-count" title={t('page.privateHint')}>
                {t('page.privateCount', { count: data.privateCount })}
              </span>
            </>
          )}
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
              onClick={() => onOpen('newNote')}
            >
              <Icon name="plus" size={14} />
              {t('page.newNote')}
            </button>
            <button type="button" className="button" onClick={() => onOpen('edit')}>
              <Icon name="edit" size={14} />
              {t('page.edit')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary" onClick={() => onOpen('create')}>
            <Icon name="plus" size={14} />
            {t('page.create')}
          </button>
        )}
        {data.noteCount > 0 && (
          <button type="button" className="button" onClick={() => commands.run('packs.export')}>
            {tPacks('export.domainAction')}
          </button>
        )}
        <button type="button" className="button" onClick={() => onOpen('rename')}>
          {t('page.rename')}
        </button>
        <button type="button" className="button" onClick={() => onOpen('merge')}>
          {t('page.merge')}
        </button>
        {domain && (
          <button type="button" className="button button-danger" onClick={() => onOpen('delete')}>
            {t('page.delete')}
          </button>
        )}
      </div>
    </header>
  );
}
