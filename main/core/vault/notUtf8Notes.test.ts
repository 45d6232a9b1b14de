import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureOf, openTestCores } from '../../../testing/core/testCore';
import { decodeNoteBytes } from './noteEncoding';

/** Latin-1 (as Windows-1252) bytes of `text`: every character below U+0100. */
const latin1 = (text: string) => Buffer.from(text, 'latin1');

const LEGACY_TEXT =
  '---\ntitle: Café de la administración\ndomains: [digital-services]\ntags: [policy]\n---\n' +
  '# Café de la administración\n\nGestión pública #policy, véase [[Target]] y [el objetivo](Target.md).\n';
const LEGACY = latin1(LEGACY_TEXT);

const VAULT = {
  'legacy/Café.md': LEGACY,
  'Target.md': '# Target\n',
  'Modern.md':
    '---\ndomains: [digital-services]\ntags: [policy]\n---\n# Modern\n\nUTF-8 text, #policy, [[Target]].\n',
};

const bytesOf = async (root: string, rel: string) =>
  fs.readFile(path.join(root, ...rel.split('/')));

describe('notes that are not UTF-8', () => {
  const open = openTestCores();

  it('are listed, read and found as Windows-1252 text, and reported read-only', async () => {
    const t = await open(VAULT);
    expect((await t.call('notes.list')).map((n) => n.path)).toContain('legacy/Café.md');
    const note = await t.call('notes.read', { path: 'legacy/Café.md' });
    expect(note).toMatchObject({
      title: 'Café de la administración',
      encoding: 'windows-1252',
      tags: ['policy'],
    });
    expect(note.body).toContain('Gestión pública');
    expect((await t.call('notes.read', { path: 'Modern.md' })).encoding).toBe('utf-8');
    await t.core.services.search.whenReady();
    const hits = await t.call('search.query', { query: 'gestión' });
    expect(hits.hits.map((h) => h.path)).toEqual(['legacy/Café.md']);
  });

  it('are never saved over, with a message that says what to do', async () => {
    const t = await open(VAULT);
    const note = await t.call('notes.read', { path: 'legacy/Café.md' });
    const error = await failureOf(
      t.call('notes.save', { path: note.path, baseVersion: note.version, body: 'new text' }),
    );
    expect(error).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/UTF-8/) });
    expect(await bytesOf(t.root, 'legacy/Café.md')).toEqual(LEGACY);
  });

  it('keep every byte through tag and domain renames, which say so, and their undo', async () => {
    const t = await open(VAULT);
    const preview = await t.call('tags.rename', { from: 'policy', to: 'policies', dryRun: true });
    expect(preview.notUtf8).toEqual(['legacy/Café.md']);
    expect(preview.files.map((f) => f.path)).toEqual(['Modern.md']);

    const tags = await t.call('tags.rename', { from: 'policy', to: 'policies' });
    expect(tags.notUtf8).toEqual(['legacy/Café.md']);
    expect(await bytesOf(t.root, 'legacy/Café.md')).toEqual(LEGACY);
    expect((await bytesOf(t.root, 'Modern.md')).toString()).toContain('#policies');

    const domains = await t.call('domains.rename', { from: 'digital-services', to: 'digital' });
    expect(domains.notUtf8).toEqual(['legacy/Café.md']);
    expect(domains.files.map((f) => f.path)).toEqual(['Modern.md']);
    expect(await bytesOf(t.root, 'legacy/Café.md')).toEqual(LEGACY);

    await t.call('refactor.undo', { id: domains.id! });
    await t.call('refactor.undo', { id: tags.id! });
    expect(await bytesOf(t.root, 'legacy/Café.md')).toEqual(LEGACY);
    expect((await bytesOf(t.root, 'Modern.md')).toString()).toBe(VAULT['Modern.md']);
  });

  it('keep every byte when a note they link to is renamed, and when they are moved', async () => {
    const t = await open(VAULT);
    const preview = await t.call('notes.movePreview', { from: 'Target.md', to: 'Goal.md' });
    expect(preview.notUtf8).toEqual(['legacy/Café.md']);
    expect(preview.rewritten.map((r) => r.path)).toEqual(['Modern.md']);
    const moved = await t.call('notes.move', { from: 'Target.md', to: 'Goal.md' });
    expect(moved.notUtf8).toEqual(['legacy/Café.md']);
    expect(await bytesOf(t.root, 'legacy/Café.md')).toEqual(LEGACY);
    expect((await bytesOf(t.root, 'Modern.md')).toString()).toContain('[[Goal]]');

    // Moved itself: the same bytes at the new place.
    await t.call('notes.move', { from: 'legacy/Café.md', to: 'archive/Café.md' });
    expect(await bytesOf(t.root, 'archive/Café.md')).toEqual(LEGACY);
    expect((await t.call('notes.read', { path: 'archive/Café.md' })).encoding).toBe('windows-1252');
  });

  it('are converted to UTF-8 on request, with the original bytes kept in the trash', async () => {
    const t = await open(VAULT);
    const note = await t.call('notes.read', { path: 'legacy/Café.md' });
    const stale = await failureOf(
      t.call('notes.convertToUtf8', { path: note.path, baseVersion: 'old' }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT' });

    const converted = await t.call('notes.convertToUtf8', {
      path: note.path,
      baseVersion: note.version,
    });
    expect(converted).toMatchObject({ encoding: 'utf-8', body: note.body, title: note.title });
    expect((await bytesOf(t.root, 'legacy/Café.md')).toString('utf8')).toBe(LEGACY_TEXT);
    // Now an ordinary note: it saves, and a tag rename changes it.
    const report = await t.call('tags.rename', { from: 'policy', to: 'policies' });
    expect(report.notUtf8).toEqual([]);
    expect(report.files.map((f) => f.path)).toContain('legacy/Café.md');

    // The original is in the trash, byte for byte; restoring puts it beside the converted note.
    const [kept] = await t.call('trash.list');
    expect(kept).toMatchObject({ originalPath: 'legacy/Café.md' });
    const restored = await t.call('trash.restore', { id: kept!.id });
    expect(restored.path).toBe('legacy/Café 1.md');
    expect(await bytesOf(t.root, 'legacy/Café 1.md')).toEqual(LEGACY);
  });

  it('convert from UTF-16 when the file says so, and leave UTF-8 notes as they are', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Día\n', 'utf16le')]);
    const t = await open({ 'Utf16.md': utf16, 'Plain.md': '# Plain\n' });
    const note = await t.call('notes.read', { path: 'Utf16.md' });
    expect(note).toMatchObject({ encoding: 'utf-16le', title: 'Día' });
    await t.call('notes.convertToUtf8', { path: 'Utf16.md', baseVersion: note.version });
    expect((await bytesOf(t.root, 'Utf16.md')).toString('utf8')).toBe('# Día\n');

    const plain = await t.call('notes.read', { path: 'Plain.md' });
    expect(
      await t.call('notes.convertToUtf8', { path: 'Plain.md', baseVersion: plain.version }),
    ).toEqual(plain);
    expect(await t.call('trash.list')).toHaveLength(1);
  });
});

describe('decodeNoteBytes', () => {
  it('tells valid UTF-8 (a byte-order mark included) from anything else', () => {
    expect(decodeNoteBytes(Buffer.from('\uFEFFcafé'))).toEqual({
      text: '\uFEFFcafé',
      encoding: 'utf-8',
    });
    expect(decodeNoteBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x80]))).toEqual({
      text: 'café€',
      encoding: 'windows-1252',
    });
    // Windows-1252's own characters in 0x80–0x9F, not Latin-1's control characters.
    expect(decodeNoteBytes(Buffer.from([0x93, 0x41, 0x94, 0x99, 0x81])).text).toBe('“A”™\u0081');
    expect(decodeNoteBytes(Buffer.from([0xfe, 0xff, 0, 0x41]))).toEqual({
      text: 'A',
      encoding: 'utf-16be',
    });
  });
});
