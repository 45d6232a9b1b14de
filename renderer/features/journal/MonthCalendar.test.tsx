import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalDay } from '../../../shared/api/journalMethods';
import { weekRuleForLocale } from '../../../shared/dates/weeks';
import { renderApp } from '../../../testing/renderer/renderApp';
import { MonthCalendar } from './MonthCalendar';

afterEach(cleanup);

const entry = (date: string): JournalDay => ({
  date,
  entries: [
    {
      path: `journal/2024/${date}.md`,
      date,
      title: date,
      firstLine: '',
      domains: [],
      openFollowUps: 0,
    },
  ],
});

function Harness({
  locale,
  start,
  onOpen,
}: {
  locale: string;
  start: string;
  onOpen(date: string): void;
}) {
  const [selected, setSelected] = useState(start);
  return (
    <MonthCalendar
      selected={selected}
      today="2024-01-31"
      rule={weekRuleForLocale(locale)}
      locale={locale}
      onSelect={setSelected}
      onOpen={onOpen}
    />
  );
}

async function show(locale: string, start = '2024-01-31') {
  const onOpen = vi.fn();
  const days = vi.fn(async ({ from, to }: { from: string; to: string }) => ({
    days: [entry('2024-01-29'), entry('2024-02-01')].filter((d) => d.date >= from && d.date <= to),
  }));
  const app = await renderApp(<Harness locale={locale} start={start} onOpen={onOpen} />, {
    api: { 'journal.days': days },
  });
  const grid = screen.getByRole('grid');
  return { app, onOpen, days, grid };
}

const focusedDay = () => (document.activeElement as HTMLElement).dataset.date;
const press = (key: string, extra: { shiftKey?: boolean } = {}) =>
  act(() => {
    fireEvent.keyDown(document.activeElement!, { key, ...extra });
  });

describe('MonthCalendar', () => {
  it('starts weeks on Monday for Spanish and Catalan, on Sunday in the US', async () => {
    await show('es');
    const headers = () => screen.getAllByRole('columnheader').map((h) => h.getAttribute('abbr'));
    expect(headers()[0]).toBe('lunes');
    cleanup();
    await show('ca');
    expect(headers()[0]).toBe('dilluns');
    cleanup();
    await show('en-US');
    expect(headers()[0]).toBe('Sunday');
    expect(screen.getByRole('heading', { name: 'January 2024' })).toBeTruthy();
  });

  it('names each day with its date and whether it has an entry, and marks today', async () => {
    await show('en-GB');
    const day29 = await screen.findByRole('button', {
      name: 'Monday, 29 January 2024, has an entry',
    });
    expect(day29.textContent).toBe('29');
    const today = screen.getByRole('button', { name: 'Wednesday, 31 January 2024, no entry' });
    expect(today.getAttribute('aria-current')).toBe('date');
    // One tab stop: the selected day.
    expect(today.tabIndex).toBe(0);
    expect(day29.tabIndex).toBe(-1);
  });

  it('moves by day, week, week ends and months with the keyboard, across months', async () => {
    const { onOpen, days } = await show('en-GB');
    act(() => screen.getByRole('button', { name: /31 January 2024/ }).focus());
    press('ArrowRight');
    expect(focusedDay()).toBe('2024-02-01');
    expect(screen.getByRole('heading', { name: 'February 2024' })).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement!.getAttribute('aria-label')).toBe(
        'Thursday, 1 February 2024, has an entry',
      ),
    );
    press('ArrowUp');
    expect(focusedDay()).toBe('2024-01-25');
    press('Home');
    expect(focusedDay()).toBe('2024-01-22'); // Monday
    press('End');
    expect(focusedDay()).toBe('2024-01-28'); // Sunday
    press('PageDown');
    expect(focusedDay()).toBe('2024-02-28');
    press('PageUp', { shiftKey: true });
    expect(focusedDay()).toBe('2023-02-28');
    expect(days).toHaveBeenLastCalledWith({ from: '2023-01-30', to: '2023-03-12' });
    press('ArrowDown');
    fireEvent.click(document.activeElement!);
    expect(onOpen).toHaveBeenCalledWith('2023-03-07');
  });

  it('ends the week on Saturday where it starts on Sunday', async () => {
    await show('en-US');
    act(() => screen.getByRole('button', { name: /January 31, 2024/ }).focus());
    press('Home');
    expect(focusedDay()).toBe('2024-01-28');
    press('End');
    expect(focusedDay()).toBe('2024-02-03');
  });
});
