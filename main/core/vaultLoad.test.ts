import { describe, expect, it } from 'vitest';
import { METHODS_WAITING_FOR_LOAD, VaultLoad, waitingForLoad } from './vaultLoad';

describe('VaultLoad', () => {
  it('reports progress until it ends, then nothing', () => {
    const load = new VaultLoad();
    expect(load.progress).toEqual({ done: 0, total: 0 });
    load.report(3, 10);
    expect(load.progress).toEqual({ done: 3, total: 10 });
    load.finish();
    expect(load.progress).toBeNull();
    load.report(4, 10);
    expect(load.progress).toBeNull();
  });

  it('runs the waiting methods after the load, and the others at once', async () => {
    const load = new VaultLoad();
    const ran: string[] = [];
    const handlers = waitingForLoad(
      {
        'tags.rename': async () => void ran.push('rename'),
        'tags.list': async () => void ran.push('list'),
      },
      load,
    );
    const rename = handlers['tags.rename']();
    await handlers['tags.list']();
    expect(ran).toEqual(['list']);
    load.finish();
    await rename;
    expect(ran).toEqual(['list', 'rename']);
  });

  it('refuses the waiting methods with the reason when the load failed', async () => {
    const load = new VaultLoad();
    const handlers = waitingForLoad({ 'packs.export': async () => 'exported' }, load);
    const exported = handlers['packs.export']();
    load.finish('EACCES: permission denied');
    await expect(exported).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringContaining('EACCES: permission denied') as unknown,
    });
  });

  it('names only methods of the contract that change or judge the vault as a whole', () => {
    for (const method of ['notes.save', 'notes.read', 'notes.create', 'journal.openDay'])
      expect(METHODS_WAITING_FOR_LOAD.has(method as never)).toBe(false);
  });
});
