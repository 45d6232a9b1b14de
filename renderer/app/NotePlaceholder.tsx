/**
 * TEMPORARY — a read-only stand-in for the note view until the editor branch lands
 * (renderer/features/note/NoteView.tsx). It shows the note's title and text, follows changes on
 * disk and publishes the active note (title, headings, reveal) so the shell around it works.
 * viewRegistry.tsx imports it under the name `NoteView`; swapping that one import line retires it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/apiError';
import type { Note } from '../../shared/api/noteSchemas';
import { useApiClient } from '../api/ApiContext';
import { useActiveNoteStore, type NoteHeading } from '../state/activeNote';

export interface NoteViewProps {
  path: string;
  anchor?: string;
  focusTitle?: boolean;
}

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; note: Note }
  | { status: 'missing' }
  | { status: 'error'; message: string };

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

function headingsOf(body: string): NoteHeading[] {
  const headings: NoteHeading[] = [];
  let inFence = false;
  body.split('\n').forEach((line, index) => {
    if (FENCE.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (match) headings.push({ level: match[1]!.length, text: match[2]!, line: index });
  });
  return headings;
}

export function NotePlaceholder({ path, anchor, focusTitle }: NoteViewProps) {
  const { t } = useTranslation('app');
  const { api, onEvent } = useApiClient();
  const activeNote = useActiveNoteStore();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [highlight, setHighlight] = useState<number | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      api['notes.read']({ path }).then(
        (note) => live && setLoaded({ status: 'ready', note }),
        (error: unknown) =>
          live &&
          setLoaded(
            error instanceof ApiError && error.code === 'NOT_FOUND'
              ? { status: 'missing' }
              : {
                  status: 'error',
                  message: error instanceof Error ? error.message : String(error),
                },
          ),
      );
    void load();
    const stop = onEvent((event) => {
      if (event.type === 'notes.changed' && event.payload.path === path) void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, onEvent, path]);

  const note = loaded.status === 'ready' ? loaded.note : null;
  const lines = useMemo(() => note?.body.split('\n') ?? [], [note]);
  const headings = useMemo(() => headingsOf(note?.body ?? ''), [note]);

  useEffect(() => {
    if (!note) return;
    const reveal = (wanted: string) => {
      const heading = headings.find((h) => h.text.toLowerCase() === wanted.toLowerCase());
      const line = heading?.line ?? lines.findIndex((l) => l.includes(wanted));
      if (line < 0) return;
      setHighlight(line);
      bodyRef.current?.querySelector(`[data-line="${line}"]`)?.scrollIntoView({ block: 'center' });
    };
    const published = {
      path,
      title: note.title,
      saveState: 'saved' as const,
      headings,
      getText: () => note.body,
      getSelection: () => null,
      flush: async () => {},
      reveal,
    };
    activeNote.set(published);
    if (anchor) reveal(anchor);
    return () => {
      if (activeNote.getSnapshot() === published) activeNote.set(null);
    };
  }, [activeNote, anchor, headings, lines, note, path]);

  useEffect(() => {
    if (focusTitle && note) titleRef.current?.focus();
  }, [focusTitle, note]);

  if (loaded.status === 'loading') return <div className="view-loading" aria-busy="true" />;
  if (loaded.status === 'missing' || loaded.status === 'error')
    return (
      <div className="empty-state">
        <h1 className="empty-state-title">
          {loaded.status === 'missing' ? t('note.missingTitle') : t('note.errorTitle')}
        </h1>
        <p>{loaded.status === 'missing' ? t('note.missingText', { path }) : loaded.message}</p>
      </div>
    );

  return (
    // Focusable, so that keyboard users can scroll the text (there is no editor to focus).
    <article className="note-placeholder" aria-labelledby="note-placeholder-title" tabIndex={0}>
      <p className="note-placeholder-badge">{t('note.placeholderBadge')}</p>
      <h1
        id="note-placeholder-title"
        ref={titleRef}
        tabIndex={-1}
        className="note-placeholder-title"
      >
        {note!.title}
      </h1>
      <div ref={bodyRef} className="note-placeholder-body">
        {lines.map((line, index) => (
          <div
            key={index}
            data-line={index}
            className={index === highlight ? 'is-highlighted' : undefined}
          >
            {line || '\u00a0'}
          </div>
        ))}
      </div>
    </article>
  );
}
