import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempVault } from '../../../testing/core/tempVault';
import { commitFileOperations } from '../vault/fileTransaction';
import { DB_FILE, MetadataStore } from './metadataStore';

describe('MetadataStore', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  const open = async (dbContent?: string) => {
    const vault = await makeTempVault(dbContent === undefined ? {} : { [DB_FILE]: dbContent });
    cleanup = vault.cleanup;
    return { root: vault.root, store: await MetadataStore.open(vault.root) };
  };

  it('creates db.json with a schema version and defaults', async () => {
    const { root, store } = await open();
    expect(store.notices).toEqual([]);
    const saved = JSON.parse(await fs.readFile(path.join(root, DB_FILE), 'utf8'));
    expect(saved).toMatchObject({ schemaVersion: 1, settings: { theme: 'system' } });
  });

  it('persists updates', async () => {
    const { root, store } = await open();
    await store.update((data) => {
      data.settings.theme = 'dark';
    });
    const reopened = await MetadataStore.open(root);
    expect(reopened.data.settings.theme).toBe('dark');
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "settings": {', /not valid JSON/],
    ['the wrong shape', '{"schemaVersion": 1, "settings": {"theme": 42}}', /expected structure/],
    ['from a newer Praxis', '{"schemaVersion": 99}', /newer version/],
  ])(
    'moves a file that is %s aside, starts with defaults and says so',
    async (_what, content, reason) => {
      const { root, store } = await open(content);
      expect(store.data.settings.theme).toBe('system');
      expect(store.notices).toHaveLength(1);
      expect(store.notices[0]!.message).toMatch(reason);
      const files = await fs.readdir(path.join(root, '.praxis'));
      const aside = files.find((f) => f.startsWith('db.json.corrupt-'));
      expect(aside).toBeDefined();
      expect(await fs.readFile(path.join(root, '.praxis', aside!), 'utf8')).toBe(content);
      expect(store.notices[0]!.message).toContain(aside);
    },
  );

  it('says why a settings file could not be read without naming where the vault is', async () => {
    const vault = await makeTempVault();
    cleanup = vault.cleanup;
    const file = path.join(vault.root, DB_FILE);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // A link to itself: reading it fails with ELOOP, whose message holds the absolute path.
    await fs.symlink(file, file);
    const store = await MetadataStore.open(vault.root);
    expect(store.data.settings.theme).toBe('system');
    const [notice] = store.notices;
    expect(notice!.message).toMatch(/could not be read \(ELOOP: .*'\.praxis\/db\.json'\)/);
    expect(notice!.message).not.toContain(vault.root);
  });

  it('fills in settings an older file lacks', async () => {
    const { store } = await open('{"schemaVersion": 1, "settings": {"theme": "light"}}');
    expect(store.notices).toEqual([]);
    expect(store.data.settings).toMatchObject({ theme: 'light', locale: null, ui: {} });
  });

  it('commits a change in a multi-file transaction: nothing changes until it is committed', async () => {
    const { root, store } = await open();
    const file = path.join(root, DB_FILE);
    const before = await fs.readFile(file, 'utf8');
    let planned = '';
    await store.commitWith(
      (data) => {
        data.settings.theme = 'dark';
      },
      async (write) => {
        expect(write).toMatchObject({ kind: 'write', path: DB_FILE });
        expect(await fs.readFile(file, 'utf8')).toBe(before);
        expect(store.data.settings.theme).toBe('system');
        planned = write.content;
        await commitFileOperations(root, [write]);
      },
    );
    // Committed, then taken into memory: the file holds exactly what the transaction wrote.
    expect(store.data.settings.theme).toBe('dark');
    expect(await fs.readFile(file, 'utf8')).toBe(planned);
    expect(JSON.parse(planned).settings.theme).toBe('dark');
  });

  it('keeps a setting saved while a transaction runs, and the transaction is not refused', async () => {
    const { root, store } = await open();
    const file = path.join(root, DB_FILE);
    let saved: Promise<void> | undefined;
    await store.commitWith(
      (data) => {
        data.settings.theme = 'dark';
      },
      async (write) => {
        // The window saves a setting between the plan and the commit.
        saved = store.update((data) => {
          data.settings.locale = 'es';
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
        await commitFileOperations(root, [write]);
      },
    );
    await saved;
    const onDisk = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(onDisk.settings).toMatchObject({ theme: 'dark', locale: 'es' });
    expect(store.data.settings).toMatchObject({ theme: 'dark', locale: 'es' });
  });

  it('changes nothing when the transaction fails', async () => {
    const { root, store } = await open();
    const before = await fs.readFile(path.join(root, DB_FILE), 'utf8');
    await expect(
      store.commitWith(
        (data) => {
          data.settings.theme = 'dark';
        },
        async () => {
          throw new Error('disk full');
        },
      ),
    ).rejects.toThrow('disk full');
    expect(store.data.settings.theme).toBe('system');
    expect(await fs.readFile(path.join(root, DB_FILE), 'utf8')).toBe(before);
    await store.update((data) => {
      data.settings.theme = 'light';
    });
    expect(JSON.parse(await fs.readFile(path.join(root, DB_FILE), 'utf8')).settings.theme).toBe(
      'light',
    );
  });
});
