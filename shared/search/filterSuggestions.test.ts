import { describe, expect, it } from 'vitest';
import {
  closestValues,
  replaceFilterValue,
  unknownFilterValues,
  type KnownFilterValues,
} from './filterSuggestions';

const known: KnownFilterValues = {
  domain: [
    { value: 'procurement', names: ['Procurement'] },
    { value: 'hr-and-talent', names: ['HR and talent'] },
    { value: 'digital-services', names: ['Digital services'] },
    { value: 'citizen-services', names: ['Atención ciudadana'] },
  ],
  type: [{ value: 'solution' }, { value: 'practice' }, { value: 'question' }, { value: 'note' }],
  tag: [
    { value: 'budget' },
    { value: 'budget/2025' },
    { value: 'contracts' },
    { value: 'onboarding' },
  ],
};

describe('unknownFilterValues', () => {
  it('finds nothing to say about values notes have, nested tags under a tag included', () => {
    expect(unknownFilterValues('domain:procurement type:Solution tag:budget x', known)).toEqual([]);
    expect(unknownFilterValues('tag:BUDGET/2025 -domain:nowhere "a b"', known)).toEqual([]);
  });

  it('suggests the domain whose slug starts with what was typed: domain:hr', () => {
    expect(unknownFilterValues('domain:hr budget', known)).toEqual([
      { key: 'domain', value: 'hr', start: 0, end: 9, suggestions: ['hr-and-talent'] },
    ]);
  });

  it('takes a domain by its name, a word of its name, accents aside, and typing mistakes', () => {
    expect(closestValues('domain', 'HR and talent', known.domain)).toEqual(['hr-and-talent']);
    expect(closestValues('domain', 'atencion', known.domain)).toEqual(['citizen-services']);
    expect(closestValues('domain', 'procurment', known.domain)).toEqual(['procurement']);
    expect(closestValues('domain', 'services', known.domain)).toEqual([
      'citizen-services',
      'digital-services',
    ]);
  });

  it('suggests types and tags the same way, closest first, and nothing far from every value', () => {
    expect(unknownFilterValues('type:soluton', known)[0]!.suggestions).toEqual(['solution']);
    expect(unknownFilterValues('type:pr', known)[0]!.suggestions).toEqual(['practice']);
    expect(unknownFilterValues('tag:contract', known)[0]!.suggestions).toEqual(['contracts']);
    expect(unknownFilterValues('tag:zzzz', known)[0]!.suggestions).toEqual([]);
  });

  it('reports each unknown value of a filter with several', () => {
    expect(
      unknownFilterValues('tag:budget,onbording,xyzzy', known).map((u) => [u.value, u.suggestions]),
    ).toEqual([
      ['onbording', ['onboarding']],
      ['xyzzy', []],
    ]);
  });
});

describe('replaceFilterValue', () => {
  it('replaces the unknown value and keeps the rest of the query as written', () => {
    const [problem] = unknownFilterValues('budget domain:hr "cost cuts"', known);
    expect(replaceFilterValue('budget domain:hr "cost cuts"', problem!, 'hr-and-talent')).toBe(
      'budget domain:hr-and-talent "cost cuts"',
    );
  });

  it('keeps the other values of the filter, once each', () => {
    const query = 'tag:budget,onbording x';
    const [problem] = unknownFilterValues(query, known);
    expect(replaceFilterValue(query, problem!, 'onboarding')).toBe('tag:budget,onboarding x');
    expect(replaceFilterValue(query, problem!, 'budget')).toBe('tag:budget x');
  });
});
