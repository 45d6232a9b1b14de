import type { ReactNode, RefObject } from 'react';
import { MarkdownEditor, type MarkdownEditorProps } from '../editor/MarkdownEditor';
import { NotePreview, type NotePreviewProps } from '../preview/NotePreview';
import type { NoteMode } from './ModeSwitch';

export interface NotePanesProps {
  mode: NoteMode;
  /** Shown at the top of the first pane shown. */
  header: ReactNode;
  editor: MarkdownEditorProps;
  preview: NotePreviewProps;
  sourcePane: RefObject<HTMLDivElement | null>;
  previewPane: RefObject<HTMLDivElement | null>;
  /** The source pane scrolled (side by side only). */
  onSourceScroll(): void;
}

/**
 * The editor and the preview, one or both as the mode says. The editor stays mounted (hidden)
 * in preview mode, so its text, history and cursor survive a switch.
 */
export function NotePanes({
  mode,
  header,
  editor,
  preview,
  sourcePane,
  previewPane,
  onSourceScroll,
}: NotePanesProps) {
  return (
    <div className={`note-panes note-panes-${mode}`}>
      <div
        ref={sourcePane}
        className="note-pane note-pane-source"
        hidden={mode === 'preview'}
        onScroll={mode === 'split' ? onSourceScroll : undefined}
      >
        {mode !== 'preview' && header}
        <MarkdownEditor {...editor} />
      </div>
      {mode !== 'edit' && (
        <div ref={previewPane} className="note-pane note-pane-preview">
          {mode === 'preview' && header}
          <NotePreview {...preview} />
        </div>
      )}
    </div>
  );
}
