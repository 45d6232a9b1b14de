import { createContext, useContext, useSyncExternalStore } from 'react';
import type { TextStats } from '../../shared/markdown/textStats';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict';

export interface NoteHeading {
  level: number;
  text: string;
  /** 0-based line in the body. */
  line: number;
}

/**
 * The note open in the editor, as other parts of the window see it: the right panel's outline,
 * the window title, commands that act on the selection (e.g. promoting journal text into a
 * note). The note view publishes it; everything else reads it. Null when no note is open.
 */
export interface ActiveNote {
  path: string;
  title: string;
  saveState: SaveState;
  /** Headings of the text as it is in the editor now. */
  headings: readonly NoteHeading[];
  /** Words and characters of the body (follows typing after a pause). */
  stats: TextStats;
  /** The body in the editor now (may be ahead of the file until autosave). */
  getText(): string;
  /** The selected text, with offsets into the body, or null when nothing is selected. */
  getSelection(): { from: number; to: number; text: string } | null;
  /** Whether text is selected in the editor now (actions on the selection show or hide). */
  hasSelection: boolean;
  /** Puts the cursor at `offset` in the body and focuses the editor, ready to type. */
  focusAt(offset: number): void;
  /** Saves pending edits now (resolves when the file is written, rejects on failure). */
  flush(): Promise<void>;
  /**
   * Scrolls to and highlights a heading (`Heading`), block (`^id`) or a piece of text (the one at
   * or after a 0-based body line, when given).
   */
  reveal(anchor: string, line?: number): void;
}

export class ActiveNoteStore {
  #current: ActiveNote | null = null;
  readonly #listeners = new Set<() => void>();

  set(note: ActiveNote | null): void {
    this.#current = note;
    for (const listener of this.#listeners) listener();
  }

  getSnapshot = (): ActiveNote | null => this.#current;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
}

export const ActiveNoteContext = createContext<ActiveNoteStore | null>(null);

export function useActiveNoteStore(): ActiveNoteStore {
  const store = useContext(ActiveNoteContext);
  if (!store) throw new Error('useActiveNote must be used inside <ActiveNoteContext.Provider>.');
  return store;
}

/** The note open in the editor (re-renders when it, its save state or its headings change). */
export function useActiveNote(): ActiveNote | null {
  const store = useActiveNoteStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
