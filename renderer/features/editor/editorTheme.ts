import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/**
 * The editor's look, from the design tokens of styles/theme.css: the same CSS variables switch
 * with <html data-theme>, so one theme serves light and dark (`dark` only tells CodeMirror which
 * of its own defaults to start from).
 */
export function editorTheme(dark: boolean) {
  return EditorView.theme(
    {
      '&': {
        color: 'var(--color-text)',
        backgroundColor: 'transparent',
        fontSize: 'var(--font-size-text)',
      },
      '&.cm-focused': { outline: 'none' },
      '.cm-scroller': {
        fontFamily: 'var(--font-text)',
        lineHeight: 'var(--line-height-text)',
        // The note pane scrolls (title, fields and text together); CodeMirror follows it.
        overflow: 'visible',
      },
      '.cm-content': {
        caretColor: 'var(--color-text)',
        padding: 'var(--space-2) 0 40vh',
        maxWidth: 'var(--note-max-width, 760px)',
        margin: '0 auto',
        width: '100%',
      },
      '.cm-line': { padding: '0 var(--space-5)' },
      '.cm-cursor, .cm-dropCursor': {
        borderLeftColor: 'var(--color-text)',
        borderLeftWidth: '2px',
      },
      '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
        { backgroundColor: 'var(--color-bg-selected) !important' },
      '.cm-placeholder': { color: 'var(--color-text-faint)' },
      '.cm-panels': {
        backgroundColor: 'var(--color-bg-panel)',
        color: 'var(--color-text)',
        fontFamily: 'var(--font-ui)',
        fontSize: 'var(--font-size-ui)',
      },
      '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--color-border)' },
      '.cm-panel.cm-search': { padding: 'var(--space-2) var(--space-3)' },
      '.cm-panel.cm-search input, .cm-panel.cm-search button, .cm-panel.cm-search label': {
        fontSize: 'var(--font-size-ui)',
      },
      '.cm-textfield': {
        backgroundColor: 'var(--color-bg-input)',
        border: '1px solid var(--color-border-strong)',
        borderRadius: 'var(--radius-1)',
        color: 'var(--color-text)',
        padding: '3px 6px',
      },
      '.cm-button': {
        backgroundImage: 'none',
        backgroundColor: 'var(--color-bg-input)',
        border: '1px solid var(--color-border-strong)',
        borderRadius: 'var(--radius-1)',
        color: 'var(--color-text)',
        padding: '3px 8px',
      },
      '.cm-button:hover': { backgroundColor: 'var(--color-bg-hover)' },
      '.cm-panel.cm-search [name=close]': {
        color: 'var(--color-text-muted)',
        fontSize: '18px',
        padding: '0 6px',
      },
      '.cm-searchMatch': {
        backgroundColor: 'var(--color-highlight)',
        outline: '1px solid var(--color-warning)',
      },
      '.cm-searchMatch.cm-searchMatch-selected': {
        backgroundColor: 'var(--color-bg-selected)',
        outline: '2px solid var(--color-focus)',
      },
      '.cm-selectionMatch': { backgroundColor: 'var(--color-bg-hover)' },
      '.cm-tooltip': {
        backgroundColor: 'var(--color-bg)',
        color: 'var(--color-text)',
        border: '1px solid var(--color-border)',
        borderRadius: 'var(--radius-2)',
        boxShadow: 'var(--shadow-popover)',
        fontFamily: 'var(--font-ui)',
        fontSize: 'var(--font-size-ui)',
        overflow: 'hidden',
      },
      '.cm-tooltip.cm-tooltip-autocomplete > ul': {
        fontFamily: 'var(--font-ui)',
        maxHeight: '16em',
        minWidth: '240px',
      },
      '.cm-tooltip.cm-tooltip-autocomplete > ul > li': { padding: '4px 10px' },
      '.cm-tooltip.cm-tooltip-autocomplete > ul > li[aria-selected]': {
        backgroundColor: 'var(--color-accent)',
        color: 'var(--color-accent-text)',
      },
      '.cm-completionDetail': {
        marginLeft: 'var(--space-3)',
        fontStyle: 'normal',
        color: 'var(--color-text-muted)',
      },
      '.cm-tooltip-autocomplete > ul > li[aria-selected] .cm-completionDetail': {
        color: 'inherit',
      },
      '.cm-completionMatchedText': { textDecoration: 'none', fontWeight: 600 },
      '.cm-wikilink': { color: 'var(--color-link)' },
      '.cm-wikilink-unresolved': {
        color: 'var(--color-link-unresolved)',
        textDecoration: 'underline dotted',
      },
      '.cm-hashtag': { color: 'var(--color-accent)' },
      '&.cm-follow-links .cm-wikilink, &.cm-follow-links .cm-url-link, &.cm-follow-links .cm-hashtag':
        { cursor: 'pointer' },
      '&.cm-follow-links .cm-wikilink:hover, &.cm-follow-links .cm-url-link:hover, &.cm-follow-links .cm-hashtag:hover':
        { textDecoration: 'underline' },
      '.cm-flash-line': {
        backgroundColor: 'var(--color-highlight)',
        transition: 'background-color 1.2s ease-out',
      },
      '.cm-formatting': { color: 'var(--color-text-faint)' },
    },
    { dark },
  );
}

/** Markdown (and code block) highlighting in the token colours. */
export const editorHighlightStyle = HighlightStyle.define([
  { tag: tags.heading1, fontWeight: '700', fontSize: '1.6em' },
  { tag: tags.heading2, fontWeight: '700', fontSize: '1.35em' },
  { tag: tags.heading3, fontWeight: '700', fontSize: '1.15em' },
  { tag: [tags.heading4, tags.heading5, tags.heading6], fontWeight: '700' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: tags.link, color: 'var(--color-link)' },
  { tag: tags.url, color: 'var(--color-text-muted)' },
  { tag: tags.quote, color: 'var(--color-text-muted)', fontStyle: 'italic' },
  { tag: tags.monospace, fontFamily: 'var(--font-mono)', fontSize: '0.92em' },
  { tag: [tags.processingInstruction, tags.contentSeparator], color: 'var(--color-text-faint)' },
  { tag: [tags.keyword, tags.modifier, tags.operatorKeyword], color: 'var(--color-accent)' },
  { tag: [tags.string, tags.regexp, tags.special(tags.string)], color: 'var(--color-success)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--color-warning)' },
  { tag: [tags.comment, tags.meta], color: 'var(--color-text-faint)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.className, tags.tagName], color: 'var(--color-link-unresolved)' },
  { tag: [tags.function(tags.variableName), tags.propertyName], color: 'var(--color-link)' },
  { tag: tags.invalid, color: 'var(--color-danger)' },
]);

export const editorHighlighting = syntaxHighlighting(editorHighlightStyle);
