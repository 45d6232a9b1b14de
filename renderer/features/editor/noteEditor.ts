import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { indentUnit } from '@codemirror/language';
import { languages } from '@codemirror/language-data';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, Prec, type Extension } from '@codemirror/state';
import {
  drawSelection,
  dropCursor,
  EditorView,
  highlightSpecialChars,
  keymap,
  placeholder,
  type KeyBinding,
} from '@codemirror/view';
import { extractHeadings, headingSlug } from '../../services/markdownHeadings';
import type { EditorContext } from './editorContext';
import { editorHighlighting, editorTheme } from './editorTheme';
import { flashLineEffect, flashLineField } from './flashLine';
import { formattingCommands, formattingKeys, type FormattingCommand } from './formatting';
import { linkAtPosition, type EditorLink } from './linkAtPosition';
import { refreshLinks, wikiLinkDecorations } from './linkDecorations';
import { tagCompletion } from './tagCompletion';
import { wikiLinkCompletion, type WikiLinkCompletionLabels } from './wikiLinkCompletion';
import { findTextFromLine } from '../../services/textAnchor';
import { isMarkdownLink } from '../../../shared/links/markdownLinks';

export interface NoteEditorOptions {
  doc: string;
  context: EditorContext;
  /** Accessible name of the text area. */
  label: string;
  /** Id of an element describing the editor (e.g. how to leave it with the keyboard). */
  describedBy?: string;
  placeholder: string;
  /** CodeMirror's own UI text (search panel…), translated. */
  phrases: Record<string, string>;
  completionLabels: WikiLinkCompletionLabels;
  dark: boolean;
  isMac: boolean;
  onDocChanged(): void;
  onSelectionChanged?(): void;
  onBlur?(): void;
  onFollowLink(link: EditorLink): void;
  /** Files were pasted or dropped at `pos` (the cursor, or where the drop landed). */
  onFiles?(files: File[], pos: number): void;
}

/** The editor as the note view uses it; CodeMirror stays behind this. */
export interface NoteEditor {
  readonly view: EditorView;
  getText(): string;
  /**
   * Shows text that changed elsewhere (on disk, a conflict resolution) as one edit of the part
   * that differs, so the cursor and scroll stay where they were and undo can go back.
   */
  replaceText(text: string): void;
  getSelection(): { from: number; to: number; text: string } | null;
  /**
   * Inserts `text` at `pos` (clamped to the text; at a line's start or end, on a line of its own)
   * and puts the cursor after it.
   */
  insertAt(pos: number, text: string): void;
  setReadOnly(readOnly: boolean): void;
  setDark(dark: boolean): void;
  /** Bold, italic, link, heading, list… on the selection (the toolbar's buttons); focuses. */
  format(command: FormattingCommand): void;
  /** The vault changed: recolour links. */
  refreshLinks(): void;
  focus(): void;
  /** Puts the cursor at `offset` (clamped to the text), scrolls to it and focuses the editor. */
  setCursor(offset: number): void;
  /**
   * Scrolls to and highlights a heading, a `^block` or a piece of text (the one at or after the
   * 0-based `line`, when given); false if not found.
   */
  reveal(anchor: string, line?: number): boolean;
  /** Scrolls to a 0-based line and highlights it. */
  revealLine(line: number): void;
  destroy(): void;
}

/** Back/forward in history (Alt+←/→) belong to the app: the editor must not take them. */
const RESERVED_KEYS = new Set(['Alt-ArrowLeft', 'Alt-ArrowRight']);

function withoutReservedKeys(bindings: readonly KeyBinding[], isMac: boolean): KeyBinding[] {
  return bindings.filter((binding) => {
    const key = isMac
      ? (binding.mac ?? binding.key)
      : (binding.win ?? binding.linux ?? binding.key);
    return key === undefined || !RESERVED_KEYS.has(key);
  });
}

/**
 * Where `anchor` (`Heading`, `^block-id`, or text) is in `doc`: offsets to select. With `line`,
 * text found at or after that line wins over a heading of the same words elsewhere.
 */
export function findAnchor(
  doc: string,
  anchor: string,
  line?: number,
): { from: number; to: number } | null {
  const isLink = anchor.includes('[[') || isMarkdownLink(anchor);
  if (line !== undefined && !anchor.startsWith('^') && !isLink) {
    const near = findTextFromLine(doc, anchor, line);
    if (near) return near;
  }
  const lines = doc.split('\n');
  const lineStart = (line: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  if (anchor.startsWith('^')) {
    const id = anchor.slice(1);
    const at = lines.findIndex(
      (line) => line.trimEnd().endsWith(` ^${id}`) || line.trim() === `^${id}`,
    );
    if (at >= 0) return { from: lineStart(at), to: lineStart(at) + lines[at]!.length };
  }
  // A link as written (a backlink's anchor) is looked for as text, before any heading.
  if (isLink) {
    const at = doc.indexOf(anchor);
    if (at >= 0) return { from: at, to: at + anchor.length };
  }
  // The last part of a nested heading link (`[[Note#Part#Section]]`) names the heading.
  const wanted = headingSlug(anchor.split('#').at(-1) ?? anchor);
  const heading =
    wanted === '' ? undefined : extractHeadings(doc).find((h) => headingSlug(h.text) === wanted);
  if (heading) {
    const from = lineStart(heading.line);
    return { from, to: from + lines[heading.line]!.length };
  }
  const text = anchor.trim();
  if (text === '') return null;
  const at = doc.toLowerCase().indexOf(text.toLowerCase());
  return at < 0 ? null : { from: at, to: at + text.length };
}

/**
 * Creates the markdown editor: CodeMirror 6 with markdown (GFM, code blocks highlighted in their
 * language, loaded on first use), history, find and replace, `[[` and `#` completion, wrapped
 * lines, link following with Ctrl/Cmd+click or Ctrl/Cmd+Enter, formatting shortcuts (formatting.ts)
 * and the app's colours.
 */
export function createNoteEditor(parent: HTMLElement, options: NoteEditorOptions): NoteEditor {
  const readOnly = new Compartment();
  const theme = new Compartment();
  const modKey = (event: MouseEvent | KeyboardEvent) =>
    options.isMac ? event.metaKey : event.ctrlKey;
  let flashTimer: ReturnType<typeof setTimeout> | null = null;

  const follow = (view: EditorView, pos: number): boolean => {
    const line = view.state.doc.lineAt(pos);
    const link = linkAtPosition(line.text, pos - line.from);
    if (!link) return false;
    options.onFollowLink(link);
    return true;
  };

  const extensions: Extension[] = [
    history(),
    drawSelection(),
    dropCursor(),
    highlightSpecialChars(),
    EditorState.allowMultipleSelections.of(true),
    indentUnit.of('    '),
    markdown({ base: markdownLanguage, codeLanguages: languages, addKeymap: true }),
    markdownLanguage.data.of({ closeBrackets: { brackets: ['(', '[', '{', '`'] } }),
    closeBrackets(),
    editorHighlighting,
    highlightSelectionMatches(),
    search({ top: true }),
    autocompletion({
      override: [
        wikiLinkCompletion(options.context, options.completionLabels),
        tagCompletion(options.context),
      ],
      icons: false,
      closeOnBlur: true,
    }),
    wikiLinkDecorations(options.context),
    flashLineField,
    EditorView.lineWrapping,
    EditorState.phrases.of(options.phrases),
    placeholder(options.placeholder),
    EditorView.contentAttributes.of({
      'aria-label': options.label,
      ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}),
      spellcheck: 'true',
      autocorrect: 'on',
      autocapitalize: 'sentences',
    }),
    readOnly.of(EditorState.readOnly.of(false)),
    theme.of(editorTheme(options.dark)),
    Prec.high(
      keymap.of([
        { key: 'Mod-Enter', run: (view) => follow(view, view.state.selection.main.head) },
        // Before the default keymap, whose Mod-i selects the enclosing syntax node.
        ...Object.entries(formattingKeys).map(([name, key]) => ({
          key,
          run: formattingCommands[name as FormattingCommand],
        })),
      ]),
    ),
    keymap.of(
      withoutReservedKeys(
        [
          ...closeBracketsKeymap,
          ...completionKeymap,
          ...searchKeymap,
          ...historyKeymap,
          ...defaultKeymap,
          indentWithTab,
        ],
        options.isMac,
      ),
    ),
    EditorView.domEventHandlers({
      paste(event, view) {
        const files = [...(event.clipboardData?.files ?? [])];
        if (files.length === 0 || !options.onFiles || view.state.readOnly) return false;
        event.preventDefault();
        options.onFiles(files, view.state.selection.main.head);
        return true;
      },
      drop(event, view) {
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length === 0 || !options.onFiles || view.state.readOnly) return false;
        event.preventDefault();
        const at = view.posAtCoords({ x: event.clientX, y: event.clientY });
        options.onFiles(files, at ?? view.state.selection.main.head);
        return true;
      },
      mousedown(event, view) {
        if (event.button !== 0 || !modKey(event)) return false;
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
        if (pos === null || !follow(view, pos)) return false;
        event.preventDefault();
        return true;
      },
      mousemove(event, view) {
        view.dom.classList.toggle('cm-follow-links', modKey(event));
        return false;
      },
      keydown(event, view) {
        if (event.key === 'Control' || event.key === 'Meta')
          view.dom.classList.toggle('cm-follow-links', modKey(event));
        return false;
      },
      keyup(event, view) {
        if (event.key === 'Control' || event.key === 'Meta')
          view.dom.classList.remove('cm-follow-links');
        return false;
      },
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onDocChanged();
      if (update.selectionSet) options.onSelectionChanged?.();
      if (update.focusChanged && !update.view.hasFocus) options.onBlur?.();
    }),
  ];

  const view = new EditorView({
    parent,
    state: EditorState.create({ doc: options.doc, extensions }),
  });

  const flash = (pos: number) => {
    if (flashTimer !== null) clearTimeout(flashTimer);
    view.dispatch({ effects: flashLineEffect.of(pos) });
    flashTimer = setTimeout(() => {
      flashTimer = null;
      if (!view.dom.isConnected) return;
      view.dispatch({ effects: flashLineEffect.of(null) });
    }, 2000);
  };

  const scrollTo = (from: number, to: number) => {
    view.dispatch({
      selection: { anchor: from, head: to },
      effects: EditorView.scrollIntoView(from, { y: 'start', yMargin: 48 }),
    });
    flash(from);
  };

  return {
    view,
    getText: () => view.state.doc.toString(),
    replaceText(text) {
      const current = view.state.doc.toString();
      if (current === text) return;
      let start = 0;
      const max = Math.min(current.length, text.length);
      while (start < max && current.charCodeAt(start) === text.charCodeAt(start)) start++;
      let end = 0;
      while (
        end < max - start &&
        current.charCodeAt(current.length - 1 - end) === text.charCodeAt(text.length - 1 - end)
      )
        end++;
      view.dispatch({
        changes: {
          from: start,
          to: current.length - end,
          insert: text.slice(start, text.length - end),
        },
        userEvent: 'reload',
      });
    },
    getSelection() {
      const { from, to } = view.state.selection.main;
      if (from === to) return null;
      return { from, to, text: view.state.sliceDoc(from, to) };
    },
    insertAt(pos, text) {
      const at = Math.min(Math.max(0, pos), view.state.doc.length);
      const line = view.state.doc.lineAt(at);
      const before = at > line.from && at === line.to ? '\n' : '';
      const after = at < line.to && at === line.from ? '\n' : '';
      const insert = `${before}${text}${after}`;
      view.dispatch({
        changes: { from: at, insert },
        selection: { anchor: at + before.length + text.length },
        scrollIntoView: true,
        userEvent: 'input.drop',
      });
      view.focus();
    },
    setReadOnly(value) {
      view.dispatch({ effects: readOnly.reconfigure(EditorState.readOnly.of(value)) });
    },
    setDark(dark) {
      view.dispatch({ effects: theme.reconfigure(editorTheme(dark)) });
    },
    format(command) {
      formattingCommands[command](view);
      view.focus();
    },
    refreshLinks() {
      view.dispatch({ effects: refreshLinks.of(null) });
    },
    focus: () => view.focus(),
    setCursor(offset) {
      const pos = Math.min(Math.max(0, offset), view.state.doc.length);
      view.dispatch({
        selection: { anchor: pos },
        effects: EditorView.scrollIntoView(pos, { y: 'nearest', yMargin: 48 }),
      });
      view.focus();
    },
    reveal(anchor, line) {
      const found = findAnchor(view.state.doc.toString(), anchor, line);
      if (!found) return false;
      scrollTo(found.from, found.to);
      return true;
    },
    revealLine(line) {
      const target = view.state.doc.line(Math.min(Math.max(1, line + 1), view.state.doc.lines));
      scrollTo(target.from, target.from);
    },
    destroy() {
      if (flashTimer !== null) clearTimeout(flashTimer);
      view.destroy();
    },
  };
}
