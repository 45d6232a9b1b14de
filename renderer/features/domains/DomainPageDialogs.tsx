import type { DomainPage as DomainPageData } from '../../../shared/api/domainsMethods';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { domainKey } from '../../../shared/domains/domainSlug';
import { useNavigation } from '../../services/navigation';
import { NewFromTemplateDialog } from '../templates/NewFromTemplateDialog';
import { DomainFormDialog } from './DomainFormDialog';
import { DeleteDomainDialog, MergeDomainDialog, RenameDomainDialog } from './DomainRefactorDialogs';

export type DomainDialog = 'edit' | 'create' | 'rename' | 'merge' | 'delete' | 'newNote';

/** The dialog open on a domain page, and where the page goes once it has done its work. */
export function DomainPageDialogs({
  dialog,
  data,
  onClose: close,
}: {
  dialog: DomainDialog | null;
  data: DomainPageData;
  onClose(): void;
}) {
  const { navigate, rewriteHistory } = useNavigation();
  const domain = data.domain;
  const name = domain?.name ?? data.slug;

  const afterRename = (report: RefactorReport) => {
    close();
    const to = report.target;
    if (to === null) return;
    const from = domainKey(data.slug);
    rewriteHistory((route) =>
      route.view === 'domain' && domainKey(route.slug) === from
        ? { view: 'domain', slug: to }
        : route,
    );
  };

  return (
    <>
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
    </>
  );
}
