import { describe, expect, it } from 'vitest';
import { filterCommands, pushRecentCommand, type PaletteCommand } from './filterCommands';

const commands: PaletteCommand[] = [
  { id: 'note.new', label: 'New note', shortcut: 'Ctrl+N' },
  { id: 'go.trash', label: 'Open trash', shortcut: null },
  { id: 'view.toggleSidebar', label: 'Toggle sidebar', shortcut: 'Ctrl+Shift+B' },
  { id: 'view.toggleRightPanel', label: 'Toggle right panel', shortcut: 'Ctrl+Alt+B' },
];

describe('filterCommands', () => {
  it('lists every command alphabetically, recently run first, when nothing is typed', () => {
    expect(filterCommands(commands, '', []).map((c) => c.label)).toEqual([
      'New note',
      'Open trash',
      'Toggle right panel',
      'Toggle sidebar',
    ]);
    expect(filterCommands(commands, '', ['view.toggleSidebar']).map((c) => c.id)[0]).toBe(
      'view.toggleSidebar',
    );
  });

  it('filters fuzzily by label and keeps the shortcut', () => {
    const result = filterCommands(commands, 'tog side', []);
    expect(result[0]).toMatchObject({ id: 'view.toggleSidebar', shortcut: 'Ctrl+Shift+B' });
    expect(result.map((c) => c.id)).not.toContain('note.new');
  });

  it('marks the matched characters of the label', () => {
    expect(filterCommands(commands, 'trash', [])[0]!.matches).toEqual([5, 6, 7, 8, 9]);
  });

  it('matches command ids too', () => {
    expect(filterCommands(commands, 'note.new', [])[0]!.id).toBe('note.new');
  });

  it('returns nothing when nothing matches', () => {
    expect(filterCommands(commands, 'xyzzy', [])).toEqual([]);
  });
});

it('pushRecentCommand keeps each command once, most recent first', () => {
  expect(pushRecentCommand(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
  expect(pushRecentCommand(['a', 'b'], 'c', 2)).toEqual(['c', 'a']);
});
