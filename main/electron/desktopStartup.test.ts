import { describe, expect, it } from 'vitest';
import { startDesktop } from './desktopStartup';

function steps(openResult: boolean) {
  const log: string[] = [];
  let finishOpening!: () => void;
  const opening = new Promise<void>((resolve) => (finishOpening = resolve));
  return {
    log,
    finishOpening,
    steps: {
      openVault: async () => {
        log.push('open vault');
        await opening;
        log.push('vault open');
        return openResult;
      },
      createWindow: async () => void log.push('window'),
      setMenu: () => void log.push('menu'),
      quit: () => void log.push('quit'),
    },
  };
}

describe('startDesktop', () => {
  it('creates the window and its menu while the vault is still opening', async () => {
    const run = steps(true);
    const { opened, done } = startDesktop(run.steps);
    await new Promise((resolve) => setImmediate(resolve));
    expect(run.log).toEqual(['open vault', 'window', 'menu']);
    run.finishOpening();
    await expect(opened).resolves.toBe(true);
    await done;
    // Again in the vault's language, once it is known.
    expect(run.log).toEqual(['open vault', 'window', 'menu', 'vault open', 'menu']);
  });

  it('quits when no vault could be opened', async () => {
    const run = steps(false);
    const { done } = startDesktop(run.steps);
    run.finishOpening();
    await done;
    expect(run.log.at(-1)).toBe('quit');
  });

  it('reports a window that could not be created', async () => {
    const run = steps(true);
    const { done } = startDesktop({
      ...run.steps,
      createWindow: () => Promise.reject(new Error('no display')),
    });
    run.finishOpening();
    await expect(done).rejects.toThrow('no display');
  });
});
