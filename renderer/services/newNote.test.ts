import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/apiError';
import type { Note } from '../../shared/api/noteSchemas';
import { createUntitledNote } from './newNote';

/** A stand-in for the core's notes.create over a set of existing paths (EXISTS when taken). */
function fakeCreate(existing: string[]) {
  const taken = new Set(existing.map((p) => p.toLowerCase()));
  const calls: string[] = [];
  const api = {
    'notes.create': async ({ folder = '', name }: { folder?: string; name: string }) => {
      const path = `${folder ? `${folder}/` : ''}${name}.md`;
      calls.push(path);
      if (taken.has(path.toLowerCase())) throw new ApiError('EXISTS', `${path} exists`);
      taken.add(path.toLowerCase());
      return { path, title: name } as Note;
    },
  };
  return { api, calls };
}

describe('createUntitledNote', () => {
  it('creates Untitled.md in an empty folder', async () => {
    const { api } = fakeCreate([]);
    expect((await createUntitledNote(api, [], 'Untitled')).path).toBe('Untitled.md');
  });

  it('numbers the name past the ones already taken, without asking for them', async () => {
    const existing = ['Untitled.md', 'untitled 1.md'];
    const { api, calls } = fakeCreate(existing);
    expect((await createUntitledNote(api, existing, 'Untitled')).path).toBe('Untitled 2.md');
    expect(calls).toEqual(['Untitled 2.md']);
  });

  it('moves on when a name was taken meanwhile', async () => {
    const { api, calls } = fakeCreate(['Untitled.md']);
    expect((await createUntitledNote(api, [], 'Untitled')).path).toBe('Untitled 1.md');
    expect(calls).toEqual(['Untitled.md', 'Untitled 1.md']);
  });

  it('creates in a folder and uses the translated name', async () => {
    const { api } = fakeCreate([]);
    expect((await createUntitledNote(api, [], 'Sin título', 'ideas')).path).toBe(
      'ideas/Sin título.md',
    );
  });

  it('passes other failures on', async () => {
    const api = {
      'notes.create': async () => {
        throw new ApiError('IO', 'The disk is full.');
      },
    };
    await expect(createUntitledNote(api, [], 'Untitled')).rejects.toThrow('The disk is full.');
  });
});
