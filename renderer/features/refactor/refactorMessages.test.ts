import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { initI18n } from '../../i18n/i18n';
import {
  describeRefactor,
  describeUndo,
  formatList,
  refactorAction,
  type ReportNaming,
} from './refactorMessages';

function report(fields: Partial<RefactorReport>): RefactorReport {
  return {
    id: null,
    kind: 'tag.rename',
    description: 'English text the UI does not show',
    subjects: ['policy'],
    target: 'policies',
    dryRun: true,
    files: [],
    occurrences: 0,
    skipped: [],
    notUtf8: [],
    domainsRemoved: [],
    domainsAdded: [],
    ...fields,
  };
}

const files = (n: number, each = 1) =>
  Array.from({ length: n }, (_, i) => ({ path: `n${i}.md`, occurrences: each }));

let en: TFunction;
let es: TFunction;
const naming = (language: string): ReportNaming => ({
  language,
  domainName: (slug) => ({ procurement: 'Procurement and contracts', hr: 'HR' })[slug] ?? slug,
});

beforeAll(async () => {
  en = (await initI18n('en')).getFixedT('en', 'domains');
  es = (await initI18n('es')).getFixedT('es', 'domains');
});

describe('vault-wide change messages', () => {
  it('name a renamed note by its titles, in the history of changes', () => {
    const renamed = report({ kind: 'note.rename', subjects: ['Guide'], target: 'Handbook' });
    expect(refactorAction(renamed, 'done', en, naming('en'))).toBe(
      'Renamed “Guide” to “Handbook”.',
    );
    expect(refactorAction(renamed, 'done', es, naming('es'))).toBe(
      'Se ha renombrado «Guide» como «Handbook».',
    );
  });

  it('say what a tag rename will do and how many occurrences in how many notes', () => {
    const preview = report({ files: files(9), occurrences: 12 });
    expect(describeRefactor(preview, en, naming('en'))).toBe(
      'Rename #policy to #policies. 12 occurrences in 9 notes will change.',
    );
    expect(describeRefactor({ ...preview, dryRun: false, id: 'r1' }, en, naming('en'))).toBe(
      'Renamed #policy to #policies. 12 occurrences in 9 notes changed.',
    );
  });

  it('count in the singular too, and say when no note changes', () => {
    expect(describeRefactor(report({ files: files(1), occurrences: 1 }), en, naming('en'))).toBe(
      'Rename #policy to #policies. 1 occurrence in 1 note will change.',
    );
    expect(describeRefactor(report({}), en, naming('en'))).toBe(
      'Rename #policy to #policies. No note will change.',
    );
  });

  it('name domains by their names, merges with every source listed in the UI language', () => {
    const merge = report({
      kind: 'domain.merge',
      subjects: ['hr', 'staffing'],
      target: 'procurement',
      files: files(3),
      occurrences: 3,
      dryRun: false,
    });
    expect(describeRefactor(merge, en, naming('en'))).toBe(
      'Merged “HR” and “staffing” into “Procurement and contracts”. 3 occurrences in 3 notes changed.',
    );
    expect(describeRefactor(merge, es, naming('es'))).toBe(
      'Se ha fusionado «HR» y «staffing» con «Procurement and contracts». Han cambiado 3 apariciones en 3 notas.',
    );
  });

  it('describe domain renames by the new slug and deletions without a target', () => {
    expect(
      describeRefactor(
        report({ kind: 'domain.rename', subjects: ['procurement'], target: 'purchasing' }),
        en,
        naming('en'),
      ),
    ).toBe('Change the slug of “Procurement and contracts” to “purchasing”. No note will change.');
    expect(
      describeRefactor(
        report({
          kind: 'domain.delete',
          subjects: ['hr'],
          target: null,
          dryRun: false,
          files: files(2),
          occurrences: 2,
        }),
        en,
        naming('en'),
      ),
    ).toBe('Deleted “HR” from the domain list. 2 occurrences in 2 notes changed.');
  });

  it('say what an undo put back', () => {
    expect(describeUndo(report({ files: files(4), dryRun: false }), en)).toBe(
      'Undone: 4 notes are back as they were.',
    );
    expect(describeUndo(report({ kind: 'domain.delete', dryRun: false }), en)).toBe(
      'Undone: the domain list is back as it was.',
    );
  });

  it('join lists by the rules of the language', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(formatList(['a', 'b', 'c'], 'ca')).toBe('a, b i c');
  });
});
