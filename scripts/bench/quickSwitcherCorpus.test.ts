/**
 * The quick switcher's ranking on a real vault's titles: tldr-pages' 7,425 short notes, read
 * (read-only) from ../shared/corpora as the app would title them (their `# heading`).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../shared/api/noteSchemas';
import {
  buildNoteIndex,
  rankNotes,
  type NoteIndex,
} from '../../renderer/features/switcher/rankNotes';
import { corporaDir, corporaPresent } from '../../testing/core/corpora';

async function corpusNotes(): Promise<NoteSummary[]> {
  const pages = path.join(corporaDir, 'tldr-pages', 'pages');
  const notes: NoteSummary[] = [];
  for (const platform of await readdir(pages)) {
    for (const file of await readdir(path.join(pages, platform))) {
      if (!file.endsWith('.md')) continue;
      const text = await readFile(path.join(pages, platform, file), 'utf8');
      const heading = /^# (.+)$/m.exec(text)?.[1]?.trim();
      notes.push({
        id: null,
        path: `tldr/${platform}/${file}`,
        title: heading ?? file.replace(/\.md$/, ''),
        type: 'note',
        domains: [],
        tags: [],
        aliases: [],
        created: null,
        updated: '2025-01-01T00:00:00.000Z',
        private: false,
      });
    }
  }
  return notes;
}

describe.skipIf(!corporaPresent)('quick switcher ranking on the tldr-pages corpus', () => {
  let index: NoteIndex;
  const titles = (query: string) => rankNotes(index, query, []).map((r) => r.note.title);

  beforeAll(async () => {
    const notes = await corpusNotes();
    expect(notes.length).toBeGreaterThan(7000);
    index = buildNoteIndex(notes);
  }, 120_000);

  it('puts only titles with every word of `git comm` first', () => {
    const top = titles('git comm').slice(0, 5);
    expect(top).toHaveLength(5);
    for (const title of top) expect(title).toMatch(/git.*comm/);
    expect(top).toContain('git commit-tree');
    expect(top).toContain('git commits-since');
  });

  it('ranks notes whose title holds every word before those matching only letters in order', () => {
    for (const query of ['git comm', 'docker rm', 'npm inst', 'git log']) {
      const words = query.split(' ');
      const holds = rankNotes(index, query, []).map(({ note }) =>
        words.every((word) => note.title.toLowerCase().includes(word)),
      );
      expect(holds[0]).toBe(true);
      expect(holds.slice(holds.indexOf(false) >>> 0)).not.toContain(true);
    }
  });

  it('ranks the title the query starts as an exact word first', () => {
    expect(titles('git commit')[0]).toBe('git commit');
    expect(titles('docker rm')[0]).toBe('docker rm');
  });
});
