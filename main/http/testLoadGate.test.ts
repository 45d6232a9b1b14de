import path from 'node:path';
import * as fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { makeTempVault } from '../../testing/core/tempVault';
import { testLoadGate } from './testLoadGate';

describe('testLoadGate', () => {
  it('does nothing unless a test asks for it', () => {
    expect(testLoadGate({})).toBeUndefined();
  });

  it('lets the first notes through, then holds the rest until the file appears', async () => {
    const temp = await makeTempVault();
    try {
      const file = path.join(temp.root, 'release');
      const gate = testLoadGate({
        PRAXIS_TEST_LOAD_GATE: file,
        PRAXIS_TEST_LOAD_GATE_AFTER: '2',
      })!;
      await gate('a.md');
      await gate('b.md');
      let released = false;
      const held = gate('c.md').then(() => (released = true));
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(released).toBe(false);
      await fs.writeFile(file, '');
      await held;
      expect(released).toBe(true);
      await gate('d.md');
    } finally {
      await temp.cleanup();
    }
  });
});
