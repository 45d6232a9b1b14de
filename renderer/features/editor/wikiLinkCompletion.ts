import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { EditorView } from '@codemirror/view';
import type { EditorContext } from './editorContext';

export interface WikiLinkCompletionLabels {
  /** Detail shown beside an alias: which note it names. */
  aliasOf(title: string): string;
  /** Detail shown beside a link target no note answers yet. */
  notCreated: string;
}

/**
 * Replaces `[from, to)` (what was typed after `[[`) with `text`, closing the link with `]]`
 * unless it is closed already (as it is when brackets are auto-closed), and puts the cursor after
 * the link.
 */
function insertLink(view: EditorView, text: string, from: number, to: number): void {
  const after = view.state.sliceDoc(to, to + 2);
  const closing = after === ']]' ? '' : ']]';
  const end = from + text.length + 2;
  view.dispatch({
    changes: { from, to, insert: text + closing },
    selection: { anchor: end },
    userEvent: 'input.complete',
    scrollIntoView: true,
  });
}

function folder(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Link text for `path` from the note being edited, with `shown` as alias when it differs. */
function linkText(ctx: EditorContext, path: string, shown: string): string {
  const text = ctx.resolver().linkTextFor(path, ctx.path());
  const name = text.slice(text.lastIndexOf('/') + 1);
  return shown.trim().toLowerCase() === name.toLowerCase() ? text : `${text}|${shown}`;
}

/**
 * `[[` completes note titles and aliases, inserting a link that resolves to the chosen note (the
 * shortest link text, `LinkResolver.linkTextFor`), then the targets of links elsewhere in the
 * vault that no note answers yet (so a planned note is linked under one name); `[[Note#`
 * completes that note's headings. Typing `|` (an alias of one's own) or `]]` ends it.
 */
export function wikiLinkCompletion(ctx: EditorContext, labels: WikiLinkCompletionLabels) {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const open = before.lastIndexOf('[[');
    if (open < 0) return null;
    const typed = before.slice(open + 2);
    if (typed.includes(']]') || typed.includes('|') || typed.includes('[')) return null;
    const from = line.from + open + 2;

    const hash = typed.indexOf('#');
    if (hash >= 0) {
      const target = typed.slice(0, hash);
      const path = target === '' ? ctx.path() : ctx.resolver().resolve(target, ctx.path());
      if (path === null) return null;
      const headings = await ctx.headingsOf(path);
      if (context.aborted) return null;
      const headingFrom = from + hash + 1;
      return {
        from: headingFrom,
        validFor: /^[^\]|#[]*$/,
        options: headings.map((heading): Completion => ({
          label: heading.text,
          detail: 'H' + heading.level,
          type: 'heading',
          apply: (view, _completion, _from, to) => insertLink(view, heading.text, headingFrom, to),
        })),
      };
    }

    const options: Completion[] = [];
    const current = ctx.path();
    for (const note of ctx.notes()) {
      if (note.path === current) continue;
      const where = folder(note.path);
      options.push({
        label: note.title,
        detail: where || undefined,
        type: 'note',
        apply: (view, _completion, _from, to) =>
          insertLink(view, linkText(ctx, note.path, note.title), from, to),
      });
      for (const alias of note.aliases) {
        options.push({
          label: alias,
          detail: labels.aliasOf(note.title),
          type: 'alias',
          boost: -1,
          apply: (view, _completion, _from, to) =>
            insertLink(view, linkText(ctx, note.path, alias), from, to),
        });
      }
    }
    const known = new Set(options.map((o) => o.label.toLowerCase()));
    for (const target of await ctx.unresolvedTargets()) {
      if (known.has(target.toLowerCase())) continue;
      known.add(target.toLowerCase());
      options.push({
        label: target,
        detail: labels.notCreated,
        type: 'unresolved',
        boost: -2,
        apply: (view, _completion, _from, to) => insertLink(view, target, from, to),
      });
    }
    if (context.aborted) return null;
    return { from, validFor: /^[^\]|#[]*$/, options };
  };
}
