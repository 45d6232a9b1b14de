import {
  Document,
  Scalar,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node,
  type YAMLSeq,
} from 'yaml';
import { ApiError } from '../../../shared/api/apiError';

/** A markdown file split into its YAML front matter and its body. */
export interface SplitNote {
  /** Leading byte-order mark, kept so that a rewrite does not drop it. */
  bom: string;
  /** The YAML between the fences, or null when the file has no front matter. */
  yamlText: string | null;
  /** Parsed front matter (a mapping), or null when absent or unreadable. */
  data: Record<string, unknown> | null;
  /** Why the front matter could not be read. */
  error: string | null;
  body: string;
  /** Offset of the body in the file text. */
  bodyOffset: number;
  /** 1-based line number of the body's first line in the file. */
  bodyStartLine: number;
  /** The file's line ending, so that rewrites keep it. */
  eol: '\n' | '\r\n';
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

export function splitFrontMatter(raw: string): SplitNote {
  const bounds = frontMatterBounds(raw);
  const { data, error } =
    bounds.yamlText === null ? { data: null, error: null } : parseYamlMapping(bounds.yamlText);
  return {
    bom: raw.startsWith('\uFEFF') ? '\uFEFF' : '',
    yamlText: bounds.yamlText,
    data,
    error,
    body: bounds.body,
    bodyOffset: bounds.bodyOffset,
    bodyStartLine: bounds.bodyStartLine,
    eol: /\r\n/.test(raw.slice(0, 4096)) ? '\r\n' : '\n',
  };
}

/**
 * Where a note's body starts, as {@link splitFrontMatter} says, without parsing the YAML: for
 * readers of many notes that want only the body (unlinked mentions).
 */
export function frontMatterBounds(
  raw: string,
): Pick<SplitNote, 'yamlText' | 'body' | 'bodyOffset' | 'bodyStartLine'> {
  const bom = raw.startsWith('\uFEFF') ? 1 : 0;
  const text = bom ? raw.slice(bom) : raw;
  const opening = OPENING.exec(text);
  // An opening `---` without a closing fence is a thematic break, not front matter.
  if (opening) CLOSING.lastIndex = opening[0].length;
  const closing = opening ? CLOSING.exec(text) : null;
  if (!opening || !closing)
    return { yamlText: null, body: text, bodyOffset: bom, bodyStartLine: 1 };
  const bodyStart = closing.index + closing[0].length;
  return {
    yamlText: text.slice(opening[0].length, closing.index),
    body: text.slice(bodyStart),
    bodyOffset: bom + bodyStart,
    bodyStartLine: countLines(text.slice(0, bodyStart)) + 1,
  };
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function parseYamlMapping(yamlText: string): {
  data: Record<string, unknown> | null;
  error: string | null;
} {
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    return { data: null, error: first.message.split('\n')[0] ?? 'invalid YAML' };
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return { data: {}, error: null };
  if (typeof value !== 'object' || Array.isArray(value))
    return { data: null, error: 'the front matter is not a list of `key: value` fields' };
  return { data: value as Record<string, unknown>, error: null };
}

/** Front-matter changes: a value writes the key, null deletes it, absent keys stay untouched. */
export type FrontMatterChanges = Record<string, unknown>;

/** Order of the fields Praxis writes into a note that had no front matter. */
const FIELD_ORDER = ['id', 'title', 'type', 'domains', 'tags', 'aliases', 'created', 'updated'];

/** Fields Praxis maintains itself on every save. */
const AUTOMATIC_FIELDS = new Set(['id', 'created', 'updated']);

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The file text for `body` with `changes` applied to the front matter of `split`. Everything the
 * author wrote is kept: other keys, comments, quoting and list style, the line ending, a BOM.
 * Where possible only the changed values' text is replaced (so a save that bumps `updated` is a
 * one-line change in version control); otherwise the YAML is re-rendered from its syntax tree.
 * A note whose front matter cannot be read keeps it verbatim, and changing its fields is refused
 * so that nothing the user wrote is lost.
 */
export function composeNote(split: SplitNote, body: string, changes: FrontMatterChanges): string {
  const eolBody = split.eol === '\r\n' && !body.includes('\r') ? body.replace(/\n/g, '\r\n') : body;
  const keys = Object.keys(changes);
  const wrap = (yaml: string) => `${split.bom}---${split.eol}${yaml}---${split.eol}${eolBody}`;

  if (split.yamlText === null) {
    const fields = keys.filter((k) => changes[k] !== null && changes[k] !== undefined);
    if (fields.length === 0) return split.bom + eolBody;
    fields.sort((a, b) => fieldRank(a) - fieldRank(b));
    const yaml = new Document(Object.fromEntries(fields.map((k) => [k, changes[k]]))).toString(
      STRINGIFY,
    );
    return wrap(withEol(yaml, split.eol));
  }
  if (split.error !== null) {
    if (keys.some((k) => !AUTOMATIC_FIELDS.has(k)))
      throw new ApiError(
        'INVALID',
        `The front matter of this note cannot be read (${split.error}). Fix it in the text before changing its fields.`,
      );
    return wrap(split.yamlText);
  }
  const effective = keys.filter(
    (k) =>
      !(changes[k] === null || changes[k] === undefined
        ? !Object.hasOwn(split.data ?? {}, k)
        : split.data && Object.hasOwn(split.data, k) && sameValue(split.data[k], changes[k])),
  );
  if (effective.length === 0) return wrap(split.yamlText);
  const yaml =
    editInPlace(split.yamlText, changes, effective, split.eol) ??
    withEol(rewriteYaml(split.yamlText, changes, effective), split.eol);
  return wrap(yaml);
}

function withEol(yaml: string, eol: '\n' | '\r\n'): string {
  return eol === '\r\n' ? yaml.replace(/\r?\n/g, '\r\n') : yaml;
}

/** Re-renders the YAML from its syntax tree with the changes applied (comments survive). */
function rewriteYaml(yamlText: string, changes: FrontMatterChanges, keys: string[]): string {
  const doc: Document = parseDocument(yamlText);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({});
  for (const key of keys) {
    const value = changes[key];
    if (value === null || value === undefined) {
      doc.delete(key);
      continue;
    }
    const old = doc.get(key, true);
    const node = doc.createNode(value);
    // Keep the author's style: `tags: [a, b]` stays a flow list.
    if (isCollection(old) && isCollection(node) && old.flow) node.flow = true;
    doc.set(key, node);
  }
  const yaml = doc.toString(STRINGIFY);
  return yaml === '{}\n' ? '' : yaml;
}

/**
 * Replaces just the text of changed values that sit on one line (scalars and flow lists), or of
 * the changed entries of a list that keeps its length (a renamed tag: every other entry, comment
 * and quote stays as written), and appends new keys at the end. Returns null when a change needs
 * more (deleting a key, a block value), and the caller re-renders instead.
 */
function editInPlace(
  yamlText: string,
  changes: FrontMatterChanges,
  keys: string[],
  eol: '\n' | '\r\n',
): string | null {
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  if (!isMap(doc.contents)) return null;
  const edits: { start: number; end: number; text: string }[] = [];
  const appended: string[] = [];
  for (const key of keys) {
    const value = changes[key];
    if (value === null || value === undefined) return null;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) {
      appended.push(new Document({ [key]: value }).toString(STRINGIFY).trimEnd());
      continue;
    }
    const node = pair.value;
    if (!node || !('range' in node) || !node.range) return null;
    const entryEdits =
      isSeq(node) && Array.isArray(value) ? listEntryEdits(doc, node, value) : null;
    if (entryEdits) {
      edits.push(...entryEdits);
      continue;
    }
    const [start, end] = node.range as [number, number, number];
    const isFlowList = isCollection(node) && node.flow === true;
    if (!(isScalar(node) || isFlowList) || yamlText.slice(start, end).includes('\n')) return null;
    const replacement = doc.createNode(value) as Node;
    const quoted = isScalar(node) ? quoteStyle(node) : undefined;
    if (isCollection(replacement)) {
      if (!isFlowList) return null;
      replacement.flow = true;
    } else if (isScalar(replacement)) {
      // `title: "…"` stays quoted the way the author quoted it.
      if (quoted) replacement.type = quoted;
    } else return null;
    const text = new Document(replacement).toString(STRINGIFY).trimEnd();
    if (text.includes('\n')) return null;
    edits.push({ start, end, text });
  }
  let result = yamlText;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  if (appended.length > 0) {
    if (result !== '' && !result.endsWith('\n')) result += eol;
    result += appended.map((line) => line + eol).join('');
  }
  return result;
}

/**
 * Edits that turn the scalar entries of `list` into `values` one entry at a time, keeping each
 * changed entry's quoting; null unless both have the same length and every entry is a scalar
 * that renders on one line.
 */
function listEntryEdits(
  doc: Document,
  list: YAMLSeq,
  values: unknown[],
): { start: number; end: number; text: string }[] | null {
  if (list.items.length !== values.length) return null;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [i, item] of list.items.entries()) {
    if (!isScalar(item) || !item.range) return null;
    const value = values[i];
    if (sameValue(item.toJSON(), value)) continue;
    const replacement = doc.createNode(value);
    if (!isScalar(replacement)) return null;
    const quoted = quoteStyle(item);
    if (quoted) replacement.type = quoted;
    let text = new Document(replacement).toString(STRINGIFY).trimEnd();
    // Inside `[…]` a plain entry cannot hold flow indicators.
    if (list.flow && !/^["']/.test(text) && /[,[\]{}]/.test(text)) {
      replacement.type = Scalar.QUOTE_DOUBLE;
      text = new Document(replacement).toString(STRINGIFY).trimEnd();
    }
    if (text.includes('\n')) return null;
    edits.push({ start: item.range[0], end: item.range[1], text });
  }
  return edits;
}

function quoteStyle(scalar: Scalar): Scalar.Type | undefined {
  return scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE
    ? scalar.type
    : undefined;
}

function fieldRank(key: string): number {
  const rank = FIELD_ORDER.indexOf(key);
  return rank === -1 ? FIELD_ORDER.length : rank;
}

function sameValue(current: unknown, next: unknown): boolean {
  return JSON.stringify(current) === JSON.stringify(next);
}
