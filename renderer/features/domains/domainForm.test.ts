import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { checkDomainDraft, moderatorsToSave, nameFromSlug, slugForDraft } from './domainForm';

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('en')).getFixedT('en', 'domains');
});

const draft = {
  name: 'Data and statistics',
  slug: '',
  description: '',
  colour: '#1d5fa8',
  moderators: [],
};

describe('the domain form', () => {
  it('accepts a named domain with a colour', () => {
    expect(checkDomainDraft(draft, 'create', t)).toEqual({});
  });

  it('puts each problem on its field, in the UI language', () => {
    const errors = checkDomainDraft(
      {
        name: '  ',
        slug: 'Data Stats',
        description: '',
        colour: 'blue',
        moderators: [
          { name: '', contact: '' },
          { name: ' ', contact: 'ana@example.org' },
        ],
      },
      'create',
      t,
    );
    expect(errors).toEqual({
      name: 'A domain needs a name.',
      slug: 'A slug is lower-case letters and digits, words joined by single dashes, e.g. “data-stats”.',
      colour: '“blue” is not a colour: write it as #rrggbb, e.g. #1d5fa8, or pick one.',
      moderators: 'Moderator 2 has a contact but no name. Give them a name, or remove the row.',
    });
  });

  it('does not check the slug of a domain being edited (it changes by rename)', () => {
    expect(checkDomainDraft({ ...draft, slug: 'Not A Slug' }, 'edit', t)).toEqual({});
  });

  it('makes the slug from the name unless one is typed', () => {
    expect(slugForDraft(draft)).toBe('data-and-statistics');
    expect(slugForDraft({ ...draft, slug: ' stats ' })).toBe('stats');
  });

  it('drops empty moderator rows and trims the rest', () => {
    expect(
      moderatorsToSave([
        { name: ' Ana ', contact: ' ana@example.org ' },
        { name: '', contact: ' ' },
      ]),
    ).toEqual([{ name: 'Ana', contact: 'ana@example.org' }]);
  });

  it('names a domain after the slug notes use', () => {
    expect(nameFromSlug('citizen-services')).toBe('Citizen services');
    expect(nameFromSlug('hr_talent')).toBe('Hr talent');
  });
});
