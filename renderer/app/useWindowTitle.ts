import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { findDomain, useDomainDirectory } from '../services/domainDirectory';
import { useActiveNote } from '../state/activeNote';
import { useVault } from '../state/VaultContext';
import { useNavigation } from '../services/navigation';
import { viewFor } from './viewRegistry';

/**
 * The window title: "<note> — <vault> — Praxis" (or the view's name instead of the note). The
 * desktop window follows `document.title`. The open note's title comes from the editor when it
 * has one (it changes while the title is typed).
 */
export function useWindowTitle(): string {
  const { t } = useTranslation();
  const { route } = useNavigation();
  const { byPath, info } = useVault();
  const active = useActiveNote();
  const domains = useDomainDirectory();
  const viewTitle =
    route.view === 'note' && active?.path === route.path
      ? active.title
      : viewFor(route).title(route, {
          t,
          byPath,
          domainName: (slug) => findDomain(domains, slug)?.name,
        });
  const title = [viewTitle, info?.name, 'Praxis'].filter(Boolean).join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return viewTitle;
}
