import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import { countRewrites, planRename, RenameError } from './renameNote';

const preview = (rewritten = [{ path: 'Home.md', links: 2 }]) => ({
  movePreview: vi.fn(async () => ({ rewritten })),
});

describe('planRename', () => {
  it('moves the file to the new title and counts the links to rewrite', async () => {
    const api = preview([
      { path: 'Home.md', links: 2 },
      { path: 'b/Other.md', links: 1 },
    ]);
    const plan = await planRename(
      api,
      { path: 'a/Old.md', frontMatter: {} },
      'text',
      ' New  name ',
    );
    expect(api.movePreview).toHaveBeenCalledWith({ from: 'a/Old.md', to: 'a/New name.md' });
    expect(plan).toMatchObject({ title: 'New name', to: 'a/New name.md', writeTitle: false });
    expect(countRewrites(plan)).toEqual({ links: 3, notes: 2 });
  });

  it('renames a template by its file only, keeping the title its notes get', async () => {
    const plan = await planRename(
      preview([]),
      { path: 'templates/Solution.md', frontMatter: { title: '{{title}}' } },
      '# {{title}}\n\n## Problem',
      'Lesson learned',
    );
    expect(plan).toMatchObject({ to: 'templates/Lesson learned.md', writeTitle: false });
  });

  it('sanitises the file name and keeps the real title in front matter', async () => {
    const plan = await planRename(
      preview(),
      { path: 'Old.md', frontMatter: null },
      '',
      'Q: 2025/26?',
    );
    expect(plan).toMatchObject({
      to: 'Q - 2025 26.md',
      fileName: 'Q - 2025 26',
      sanitized: true,
      writeTitle: true,
    });
  });

  it('writes the title when front matter or a # heading would otherwise decide it', async () => {
    const withKey = await planRename(
      preview(),
      { path: 'Old.md', frontMatter: { title: 'Old' } },
      '',
      'New',
    );
    expect(withKey.writeTitle).toBe(true);
    const withHeading = await planRename(
      preview(),
      { path: 'Old.md', frontMatter: null },
      '# Old\n',
      'New',
    );
    expect(withHeading.writeTitle).toBe(true);
  });

  it('only writes the title when the file name stays', async () => {
    const api = preview();
    const plan = await planRename(api, { path: 'Plan.md', frontMatter: null }, '', 'Plan');
    expect(api.movePreview).not.toHaveBeenCalled();
    expect(plan.to).toBe('Plan.md');
  });

  it('keeps the file for a change of letter case the vault refuses as a move', async () => {
    const api = {
      movePreview: vi.fn(async () => {
        throw new ApiError('EXISTS', 'A note named like "Plan.md" already exists.');
      }),
    };
    const plan = await planRename(api, { path: 'plan.md', frontMatter: null }, '', 'Plan');
    expect(plan).toMatchObject({ to: 'plan.md', writeTitle: true, rewritten: [] });
  });

  it('explains a name taken or refused, and an empty title', async () => {
    const taken = {
      movePreview: vi.fn(async () => Promise.reject(new ApiError('EXISTS', 'exists'))),
    };
    await expect(
      planRename(taken, { path: 'A.md', frontMatter: null }, '', 'B'),
    ).rejects.toMatchObject({
      reason: 'exists',
      fileName: 'B',
    });
    await expect(
      planRename(taken, { path: 'A.md', frontMatter: null }, '', '  '),
    ).rejects.toBeInstanceOf(RenameError);
  });
});
