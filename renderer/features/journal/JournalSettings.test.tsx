import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/renderer/renderApp';
import { JournalSettings } from './JournalSettings';

afterEach(cleanup);

const promptInputs = () =>
  screen.getAllByRole('textbox', { name: /^Prompt \d+$/ }) as HTMLInputElement[];

describe('JournalSettings', () => {
  it('shows the default prompts in the UI language until the user writes their own', async () => {
    const app = await renderApp(<JournalSettings />);
    expect(promptInputs().map((i) => i.value)).toEqual([
      'What happened?',
      'What did I learn?',
      'What would I do differently?',
      'Who helped me?',
      'What should I share with my community?',
    ]);
    expect(
      (screen.getByRole('button', { name: 'Use the default prompts' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);

    const second = promptInputs()[1]!;
    fireEvent.change(second, { target: { value: '  What did   I learn today? ' } });
    // Saved when the field is left, tidied.
    expect(app.settings().journal.prompts).toBeNull();
    fireEvent.blur(second);
    await waitFor(() =>
      expect(app.settings().journal.prompts?.[1]).toBe('What did I learn today?'),
    );
    expect(app.settings().journal.prompts).toHaveLength(5);
  });

  it('adds, reorders and removes prompts, drops empty ones, and resets to the defaults', async () => {
    const app = await renderApp(<JournalSettings />, {
      settings: {
        journal: { prompts: ['One', 'Two'], promptsEnabled: true, firstDayOfWeek: null },
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move prompt 2 up' }));
    await waitFor(() => expect(app.settings().journal.prompts).toEqual(['Two', 'One']));

    fireEvent.click(screen.getByRole('button', { name: 'Add a prompt' }));
    const added = promptInputs()[2]!;
    await waitFor(() => expect(document.activeElement).toBe(added));
    fireEvent.change(added, { target: { value: 'Three' } });
    fireEvent.keyDown(added, { key: 'Enter' });
    await waitFor(() => expect(app.settings().journal.prompts).toEqual(['Two', 'One', 'Three']));

    fireEvent.click(screen.getByRole('button', { name: 'Add a prompt' }));
    fireEvent.blur(promptInputs()[3]!);
    await waitFor(() => expect(promptInputs()).toHaveLength(3));

    fireEvent.click(screen.getByRole('button', { name: 'Remove prompt 1' }));
    await waitFor(() => expect(app.settings().journal.prompts).toEqual(['One', 'Three']));
    await waitFor(() => expect(document.activeElement).toBe(promptInputs()[0]));

    fireEvent.click(screen.getByRole('button', { name: 'Use the default prompts' }));
    await waitFor(() => expect(app.settings().journal.prompts).toBeNull());
    expect(promptInputs()).toHaveLength(5);
  });

  it('turns prompts off and sets the first day of the week', async () => {
    const app = await renderApp(<JournalSettings />);
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Add reflection prompts to new entries' }),
    );
    await waitFor(() => expect(app.settings().journal.promptsEnabled).toBe(false));
    expect((promptInputs()[0]!.closest('fieldset') as HTMLFieldSetElement).disabled).toBe(true);

    const firstDay = screen.getByRole('combobox', { name: 'First day of the week' });
    // jsdom speaks en-US: the region's weeks start on Sunday.
    expect((firstDay as HTMLSelectElement).options[0]!.text).toBe(
      'As your region counts weeks (Sunday)',
    );
    act(() => {
      fireEvent.change(firstDay, { target: { value: '1' } });
    });
    await waitFor(() => expect(app.settings().journal.firstDayOfWeek).toBe(1));
    fireEvent.change(firstDay, { target: { value: '' } });
    await waitFor(() => expect(app.settings().journal.firstDayOfWeek).toBeNull());
  });
});
