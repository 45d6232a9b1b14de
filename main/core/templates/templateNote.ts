import { randomUUID } from 'node:crypto';
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  YAMLMap,
  type Pair,
} from 'yaml';
import { ApiError } from '../../../shared/api/apiError';
import { domainKey } from '../../../shared/domains/domainSlug';
import { frontMatterList } from '../../../shared/notes/frontMatterValues';
import { DEFAULT_NOTE_TYPE, isStewardedType } from '../../../shared/notes/noteTypes';
import {
  fillPlaceholders,
  type PlaceholderValues,
} from '../../../shared/templates/templatePlaceholders';
import { reviewDate } from '../domains/noteFacts';
import { splitFrontMatter } from '../vault/frontMatter';

/** Front-matter keys that describe the template itself and are not copied into notes. */
const TEMPLATE_ONLY_KEYS = new Set(['template-description']);

export interface TemplateNoteInput {
  /** The template file's text. */
  template: string;
  /** Where the template is, for messages. */
  templatePath: string;
  values: PlaceholderValues;
  /** Domain slugs given for the note (added to any the template names). */
  domains: readonly string[];
  /** For solution and practice notes; else the template's value, else ''. */
  steward: string | undefined;
  /** `YYYY-MM-DD` for solution and practice notes; else the template's date, else `defaultReviewBy`. */
  reviewBy: string | undefined;
  defaultReviewBy: string;
}

/**
 * The text of a new note made from a template: placeholders filled in the body and in the
 * front-matter values, and front matter in the order Praxis writes it — `id`, `title` (if the
 * template has one), `type`, `domains`, `tags`, for solution and practice `steward` and
 * `review-by`, the template's other fields, then `created` and `updated`.
 *
 * Templates written for Obsidian often put a placeholder unquoted at the start of a value
 * (`created: {{date}}`), which YAML would read as a mapping; such values are quoted before
 * parsing, so they work too.
 */
export function noteFromTemplate(input: TemplateNoteInput): { text: string; type: string } {
  const split = splitFrontMatter(input.template);
  const body = fillPlaceholders(split.body, input.values);
  const doc: Document = parseDocument(
    split.yamlText === null ? '' : quoteBarePlaceholders(split.yamlText),
    { uniqueKeys: true },
  );
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents)))
    throw new ApiError(
      'INVALID',
      `The front matter of the template "${input.templatePath}" cannot be read (${doc.errors[0]?.message.split('\n')[0] ?? 'it is not a list of fields'}). Fix the template and try again.`,
    );
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string')
        node.value = fillPlaceholders(node.value, input.values);
    },
  });

  const source = new Map<string, Pair>();
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    if (isScalar(pair.key)) source.set(String(pair.key.value), pair as Pair);
  }
  const valueOf = (key: string): unknown => {
    const node = source.get(key)?.value;
    return isScalar(node) || isSeq(node) || isMap(node) ? node.toJSON() : undefined;
  };
  const typeValue = valueOf('type');
  const type =
    typeof typeValue === 'string' && /^[a-z][a-z0-9-]*$/i.test(typeValue.trim())
      ? typeValue.trim().toLowerCase()
      : DEFAULT_NOTE_TYPE;

  const domains = uniqueDomains([...frontMatterList(valueOf('domains')), ...input.domains]);
  const now = input.values.now.toISOString();
  const out = new YAMLMap();
  const put = (key: string, value: unknown) => {
    const node = doc.createNode(value);
    if (isSeq(node)) node.flow = true;
    out.items.push(doc.createPair(key, node));
  };
  const keep = (key: string) => {
    const pair = source.get(key);
    if (pair) out.items.push(pair);
    return pair !== undefined;
  };
  put('id', randomUUID());
  keep('title');
  put('type', type);
  put('domains', domains);
  keep('tags');
  const stewarded = isStewardedType(type);
  if (stewarded) {
    const templateSteward = valueOf('steward');
    put(
      'steward',
      input.steward ?? (typeof templateSteward === 'string' ? templateSteward.trim() : ''),
    );
    put('review-by', input.reviewBy ?? reviewDate(valueOf('review-by')) ?? input.defaultReviewBy);
  }
  const written = new Set(['id', 'title', 'type', 'domains', 'tags', 'created', 'updated']);
  if (stewarded) written.add('steward').add('review-by');
  for (const [key, pair] of source)
    if (!written.has(key) && !TEMPLATE_ONLY_KEYS.has(key)) out.items.push(pair);
  put('created', now);
  put('updated', now);
  doc.contents = out;
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const eol = split.eol;
  const fixEol = (text: string) => (eol === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text);
  return { text: `${split.bom}---${eol}${fixEol(yaml)}---${eol}${body}`, type };
}

/** Wraps a placeholder that starts a plain YAML value in quotes, so YAML reads it as text. */
export function quoteBarePlaceholders(yamlText: string): string {
  const quoteRest = (_m: string, head: string, value: string, comment = '', cr = '') =>
    `${head}${JSON.stringify(value.trimEnd())}${comment}${cr}`;
  return yamlText
    .split('\n')
    .map((line) =>
      line
        // `key: {{x}} …` (also in a list item): quote the value to the end of the line.
        .replace(/^(\s*(?:-[ \t]+)?[^\s#'"{[\]-][^:#]*?:[ \t]+)(\{\{.*?)(\s+#.*)?(\r?)$/, quoteRest)
        // `- {{x}} …`: the same for a list entry.
        .replace(/^(\s*-[ \t]+)(\{\{.*?)(\s+#.*)?(\r?)$/, quoteRest)
        // `[{{x}}, …]`: quote each placeholder that is a whole entry.
        .replace(
          /([[,][ \t]*)(\{\{[^{}]*\}\})(?=[ \t]*[,\]])/g,
          (_m, lead: string, placeholder: string) => `${lead}${JSON.stringify(placeholder)}`,
        ),
    )
    .join('\n');
}

function uniqueDomains(slugs: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const slug of slugs.map((s) => s.trim())) {
    const key = domainKey(slug);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(slug);
  }
  return out;
}
