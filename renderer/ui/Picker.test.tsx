import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { polyfillDialog } from '../../testing/renderer/renderApp';
import { Picker, type PickerProps } from './Picker';

beforeAll(polyfillDialog);
afterEach(cleanup);

function props(overrides: Partial<PickerProps<string>>): PickerProps<string> {
  return {
    title: 'Pick',
    inputLabel: 'Find',
    placeholder: '',
    query: '',
    onQueryChange: vi.fn(),
    items: [],
    itemKey: (s) => s,
    renderItem: (s) => s,
    onPick: vi.fn(),
    onClose: vi.fn(),
    emptyText: 'Nothing',
    resultsText: '',
    ...overrides,
  };
}

it('waits for the results of what was typed before Enter picks', () => {
  const onPick = vi.fn();
  const { rerender } = render(
    <Picker
      {...props({ query: 'wel', items: ['Old first', 'Old second'], pending: true, onPick })}
    />,
  );
  fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
  expect(onPick).not.toHaveBeenCalled();
  rerender(<Picker {...props({ query: 'wel', items: ['Welcome'], pending: false, onPick })} />);
  expect(onPick).toHaveBeenCalledExactlyOnceWith('Welcome', { shift: false });
});

it('skips disabled items and picks with Enter otherwise at once', () => {
  const onPick = vi.fn();
  render(<Picker {...props({ items: ['a', 'b'], isDisabled: (s) => s === 'a', onPick })} />);
  const input = screen.getByRole('combobox');
  fireEvent.keyDown(input, { key: 'Enter' });
  expect(onPick).not.toHaveBeenCalled();
  fireEvent.keyDown(input, { key: 'ArrowDown' });
  fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
  expect(onPick).toHaveBeenCalledWith('b', { shift: true });
});
