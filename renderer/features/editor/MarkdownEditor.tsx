import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isMacPlatform } from '../../services/commands/useGlobalShortcuts';
import type { EditorContext } from './editorContext';
import { FormattingToolbar } from './FormattingToolbar';
import type { EditorLink } from './linkAtPosition';
import { createNoteEditor, type NoteEditor } from './noteEditor';
import { useAttachFiles } from './useAttachFiles';

export interface MarkdownEditorProps {
  /** The text the editor starts with; later changes go through the NoteEditor handle. */
  initialText: string;
  context: EditorContext;
  readOnly: boolean;
  /** Called once with the editor, and with null when it is destroyed. */
  onEditor(editor: NoteEditor | null): void;
  onDocChanged(): void;
  onSelectionChanged?(): void;
  onBlur?(): void;
  onFollowLink(link: EditorLink): void;
}

const currentTheme = () => document.documentElement.dataset.theme === 'dark';

/**
 * The CodeMirror markdown editor of a note, created once per mount, with its formatting toolbar;
 * images and PDFs pasted or dropped into it become attachments embedded where they landed.
 */
export function MarkdownEditor(props: MarkdownEditorProps) {
  const { t } = useTranslation('notes');
  const parent = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const editorRef = useRef<NoteEditor | null>(null);
  const attachFiles = useAttachFiles();
  const attachRef = useRef(attachFiles);
  useEffect(() => {
    attachRef.current = attachFiles;
  });

  useEffect(() => {
    const phrases = t('cm', { returnObjects: true }) as Record<string, string>;
    const editor = createNoteEditor(parent.current!, {
      doc: latest.current.initialText,
      context: latest.current.context,
      label: t('editor.label'),
      describedBy: hintId,
      placeholder: t('editor.placeholder'),
      phrases,
      completionLabels: {
        aliasOf: (title) => t('editor.aliasOf', { title }),
        notCreated: t('editor.notCreated'),
      },
      dark: currentTheme(),
      isMac: isMacPlatform(),
      onDocChanged: () => latest.current.onDocChanged(),
      onSelectionChanged: () => latest.current.onSelectionChanged?.(),
      onBlur: () => latest.current.onBlur?.(),
      onFollowLink: (link) => latest.current.onFollowLink(link),
      onFiles: (files, pos) =>
        void attachRef.current(files, (text) => editorRef.current?.insertAt(pos, text)),
    });
    editorRef.current = editor;
    editor.setReadOnly(latest.current.readOnly);
    latest.current.onEditor(editor);
    // Follow the app theme (light/dark) as <html data-theme> changes.
    const observer = new MutationObserver(() => editor.setDark(currentTheme()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => {
      observer.disconnect();
      latest.current.onEditor(null);
      editorRef.current = null;
      editor.destroy();
    };
    // The editor is created once per mount; text and callbacks flow through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    editorRef.current?.setReadOnly(props.readOnly);
  }, [props.readOnly]);

  return (
    <>
      <p id={hintId} className="visually-hidden">
        {t('editor.keyboardHint')}
      </p>
      <FormattingToolbar
        disabled={props.readOnly}
        onFormat={(command) => editorRef.current?.format(command)}
      />
      <div ref={parent} className="markdown-editor" />
    </>
  );
}
