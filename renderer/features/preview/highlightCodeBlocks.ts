import { LanguageDescription } from '@codemirror/language';
import { languages } from '@codemirror/language-data';
import { highlightCode } from '@lezer/highlight';
import { editorHighlightStyle } from '../editor/editorTheme';

/** Longer code blocks stay plain: highlighting them would hold the preview up. */
const MAX_HIGHLIGHTED_LENGTH = 100_000;

/**
 * Highlights fenced code blocks (`language-x` classes from marked) in the preview with the same
 * parsers and colours as the editor. Parsers load on first use (one chunk per language); the
 * text is rebuilt from text nodes and class names only, so nothing in it can be markup. The
 * colour classes are those of the editor's highlight style, mounted by the editor (always
 * present in the note view, if hidden).
 */
export async function highlightCodeBlocks(root: Element, signal: AbortSignal): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>('pre > code[class*="language-"]')];
  await Promise.all(
    blocks.map(async (block) => {
      const name = /(?:^|\s)language-([\w+#.-]+)/.exec(block.className)?.[1];
      const code = block.textContent ?? '';
      if (!name || code.length > MAX_HIGHLIGHTED_LENGTH) return;
      const description = LanguageDescription.matchLanguageName(languages, name, true);
      if (!description) return;
      let support;
      try {
        support = await description.load();
      } catch {
        return;
      }
      if (signal.aborted || !block.isConnected) return;
      const doc = block.ownerDocument;
      const fragment = doc.createDocumentFragment();
      const tree = support.language.parser.parse(code);
      highlightCode(
        code,
        tree,
        editorHighlightStyle,
        (text, classes) => {
          if (!classes) fragment.append(doc.createTextNode(text));
          else {
            const span = doc.createElement('span');
            span.className = classes;
            span.textContent = text;
            fragment.append(span);
          }
        },
        () => fragment.append(doc.createTextNode('\n')),
      );
      block.replaceChildren(fragment);
      block.classList.add('is-highlighted');
    }),
  );
}
