import { describe, expect, it } from 'vitest';
import { placeForLink } from './CreateNoteDialog';

describe('placeForLink', () => {
  it('creates [[Name]] at the top of the vault and [[folder/Name]] in that folder', () => {
    expect(placeForLink('Supplier day', 'a/b/Note.md')).toEqual({
      folder: '',
      title: 'Supplier day',
    });
    expect(placeForLink('proc/2025/Supplier day', 'Note.md')).toEqual({
      folder: 'proc/2025',
      title: 'Supplier day',
    });
  });

  it('resolves relative folders from the linking note', () => {
    expect(placeForLink('./Sibling', 'a/b/Note.md')).toEqual({ folder: 'a/b', title: 'Sibling' });
    expect(placeForLink('../Up', 'a/b/Note.md')).toEqual({ folder: 'a', title: 'Up' });
  });

  it('makes folder names the vault accepts', () => {
    expect(placeForLink('Q: 2025/Plan', 'Note.md').folder).toBe('Q - 2025');
  });
});
