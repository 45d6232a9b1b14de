import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createTwoFilesPatch } from 'diff';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../shared/api/apiError';
import type { ApiMethods } from '../../../../shared/api/contract';
import type { ImportPlan, ImportRecord } from '../../../../shared/api/packsMethods';
import { renderApp } from '../../../../testing/renderer/renderApp';
import { PackImportCommand } from './PackImportCommand';

// jsdom lays nothing out.
Element.prototype.scrollIntoView ??= () => undefined;

afterEach(cleanup);

const FILE = '/staging/Procurement-1.1.0.praxispack';
const keyId = 'a'.repeat(64);
const words = ['abandon', 'ability', 'able', 'about', 'above', 'absent', 'absorb', 'abstract'];

function planOf(status: ImportPlan['signature']['status'], planId = 'plan-1'): ImportPlan {
  return {
    planId,
    file: FILE,
    pack: {
      id: 'pack-1',
      version: '1.1.0',
      title: 'Procurement',
      description: 'What the CoP learned.',
      domains: ['procurement'],
      licence: '',
      created: '2026-01-01T00:00:00.000Z',
    },
    publisher: {
      department: 'Ministry of Finance',
      person: null,
      keyId: status === 'unsigned' ? null : keyId,
      fingerprint:
        status === 'unsigned' ? null : { fingerprint: '3F2A 91C0 0000 1111 2222', words },
    },
    signature: { status },
    trustedAs: null,
    previousVersion: '1.0.0',
    notes: [
      {
        id: 'n1',
        title: 'Scoring matrix',
        status: 'new',
        path: 'Scoring matrix.md',
        packPath: 'Scoring matrix.md',
        conflictPath: null,
        localEdited: false,
        diff: null,
      },
      {
        id: 'n2',
        title: 'Framework agreements',
        status: 'update',
        path: 'procurement/Framework agreements.md',
        packPath: 'procurement/Framework agreements.md',
        conflictPath: null,
        localEdited: false,
        diff: createTwoFilesPatch(
          'a.md',
          'a.md',
          '# Framework agreements\n\nOld advice.\n',
          '# Framework agreements\n\nNew advice.\n',
        ),
      },
      {
        id: 'n3',
        title: 'Checklist',
        status: 'conflict',
        path: 'Checklist.md',
        packPath: 'Checklist.md',
        conflictPath: 'Checklist (Procurement 1.1.0).md',
        localEdited: true,
        diff: null,
      },
    ],
    attachments: [],
    removedFromPack: [{ id: 'n4', path: 'Old rule.md', title: 'Old rule', localEdited: false }],
    counts: { new: 1, unchanged: 0, update: 1, conflict: 1 },
  };
}

const record: ImportRecord = {
  id: 'imp-1',
  packId: 'pack-1',
  version: '1.1.0',
  title: 'Procurement',
  publisher: { department: 'Ministry of Finance', person: null, keyId },
  signature: 'trusted',
  importedAt: '2026-02-01T10:00:00.000Z',
  file: 'Procurement-1.1.0.praxispack',
  counts: { new: 1, unchanged: 0, update: 1, conflict: 1 },
  written: ['Scoring matrix.md', 'procurement/Framework agreements.md'],
  undoneAt: null,
};

/** Picks `name` in the page's file input, as a browser user does after "Import knowledge pack…". */
function pickFile(name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
  return {
    click,
    choose: () => fireEvent.change(input, { target: { files: [new File(['zip'], name)] } }),
  };
}

describe('importing a knowledge pack', () => {
  it('shows who signed it, trusts the publisher after the words are compared, and plans again', async () => {
    let status: ImportPlan['signature']['status'] = 'unknown';
    const plan = vi.fn(async () => planOf(status));
    const addFromPack = vi.fn(async () => {
      status = 'trusted';
      return {} as Awaited<ReturnType<ApiMethods['trust.addFromPack']>>;
    });
    const pathOf = vi.fn(async () => FILE);
    const app = await renderApp(<PackImportCommand />, {
      api: {
        'packs.plan': plan,
        'trust.addFromPack': addFromPack,
        'packs.discardPlan': async () => ({}),
      },
      packFiles: { pathOf },
    });
    const picker = pickFile('Procurement-1.1.0.praxispack');
    act(() => void app.registry.run('packs.import'));
    expect(picker.click).toHaveBeenCalled();
    picker.choose();

    const dialog = await screen.findByRole('dialog', { name: 'Import “Procurement” 1.1.0' });
    expect(plan).toHaveBeenCalledWith({ file: FILE });
    expect(within(dialog).getByText(/does not trust yet/)).toBeTruthy();
    const wordList = within(dialog).getByRole('list', { name: 'Fingerprint in words' });
    expect(
      within(wordList)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(words);

    fireEvent.click(within(dialog).getByRole('button', { name: /trust Ministry of Finance/ }));
    await waitFor(() =>
      expect(within(dialog).getByText('Signed by a trusted publisher')).toBeTruthy(),
    );
    expect(addFromPack).toHaveBeenCalledWith({ file: FILE, keyId });
    expect(plan).toHaveBeenCalledTimes(2);
    expect(within(dialog).queryByRole('button', { name: /trust Ministry/ })).toBeNull();
  });

  it('walks the plan with the keyboard, shows an update side by side and applies only when asked', async () => {
    const apply = vi.fn(async () => record);
    const discard = vi.fn(async () => ({}));
    const app = await renderApp(<PackImportCommand />, {
      api: {
        'packs.plan': async () => planOf('trusted'),
        'packs.apply': apply,
        'packs.discardPlan': discard,
      },
      edition: 'desktop',
      host: { 'host.chooseOpenPath': async () => FILE },
    });
    act(() => void app.registry.run('packs.import'));
    const dialog = await screen.findByRole('dialog', { name: 'Import “Procurement” 1.1.0' });
    expect(within(dialog).getByText('1 new, 1 to update, 1 in conflict, 0 unchanged')).toBeTruthy();
    expect(within(dialog).getByText('Old rule')).toBeTruthy();

    const list = within(dialog).getByRole('listbox', { name: 'Notes in the pack' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(list.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(within(dialog).getByText(/Update: the pack changed it/)).toBeTruthy();
    fireEvent.keyDown(list, { key: 'Enter' });
    const diff = within(dialog).getByRole('group', { name: /Changes to Framework agreements/ });
    expect(within(diff).getByText('Old advice.')).toBeTruthy();
    expect(within(diff).getByText('New advice.')).toBeTruthy();
    fireEvent.keyDown(list, { key: 'End' });
    expect(within(dialog).getByText(/Checklist \(Procurement 1\.1\.0\)\.md/)).toBeTruthy();
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(within(dialog).getByText('The changes are too large to show here.')).toBeTruthy();

    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(apply).toHaveBeenCalledWith({ planId: 'plan-1' });
    expect(discard).not.toHaveBeenCalled();
    expect(
      await screen.findByText('Imported “Procurement” 1.1.0: 1 new, 1 updated, 1 in conflict.'),
    ).toBeTruthy();
  });

  it('forgets the plan when cancelled, and does nothing when the dialog is cancelled', async () => {
    const discard = vi.fn(async () => ({}));
    const plan = vi.fn(async () => planOf('unsigned'));
    let chosen: string | null = null;
    const chooseOpenPath = vi.fn(async () => chosen);
    const app = await renderApp(<PackImportCommand />, {
      api: { 'packs.plan': plan, 'packs.discardPlan': discard },
      edition: 'desktop',
      host: { 'host.chooseOpenPath': chooseOpenPath },
    });
    act(() => void app.registry.run('packs.import'));
    await act(async () => undefined);
    expect(chooseOpenPath).toHaveBeenCalledWith({ kind: 'pack' });
    expect(plan).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();

    chosen = FILE;
    act(() => void app.registry.run('packs.import'));
    const dialog = await screen.findByRole('dialog', { name: 'Import “Procurement” 1.1.0' });
    expect(within(dialog).getByText('Not signed')).toBeTruthy();
    expect(within(dialog).getByText(/Anyone could have made or changed this pack/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(discard).toHaveBeenCalledWith({ planId: 'plan-1' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses an invalid pack and says why, with nothing to import', async () => {
    const problem = {
      reason: 'checksum-mismatch',
      message: 'notes/a.md does not match its SHA-256 in the manifest.',
      entry: 'notes/a.md',
    };
    const app = await renderApp(<PackImportCommand />, {
      api: {
        'packs.plan': async () => {
          throw new ApiError('INVALID', problem.message, problem);
        },
      },
      edition: 'desktop',
      host: { 'host.chooseOpenPath': async () => FILE },
    });
    act(() => void app.registry.run('packs.import'));
    const dialog = await screen.findByRole('dialog', { name: 'This pack cannot be imported' });
    const alert = within(dialog).getByRole('alert');
    expect(alert.textContent).toContain('Refused: the pack is invalid');
    expect(alert.textContent).toContain('A file was changed after the pack was made.');
    expect(alert.textContent).toContain('File in the pack: notes/a.md');
    expect(within(dialog).queryByRole('button', { name: 'Import' })).toBeNull();
  });

  it('opens a pack dropped on the window, and says when a dropped file is not a pack', async () => {
    const pathOf = vi.fn(async (file: File) => `/staging/${file.name}`);
    const plan = vi.fn(async () => planOf('trusted'));
    await renderApp(<PackImportCommand />, {
      api: { 'packs.plan': plan, 'packs.discardPlan': async () => ({}) },
      packFiles: { pathOf },
    });
    const drop = (name: string) => {
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.assign(event, {
        dataTransfer: { types: ['Files'], files: [new File(['x'], name)] },
      });
      act(() => void window.dispatchEvent(event));
      return event;
    };
    expect(drop('notes.zip').defaultPrevented).toBe(true);
    expect(await screen.findByText(/Only \.praxispack files can be imported/)).toBeTruthy();
    expect(pathOf).not.toHaveBeenCalled();

    drop('Procurement-1.1.0.praxispack');
    await screen.findByRole('dialog', { name: 'Import “Procurement” 1.1.0' });
    expect(plan).toHaveBeenCalledWith({ file: '/staging/Procurement-1.1.0.praxispack' });
  });
});

describe('a pack double-clicked in the OS', () => {
  it('opens at its plan, whether it was waiting when the window started or came later', async () => {
    const waiting = ['/Users/o/Procurement-1.1.0.praxispack'];
    const plan = vi.fn(async ({ file }: { file: string }) => ({ ...planOf('trusted'), file }));
    const app = await renderApp(<PackImportCommand />, {
      api: { 'packs.plan': plan, 'packs.discardPlan': async () => ({}) },
      edition: 'desktop',
      host: { 'host.takeOpenRequests': async () => waiting.splice(0) },
    });
    await screen.findByRole('dialog', { name: 'Import “Procurement” 1.1.0' });
    expect(plan).toHaveBeenCalledWith({ file: '/Users/o/Procurement-1.1.0.praxispack' });

    waiting.push('/Users/o/Procurement-1.2.0.praxispack');
    act(() =>
      app.emit({
        type: 'packs.openRequested',
        payload: { path: '/Users/o/Procurement-1.2.0.praxispack' },
      }),
    );
    await waitFor(() =>
      expect(plan).toHaveBeenLastCalledWith({ file: '/Users/o/Procurement-1.2.0.praxispack' }),
    );
    expect(plan).toHaveBeenCalledTimes(2);
  });
});

describe('undoing the last import', () => {
  it('asks first, names the import, and undoes it', async () => {
    const undo = vi.fn(async () => record);
    const app = await renderApp(<PackImportCommand />, {
      api: {
        'packs.imports': async () => [
          record,
          { ...record, id: 'imp-0', version: '1.0.0', undoneAt: '2026-01-20T10:00:00.000Z' },
        ],
        'packs.undoImport': undo,
      },
    });
    act(() => void app.registry.run('packs.undoImport'));
    const dialog = await screen.findByRole('dialog', { name: 'Undo the last import' });
    await within(dialog).findByText(
      /Undo the import of “Procurement” 1\.1\.0 from Ministry of Finance/,
    );
    expect(within(dialog).getByText('2 files will be restored or removed.')).toBeTruthy();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);
    expect(undo).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Undo import' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(undo).toHaveBeenCalledWith({});
    expect(await screen.findByText('The import of “Procurement” 1.1.0 was undone.')).toBeTruthy();
  });

  it('names the files edited since, when the core refuses to undo', async () => {
    const app = await renderApp(<PackImportCommand />, {
      api: {
        'packs.imports': async () => [record],
        'packs.undoImport': async () => {
          throw new ApiError('CONFLICT', 'Files were edited since the import.', {
            paths: ['Scoring matrix.md'],
          });
        },
      },
    });
    act(() => void app.registry.run('packs.undoImport'));
    const dialog = await screen.findByRole('dialog', { name: 'Undo the last import' });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Undo import' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'These files were edited after the import: Scoring matrix.md',
    );
  });

  it('says when there is nothing to undo', async () => {
    const app = await renderApp(<PackImportCommand />, {
      api: { 'packs.imports': async () => [{ ...record, undoneAt: record.importedAt }] },
    });
    act(() => void app.registry.run('packs.undoImport'));
    const dialog = await screen.findByRole('dialog', { name: 'Undo the last import' });
    expect(
      await within(dialog).findByText('There is no import to undo in this vault.'),
    ).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Undo import' })).toBeNull();
  });
});
