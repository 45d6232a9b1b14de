import { useState } from 'react';
import { useCommandHandler } from '../../../services/commands/CommandsContext';
import { useDomainDirectory } from '../../../services/domainDirectory';
import { useNavigation } from '../../../services/navigation';
import { domainKey } from '../../../../shared/domains/domainSlug';
import { ExportPackDialog } from './ExportPackDialog';

/**
 * Runs `packs.export` (File menu, command palette, a domain page's "Export as pack…") for the
 * whole window: on a domain's page the wizard starts with that domain chosen and named.
 */
export function ExportPackCommand() {
  const { route } = useNavigation();
  const directory = useDomainDirectory();
  const [open, setOpen] = useState<{ domains: string[]; title: string } | null>(null);
  useCommandHandler('packs.export', () => {
    if (route.view !== 'domain') return setOpen({ domains: [], title: '' });
    const domain = directory.byKey.get(domainKey(route.slug));
    setOpen({ domains: [route.slug], title: domain?.name ?? route.slug });
  });
  return open ? (
    <ExportPackDialog
      initialDomains={open.domains}
      initialTitle={open.title}
      onClose={() => setOpen(null)}
    />
  ) : null;
}
