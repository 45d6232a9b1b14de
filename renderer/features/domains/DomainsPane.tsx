import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../services/navigation';
import { useVault } from '../../state/VaultContext';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';
import { PaneHeader } from '../../ui/PaneHeader';
import { flattenTree } from '../../ui/treeModel';
import { TreeView } from '../../ui/TreeView';
import { useExpandedGroups } from '../../services/useExpandedGroups';
import { useDomainDirectory } from '../../services/domainDirectory';
import { DomainFormDialog } from './DomainFormDialog';
import { buildDomainPaneTree, domainNodeId } from './domainPaneTree';
import './domains.css';

const UNLISTED_SHOWN = 5;

/**
 * The domains sidebar pane: every community domain with its colour and note count (a domain
 * opens its page; expanding it lists its notes), then the slugs notes use that are not in the
 * list, flagged, each with an offer to create it.
 */
export function DomainsPane() {
  const { t } = useTranslation('domains');
  const vault = useVault();
  const directory = useDomainDirectory();
  const { route, navigate } = useNavigation();
  const { expanded, setExpanded } = useExpandedGroups('domainsExpanded');
  const [creating, setCreating] = useState<{ adopt?: string } | null>(null);
  const tree = useMemo(
    () => buildDomainPaneTree(vault.notes, directory.domains, t('pane.unlisted')),
    [vault.notes, directory.domains, t],
  );
  const rows = useMemo(() => flattenTree(tree, expanded), [tree, expanded]);
  const unlisted = tree.filter((node) => node.flag !== undefined);
  const loading = !vault.loaded || directory.status === 'loading';

  return (
    <>
      <PaneHeader title={t('pane.title')} id="pane-domains-title">
        <IconButton
          icon="chart"
          label={t('pane.overview')}
          aria-current={route.view === 'domains' ? 'page' : undefined}
          onClick={() => navigate({ view: 'domains' })}
        />
        <IconButton icon="plus" label={t('pane.create')} onClick={() => setCreating({})} />
      </PaneHeader>
      {loading ? (
        <p className="pane-message" aria-busy="true">
          {t('pane.loading')}
        </p>
      ) : tree.length === 0 ? (
        <div className="pane-message">
          <p>{t('pane.empty')}</p>
          <button type="button" className="button" onClick={() => setCreating({})}>
            {t('pane.create')}
          </button>
        </div>
      ) : (
        <TreeView
          label={t('pane.treeLabel')}
          rows={rows}
          openGroups
          selectedId={route.view === 'domain' ? domainNodeId(route.slug) : null}
          selectedPath={route.view === 'note' ? route.path : null}
          onOpen={(node) =>
            navigate(
              node.kind === 'group'
                ? { view: 'domain', slug: node.path }
                : { view: 'note', path: node.path },
            )
          }
          onExpandedChange={setExpanded}
          countLabel={(count) => t('pane.noteCount', { count })}
        />
      )}
      {!loading && unlisted.length > 0 && (
        <section className="pane-footer" aria-labelledby="pane-domains-unlisted">
          <h3 id="pane-domains-unlisted" className="pane-footer-title">
            <Icon name="warning" size={12} />
            {t('pane.unlistedTitle', { count: unlisted.length })}
          </h3>
          <ul className="pane-offers">
            {unlisted.slice(0, UNLISTED_SHOWN).map((node) => (
              <li key={node.id}>
                <code className="pane-offer-slug" title={node.path}>
                  {node.path}
                </code>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('unlisted.createNamed', { slug: node.path })}
                  onClick={() => setCreating({ adopt: node.path })}
                >
                  {t('unlisted.create')}
                </button>
              </li>
            ))}
          </ul>
          {unlisted.length > UNLISTED_SHOWN && (
            <button
              type="button"
              className="link-button pane-footer-more"
              onClick={() => navigate({ view: 'domains' })}
            >
              {t('pane.unlistedMore', { count: unlisted.length - UNLISTED_SHOWN })}
            </button>
          )}
        </section>
      )}
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
    </>
  );
}
