import { describe, expect, it } from 'vitest';
import { journalStreak } from './journalStreak';

describe('journal streak', () => {
  const run = ['2024-03-08', '2024-03-09', '2024-03-10'];

  it('counts consecutive days ending today', () => {
    expect(journalStreak(run, '2024-03-10')).toEqual({
      current: 3,
      longest: 3,
      today: true,
      lastEntry: '2024-03-10',
    });
  });

  it('keeps the streak alive through today until today is over', () => {
    expect(journalStreak(run, '2024-03-11')).toMatchObject({ current: 3, today: false });
  });

  it('is broken by a day without an entry', () => {
    expect(journalStreak(run, '2024-03-12')).toEqual({
      current: 0,
      longest: 3,
      today: false,
      lastEntry: '2024-03-10',
    });
    expect(journalStreak(['2024-03-01', '2024-03-02', '2024-03-04'], '2024-03-04')).toMatchObject({
      current: 1,
      longest: 2,
    });
  });

  it('runs over month and year ends and leap days, ignoring order and repeats', () => {
    const days = [
      '2024-03-01',
      '2024-02-29',
      '2024-02-28',
      '2024-02-29',
      '2023-12-31',
      '2024-01-01',
    ];
    expect(journalStreak(days, '2024-03-01')).toMatchObject({ current: 3, longest: 3 });
  });

  it('does not count entries written ahead of today', () => {
    expect(journalStreak([...run, '2024-03-11', '2024-03-12'], '2024-03-10')).toMatchObject({
      current: 3,
      lastEntry: '2024-03-10',
    });
  });

  it('is zero for an empty journal', () => {
    expect(journalStreak([], '2024-03-10')).toEqual({
      current: 0,
      longest: 0,
      today: false,
      lastEntry: null,
    });
  });
});
