import { useState } from 'react';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import { useNavigation } from '../../services/navigation';
import { NewFromTemplateDialog } from './NewFromTemplateDialog';

/**
 * Runs `note.newFromTemplate` (File menu, command palette, the Files pane's button) for the whole
 * window: the dialog opens with the domain of the page shown, if a domain page is.
 */
export function NewFromTemplateCommand() {
  const { route } = useNavigation();
  const [open, setOpen] = useState<{ domains: string[] } | null>(null);
  useCommandHandler('note.newFromTemplate', () =>
    setOpen({ domains: route.view === 'domain' ? [route.slug] : [] }),
  );
  return open ? (
    <NewFromTemplateDialog initialDomains={open.domains} onClose={() => setOpen(null)} />
  ) : null;
}
