import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { useVault } from '../../state/VaultContext';
import { PaneHeader } from './PaneHeader';
import { buildDomainTree, flattenTree } from './treeModel';
import { TreeView } from './TreeView';
import { useExpandedGroups } from './useExpandedGroups';

/** Community domains with how many notes each holds (from the notes' `domains`), and the notes. */
export function DomainsPane() {
  const { t } = useTranslation('app');
  const vault = useVault();
  const { route, navigate } = useNavigation();
  const { expanded, setExpanded } = useExpandedGroups('domainsExpanded');
  const tree = useMemo(() => buildDomainTree(vault.notes), [vault.notes]);
  const rows = useMemo(() => flattenTree(tree, expanded), [tree, expanded]);

  return (
    <>
      <PaneHeader title={t('sidebar.domains')} id="pane-domains-title" />
      {!vault.loaded ? (
        <p className="pane-message" aria-busy="true">
          {t('sidebar.loading')}
        </p>
      ) : tree.length === 0 ? (
        <div className="pane-message">
          <p>{t('sidebar.noDomains')}</p>
          <p className="pane-hint">{t('sidebar.noDomainsHint')}</p>
        </div>
      ) : (
        <TreeView
          label={t('sidebar.domainsTree')}
          rows={rows}
          selectedPath={route.view === 'note' ? route.path : null}
          onOpen={(node) => navigate({ view: 'note', path: node.path })}
          onExpandedChange={setExpanded}
          countLabel={(count) => t('sidebar.noteCount', { count })}
        />
      )}
    </>
  );
}
