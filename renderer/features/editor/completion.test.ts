import {
  CompletionContext,
  type Completion,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { markdown } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { LinkResolver } from '../../../shared/links/linkResolver';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import type { EditorContext } from './editorContext';
import { tagCompletion } from './tagCompletion';
import { wikiLinkCompletion } from './wikiLinkCompletion';

const note = (path: string, title: string, aliases: string[] = []) =>
  noteSummary(path, { title, aliases });

const notes = [
  note('Home.md', 'Home'),
  note('proc/Contracts.md', 'Contracts', ['Agreements']),
  note('hr/Contracts.md', 'Staff contracts'),
  note('proc/Q 2025.md', 'Q: 2025?'),
];
const resolver = new LinkResolver(notes, []);
const context: EditorContext = {
  path: () => 'Home.md',
  notes: () => notes,
  resolver: () => resolver,
  tags: () => ['procurement', 'procurement/tenders', 'hr'],
  unresolvedTargets: async () => ['Supplier day'],
  headingsOf: async (path) =>
    path === 'proc/Contracts.md'
      ? [
          { level: 2, text: 'Renewal', line: 3 },
          { level: 2, text: 'Scope', line: 8 },
        ]
      : [],
};
const labels = { aliasOf: (title: string) => `alias of ${title}`, notCreated: 'not created yet' };

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

/** An editor holding `doc` with the cursor at its last `|`. */
function editorAt(doc: string): EditorView {
  const pos = doc.lastIndexOf('|');
  view = new EditorView({
    state: EditorState.create({
      doc: doc.slice(0, pos) + doc.slice(pos + 1),
      selection: { anchor: pos },
      extensions: [markdown()],
    }),
    parent: document.body,
  });
  return view;
}

async function complete(
  source: (c: CompletionContext) => CompletionResult | null | Promise<CompletionResult | null>,
  doc: string,
) {
  const editor = editorAt(doc);
  const result = await source(
    new CompletionContext(editor.state, editor.state.selection.main.head, false),
  );
  return { editor, result };
}

function pick(editor: EditorView, result: CompletionResult, label: string): string {
  const option = result.options.find((o: Completion) => o.label === label)!;
  const apply = option.apply as (v: EditorView, c: Completion, from: number, to: number) => void;
  apply(editor, option, result.from, editor.state.selection.main.head);
  return editor.state.doc.toString();
}

describe('[[ completion', () => {
  it('offers titles, aliases and planned notes, not the note itself', async () => {
    const { result } = await complete(wikiLinkCompletion(context, labels), 'See [[Con|');
    const labelsShown = result!.options.map((o) => `${o.label} (${o.detail ?? ''})`);
    expect(labelsShown).toEqual([
      'Contracts (proc)',
      'Agreements (alias of Contracts)',
      'Staff contracts (hr)',
      'Q: 2025? (proc)',
      'Supplier day (not created yet)',
    ]);
    expect(result!.from).toBe(6);
  });

  it('inserts the shortest link text that resolves, closing the link', async () => {
    const { editor, result } = await complete(wikiLinkCompletion(context, labels), 'See [[Con|');
    expect(pick(editor, result!, 'Contracts')).toBe('See [[proc/Contracts]]');
    expect(editor.state.selection.main.head).toBe('See [[proc/Contracts]]'.length);
  });

  it('keeps what was shown as the alias when it is not the file name', async () => {
    const first = await complete(wikiLinkCompletion(context, labels), 'See [[Agr|]]');
    expect(pick(first.editor, first.result!, 'Agreements')).toBe(
      'See [[proc/Contracts|Agreements]]',
    );
    first.editor.destroy();
    const second = await complete(wikiLinkCompletion(context, labels), '[[Q|');
    expect(pick(second.editor, second.result!, 'Q: 2025?')).toBe('[[Q 2025|Q: 2025?]]');
  });

  it('completes the headings of the linked note after #', async () => {
    const { editor, result } = await complete(
      wikiLinkCompletion(context, labels),
      '[[proc/Contracts#Re|]]',
    );
    expect(result!.options.map((o) => o.label)).toEqual(['Renewal', 'Scope']);
    expect(pick(editor, result!, 'Renewal')).toBe('[[proc/Contracts#Renewal]]');
  });

  it('stops inside an alias or after the link is closed', async () => {
    expect((await complete(wikiLinkCompletion(context, labels), '[[Home|sho|')).result).toBeNull();
    expect(
      (await complete(wikiLinkCompletion(context, labels), '[[Home]] and |')).result,
    ).toBeNull();
  });
});

describe('# completion', () => {
  it('offers the vault tags after # in text', async () => {
    const { result } = await complete(tagCompletion(context), 'Filed under #proc|');
    expect(result!.options.map((o) => o.label)).toEqual([
      'procurement',
      'procurement/tenders',
      'hr',
    ]);
    expect(result!.from).toBe('Filed under #'.length);
  });

  it('stays quiet in headings being typed, code, and words with #', async () => {
    expect((await complete(tagCompletion(context), '#|')).result).toBeNull();
    expect((await complete(tagCompletion(context), 'C#|')).result).toBeNull();
    expect((await complete(tagCompletion(context), '`code #ta|`')).result).toBeNull();
  });
});
