import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/renderer/renderApp';
import { HistorySettings } from './HistorySettings';

afterEach(cleanup);

const field = (name: string) => screen.getByRole('spinbutton', { name }) as HTMLInputElement;

describe('HistorySettings', () => {
  it('shows the defaults and saves each field when it is left or on Enter', async () => {
    const app = await renderApp(<HistorySettings />);
    const interval = field('Minutes between kept versions');
    const age = field('Days versions are kept');
    const size = field('Largest size, as a percentage of the vault');
    expect([interval.value, age.value, size.value]).toEqual(['5', '90', '10']);

    fireEvent.change(interval, { target: { value: '0' } });
    expect(app.settings().history.intervalMinutes).toBe(5);
    fireEvent.blur(interval);
    await waitFor(() => expect(app.settings().history.intervalMinutes).toBe(0));

    fireEvent.change(age, { target: { value: '30' } });
    fireEvent.keyDown(age, { key: 'Enter' });
    fireEvent.change(size, { target: { value: '25' } });
    fireEvent.blur(size);
    await waitFor(() =>
      expect(app.settings().history).toEqual({
        intervalMinutes: 0,
        maxAgeDays: 30,
        maxShare: 0.25,
      }),
    );
  });

  it('refuses values out of bounds or not whole, says why, and Escape puts the saved one back', async () => {
    const app = await renderApp(<HistorySettings />);
    const age = field('Days versions are kept');
    for (const value of ['0', '4000', '2.5', '']) {
      fireEvent.change(age, { target: { value } });
      fireEvent.blur(age);
      const error = await screen.findByText(
        'Enter a whole number from 1 to 3,650. Nothing was saved.',
      );
      expect(error.getAttribute('role')).toBe('alert');
      expect(age.getAttribute('aria-invalid')).toBe('true');
      expect(age.getAttribute('aria-describedby')).toContain(error.id);
    }
    expect(app.settings().history.maxAgeDays).toBe(90);
    fireEvent.keyDown(age, { key: 'Escape' });
    expect(age.value).toBe('90');
    expect(screen.queryByText(/^Enter a whole number/)).toBeNull();

    const size = field('Largest size, as a percentage of the vault');
    fireEvent.change(size, { target: { value: '101' } });
    fireEvent.keyDown(size, { key: 'Enter' });
    await screen.findByText('Enter a whole number from 1 to 100. Nothing was saved.');
    expect(app.settings().history.maxShare).toBe(0.1);
  });
});
