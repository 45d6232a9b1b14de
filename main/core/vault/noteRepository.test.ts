import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import {
  makeTempVault,
  readText,
  snapshotFolder,
  writeFiles,
} from '../../../testing/core/tempVault';
import { NoteRepository, type VaultChange } from './noteRepository';

const obsidianNote = '# Plain note\n\nNo front matter here. #idea\n';
const withFrontMatter = [
  '---',
  'title: Shorter tender evaluations',
  'type: solution',
  'domains: [procurement]',
  'tags:',
  '  - contracts',
  'aliases: [Tender evaluation]',
  'reviewer: Ana   # unknown to Praxis',
  '---',
  'Body.',
  '',
].join('\n');

describe('NoteRepository', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  const open = async (files: Record<string, string>) => {
    const vault = await makeTempVault(files);
    cleanup = vault.cleanup;
    const repository = new NoteRepository(vault.root);
    const changes: VaultChange[] = [];
    repository.subscribe((c) => changes.push(c));
    await repository.load();
    return { root: vault.root, repository, changes };
  };

  it('lists notes with their metadata and reads an existing vault without writing to it', async () => {
    const { root, repository } = await open({
      'Plain.md': obsidianNote,
      'procurement/Solution.md': withFrontMatter,
      'attachments/chart.png': 'png',
      '.obsidian/workspace.md': 'ignored',
    });
    const before = await snapshotFolder(root);
    const notes = repository.list();
    expect(notes.map((n) => n.path)).toEqual(['Plain.md', 'procurement/Solution.md']);
    expect(notes[0]).toMatchObject({ id: null, title: 'Plain note', type: 'note', domains: [] });
    expect(notes[1]).toMatchObject({
      title: 'Shorter tender evaluations',
      type: 'solution',
      domains: ['procurement'],
      tags: ['contracts'],
      aliases: ['Tender evaluation'],
    });
    expect(repository.attachments()).toEqual(['attachments/chart.png']);
    const note = await repository.read('procurement/Solution.md');
    expect(note.body).toBe('Body.\n');
    expect(note.frontMatter).toMatchObject({ reviewer: 'Ana' });
    expect(await snapshotFolder(root)).toEqual(before);
  });

  it('falls back to the file name for the title', async () => {
    const { repository } = await open({ 'No heading.md': 'just text\n' });
    expect(repository.list()[0]!.title).toBe('No heading');
  });

  it('creates a note with an id and dates, refusing bad names and duplicates', async () => {
    const { root, repository } = await open({});
    const note = await repository.create({
      folder: 'procurement',
      name: 'Supplier day',
      body: 'Hello\n',
      frontMatter: { domains: ['procurement'] },
    });
    expect(note.path).toBe('procurement/Supplier day.md');
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(note.domains).toEqual(['procurement']);
    const raw = await readText(root, 'procurement/Supplier day.md');
    expect(raw).toMatch(
      /^---\nid: .+\ntype: note\ndomains:\n {2}- procurement\ncreated: .+\nupdated: .+\n---\nHello\n$/,
    );

    await expect(
      repository.create({ folder: 'procurement', name: 'Supplier day', body: '' }),
    ).rejects.toMatchObject({ code: 'EXISTS' });
    for (const name of ['../escape', 'a/b', '..', '.hidden']) {
      await expect(repository.create({ folder: '', name, body: '' })).rejects.toMatchObject({
        code: 'INVALID',
      });
    }
    await expect(
      repository.create({ folder: '../outside', name: 'x', body: '' }),
    ).rejects.toMatchObject({ code: 'INVALID' });
    expect(await fs.readdir(path.dirname(root))).not.toContain('outside');
  });

  it('saves a note, keeping unknown front matter and adding id/created/updated', async () => {
    const { root, repository } = await open({
      'procurement/Solution.md': withFrontMatter,
      'Plain.md': obsidianNote,
    });
    const note = await repository.read('procurement/Solution.md');
    const saved = await repository.save({
      path: note.path,
      baseVersion: note.version,
      body: 'New body.\n',
    });
    const raw = await readText(root, 'procurement/Solution.md');
    expect(raw).toContain('reviewer: Ana   # unknown to Praxis');
    expect(raw).toContain('domains: [procurement]');
    expect(raw.endsWith('---\nNew body.\n')).toBe(true);
    expect(saved.id).toBeTruthy();
    expect(saved.frontMatter).toHaveProperty('updated');

    // A note without front matter gains it only now that Praxis saves it.
    const plain = await repository.read('Plain.md');
    expect(plain.frontMatter).toBeNull();
    const savedPlain = await repository.save({
      path: 'Plain.md',
      baseVersion: plain.version,
      body: plain.body,
      frontMatter: { tags: ['idea'] },
    });
    expect(savedPlain.frontMatter).toMatchObject({ tags: ['idea'] });
    expect(await readText(root, 'Plain.md')).toMatch(
      /^---\nid: .+\ntags:\n {2}- idea\ncreated: .+\nupdated: .+\n---\n# Plain note\n/,
    );
  });

  it('refuses to save over an outside edit, handing back both texts', async () => {
    const { root, repository, changes } = await open({ 'Note.md': 'original\n' });
    const opened = await repository.read('Note.md');
    await fs.writeFile(path.join(root, 'Note.md'), 'edited in another program\n');
    const error = await repository
      .save({ path: 'Note.md', baseVersion: opened.version, body: 'my edit\n' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      data: { path: 'Note.md', mine: 'my edit\n', theirs: { body: 'edited in another program\n' } },
    });
    expect(await readText(root, 'Note.md')).toBe('edited in another program\n');
    expect(changes.at(-1)).toMatchObject({ kind: 'note-set', origin: 'external' });

    // Saving against the version on disk now works.
    const theirs = (error as ApiError).data as { theirs: { version: string } };
    await repository.save({
      path: 'Note.md',
      baseVersion: theirs.theirs.version,
      body: 'merged\n',
    });
    expect(await readText(root, 'Note.md')).toMatch(/merged\n$/);
  });

  it('reports a save to a note deleted elsewhere as a conflict with nothing on disk', async () => {
    const { root, repository } = await open({ 'Note.md': 'original\n' });
    const opened = await repository.read('Note.md');
    await fs.rm(path.join(root, 'Note.md'));
    await expect(
      repository.save({ path: 'Note.md', baseVersion: opened.version, body: 'keep me\n' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', data: { mine: 'keep me\n', theirs: null } });
  });

  it('never reads or writes outside the vault', async () => {
    const { repository } = await open({ 'Note.md': 'x' });
    for (const p of ['../x.md', '/etc/passwd.md', '.praxis/db.json', 'a/../../x.md']) {
      await expect(repository.read(p)).rejects.toMatchObject({ code: 'INVALID' });
      await expect(repository.save({ path: p, baseVersion: 'v', body: '' })).rejects.toMatchObject({
        code: 'INVALID',
      });
      await expect(repository.trash(p)).rejects.toMatchObject({ code: 'INVALID' });
    }
  });

  it('moves a note to the trash and restores it, beside a newer note of the same name', async () => {
    const { root, repository } = await open({ 'folder/Note.md': '# Note\n' });
    const entry = await repository.trash('folder/Note.md');
    expect(repository.has('folder/Note.md')).toBe(false);
    await expect(fs.access(path.join(root, 'folder/Note.md'))).rejects.toThrow();
    expect(await repository.trashList()).toEqual([entry]);
    expect(entry).toMatchObject({ originalPath: 'folder/Note.md', title: 'Note' });

    await repository.create({ folder: 'folder', name: 'Note', body: 'newer' });
    const restored = await repository.restore(entry.id);
    expect(restored.path).toBe('folder/Note 1.md');
    expect(await readText(root, 'folder/Note 1.md')).toBe('# Note\n');
    expect(await repository.trashList()).toEqual([]);
    await expect(repository.restore(entry.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('purges a trashed note for good', async () => {
    const { repository } = await open({ 'Note.md': 'x' });
    const entry = await repository.trash('Note.md');
    await repository.purge(entry.id);
    expect(await repository.trashList()).toEqual([]);
  });

  it('catches up with files added, changed and removed by other programs', async () => {
    const { root, repository, changes } = await open({ 'a.md': 'A' });
    changes.length = 0;
    await writeFiles(root, { 'b.md': '# B\n', 'a.md': 'A changed', 'img.png': 'x' });
    await repository.syncFromDisk('b.md');
    await repository.syncFromDisk('a.md');
    await repository.syncFromDisk('img.png');
    await fs.rm(path.join(root, 'b.md'));
    await repository.syncFromDisk('b.md');
    expect(
      changes.map((c) => [c.kind, 'path' in c ? c.path : c.note.summary.path, c.origin]),
    ).toEqual([
      ['note-set', 'b.md', 'external'],
      ['note-set', 'a.md', 'external'],
      ['attachment-added', 'img.png', 'external'],
      ['note-removed', 'b.md', 'external'],
    ]);
    // A write of its own is not reported again when the watcher sees it.
    changes.length = 0;
    const a = await repository.read('a.md');
    await repository.save({ path: 'a.md', baseVersion: a.version, body: 'mine' });
    await repository.syncFromDisk('a.md');
    expect(changes.map((c) => c.origin)).toEqual(['app']);
  });

  it('finds inline tags and keeps a CRLF file CRLF', async () => {
    const { root, repository } = await open({
      'crlf.md': '---\r\ntitle: Windows\r\n---\r\nline one\r\n',
    });
    const note = await repository.read('crlf.md');
    await repository.save({
      path: 'crlf.md',
      baseVersion: note.version,
      body: 'line one\nline two\n',
    });
    const raw = await readText(root, 'crlf.md');
    expect(raw.includes('\n') && !/[^\r]\n/.test(raw)).toBe(true);
  });
});
