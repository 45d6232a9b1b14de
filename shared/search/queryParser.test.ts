import { describe, expect, it } from 'vitest';
import { dateSpan, parseDateRange, parseQuery, type QueryNode } from './queryParser';

const nodes = (query: string): QueryNode[] => parseQuery(query).nodes;

describe('parseQuery', () => {
  it('reads words, phrases, exclusions, wildcards, fuzzy words, boosts and fields', () => {
    expect(nodes('budget "framework agreement" -draft pro* tendr~1 risk^3 title:annual')).toEqual([
      {
        kind: 'word',
        text: 'budget',
        field: null,
        fuzzy: null,
        boost: 1,
        negated: false,
        start: 0,
        end: 6,
      },
      {
        kind: 'phrase',
        text: 'framework agreement',
        field: null,
        boost: 1,
        negated: false,
        start: 7,
        end: 28,
      },
      {
        kind: 'word',
        text: 'draft',
        field: null,
        fuzzy: null,
        boost: 1,
        negated: true,
        start: 29,
        end: 35,
      },
      {
        kind: 'word',
        text: 'pro*',
        field: null,
        fuzzy: null,
        boost: 1,
        negated: false,
        start: 36,
        end: 40,
      },
      {
        kind: 'word',
        text: 'tendr',
        field: null,
        fuzzy: 1,
        boost: 1,
        negated: false,
        start: 41,
        end: 48,
      },
      {
        kind: 'word',
        text: 'risk',
        field: null,
        fuzzy: null,
        boost: 3,
        negated: false,
        start: 49,
        end: 55,
      },
      {
        kind: 'word',
        text: 'annual',
        field: 'title',
        fuzzy: null,
        boost: 1,
        negated: false,
        start: 56,
        end: 68,
      },
    ]);
    expect(nodes('title:"annual report"')).toMatchObject([
      { kind: 'phrase', text: 'annual report', field: 'title' },
    ]);
    expect(nodes('word~')).toMatchObject([{ kind: 'word', fuzzy: 1 }]);
  });

  it('reads filters: lists with either-values, nested tags, quoted names, dates', () => {
    expect(
      nodes('domain:hr,finance -tag:draft type:solution from:"Ministry of Finance"'),
    ).toMatchObject([
      { kind: 'filter', key: 'domain', values: ['hr', 'finance'], negated: false },
      { kind: 'filter', key: 'tag', values: ['draft'], negated: true },
      { kind: 'filter', key: 'type', values: ['solution'] },
      { kind: 'filter', key: 'from', values: ['ministry of finance'] },
    ]);
    expect(nodes('tag:#contracts/framework')).toMatchObject([{ values: ['contracts/framework'] }]);
    expect(nodes('created:>2026-01-01 updated:2026-03')).toMatchObject([
      { kind: 'date', key: 'created', from: '2026-01-02', to: null },
      { kind: 'date', key: 'updated', from: '2026-03', to: '2026-04' },
    ]);
  });

  it('understands date ranges as bounds on ISO dates', () => {
    expect(parseDateRange('2026')).toEqual({ from: '2026', to: '2027' });
    expect(parseDateRange('>=2026-02')).toEqual({ from: '2026-02', to: null });
    expect(parseDateRange('<2026-02-28')).toEqual({ from: null, to: '2026-02-28' });
    expect(parseDateRange('<=2026-12-31')).toEqual({ from: null, to: '2027-01-01' });
    expect(parseDateRange('2026-01..2026-03')).toEqual({ from: '2026-01', to: '2026-04' });
    expect(parseDateRange('..2025')).toEqual({ from: null, to: '2026' });
    expect(parseDateRange('2026-02-30')).toBeNull();
    expect(parseDateRange('2026-13')).toBeNull();
    expect(parseDateRange('soon')).toBeNull();
    expect(dateSpan('2024-02-29')).toEqual({ first: '2024-02-29', next: '2024-03-01' });
  });

  it('explains what it could not read, with the position, and never throws', () => {
    const cases: [string, RegExp, 'error' | 'warning'][] = [
      ['"open phrase', /closing quote is missing/, 'warning'],
      ['a - b', /lone "-"/, 'warning'],
      ['title:', /needs a value/, 'warning'],
      ['created:someday', /not a date/, 'error'],
      ['risk^', /number after it/, 'warning'],
      ['risk^500', /boost is a number/, 'warning'],
      ['risk~5', /at most 2 typos/, 'warning'],
      ['-*', /exclude every note/, 'warning'],
      ['auther:smith', /not a search field/, 'warning'],
      ['pro*~1', /both fuzzy/, 'warning'],
      ['""', /Empty quotes/, 'warning'],
      ['separated by ";"', /";" has no word/, 'warning'],
    ];
    for (const [query, message, severity] of cases) {
      const [problem] = parseQuery(query).problems;
      expect(problem?.message, query).toMatch(message);
      expect(problem?.severity, query).toBe(severity);
      expect(problem!.start).toBeGreaterThanOrEqual(0);
      expect(problem!.end).toBeLessThanOrEqual(query.length);
    }
    expect(parseQuery('created:someday').problems[0]).toMatchObject({ start: 8, end: 15 });
  });

  it('leaves out quotes around punctuation alone, so they do not make the query strict', () => {
    expect(nodes('separated by ";"')).toMatchObject([
      { kind: 'word', text: 'separated' },
      { kind: 'word', text: 'by' },
    ]);
    expect(nodes('"a;b" ";"')).toMatchObject([{ kind: 'phrase', text: 'a;b' }]);
  });

  it('treats text that only looks like a field as text', () => {
    expect(parseQuery('https://example.org').problems).toEqual([]);
    expect(parseQuery('C:\\Temp').problems).toEqual([]);
    expect(nodes('10:30')).toMatchObject([{ kind: 'word', text: '10:30' }]);
  });

  it('bounds long input', () => {
    const long = parseQuery('word '.repeat(400));
    expect(long.nodes).toHaveLength(32);
    expect(long.problems.map((p) => p.message).join(' ')).toMatch(
      /first 32 terms.*longer than 1000/s,
    );
  });

  it('reads anything without throwing', () => {
    const random = (() => {
      let seed = 1;
      return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    })();
    const alphabet = 'ab "-+*~^:()[]{}\\/.,;!?#@tag:title:created:>2026ó中🙂';
    for (let i = 0; i < 2000; i++) {
      let query = '';
      const length = Math.floor(random() * 30);
      for (let j = 0; j < length; j++) query += alphabet[Math.floor(random() * alphabet.length)];
      expect(() => parseQuery(query), query).not.toThrow();
    }
  });
});
