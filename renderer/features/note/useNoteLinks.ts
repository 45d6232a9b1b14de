import { useCallback, useState } from 'react';
import type { LinkResolver } from '../../../shared/links/linkResolver';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import type { EditorLink } from '../editor/linkAtPosition';
import { hasScheme, isExternalUrl, resolveVaultHref } from '../../../shared/markdown/vaultHref';
import type { CreateRequest } from './CreateNoteDialog';
import type { NoteSession } from './noteSession';

/**
 * Following links from the open note, in the editor or the preview: a link into this note
 * reveals its target here, another note opens, a vault file opens in its own tab, an external
 * address in the browser, a `#tag` its notes; a link to no note asks to create it
 * (`createRequest`, for the CreateNoteDialog).
 */
export function useNoteLinks(
  session: NoteSession,
  resolver: () => LinkResolver,
  reveal: (target: string) => void,
) {
  const client = useApiClient();
  const { navigate } = useNavigation();
  const [createRequest, setCreateRequest] = useState<CreateRequest | null>(null);

  const openNote = useCallback(
    (target: string, heading: string | null) => {
      if (target === session.path) {
        if (heading) reveal(heading);
        return;
      }
      navigate({ view: 'note', path: target, ...(heading ? { anchor: heading } : {}) });
    },
    [navigate, reveal, session],
  );

  const followWikiTarget = (target: string, heading: string | null) => {
    const links = resolver();
    const resolved = target === '' ? session.path : links.resolve(target, session.path);
    if (resolved !== null && links.note(resolved)) openNote(resolved, heading);
    else if (resolved !== null)
      window.open(client.fileUrl(resolved), '_blank', 'noopener,noreferrer');
    else setCreateRequest({ target, anchor: heading, from: session.path });
  };

  const followLink = (link: EditorLink) => {
    if (link.kind === 'wiki') {
      followWikiTarget(link.target, link.heading);
      return;
    }
    if (link.kind === 'tag') {
      navigate({ view: 'tag', tag: link.tag });
      return;
    }
    if (isExternalUrl(link.href)) {
      window.open(link.href, '_blank', 'noopener,noreferrer');
      return;
    }
    if (hasScheme(link.href)) return;
    if (link.href.startsWith('#')) {
      reveal(decodeURIComponent(link.href.slice(1)));
      return;
    }
    const target = resolveVaultHref(link.href, session.path, resolver());
    if (target.kind === 'note') openNote(target.path, target.anchor);
    else if (target.kind === 'file')
      window.open(client.fileUrl(target.path), '_blank', 'noopener,noreferrer');
    else setCreateRequest({ target: target.target, anchor: target.anchor, from: session.path });
  };

  return { openNote, followLink, createRequest, setCreateRequest };
}
