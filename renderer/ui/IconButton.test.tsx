import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { IconButton } from './IconButton';

afterEach(cleanup);

it('is named by its label, with its shortcut in the tooltip only', () => {
  render(<IconButton icon="back" label="Back" shortcut="Alt+←" disabled />);
  const button = screen.getByRole('button', { name: 'Back' });
  expect(button.getAttribute('title')).toBe('Back (Alt+←)');
  expect(button.getAttribute('type')).toBe('button');
  expect(button.className).toBe('icon-button');
  expect((button as HTMLButtonElement).disabled).toBe(true);
});

it('has a plain tooltip without a command', () => {
  render(<IconButton icon="plus" label="New domain" className="extra" />);
  const button = screen.getByRole('button', { name: 'New domain' });
  expect(button.getAttribute('title')).toBe('New domain');
  expect(button.className).toBe('icon-button extra');
});
