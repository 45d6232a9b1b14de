import { describe, expect, it } from 'vitest';
import { appCommands, type AppCommandSpec } from '../../../shared/commands/appCommands';
import { parseAccelerator } from './accelerator';

const commands = appCommands as readonly AppCommandSpec[];

describe('app command shortcuts', () => {
  for (const isMac of [false, true]) {
    it(`gives no two commands the same keys (${isMac ? 'macOS' : 'Windows and Linux'})`, () => {
      const byKeys = new Map<string, string[]>();
      for (const command of commands) {
        if (!command.accelerator) continue;
        const a = parseAccelerator(command.accelerator, isMac);
        const keys = [a.ctrl && 'ctrl', a.meta && 'meta', a.alt && 'alt', a.shift && 'shift']
          .filter(Boolean)
          .concat(a.key.toLowerCase())
          .join('+');
        byKeys.set(keys, [...(byKeys.get(keys) ?? []), command.id]);
      }
      const shared = [...byKeys].filter(([, ids]) => ids.length > 1);
      expect(shared).toEqual([]);
    });
  }

  it('declares each command once', () => {
    const ids = commands.map((command) => command.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('names a key in every shortcut', () => {
    for (const command of commands.filter((c) => c.accelerator))
      expect(parseAccelerator(command.accelerator!, false).key, command.id).not.toBe('');
  });
});
