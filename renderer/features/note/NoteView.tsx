import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/apiError';
import type { Note, SaveConflict } from '../../../shared/api/noteSchemas';
import { useApiClient } from '../../api/ApiContext';
import type { NoteToolbarItem } from '../../services/extensionPoints';
import { useNavigation } from '../../services/navigation';
import { useVault } from '../../state/VaultContext';
import { DraftStore } from './draftStore';
import { OpenNote } from './OpenNote';
import './note.css';

export interface NoteViewProps {
  path: string;
  /** A heading, `^block` or text to scroll to and highlight. */
  anchor?: string;
  /** The 0-based body line a text anchor is on: that occurrence is revealed. */
  line?: number;
  /** Focus and select the title (a note just created, to be named). */
  focusTitle?: boolean;
  /** Controls other features add above the note (app/noteToolbarItems.tsx). */
  toolbarItems?: readonly NoteToolbarItem[];
}

type Loaded =
  | { status: 'loading'; path: string }
  | {
      status: 'ready';
      path: string;
      note: Note;
      initialText: string;
      draftConflict: SaveConflict | null;
      restoredDraft: boolean;
      /** Changes when another note (or the same one afresh) is opened: a new editor. */
      key: number;
    }
  | { status: 'error'; path: string; error: ApiError };

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The note route: loads the note (and any unsaved draft of it left by an earlier session) and
 * shows it in an OpenNote. A rename done inside the view changes the route's path without
 * reloading: the open note follows its file.
 */
export function NoteView({ path, anchor, line, focusTitle, toolbarItems = [] }: NoteViewProps) {
  const { t } = useTranslation('notes');
  const { api } = useApiClient();
  const vault = useVault();
  const { navigate } = useNavigation();
  const drafts = useMemo(
    () => new DraftStore(localStorageOrNull(), vault.info?.path ?? ''),
    [vault.info?.path],
  );
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading', path });
  const [attempt, setAttempt] = useState(0);
  /** The path the open note lives at now (it moves with a rename made in the view). */
  const openPath = useRef<string | null>(null);
  const keys = useRef(0);

  useEffect(() => {
    if (openPath.current === path) return;
    let cancelled = false;
    openPath.current = null;
    setLoaded({ status: 'loading', path });
    api['notes.read']({ path }).then(
      (note) => {
        if (cancelled) return;
        openPath.current = note.path;
        const draft = drafts.get(note.path);
        let initialText = note.body;
        let draftConflict: SaveConflict | null = null;
        let restoredDraft = false;
        if (draft && draft.body !== note.body) {
          if (draft.baseVersion === note.version) {
            initialText = draft.body;
            restoredDraft = true;
          } else {
            initialText = draft.body;
            draftConflict = { path: note.path, mine: draft.body, theirs: note };
          }
        } else if (draft) drafts.clear(note.path);
        setLoaded({
          status: 'ready',
          path,
          note,
          initialText,
          draftConflict,
          restoredDraft,
          key: ++keys.current,
        });
      },
      (error: unknown) => {
        if (cancelled) return;
        setLoaded({
          status: 'error',
          path,
          error:
            error instanceof ApiError
              ? error
              : new ApiError('INTERNAL', error instanceof Error ? error.message : String(error)),
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, path, drafts, attempt]);

  if (loaded.status === 'loading') {
    return (
      <section
        className="note-view note-view-message"
        aria-busy="true"
        aria-label={t('view.loading')}
      >
        <p className="note-loading">{t('view.loading')}</p>
      </section>
    );
  }
  if (loaded.status === 'error') {
    const notFound = loaded.error.code === 'NOT_FOUND';
    return (
      <section className="note-view note-view-message" aria-labelledby="note-error-title">
        <h1 id="note-error-title" className="note-message-title">
          {notFound ? t('view.notFoundTitle') : t('view.loadFailedTitle')}
        </h1>
        <p>{notFound ? t('view.notFound', { path: loaded.path }) : loaded.error.message}</p>
        <div className="note-message-actions">
          {!notFound && (
            <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
              {t('view.tryAgain')}
            </button>
          )}
          <button type="button" className="button" onClick={() => navigate({ view: 'home' })}>
            {t('view.goHome')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <OpenNote
      key={loaded.key}
      note={loaded.note}
      initialText={loaded.initialText}
      draftConflict={loaded.draftConflict}
      restoredDraft={loaded.restoredDraft}
      anchor={anchor}
      anchorLine={line}
      focusTitle={focusTitle ?? false}
      drafts={drafts}
      toolbarItems={toolbarItems}
      onMoved={(moved) => {
        openPath.current = moved;
      }}
    />
  );
}
