import { describe, expect, it } from 'vitest';
import { comparePackVersions } from '../../../../shared/packs/packVersion';
import {
  criteriaOf,
  emptyCriteria,
  formatBytes,
  isEmptyCriteria,
  normalizeFolder,
  packFileName,
  pickNotes,
  selectionOf,
  versionProblem,
} from './exportWizardModel';

describe('the export wizard model', () => {
  it('turns the criteria into a selection, leaving an empty search out', () => {
    expect(selectionOf({ ...emptyCriteria, domains: ['hr'], query: '  ' })).toEqual({
      domains: ['hr'],
      tags: [],
      queries: [],
      folders: [],
      notes: [],
      followLinks: false,
    });
    expect(selectionOf({ ...emptyCriteria, query: ' tender ' }).queries).toEqual(['tender']);
    expect(isEmptyCriteria(emptyCriteria)).toBe(true);
    expect(isEmptyCriteria({ ...emptyCriteria, followLinks: true })).toBe(true);
    expect(isEmptyCriteria({ ...emptyCriteria, tags: ['a'] })).toBe(false);
  });

  it('takes a pack definition back as criteria', () => {
    const criteria = criteriaOf({
      id: 'p',
      title: 'T',
      description: '',
      domains: [],
      licence: '',
      lastVersion: '1.0.0',
      lastExportedAt: null,
      lastFile: null,
      nextVersion: '1.1.0',
      selection: {
        all: false,
        domains: ['procurement'],
        tags: ['t'],
        queries: ['a b'],
        folders: ['f'],
        notes: ['n.md'],
        followLinks: true,
      },
    });
    expect(criteria).toEqual({
      domains: ['procurement'],
      tags: ['t'],
      query: 'a b',
      folders: ['f'],
      notes: ['n.md'],
      followLinks: true,
    });
  });

  it('picks notes by hand once each', () => {
    const once = pickNotes({ ...emptyCriteria, notes: ['a.md'] }, ['a.md', 'b.md', 'b.md']);
    expect(once.notes).toEqual(['a.md', 'b.md']);
  });

  it('normalises folders and refuses ones that leave the vault', () => {
    expect(normalizeFolder(' /Projects/2024/ ')).toBe('Projects/2024');
    expect(normalizeFolder('a\\b')).toBe('a/b');
    expect(normalizeFolder('../x')).toBeNull();
    expect(normalizeFolder('  ')).toBeNull();
  });

  it('names the pack file after its title and version', () => {
    expect(packFileName('Procurement: basics', '1.2.0')).toBe(
      'Procurement - basics-1.2.0.praxispack',
    );
    expect(packFileName('', '1.0.0')).toBe('pack-1.0.0.praxispack');
  });

  it('says what is wrong with a version', () => {
    expect(versionProblem('1.1.0', '1.0.0', comparePackVersions)).toBeNull();
    expect(versionProblem('1.0', null, comparePackVersions)).toBe('format');
    expect(versionProblem('1.0.0', '1.0.0', comparePackVersions)).toBe('notNewer');
    expect(versionProblem('0.9.0', '1.0.0', comparePackVersions)).toBe('notNewer');
  });

  it('formats sizes', () => {
    expect(formatBytes(812, 'en')).toBe('812 bytes');
    expect(formatBytes(4200, 'en')).toBe('4.2 kB');
    expect(formatBytes(1_300_000, 'en')).toBe('1.3 MB');
  });
});
