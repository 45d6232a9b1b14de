import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { EditorContext } from './editorContext';

const TAG_BEFORE_CURSOR = /(?:^|\s)#([\p{L}\p{N}\p{M}_/-]*)$/u;
const IN_CODE = /Code|URL|HTML|Comment/;

/**
 * `#` completes the vault's tags (most used first). Not in code, and not right at the start of a
 * line until a letter follows (`# ` there is a heading).
 */
export function tagCompletion(ctx: EditorContext) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const match = TAG_BEFORE_CURSOR.exec(before);
    if (!match) return null;
    const typed = match[1]!;
    const hashAt = context.pos - typed.length - 1;
    if (hashAt === line.from && typed === '' && !context.explicit) return null;
    for (
      let node = syntaxTree(context.state).resolveInner(context.pos, -1);
      node.parent;
      node = node.parent
    ) {
      if (IN_CODE.test(node.name)) return null;
    }
    const tags = ctx.tags();
    return {
      from: hashAt + 1,
      validFor: /^[\p{L}\p{N}\p{M}_/-]*$/u,
      options: tags.map((tag, rank) => ({
        label: tag,
        type: 'tag',
        // Keep the vault's order (most used first) among equally good matches.
        boost: Math.max(-99, -Math.floor(rank / 10)),
      })),
    };
  };
}
