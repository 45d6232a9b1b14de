import os from 'node:os';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebHost } from './webHost';

describe('the web harness host', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-webhost-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('saves into its exports folder under a free, safe name', async () => {
    const host = createWebHost(path.join(dir, 'exports'));
    const first = await host('host.chooseSavePath', {
      kind: 'pack',
      suggestedName: '../Basics-1.0.0.praxispack',
    });
    expect(first).toEqual({
      ok: true,
      value: path.join(dir, 'exports', 'Basics-1.0.0.praxispack'),
    });
    await fs.writeFile(path.join(dir, 'exports', 'Basics-1.0.0.praxispack'), 'x');
    const second = await host('host.chooseSavePath', {
      kind: 'pack',
      suggestedName: 'Basics-1.0.0.praxispack',
    });
    expect(second).toEqual({
      ok: true,
      value: path.join(dir, 'exports', 'Basics-1.0.0 (2).praxispack'),
    });
  });

  it('has no open dialog and no file manager, and refuses bad arguments', async () => {
    const host = createWebHost(dir);
    expect(await host('host.chooseOpenPath', { kind: 'publicKey' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await host('host.showInFolder', { path: '/etc/passwd' })).toEqual({
      ok: true,
      value: false,
    });
    const bad = await host('host.chooseSavePath', { kind: 'program', suggestedName: 'x' });
    expect(bad.ok).toBe(false);
    expect((await host('host.format', {})).ok).toBe(false);
  });
});
