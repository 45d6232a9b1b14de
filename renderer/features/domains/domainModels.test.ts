import { describe, expect, it } from 'vitest';
import type { Domain, DomainWithCounts } from '../../../shared/api/domainsMethods';
import { DOMAIN_PALETTE } from '../../../shared/domains/domainColour';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { PALETTE_NAMES } from './ColourField';
import { chartHeight, domainChartData, typeColourVariable } from './domainChartData';
import { domainSuggestions, resolveDomainInput } from './domainInput';
import { buildDomainPaneTree, domainNodeId } from './domainPaneTree';
import { moderatorContactHref } from './moderatorContact';
import { localToday, reviewByOf, reviewStatus } from './StewardshipFields';

function domain(slug: string, name: string, extra: Partial<Domain> = {}): Domain {
  return {
    slug,
    name,
    description: '',
    colour: '#1d5fa8',
    moderators: [],
    created: '2025-01-01T00:00:00.000Z',
    ...extra,
  };
}

function sized(d: Domain, byType: Record<string, number>): DomainWithCounts {
  const counts = Object.entries(byType).map(([type, count]) => ({ type, count }));
  return {
    ...d,
    noteCount: counts.reduce((sum, c) => sum + c.count, 0),
    privateCount: 0,
    byType: counts,
  };
}

describe('the overview chart', () => {
  const chart = domainChartData([
    sized(domain('hr', 'HR'), { practice: 1 }),
    sized(domain('procurement', 'Procurement'), { solution: 2, 'lessons-learned': 1, note: 1 }),
    sized(domain('legal', 'Legal'), {}),
    sized(domain('data', 'Data'), { question: 1 }),
  ]);

  it('draws domains biggest first, ties by name, empty domains too', () => {
    expect(chart.labels).toEqual(['Procurement', 'Data', 'HR', 'Legal']);
    expect(chart.domains.map((d) => d.slug)).toEqual(['procurement', 'data', 'hr', 'legal']);
  });

  it('stacks one series per type present, known types in their order, others after', () => {
    expect(chart.series.map((s) => s.type)).toEqual([
      'note',
      'solution',
      'practice',
      'question',
      'lessons-learned',
    ]);
    expect(chart.series.find((s) => s.type === 'solution')!.counts).toEqual([2, 0, 0, 0]);
    expect(chart.series.find((s) => s.type === 'lessons-learned')!.counts).toEqual([1, 0, 0, 0]);
  });

  it('colours known types from their own theme variable and the rest alike', () => {
    expect(typeColourVariable('solution')).toBe('--chart-type-solution');
    expect(typeColourVariable('lessons-learned')).toBe('--chart-type-other');
  });

  it('gives every bar room as the list grows', () => {
    expect(chartHeight(40) - chartHeight(20)).toBe(20 * 34);
    expect(chartHeight(0)).toBeGreaterThan(0);
  });
});

describe('the domain field', () => {
  const list = [
    domain('procurement', 'Procurement and contracts'),
    domain('hr-and-talent', 'HR and talent'),
  ];

  it('stores the slug of a listed domain typed by slug or by name, in any case', () => {
    expect(resolveDomainInput('Procurement', list)).toBe('procurement');
    expect(resolveDomainInput('  procurement   AND contracts ', list)).toBe('procurement');
    expect(resolveDomainInput('hr and talent', list)).toBe('hr-and-talent');
  });

  it('makes anything else slug-like, to be offered for creation', () => {
    expect(resolveDomainInput('Citizen services', list)).toBe('citizen-services');
    expect(resolveDomainInput('   ', list)).toBeNull();
  });

  it('suggests listed domains first, then slugs other notes use, once each', () => {
    expect(domainSuggestions(list, ['data', 'Procurement', 'data', 'DATA'])).toEqual([
      'procurement',
      'hr-and-talent',
      'data',
    ]);
  });
});

describe('the domains pane', () => {
  const notes = [
    noteSummary('a.md', { title: 'Alpha', domains: ['procurement'] }),
    noteSummary('b.md', { title: 'Beta', domains: ['Procurement', 'procurement', 'citizen'] }),
    noteSummary('c.md', { title: 'Gamma', domains: ['citizen'] }),
    noteSummary('templates/Solution.md', { domains: ['procurement'] }),
  ];
  const tree = buildDomainPaneTree(
    notes,
    [domain('procurement', 'Procurement', { colour: '#0b756f' }), domain('hr', 'HR')],
    'not in the domain list',
  );

  it('lists the domains in list order with their colour and notes, templates left out', () => {
    const [procurement, hr] = tree;
    expect(procurement).toMatchObject({ label: 'Procurement', colour: '#0b756f', count: 2 });
    expect(procurement!.children!.map((n) => n.label)).toEqual(['Alpha', 'Beta']);
    expect(hr).toMatchObject({ label: 'HR', count: 0, children: [] });
  });

  it('flags slugs notes use that the list lacks', () => {
    expect(tree[2]).toMatchObject({
      id: domainNodeId('citizen'),
      label: 'citizen',
      flag: 'not in the domain list',
      count: 2,
    });
    expect(tree).toHaveLength(3);
  });
});

describe('moderator contacts', () => {
  it('link e-mail addresses and web addresses, and nothing else', () => {
    expect(moderatorContactHref('marta.vidal@example.gov')).toBe('mailto:marta.vidal@example.gov');
    expect(moderatorContactHref(' mailto:ana@example.org ')).toBe('mailto:ana@example.org');
    expect(moderatorContactHref('https://intranet.example.gov/cop')).toBe(
      'https://intranet.example.gov/cop',
    );
    for (const text of [
      '+34 600 000 000',
      '2nd floor, room 12',
      'javascript:alert(1)',
      'mailto:javascript:alert(1)',
      'file:///etc/passwd',
      'a@b',
      '',
    ])
      expect(moderatorContactHref(text)).toBeNull();
  });
});

describe('stewardship', () => {
  it('reads review dates written as dates only', () => {
    expect(reviewByOf('2025-03-01')).toBe('2025-03-01');
    expect(reviewByOf('2025-03-01T10:00:00Z')).toBe('2025-03-01');
    expect(reviewByOf('next spring')).toBeNull();
    expect(reviewByOf(20250301)).toBeNull();
  });

  it('counts days past the review date, zero on the day, negative before', () => {
    expect(reviewStatus('2025-02-20', '2025-03-02')).toBe(10);
    expect(reviewStatus('2025-03-02', '2025-03-02')).toBe(0);
    expect(reviewStatus('2025-04-01', '2025-03-02')).toBeLessThan(0);
    expect(localToday(new Date(2025, 0, 5, 0, 30))).toBe('2025-01-05');
  });
});

it('names every palette colour', () => {
  expect(PALETTE_NAMES).toHaveLength(DOMAIN_PALETTE.length);
});
