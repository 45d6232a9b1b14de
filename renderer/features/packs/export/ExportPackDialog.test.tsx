import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiMethods, MethodArgs } from '../../../../shared/api/contract';
import type {
  ExportPreview,
  ExportResult,
  PackSelection,
} from '../../../../shared/api/packsMethods';
import { noteSummary } from '../../../../testing/renderer/noteSummary';
import { renderApp } from '../../../../testing/renderer/renderApp';
import { ExportPackDialog } from './ExportPackDialog';

afterEach(cleanup);

const notes = [
  noteSummary('Procurement/Tenders.md', { title: 'Tenders', domains: ['procurement'] }),
  noteSummary('Finance/Budget rules.md', { title: 'Budget rules' }),
  noteSummary('journal/2026/2026-11-30.md', { title: '30 November', type: 'journal' }),
];

/** A preview as main would make it for a selection: the domain's note, plus what is picked. */
function previewFor(selection: MethodArgs<'packs.preview'>['selection']): ExportPreview {
  const picked = selection.notes ?? [];
  const inPack = ['Procurement/Tenders.md', ...picked];
  const note = (path: string) => ({
    path,
    title: notes.find((n) => n.path === path)!.title,
    size: 100,
    via: path === 'Procurement/Tenders.md' ? ('domain' as const) : ('picked' as const),
    private: path.startsWith('journal/'),
    needsId: true,
  });
  return {
    notes: inPack.map(note),
    attachments: [],
    totalBytes: inPack.length * 100,
    brokenLinks: inPack.includes('Finance/Budget rules.md')
      ? []
      : [
          {
            from: 'Procurement/Tenders.md',
            to: 'Finance/Budget rules.md',
            title: 'Budget rules',
            private: false,
          },
        ],
    leftOut: picked.includes('journal/2026/2026-11-30.md')
      ? []
      : [
          {
            path: 'journal/2026/2026-11-30.md',
            title: '30 November',
            reason: 'private',
            detail: null,
          },
        ],
  };
}

const identity = {
  department: 'Department of Finance',
  person: null,
  keyId: 'a'.repeat(64),
  created: '2026-01-01T00:00:00.000Z',
  fingerprint: 'AAAA BBBB',
  words: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'],
};

function api(overrides: Partial<ApiMethods> = {}) {
  const exportPack = vi.fn(async (args: MethodArgs<'packs.export'>): Promise<ExportResult> => ({
    file: args.out,
    packId: 'p1',
    version: args.version ?? '1.0.0',
    title: args.title,
    notes: 2,
    attachments: 0,
    bytes: 2048,
    idsAdded: [],
    signed: args.sign ?? true,
    publisher: {
      department: 'Department of Finance',
      person: null,
      keyId: null,
      fingerprint: null,
    },
    brokenLinks: 0,
  }));
  const preview = vi.fn(async ({ selection }: MethodArgs<'packs.preview'>) =>
    previewFor(selection),
  );
  return {
    exportPack,
    preview,
    methods: {
      'packs.definitions': async () => [],
      'keys.identity': async () => identity,
      'packs.preview': preview,
      'packs.export': exportPack,
      'domains.list': async () => [],
      ...overrides,
    } satisfies Partial<ApiMethods>,
  };
}

describe('ExportPackDialog', () => {
  it('exports the HTML edition when that format is chosen, in the UI language, as .html', async () => {
    const exportHtml = vi.fn(async (args: MethodArgs<'packs.exportHtml'>) => ({
      file: args.out,
      version: args.version ?? '1.0.0',
      title: args.title,
      notes: 1,
      imagesInlined: 0,
      attachmentsListed: 0,
      bytes: 4096,
      markdownBytes: 1024,
      publisher: {
        department: 'Department of Finance',
        person: null,
        keyId: null,
        fingerprint: null,
      },
      brokenLinks: 0,
    }));
    const { methods, exportPack } = api({ 'packs.exportHtml': exportHtml });
    const chooseSavePath = vi.fn(async () => '/home/ana/Procurement basics-1.0.0.html');
    await renderApp(
      <ExportPackDialog
        initialDomains={['procurement']}
        initialTitle="Procurement"
        onClose={() => undefined}
      />,
      { notes, api: methods, host: { 'host.chooseSavePath': chooseSavePath } },
    );
    const wizard = screen.getByRole('dialog', { name: 'Export a knowledge pack' });
    await within(wizard).findByText('1 note, 0 attachments, 100 bytes in all');
    fireEvent.click(within(wizard).getByRole('button', { name: 'Next' }));
    fireEvent.click(within(wizard).getByRole('radio', { name: /HTML edition \(\.html\)/ }));
    fireEvent.click(within(wizard).getByRole('button', { name: 'Export…' }));
    await within(wizard).findByText(/The page itself cannot be verified/);
    expect(chooseSavePath).toHaveBeenCalledWith({
      kind: 'htmlEdition',
      suggestedName: 'Procurement-1.0.0',
    });
    expect(exportHtml).toHaveBeenCalledWith(
      expect.objectContaining({ out: '/home/ana/Procurement basics-1.0.0.html', language: 'en' }),
    );
    expect(exportPack).not.toHaveBeenCalled();
    expect(within(wizard).getByText('HTML edition: 1 note, 4.1 kB')).toBeTruthy();
  });

  it('previews a domain, adds a linked note left out, and exports it signed where the user chose', async () => {
    const { methods, exportPack, preview } = api();
    const chooseSavePath = vi.fn(async () => '/home/ana/Procurement basics-1.0.0.praxispack');
    const onClose = vi.fn();
    await renderApp(
      <ExportPackDialog
        initialDomains={['procurement']}
        initialTitle="Procurement"
        onClose={onClose}
      />,
      { notes, api: methods, host: { 'host.chooseSavePath': chooseSavePath } },
    );
    const wizard = screen.getByRole('dialog', { name: 'Export a knowledge pack' });
    await within(wizard).findByText('1 note, 0 attachments, 100 bytes in all');
    expect(preview.mock.calls[0]![0].selection).toMatchObject({ domains: ['procurement'] });
    expect(
      within(wizard).getByText(/Journal entries and notes marked private are left out/),
    ).toBeTruthy();
    expect(
      within(wizard).getByRole('list', { name: '1 private note left out' }).textContent,
    ).toContain('journal/2026/2026-11-30.md');
    const broken = within(wizard).getByRole('list', { name: '1 link will break' });
    expect(broken.textContent).toContain('Procurement/Tenders.md → Budget rules');

    fireEvent.click(within(broken).getByRole('button', { name: 'Add Budget rules to the pack' }));
    await within(wizard).findByText('2 notes, 0 attachments, 200 bytes in all');
    expect(within(wizard).queryByRole('list', { name: /will break/ })).toBeNull();
    expect(
      within(wizard).getByRole('list', { name: 'Notes picked by hand' }).textContent,
    ).toContain('Budget rules');

    fireEvent.click(within(wizard).getByRole('button', { name: 'Next' }));
    const title = within(wizard).getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    fireEvent.change(title, { target: { value: 'Procurement basics' } });
    expect(
      within(wizard).getByRole<HTMLInputElement>('checkbox', { name: /Sign the pack/ }).checked,
    ).toBe(true);
    fireEvent.click(within(wizard).getByRole('button', { name: 'Export…' }));

    await within(wizard).findByText('Exported Procurement basics-1.0.0.praxispack');
    expect(chooseSavePath).toHaveBeenCalledWith({
      kind: 'pack',
      suggestedName: 'Procurement basics-1.0.0.praxispack',
    });
    const args = exportPack.mock.calls[0]![0];
    expect(args).toMatchObject({
      definitionId: null,
      title: 'Procurement basics',
      version: '1.0.0',
      sign: true,
      out: '/home/ana/Procurement basics-1.0.0.praxispack',
    });
    expect(args.selection as PackSelection).toMatchObject({
      domains: ['procurement'],
      notes: ['Finance/Budget rules.md'],
    });
    expect(within(wizard).getByText('Signed by Department of Finance.')).toBeTruthy();
    // The web harness has no file manager: the path is shown, no "Show in folder".
    expect(within(wizard).queryByRole('button', { name: 'Show in folder' })).toBeNull();
  });

  it('exports nothing when the save dialog is cancelled, and says what is wrong with a version', async () => {
    const { methods, exportPack } = api({ 'keys.identity': async () => null });
    const chooseSavePath = vi.fn(async () => null);
    await renderApp(
      <ExportPackDialog initialDomains={['procurement']} onClose={() => undefined} />,
      {
        notes,
        api: methods,
        host: { 'host.chooseSavePath': chooseSavePath },
      },
    );
    const wizard = screen.getByRole('dialog', { name: 'Export a knowledge pack' });
    await within(wizard).findByText('1 note, 0 attachments, 100 bytes in all');
    fireEvent.click(within(wizard).getByRole('button', { name: 'Next' }));
    // No identity: unsigned, and the wizard says so.
    const sign = within(wizard).getByRole<HTMLInputElement>('checkbox', { name: /Sign the pack/ });
    expect(sign.checked).toBe(false);
    expect(sign.disabled).toBe(true);
    expect(within(wizard).getByText(/no department identity yet/)).toBeTruthy();

    fireEvent.click(within(wizard).getByRole('button', { name: 'Export…' }));
    expect(await within(wizard).findByText('Give the pack a title.')).toBeTruthy();
    fireEvent.change(within(wizard).getByRole('textbox', { name: 'Title' }), {
      target: { value: 'Basics' },
    });
    fireEvent.change(within(wizard).getByRole('textbox', { name: 'Version' }), {
      target: { value: '1.0' },
    });
    fireEvent.click(within(wizard).getByRole('button', { name: 'Export…' }));
    expect(await within(wizard).findByText(/three numbers/)).toBeTruthy();
    expect(chooseSavePath).not.toHaveBeenCalled();

    fireEvent.change(within(wizard).getByRole('textbox', { name: 'Version' }), {
      target: { value: '2.0.0' },
    });
    fireEvent.click(within(wizard).getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(chooseSavePath).toHaveBeenCalled());
    expect(exportPack).not.toHaveBeenCalled();
    expect(within(wizard).getByRole('textbox', { name: 'Title' })).toBeTruthy();
  });
});
