import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { renderApp } from '../../../testing/renderer/renderApp';
import { MergeTagDialog, RenameTagDialog } from './TagDialogs';

afterEach(cleanup);

const tags = [
  { tag: 'policy', name: 'policy', parent: null, count: 2, ownCount: 2 },
  { tag: 'policies', name: 'policies', parent: null, count: 1, ownCount: 1 },
  { tag: 'policy/local', name: 'local', parent: 'policy', count: 1, ownCount: 1 },
];

function report(to: string, dryRun: boolean): RefactorReport {
  return {
    id: dryRun ? null : 'op-1',
    kind: 'tag.rename',
    description: '',
    subjects: ['policy'],
    target: to,
    dryRun,
    files: [
      { path: 'a.md', occurrences: 2 },
      { path: 'b.md', occurrences: 1 },
    ],
    occurrences: 3,
    skipped: [{ path: 'c.md', reason: 'Its front matter cannot be read.' }],
    notUtf8: [],
    domainsRemoved: [],
    domainsAdded: [],
  };
}

async function open(rename: (args: { to: string; dryRun: boolean }) => Promise<RefactorReport>) {
  const onDone = vi.fn();
  const renameSpy = vi.fn(rename);
  const undo = vi.fn(async () => ({ ...report('x', false), id: null }));
  await renderApp(<RenameTagDialog tag="policy" tags={tags} onClose={vi.fn()} onDone={onDone} />, {
    api: { 'tags.rename': renameSpy as never, 'refactor.undo': undo as never },
  });
  const input = screen.getByRole('textbox', { name: 'New name' });
  return { input, onDone, renameSpy, undo };
}

describe('renaming a tag', () => {
  it('previews what changes, renames, then offers to undo', async () => {
    const { input, onDone, renameSpy, undo } = await open(async ({ to, dryRun }) =>
      report(to, dryRun),
    );
    const confirm = screen.getByRole('button', { name: 'Rename' });
    expect(confirm).toHaveProperty('disabled', true);

    fireEvent.change(input, { target: { value: '#Procedures' } });
    expect(
      await screen.findByText('3 occurrences in 2 notes will change.', { exact: false }),
    ).toBeTruthy();
    expect(screen.getByText('Rename #policy to #Procedures.')).toBeTruthy();
    expect(screen.getByText('Show the 2 notes')).toBeTruthy();
    expect(screen.getByText(/Its front matter cannot be read/)).toBeTruthy();
    expect(renameSpy).toHaveBeenLastCalledWith({ from: 'policy', to: 'Procedures', dryRun: true });

    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(renameSpy).toHaveBeenLastCalledWith({
      from: 'policy',
      to: 'Procedures',
      dryRun: false,
    });
    expect(
      screen.getByText('Renamed #policy to #Procedures. 3 occurrences in 2 notes changed.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(undo).toHaveBeenCalledWith({ id: 'op-1' }));
    expect(await screen.findByText('Undone: 2 notes are back as they were.')).toBeTruthy();
  });

  it('says when the new name merges two tags', async () => {
    const { input } = await open(async ({ to, dryRun }) => report(to, dryRun));
    fireEvent.change(input, { target: { value: 'Policies' } });
    expect(screen.getByText('#policies is already in use: the two will be merged.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Rename and merge' })).toBeTruthy();
  });

  it('explains a name that cannot be a tag without asking main', async () => {
    const { input, renameSpy } = await open(async ({ to, dryRun }) => report(to, dryRun));
    vi.useFakeTimers();
    try {
      fireEvent.change(input, { target: { value: 'two words' } });
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByText(/cannot be a tag: use letters/)).toBeTruthy();
      // Well past the moment a preview would be asked for.
      await act(() => vi.advanceTimersByTimeAsync(5000));
      expect(renameSpy).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it("puts main's refusal on the field it names", async () => {
    const { input } = await open(async () => {
      throw new ApiError('INVALID', 'That tag is reserved.', { field: 'to' });
    });
    fireEvent.change(input, { target: { value: 'reserved' } });
    expect(await screen.findByText('That tag is reserved.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(
      screen.getByText('That tag is reserved.').id,
    );
  });
});

describe('merging a tag', () => {
  async function openMerge(merge: (args: { into: string; dryRun: boolean }) => Promise<unknown>) {
    const onDone = vi.fn();
    const mergeSpy = vi.fn(merge);
    await renderApp(<MergeTagDialog tag="policy" tags={tags} onClose={vi.fn()} onDone={onDone} />, {
      api: { 'tags.merge': mergeSpy as never },
    });
    const select = screen.getByRole('combobox', { name: 'Merge into' });
    return { select, onDone, mergeSpy };
  }

  it('offers only other tags outside its branch, previews, then merges', async () => {
    const { select, onDone, mergeSpy } = await openMerge(async ({ into, dryRun }) => ({
      ...report(into, dryRun),
      kind: 'tag.merge',
    }));
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Choose a tag…', '#policies (1 note)']);
    expect(screen.getByRole('button', { name: 'Merge' })).toHaveProperty('disabled', true);

    fireEvent.change(select, { target: { value: 'policies' } });
    expect(
      await screen.findByText('3 occurrences in 2 notes will change.', { exact: false }),
    ).toBeTruthy();
    expect(mergeSpy).toHaveBeenLastCalledWith({
      sources: ['policy'],
      into: 'policies',
      dryRun: true,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(mergeSpy).toHaveBeenLastCalledWith({
      sources: ['policy'],
      into: 'policies',
      dryRun: false,
    });
  });

  it("puts main's refusal on the list", async () => {
    const { select } = await openMerge(async () => {
      throw new ApiError('NOT_FOUND', 'No note is tagged #policies any more.', { field: 'into' });
    });
    fireEvent.change(select, { target: { value: 'policies' } });
    const message = await screen.findByText('No note is tagged #policies any more.');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe(message.id);
  });
});
