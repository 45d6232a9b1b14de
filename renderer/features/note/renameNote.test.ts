import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import type { RenameReport } from '../../../shared/api/notesMethods';
import {
  applyRename,
  countRewrites,
  needsConfirmation,
  previewRename,
  RenameError,
  renamedFileName,
  type RenameArgs,
} from './renameNote';

const report = (overrides: Partial<RenameReport> = {}): RenameReport => ({
  id: null,
  dryRun: true,
  from: 'a/Old.md',
  to: 'a/New name.md',
  oldTitle: 'Old',
  title: 'New name',
  sanitized: false,
  headingUpdated: false,
  rewritten: [],
  links: 0,
  notUtf8: [],
  note: null,
  ...overrides,
});

const fakeApi = (result: RenameReport | Error) => ({
  rename: vi.fn(async (_args: RenameArgs) => {
    if (result instanceof Error) throw result;
    return result;
  }),
});

describe('previewRename and applyRename', () => {
  it('asks the core for a dry run with the title tidied, then applies it', async () => {
    const rewritten = [
      { path: 'Home.md', links: 2 },
      { path: 'b/Other.md', links: 1 },
    ];
    const api = fakeApi(report({ rewritten, links: 3 }));
    const preview = await previewRename(
      api,
      { path: 'a/Old.md', baseVersion: 'v1' },
      ' New  name ',
    );
    expect(api.rename).toHaveBeenCalledWith({
      path: 'a/Old.md',
      baseVersion: 'v1',
      title: 'New name',
      dryRun: true,
    });
    expect(countRewrites(preview)).toEqual({ links: 3, notes: 2 });
    expect(needsConfirmation(preview)).toBe(true);
    expect(renamedFileName(preview)).toBe('New name');
    await applyRename(api, { path: 'a/Old.md' }, 'New name');
    expect(api.rename).toHaveBeenLastCalledWith({
      path: 'a/Old.md',
      title: 'New name',
      dryRun: false,
    });
  });

  it('confirms only a rename that reaches beyond the note', () => {
    expect(needsConfirmation(report())).toBe(false);
    expect(needsConfirmation(report({ sanitized: true }))).toBe(true);
    expect(needsConfirmation(report({ notUtf8: ['x.md'] }))).toBe(true);
  });

  it('explains a name taken, refused or changed meanwhile, and an empty title', async () => {
    const failing = (code: 'EXISTS' | 'INVALID' | 'CONFLICT') =>
      previewRename(fakeApi(new ApiError(code, code)), { path: 'A.md' }, 'B: c');
    await expect(failing('EXISTS')).rejects.toMatchObject({ reason: 'exists', fileName: 'B - c' });
    await expect(failing('INVALID')).rejects.toMatchObject({ reason: 'invalid' });
    await expect(failing('CONFLICT')).rejects.toMatchObject({ reason: 'changed' });
    const api = fakeApi(report());
    await expect(previewRename(api, { path: 'A.md' }, '  ')).rejects.toBeInstanceOf(RenameError);
    expect(api.rename).not.toHaveBeenCalled();
  });
});
