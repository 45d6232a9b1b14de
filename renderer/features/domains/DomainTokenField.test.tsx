import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Domain, DomainWithCounts } from '../../../shared/api/domainsMethods';
import { renderApp } from '../../../testing/renderer/renderApp';
import { DomainTokenField } from './DomainTokenField';

afterEach(cleanup);

const listed = (slug: string, name: string, colour = '#1d5fa8'): DomainWithCounts => ({
  slug,
  name,
  description: '',
  colour,
  moderators: [],
  created: '2025-01-01T00:00:00.000Z',
  noteCount: 0,
  privateCount: 0,
  byType: [],
});

function Field({ initial, seen }: { initial: string[]; seen: string[][] }) {
  const [values, setValues] = useState(initial);
  return (
    <DomainTokenField
      label="Domains"
      placeholder="Add a domain"
      values={values}
      onChange={(next) => {
        seen.push(next);
        setValues(next);
      }}
    />
  );
}

async function setup(initial: string[]) {
  const domains = [
    listed('procurement', 'Procurement and contracts'),
    listed('hr', 'HR and talent'),
  ];
  const create = vi.fn(async (args: { slug?: string; name: string }): Promise<DomainWithCounts> => {
    const domain = listed(args.slug!, args.name, '#0b756f');
    domains.push(domain);
    return domain;
  });
  const list = vi.fn(async () => [...domains]);
  const seen: string[][] = [];
  const app = await renderApp(<Field initial={initial} seen={seen} />, {
    api: { 'domains.list': list, 'domains.create': create as never },
  });
  await waitFor(() => expect(list).toHaveBeenCalled());
  await act(async () => {});
  return { app, create, seen, domains };
}

describe('DomainTokenField', () => {
  it('shows listed domains by name and flags the others with an offer to create them', async () => {
    await setup(['procurement', 'citizen-services']);
    const unlisted = screen.getByText('citizen-services').closest('li')!;
    expect(unlisted.textContent).toContain('not in the domain list');
    expect(screen.getByText('“citizen-services” is not in the domain list.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create domain “citizen-services”' })).toBeTruthy();
  });

  it('stores the slug of a domain typed by its name', async () => {
    const { seen } = await setup(['procurement']);
    const box = screen.getByRole('combobox', { name: 'Domains' });
    act(() => box.focus());
    fireEvent.change(box, { target: { value: 'hr and TALENT' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['procurement', 'hr']);
    expect(screen.getByRole('button', { name: 'Remove HR and talent' })).toBeTruthy();
  });

  it('suggests domains by name, with their slug', async () => {
    await setup([]);
    const box = screen.getByRole('combobox', { name: 'Domains' });
    act(() => box.focus());
    fireEvent.change(box, { target: { value: 'contr' } });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Procurement and contracts procurement',
      'Add “contr”',
    ]);
    // The visible suggestion is the one Enter takes.
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('creates an unlisted domain in one click, named after its slug', async () => {
    const { create } = await setup(['procurement', 'citizen-services']);
    fireEvent.click(screen.getByRole('button', { name: 'Create domain “citizen-services”' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({ slug: 'citizen-services', name: 'Citizen services' }),
    );
    expect(await screen.findByText('Created the domain “Citizen services”.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Create domain/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove Citizen services' })).toBeTruthy();
    // Focus goes back to the field, not to the page, once the offer is gone.
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Domains' }));
  });

  it('follows the domain list when main says it changed', async () => {
    const { app, domains } = await setup(['procurement', 'citizen-services']);
    domains[0] = { ...domains[0]!, name: 'Public procurement' };
    domains.push(listed('citizen-services', 'Citizen services'));
    app.emit({ type: 'domains.changed', payload: { slugs: ['procurement', 'citizen-services'] } });
    expect(await screen.findByRole('button', { name: 'Remove Public procurement' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove Citizen services' })).toBeTruthy();
    expect(screen.queryByText(/is not in the domain list/)).toBeNull();
  });

  it('asks for a slug when what notes wrote cannot be one', async () => {
    const { create } = await setup(['contratación']);
    fireEvent.click(screen.getByRole('button', { name: 'Create domain “contratación”' }));
    const dialog = await screen.findByRole('dialog', { name: 'New domain' });
    expect(create).not.toHaveBeenCalled();
    expect((screen.getByRole('textbox', { name: 'Slug' }) as HTMLInputElement).value).toBe(
      'contratacion',
    );
    expect(dialog.textContent).toContain(
      'Notes naming “contratación” will be changed to name “contratacion”',
    );
  });
});

export type { Domain };
