import { useState } from 'react';
import type { SaveConflict } from '../../../shared/api/noteSchemas';
import { ConflictPanel } from './conflict/ConflictPanel';
import type { NoteSession } from './noteSession';

export interface NoteConflictProps {
  session: NoteSession;
  conflict: SaveConflict;
  /** `draft`: the unsaved side is a draft from an earlier session. */
  origin: 'conflict' | 'draft';
  title: string;
  /** Puts the chosen text in the editor before it is saved. */
  replaceText(text: string): void;
  /** The conflict is resolved: the editor holds the text saved. */
  onResolved(): void;
}

/**
 * The open note's conflict with its file on disk, and its resolution: keep mine, keep theirs,
 * a merge, or (the file was deleted) write it again. A failure is shown in the panel, which stays.
 */
export function NoteConflict({
  session,
  conflict,
  origin,
  title,
  replaceText,
  onResolved,
}: NoteConflictProps) {
  const [resolving, setResolving] = useState(false);
  const [resolveError, setResolveError] = useState<string | null>(null);

  const resolveConflict = async (text: string | null) => {
    const current = session.conflict;
    if (!current) return;
    setResolving(true);
    setResolveError(null);
    try {
      if (current.theirs === null) {
        await session.recreate();
      } else {
        if (text !== null) replaceText(text);
        await session.resolveWith(current.theirs);
      }
      onResolved();
    } catch (error) {
      setResolveError(error instanceof Error ? error.message : String(error));
    } finally {
      setResolving(false);
    }
  };

  return (
    <ConflictPanel
      conflict={conflict}
      base={origin === 'draft' ? '' : session.savedBody}
      origin={origin}
      title={title}
      busy={resolving}
      error={resolveError}
      onKeepMine={() => void resolveConflict(null)}
      onKeepTheirs={() => void resolveConflict(session.conflict?.theirs?.body ?? null)}
      onSaveMerged={(text) => void resolveConflict(text)}
      onRecreate={() => void resolveConflict(null)}
    />
  );
}
