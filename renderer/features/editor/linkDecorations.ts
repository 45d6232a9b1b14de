import { syntaxTree } from '@codemirror/language';
import { RangeSetBuilder, StateEffect } from '@codemirror/state';
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';
import { locateInlineTags, locateWikiLinks } from '../../../shared/links/wikiLinks';
import type { EditorContext } from './editorContext';

/** Dispatch when the vault changed, so link colours follow what now resolves. */
export const refreshLinks = StateEffect.define<null>();

const resolved = Decoration.mark({ class: 'cm-wikilink' });
const unresolved = Decoration.mark({ class: 'cm-wikilink cm-wikilink-unresolved' });
const hashtag = Decoration.mark({ class: 'cm-hashtag' });
const CODE_BLOCK = /^(FencedCode|CodeBlock|HTMLBlock|CommentBlock)$/;

function inCodeBlock(view: EditorView, pos: number): boolean {
  for (let node = syntaxTree(view.state).resolveInner(pos, 1); node.parent; node = node.parent) {
    if (CODE_BLOCK.test(node.name)) return true;
  }
  return false;
}

function build(view: EditorView, ctx: EditorContext): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const resolver = ctx.resolver();
  const path = ctx.path();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to;) {
      const line = view.state.doc.lineAt(pos);
      const marks: { start: number; end: number; mark: Decoration }[] = [];
      if ((line.text.includes('[[') || line.text.includes('#')) && !inCodeBlock(view, line.from)) {
        for (const link of locateWikiLinks(line.text)) {
          const found = link.target === '' || resolver.resolve(link.target, path) !== null;
          marks.push({ start: link.start, end: link.end, mark: found ? resolved : unresolved });
        }
        for (const tag of locateInlineTags(line.text))
          marks.push({ start: tag.start, end: tag.end, mark: hashtag });
      }
      for (const { start, end, mark } of marks.sort((a, b) => a.start - b.start))
        builder.add(line.from + start, line.from + end, mark);
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

/**
 * Colours wiki links in the visible text (resolved like links, unresolved like the preview's) and
 * `#tags`, which Ctrl/Cmd+click follows to their notes.
 */
export function wikiLinkDecorations(ctx: EditorContext) {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = build(view, ctx);
      }
      update(update: ViewUpdate) {
        if (
          update.docChanged ||
          update.viewportChanged ||
          update.transactions.some((tr) => tr.effects.some((e) => e.is(refreshLinks))) ||
          syntaxTree(update.startState) !== syntaxTree(update.state)
        )
          this.decorations = build(update.view, ctx);
      }
    },
    { decorations: (plugin) => plugin.decorations },
  );
}
