/** The one attribute a node the pipeline wrote carries through sanitising (see PipelineMarks). */
export const MARK_ATTRIBUTE = 'data-praxis-mark';

/**
 * Attributes only the pipeline may set: they decide what a click does (`data-vault-path` asks
 * the app to open a file, `data-note-path` opens a note, `data-link-target` creates one…), how
 * an element looks (`class`: the app's own styles) and what it is to assistive technology
 * (`role`). A note's raw HTML never keeps them: sanitising drops every `data-*`, `class` and
 * `role` it wrote.
 */
export function isPipelineOnlyAttribute(name: string): boolean {
  return name.startsWith('data-') || name === 'class' || name === 'role';
}

const escapeAttribute = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * How the pipeline tells its own nodes from a note's raw HTML, which arrive mixed in one string
 * of HTML. The markdown renderer writes an element's pipeline-only attributes (see
 * `isPipelineOnlyAttribute`) here rather than in the HTML, and puts one `data-praxis-mark`
 * naming them, with a secret drawn afresh for each render, on the element. Sanitising then
 * removes every pipeline-only attribute the HTML holds; `apply` gives the marked elements theirs
 * back. A note cannot forge a mark (it cannot know the secret), and a mark it captures (an
 * unclosed tag of its own swallowing the pipeline's) brings along only values the pipeline
 * computed from the note's markdown, never ones the note wrote.
 *
 * @example
 * const marks = new PipelineMarks();
 * const html = `<a${marks.attributes({ class: 'wikilink', 'data-note-path': 'a.md', title: 'A' })}>A</a>`;
 * // '<a title="A" data-praxis-mark="3f…-0">A</a>'; after sanitising: marks.apply(body)
 */
export class PipelineMarks {
  readonly #nonce = randomNonce();
  readonly #recorded: Record<string, string>[] = [];

  /**
   * The attributes for an element the pipeline writes, as HTML (with a leading space): ordinary
   * ones inline, pipeline-only ones behind a mark. Null and undefined values are left out.
   */
  attributes(values: Record<string, string | null | undefined>): string {
    const own: Record<string, string> = {};
    let inline = '';
    for (const [name, value] of Object.entries(values)) {
      if (value === null || value === undefined) continue;
      if (isPipelineOnlyAttribute(name)) own[name] = value;
      else inline += ` ${name}="${escapeAttribute(value)}"`;
    }
    if (Object.keys(own).length === 0) return inline;
    this.#recorded.push(own);
    return `${inline} ${MARK_ATTRIBUTE}="${this.#nonce}-${this.#recorded.length - 1}"`;
  }

  /**
   * Gives every element marked in this render its pipeline-only attributes, once, and removes all
   * marks (a forged or repeated one gives nothing).
   */
  apply(root: Element): void {
    const applied = new Set<number>();
    for (const element of root.querySelectorAll(`[${MARK_ATTRIBUTE}]`)) {
      const mark = element.getAttribute(MARK_ATTRIBUTE) ?? '';
      element.removeAttribute(MARK_ATTRIBUTE);
      const dash = mark.lastIndexOf('-');
      if (dash < 0 || mark.slice(0, dash) !== this.#nonce) continue;
      const digits = mark.slice(dash + 1);
      const index = /^(?:0|[1-9]\d*)$/.test(digits) ? Number(digits) : -1;
      const own = this.#recorded[index];
      if (!own || applied.has(index)) continue;
      applied.add(index);
      for (const [name, value] of Object.entries(own)) element.setAttribute(name, value);
    }
  }
}
