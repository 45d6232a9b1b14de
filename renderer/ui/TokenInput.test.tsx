import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/renderer/renderApp';
import { normalizeTag } from '../../shared/tags/tagNames';
import { TokenInput } from './TokenInput';

interface TagsProps {
  initial: string[];
  onValues(values: string[]): void;
  onOpen?(value: string): void;
}

function Tags({ initial, onValues, onOpen }: TagsProps) {
  const [values, setValues] = useState(initial);
  return (
    <TokenInput
      label="Tags"
      placeholder="Add a tag"
      values={values}
      suggestions={['procurement', 'procurement/tenders', 'hr', 'contracts']}
      normalize={normalizeTag}
      link={onOpen && { open: onOpen, label: (shown) => `Show #${shown}` }}
      onChange={(next) => {
        setValues(next);
        onValues(next);
      }}
    />
  );
}

async function setup(initial: string[] = ['contracts'], onOpen?: (value: string) => void) {
  const seen: string[][] = [];
  await renderApp(<Tags initial={initial} onValues={(v) => seen.push(v)} onOpen={onOpen} />);
  const box = screen.getByRole('combobox', { name: 'Tags' });
  act(() => box.focus());
  return { box, seen };
}

afterEach(cleanup);

describe('TokenInput', () => {
  it('adds what is typed on Enter or comma, normalised, once', async () => {
    const { box, seen } = await setup();
    fireEvent.change(box, { target: { value: '#Budget review' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.change(box, { target: { value: 'contracts' } });
    fireEvent.keyDown(box, { key: ',' });
    expect(seen).toEqual([['contracts', 'Budget-review']]);
    expect(screen.getByRole('button', { name: 'Remove Budget-review' })).toBeTruthy();
    expect(screen.getByText('Budget-review added')).toBeTruthy();
  });

  it('offers matching suggestions as a listbox, the first highlighted, others picked with the arrows', async () => {
    const { box, seen } = await setup();
    fireEvent.change(box, { target: { value: 'proc' } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'procurement',
      'procurement/tenders',
      'Add “proc”',
    ]);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['contracts', 'procurement/tenders']);
  });

  it('takes the visible suggestion on Enter, not the typed prefix', async () => {
    const { box, seen } = await setup();
    fireEvent.change(box, { target: { value: '#proc' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['contracts', 'procurement']);
  });

  it('creates the typed value from its “Add” option, or at once when nothing matches', async () => {
    const { box, seen } = await setup();
    fireEvent.change(box, { target: { value: 'proc' } });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(screen.getByRole('option', { name: 'Add “proc”' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['contracts', 'proc']);
    fireEvent.change(box, { target: { value: 'brand-new' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['contracts', 'proc', 'brand-new']);
  });

  it('closes the list with Escape, leaving the text to edit', async () => {
    const { box, seen } = await setup();
    fireEvent.change(box, { target: { value: 'proc' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    expect((box as HTMLInputElement).value).toBe('proc');
    expect(seen).toEqual([]);
  });

  it('removes the last token with Backspace in the empty box, or any with its button', async () => {
    const { box, seen } = await setup(['a', 'b', 'c']);
    fireEvent.keyDown(box, { key: 'Backspace' });
    expect(seen.at(-1)).toEqual(['a', 'b']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove a' }));
    expect(seen.at(-1)).toEqual(['b']);
    expect(document.activeElement).toBe(box);
  });

  it('opens what a token stands for from its button, when it can be opened', async () => {
    const opened: string[] = [];
    const { seen } = await setup(['contracts', 'hr'], (value) => opened.push(value));
    fireEvent.click(screen.getByRole('button', { name: 'Show #hr' }));
    expect(opened).toEqual(['hr']);
    expect(seen).toEqual([]);
    cleanup();
    await setup(['contracts']);
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
    expect(screen.getByText('contracts').tagName).toBe('SPAN');
  });

  it('refuses values that cannot be tags', async () => {
    const { box, seen } = await setup();
    fireEvent.change(box, { target: { value: '2025' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(seen).toEqual([]);
  });
});
