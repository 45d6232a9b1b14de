import path from 'node:path';
import * as fs from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import type { VaultNotice } from '../../../shared/api/vaultMethods';
import { redactPaths } from '../errors/redactPaths';
import { writeFileAtomic } from '../vault/atomicWrite';
import { contentVersion } from '../vault/contentVersion';
import { DB_SCHEMA_VERSION, dbSchema, defaultDbData, migrations, type DbData } from './dbSchema';

export const DB_FILE = '.praxis/db.json';

/**
 * lowdb adapter for `.praxis/db.json` that validates what it reads. A file that is not JSON, fails
 * the schema or comes from a newer Praxis is moved aside (never deleted) and replaced by defaults,
 * and a notice says so; the notes themselves are never involved.
 */
class ValidatedJsonFile implements Adapter<DbData> {
  readonly notices: VaultNotice[] = [];
  readonly #file: string;
  readonly #language: string | null;

  constructor(file: string, language: string | null) {
    this.#file = file;
    this.#language = language;
  }

  async read(): Promise<DbData | null> {
    let text: string;
    try {
      text = await fs.readFile(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      // The notice reaches the renderer: the vault's own path is not for it.
      const vaultRoot = path.dirname(path.dirname(this.#file));
      return this.#setAside(
        `could not be read (${redactPaths((error as Error).message, [vaultRoot])})`,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return this.#setAside('is not valid JSON');
    }
    const migrated = migrate(json);
    if (migrated === 'newer') return this.#setAside('was written by a newer version of Praxis');
    const parsed = dbSchema.safeParse(migrated);
    if (!parsed.success) return this.#setAside('does not have the expected structure');
    return parsed.data;
  }

  async write(data: DbData): Promise<void> {
    await fs.mkdir(path.dirname(this.#file), { recursive: true });
    await writeFileAtomic(this.#file, serializeDb(data));
  }

  async #setAside(problem: string): Promise<DbData> {
    const time = new Date().toISOString();
    const aside = `${this.#file}.corrupt-${time.replace(/[:.]/g, '-')}`;
    await fs.rename(this.#file, aside).catch(() => undefined);
    this.notices.push({
      code: 'DB_RECOVERED',
      time,
      message:
        `The vault's settings file (.praxis/db.json) ${problem}. It was kept as ` +
        `${path.basename(aside)} and Praxis started with default settings and domains. ` +
        'Your notes are untouched.',
    });
    return defaultDbData(this.#language);
  }
}

function serializeDb(data: DbData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

function migrate(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  let data = json as Record<string, unknown>;
  let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  if (version > DB_SCHEMA_VERSION) return 'newer';
  while (version < DB_SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) return data;
    data = step(data);
    version += 1;
  }
  return data;
}

/**
 * The vault's metadata (lowdb). Reads are synchronous from memory; `update` changes the data and
 * writes the file, one write at a time.
 */
/** A write of db.json for a multi-file transaction (`commitWith`). */
export interface DbWrite {
  kind: 'write';
  path: string;
  content: string;
  expectedVersion: string | null;
}

export class MetadataStore {
  readonly #db: Low<DbData>;
  readonly notices: readonly VaultNotice[];
  #writing: Promise<void> = Promise.resolve();
  readonly #file: string;

  private constructor(db: Low<DbData>, notices: VaultNotice[], file: string) {
    this.#db = db;
    this.notices = notices;
    this.#file = file;
  }

  /**
   * Opens the vault's db.json; where there is none (or it was set aside), the new data's default
   * domains are named in `language`, the UI language of the person opening the vault.
   */
  static async open(realRoot: string, language: string | null = null): Promise<MetadataStore> {
    const file = path.join(realRoot, ...DB_FILE.split('/'));
    const adapter = new ValidatedJsonFile(file, language);
    const db = new Low(adapter, defaultDbData(language));
    await db.read();
    const store = new MetadataStore(db, adapter.notices, file);
    await store.update(() => undefined);
    return store;
  }

  get data(): Readonly<DbData> {
    return this.#db.data;
  }

  /** Applies `change` to the data and saves it. Changes are written in the order they were made. */
  update(change: (data: DbData) => void): Promise<void> {
    change(this.#db.data);
    const write = this.#writing.then(() => this.#db.write());
    this.#writing = write.catch(() => undefined);
    return write;
  }

  /**
   * Commits `change` to db.json in one multi-file transaction with other files (notes, all or
   * nothing, even across a crash): `commit` gets the db.json write to add to its operations and
   * runs the transaction. db.json is held meanwhile: an `update` made during it (a setting the
   * window saves) changes the data at once and is written after it, so the transaction is never
   * refused because Praxis itself wrote db.json in between, and no write of older data lands
   * between the transaction and the change taken into memory. Once committed, the change is in
   * memory, and db.json is written again with it and whatever `update`s came meanwhile.
   */
  async commitWith(
    change: (data: DbData) => void,
    commit: (write: DbWrite) => Promise<void>,
  ): Promise<void> {
    const committed = this.#writing.then(async () => {
      const next = structuredClone(this.#db.data);
      change(next);
      const current = await fs.readFile(this.#file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      await commit({
        kind: 'write',
        path: DB_FILE,
        content: serializeDb(next),
        expectedVersion: current === null ? null : contentVersion(current),
      });
      change(this.#db.data);
    });
    const written = committed.then(() => this.#db.write());
    this.#writing = written.catch(() => undefined);
    await committed;
    await written.catch((error: unknown) => {
      // db.json on disk already holds the change: only writing it again (with what came
      // meanwhile, which the next write takes) failed.
      console.error('praxis: could not write db.json again after a transaction', error);
    });
  }
}
