import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/apiError';
import type { Note } from '../../../shared/api/noteSchemas';
import { useApiClient } from '../../api/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { folderOf, noteFileNameFor } from '../../../shared/notes/noteFileName';

export interface CreateRequest {
  /** The link target as written: `Name`, `folder/Name`, `./Name`. */
  target: string;
  anchor: string | null;
  /** The note the link is in. */
  from: string;
}

/** Where a note for an unresolved link goes: its folder if the link names one, else the top. */
export function placeForLink(target: string, from: string): { folder: string; title: string } {
  const written = target.replaceAll('\\', '/').trim().replace(/\.md$/i, '');
  const slash = written.lastIndexOf('/');
  const title = (slash < 0 ? written : written.slice(slash + 1)).trim();
  let folder = slash < 0 ? '' : written.slice(0, slash);
  if (folder.startsWith('./') || folder === '.' || folder.startsWith('../') || folder === '..') {
    const segments = folderOf(from) === '' ? [] : folderOf(from).split('/');
    for (const part of folder.split('/')) {
      if (part === '..') segments.pop();
      else if (part !== '.' && part !== '') segments.push(part);
    }
    folder = segments.join('/');
  }
  return {
    folder: folder
      .split('/')
      .map((segment) => noteFileNameFor(segment, ''))
      .filter(Boolean)
      .join('/'),
    title,
  };
}

/** Offers to create the note an unresolved link points at, then opens it. */
export function CreateNoteDialog({
  request,
  onClose,
  onCreated,
}: {
  request: CreateRequest;
  onClose(): void;
  onCreated(note: Note): void;
}) {
  const { t } = useTranslation('notes');
  const { api } = useApiClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { folder, title } = placeForLink(request.target, request.from);
  const name = noteFileNameFor(title);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const note = await api['notes.create']({
        folder,
        name,
        // The link's exact text stays the title when the file name had to differ.
        ...(name !== title ? { frontMatter: { title } } : {}),
      });
      onCreated(note);
    } catch (failure) {
      setError(
        failure instanceof ApiError || failure instanceof Error ? failure.message : String(failure),
      );
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('links.createTitle')} onClose={onClose}>
      <p>{t('links.createBody', { name: title || request.target })}</p>
      <p className="field-hint">
        {folder === '' ? t('links.createInRoot') : t('links.createIn', { folder })}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {t('links.createFailed', { message: error })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('links.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-autofocus
          disabled={busy || title === ''}
          onClick={() => void create()}
        >
          {t('links.create')}
        </button>
      </div>
    </Dialog>
  );
}
