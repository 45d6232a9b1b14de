import { describe, expect, it } from 'vitest';
import type { JournalActivity } from '../../../shared/api/journalMethods';
import { activityChartModel, weekBreakdown } from './activityChartModel';

const activity: JournalActivity = {
  weeks: [
    {
      start: '2024-01-22',
      end: '2024-01-28',
      label: '2024-W04',
      entries: 2,
      byDomain: [
        { domain: 'procurement', share: 2, entries: 2 },
        { domain: 'hr-and-talent', share: 0, entries: 1 },
      ],
    },
    { start: '2024-01-29', end: '2024-02-04', label: '2024-W05', entries: 0, byDomain: [] },
    {
      start: '2024-02-05',
      end: '2024-02-11',
      label: '2024-W06',
      entries: 3,
      byDomain: [
        { domain: 'procurement', share: 1, entries: 1 },
        { domain: 'Imported', share: 1, entries: 1 },
        { domain: null, share: 1, entries: 1 },
      ],
    },
  ],
  domains: ['procurement', 'hr-and-talent', 'Imported', null],
  streak: { current: 0, longest: 2, today: false, lastEntry: '2024-02-07' },
};

const options = {
  locale: 'en-GB',
  nameOf: (slug: string) =>
    ({ procurement: 'Procurement', 'hr-and-talent': 'HR and talent' })[slug] ?? slug,
  colourOf: (slug: string) =>
    ({ procurement: '#1f77b4', 'hr-and-talent': '#2ca02c' })[slug] ?? null,
  noDomain: { label: 'No domain', colour: '#888888' },
  fallbackColours: ['#aa0000', '#00aa00'],
};

describe('activityChartModel', () => {
  it('stacks each week by domain with shares that add up to its entries', () => {
    const model = activityChartModel(activity, options);
    expect(model.series.map((s) => s.label)).toEqual([
      'Procurement',
      'HR and talent',
      'Imported',
      'No domain',
    ]);
    expect(model.series[0]!.shares).toEqual([2, 0, 1]);
    expect(model.series[1]!.shares).toEqual([0, 0, 0]);
    model.weeks.forEach((week, i) => {
      const stack = model.series.reduce((sum, s) => sum + s.shares[i]!, 0);
      expect(stack).toBeCloseTo(week.entries);
    });
  });

  it('colours domains from the registry, unknown ones from the theme, and none in grey', () => {
    const model = activityChartModel(activity, options);
    expect(model.series.map((s) => s.colour)).toEqual(['#1f77b4', '#2ca02c', '#aa0000', '#888888']);
  });

  it('labels weeks by their first day and gives the range for tooltips and the table', () => {
    const model = activityChartModel(activity, options);
    expect(model.weeks[0]).toMatchObject({ label: '22 Jan', entries: 2 });
    expect(model.weeks[0]!.range).toMatch(/^22\s*[–-]\s*28 Jan 2024$/);
    expect(model.total).toBe(5);
    expect(model.busiest?.start).toBe('2024-02-05');
    expect(weekBreakdown(model, 0)).toEqual([
      { label: 'Procurement', entries: 2 },
      { label: 'HR and talent', entries: 1 },
    ]);
    expect(weekBreakdown(model, 1)).toEqual([]);
  });

  it('has no busiest week when nothing was written', () => {
    const empty = activityChartModel(
      { ...activity, weeks: [activity.weeks[1]!], domains: [] },
      options,
    );
    expect(empty).toMatchObject({ total: 0, busiest: null, series: [] });
  });
});
