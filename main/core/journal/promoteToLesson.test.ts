import * as fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempVault, snapshotFolder } from '../../../testing/core/tempVault';
import { LinkGraph } from '../links/linkGraph';
import type { TransactionIo } from '../vault/fileTransaction';
import { NoteRepository } from '../vault/noteRepository';
import { promoteToLesson } from './promoteToLesson';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A repository whose disk refuses the `n`th rename, with a link graph following it. */
async function openVault(files: Record<string, string>, failOnRename: number | null) {
  const vault = await makeTempVault(files);
  cleanups.push(vault.cleanup);
  let renames = 0;
  const io: TransactionIo = {
    rename: async (from, to) => {
      if (++renames === failOnRename)
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      await fs.rename(from, to);
    },
    unlink: fs.unlink,
  };
  const repository = new NoteRepository(vault.root, { io });
  const linkGraph = new LinkGraph();
  repository.subscribe((change) => {
    if (change.kind === 'note-set')
      linkGraph.setNote({
        path: change.note.summary.path,
        title: change.note.summary.title,
        aliases: change.note.summary.aliases,
        body: change.note.body,
        bodyStartLine: change.note.bodyStartLine,
      });
    else if (change.kind === 'note-removed') linkGraph.removeNote(change.path);
  });
  await repository.load();
  return { root: vault.root, repository, linkGraph };
}

const entryPath = 'journal/2024/2024-01-29.md';
const entryText = '---\ntype: journal\nprivate: true\n---\nShort meetings work better.\n';

describe('promoting is one atomic change', () => {
  it('leaves both files as they were when the disk fails half-way', async () => {
    // The first rename puts the new note in place; the second, for the entry, fails.
    const { root, repository, linkGraph } = await openVault({ [entryPath]: entryText }, 2);
    const { version } = await repository.readRaw(entryPath);
    const before = [...(await snapshotFolder(root))].filter(([p]) => !p.startsWith('.praxis'));
    await expect(
      promoteToLesson(
        { repository, linkGraph, defaultLocale: () => 'en' },
        {
          path: entryPath,
          baseVersion: version,
          selection: { text: 'Short meetings work better.' },
          type: 'practice',
          title: 'Short meetings',
          folder: '',
        },
      ),
    ).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringMatching(/disk is full.*Nothing was changed/),
    });
    const after = [...(await snapshotFolder(root))].filter(([p]) => !p.startsWith('.praxis'));
    expect(after).toEqual(before);
    expect(repository.has('Short meetings.md')).toBe(false);
    expect(linkGraph.backlinks(entryPath)).toEqual([]);
  });

  it('writes both when the disk cooperates', async () => {
    const { repository, linkGraph } = await openVault({ [entryPath]: entryText }, null);
    const { version } = await repository.readRaw(entryPath);
    const { note, entry } = await promoteToLesson(
      { repository, linkGraph, defaultLocale: () => 'ca' },
      {
        path: entryPath,
        baseVersion: version,
        selection: { text: 'Short meetings work better.' },
        type: 'practice',
        title: 'Reunions curtes',
        folder: '',
      },
    );
    expect(note.body).toContain('Del meu diari: [[2024-01-29]].');
    expect(note.body).toContain('## Quan fer-la servir');
    expect(entry.body).toBe('Short meetings work better. → [[Reunions curtes]]\n');
    expect(entry.frontMatter).toMatchObject({ type: 'journal', private: true });
    expect(linkGraph.backlinks(entryPath).map((b) => b.source)).toEqual(['Reunions curtes.md']);
  });
});
