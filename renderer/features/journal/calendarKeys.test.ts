import { describe, expect, it } from 'vitest';
import { calendarKeyTarget } from './calendarKeys';

describe('calendarKeyTarget', () => {
  // Wednesday 31 January 2024.
  const day = '2024-01-31';

  it('moves by day and by week with the arrows, across months and years', () => {
    expect(calendarKeyTarget(day, { key: 'ArrowRight' }, 1)).toBe('2024-02-01');
    expect(calendarKeyTarget(day, { key: 'ArrowLeft' }, 1)).toBe('2024-01-30');
    expect(calendarKeyTarget(day, { key: 'ArrowDown' }, 1)).toBe('2024-02-07');
    expect(calendarKeyTarget('2024-01-03', { key: 'ArrowUp' }, 1)).toBe('2023-12-27');
  });

  it('goes to the first and last day of the week as the locale counts it', () => {
    expect(calendarKeyTarget(day, { key: 'Home' }, 1)).toBe('2024-01-29'); // Monday
    expect(calendarKeyTarget(day, { key: 'End' }, 1)).toBe('2024-02-04'); // Sunday
    expect(calendarKeyTarget(day, { key: 'Home' }, 7)).toBe('2024-01-28'); // Sunday
    expect(calendarKeyTarget(day, { key: 'End' }, 7)).toBe('2024-02-03'); // Saturday
  });

  it('pages by month (keeping the day where the month has it) and by year with Shift', () => {
    expect(calendarKeyTarget(day, { key: 'PageDown' }, 1)).toBe('2024-02-29');
    expect(calendarKeyTarget(day, { key: 'PageUp' }, 1)).toBe('2023-12-31');
    expect(calendarKeyTarget(day, { key: 'PageDown', shiftKey: true }, 1)).toBe('2025-01-31');
    expect(calendarKeyTarget('2024-02-29', { key: 'PageUp', shiftKey: true }, 1)).toBe(
      '2023-02-28',
    );
  });

  it('swaps left and right in a right-to-left layout, and ignores other keys', () => {
    expect(calendarKeyTarget(day, { key: 'ArrowRight' }, 6, 'rtl')).toBe('2024-01-30');
    expect(calendarKeyTarget(day, { key: 'a' }, 1)).toBeNull();
    expect(calendarKeyTarget(day, { key: 'Enter' }, 1)).toBeNull();
  });
});
