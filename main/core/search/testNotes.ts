/**
 * A small vault for tests: notes as an officer would write them, in English and Spanish, with
 * domains, nested tags, note types, an imported note and code. Built through the same
 * file → repository summary → document path as real notes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseNoteFile } from '../vault/noteRepository';
import { toSearchDocument, type SearchDocument } from './searchDocument';
import type { SearchEngine } from './searchEngine';
import { runToEnd } from './segmentBuilder';

export interface TestNote {
  path: string;
  frontMatter: Record<string, unknown>;
  markdown: string;
}

export const testNotes: TestNote[] = [
  {
    path: 'procurement/Framework agreements.md',
    frontMatter: {
      title: 'Framework agreements',
      type: 'solution',
      domains: ['procurement'],
      tags: ['contracts/framework', 'tendering'],
      created: '2025-11-03',
      updated: '2026-02-10',
    },
    markdown:
      '# Framework agreements\n\nA framework agreement lets several departments buy from one tender.\n\n## Steps\n\n- Publish the tender notice\n- Evaluate **bids** with the [[Scoring matrix]]\n',
  },
  {
    path: 'procurement/Scoring matrix.md',
    frontMatter: {
      type: 'practice',
      domains: ['procurement'],
      tags: ['contracts/evaluation'],
      created: '2026-01-20',
      updated: '2026-01-21',
    },
    markdown:
      '# Scoring matrix\n\nWeights for price and quality when evaluating bids. The agreement on weights comes first.\n',
  },
  {
    path: 'hr/Onboarding new staff.md',
    frontMatter: {
      type: 'practice',
      domains: ['hr-and-talent'],
      tags: ['onboarding'],
      created: '2025-06-01',
      updated: '2025-06-15',
    },
    markdown:
      '# Onboarding new staff\n\nA buddy programme: each new officer is running through a checklist with a mentor.\n',
  },
  {
    path: 'es/Gestión de contratos.md',
    frontMatter: {
      title: 'Gestión de contratos públicos',
      lang: 'es',
      type: 'solution',
      domains: ['procurement', 'legal-and-regulatory'],
      tags: ['contratos'],
      created: '2026-03-01',
      updated: '2026-03-05',
    },
    markdown:
      'La contratación pública exige transparencia. Las licitaciones se publican en el portal.\n',
  },
  {
    path: 'imported/Budget review.md',
    frontMatter: {
      title: 'Budget review checklist',
      type: 'practice',
      domains: ['finance-and-budget'],
      tags: ['budget/annual'],
      created: '2024-09-09',
      updated: '2025-01-10',
      origin: { pack: 'budget-practices', publisher: 'Ministry of Finance', hash: 'abc123' },
    },
    markdown: 'Review the draft budget line by line before the annual submission.\n',
  },
  {
    path: 'journal/2026/2026-01-15.md',
    frontMatter: { type: 'journal', created: '2026-01-15', updated: '2026-01-15' },
    markdown:
      '# 15 January\n\nLearned how to list files with PowerShell:\n\n```powershell\nGet-ChildItem -Recurse\n```\n',
  },
  {
    path: 'drafts/Tender draft.md',
    frontMatter: { type: 'note', tags: ['draft'], updated: '2026-02-01' },
    markdown: 'Draft notice for the cleaning services tender. Not a framework agreement yet.\n',
  },
];

/** The file text of a test note. */
export const noteFileText = (note: TestNote): string =>
  `---\n${stringify(note.frontMatter)}---\n${note.markdown}`;

export function toDocument(note: TestNote, modified = '2026-01-01T00:00:00.000Z'): SearchDocument {
  return toSearchDocument(parseNoteFile(note.path, noteFileText(note), new Date(modified)));
}

export const testDocuments = (): SearchDocument[] => testNotes.map((n) => toDocument(n));

/** A search document written out directly: a plain note, with `extra` fields overriding. */
export function searchDocument(
  notePath: string,
  title: string,
  body: string,
  extra: Partial<SearchDocument> = {},
): SearchDocument {
  return {
    path: notePath,
    title,
    body,
    headings: [],
    tags: [],
    domains: [],
    type: 'note',
    created: null,
    updated: '2026-01-01',
    from: null,
    ...extra,
  };
}

/** Writes the notes as files of a vault folder. */
export async function writeTestVault(vault: string, notes: TestNote[] = testNotes): Promise<void> {
  for (const note of notes) {
    const file = path.join(vault, ...note.path.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, noteFileText(note));
  }
}

/** Builds `engine`'s index from `docs` at once (the sliced build run to its end) and returns it. */
export async function buildEngine(
  engine: SearchEngine,
  docs: readonly SearchDocument[],
): Promise<SearchEngine> {
  await engine.beginRebuild();
  for (const doc of docs) engine.addToBuild(doc, 'v1');
  runToEnd(engine.finishBuild());
  return engine;
}

/** The paths of a query's hits, in rank order. */
export const hitPaths = (engine: SearchEngine, query: string): string[] =>
  engine.search(query).hits.map((h) => h.path);
