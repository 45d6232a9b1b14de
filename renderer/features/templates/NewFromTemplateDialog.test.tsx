import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DomainWithCounts } from '../../../shared/api/domainsMethods';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { renderApp } from '../../../testing/renderer/renderApp';
import { NewFromTemplateDialog } from './NewFromTemplateDialog';

afterEach(cleanup);

const listed = (slug: string, name: string): DomainWithCounts => ({
  slug,
  name,
  description: '',
  colour: '#1d5fa8',
  moderators: [],
  created: '2025-01-01T00:00:00.000Z',
  noteCount: 0,
  privateCount: 0,
  byType: [],
});

async function open(initialDomains: string[]) {
  const notes = [
    noteSummary('Contracts/Framework agreements.md', { domains: ['procurement'] }),
    noteSummary('Contracts/Tenders.md', { domains: ['procurement'] }),
    noteSummary('Archive/Old tender.md', { domains: ['procurement'] }),
    noteSummary('People/Onboarding.md', { domains: ['hr'] }),
    noteSummary('journal/2026/2026-01-01.md', { domains: ['hr'], type: 'journal' }),
    noteSummary('journal/2026/2026-01-02.md', { domains: ['hr'], type: 'journal' }),
  ];
  await renderApp(<NewFromTemplateDialog initialDomains={initialDomains} onClose={() => {}} />, {
    notes,
    api: {
      'templates.list': async () => [
        {
          path: 'templates/Note.md',
          name: 'Note',
          type: 'note',
          description: '',
          stewarded: false,
        },
      ],
      'domains.list': async () => [
        listed('procurement', 'Procurement'),
        listed('hr', 'HR and talent'),
      ],
    },
  });
  await act(async () => {});
  return screen.getByRole('combobox', { name: 'Folder' }) as HTMLInputElement;
}

describe('New from template: the folder', () => {
  it('starts where most of the chosen domain’s notes are, and follows the domain chosen', async () => {
    const folder = await open(['procurement']);
    expect(folder.value).toBe('Contracts');
    const domains = screen.getByRole('combobox', { name: 'Domains' });
    // Remove procurement, then choose HR: its notes are in People (journal entries aside).
    fireEvent.click(screen.getByRole('button', { name: /Remove.*Procurement/ }));
    await waitFor(() => expect(folder.value).toBe(''));
    fireEvent.change(domains, { target: { value: 'HR' } });
    fireEvent.keyDown(domains, { key: 'Enter' });
    await waitFor(() => expect(folder.value).toBe('People'));
  });

  it('stays as the person wrote it once they edit it', async () => {
    const folder = await open([]);
    expect(folder.value).toBe('');
    fireEvent.change(folder, { target: { value: 'Drafts' } });
    const domains = screen.getByRole('combobox', { name: 'Domains' });
    fireEvent.change(domains, { target: { value: 'Procurement' } });
    fireEvent.keyDown(domains, { key: 'Enter' });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Remove.*Procurement/ })).toBeTruthy(),
    );
    expect(folder.value).toBe('Drafts');
  });
});

describe('New from template: Create before the templates have arrived', () => {
  it('creates the note once they arrive, with the title typed', async () => {
    let deliver!: () => void;
    const arrived = new Promise<void>((resolve) => (deliver = resolve));
    const created: unknown[] = [];
    let closed = false;
    await renderApp(
      <NewFromTemplateDialog
        initialDomains={[]}
        onClose={() => (closed = true)}
        onCreated={() => {}}
      />,
      {
        api: {
          'templates.list': async () => {
            await arrived;
            return [
              {
                path: 'templates/Note.md',
                name: 'Note',
                type: 'note',
                description: '',
                stewarded: false,
              },
            ];
          },
          'domains.list': async () => [],
          'templates.createNote': async (args) => {
            created.push(args);
            return {
              ...noteSummary('Faster invoices.md', { title: 'Faster invoices' }),
              body: '',
              frontMatter: null,
              frontMatterError: null,
              version: 'v1',
              encoding: 'utf-8' as const,
            };
          },
        },
      },
    );
    const title = await screen.findByRole('textbox', { name: 'Title' });
    fireEvent.change(title, { target: { value: 'Faster invoices' } });
    const create = screen.getByRole('button', { name: 'Create note' });
    expect((create as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(create);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Working…' })).toBeTruthy());
    expect(created).toEqual([]);

    await act(async () => deliver());
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ template: 'templates/Note.md', name: 'Faster invoices' });
    expect(closed).toBe(true);
  });
});
