import os from 'node:os';
import path from 'node:path';
import { generateKeyPairSync, createPrivateKey } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/apiError';
import type { Identity } from '../../../shared/api/keysMethods';
import {
  PUBLIC_KEY_FORMAT,
  publicKeyFileSchema,
  type PublicKeyFile,
} from '../../../shared/packs/packManifest';
import { syncDirectory, tempPathFor, writeAndSync, writeFileAtomic } from '../vault/atomicWrite';
import { keyFingerprint, keyIdOf } from './keyFingerprint';
import { rawPublicKey } from './packSigning';

/**
 * The folder of per-user files that are not about one vault: `$PRAXIS_PROFILE`, else the folder
 * Electron calls userData for Praxis (`%APPDATA%\Praxis`, `~/Library/Application Support/Praxis`,
 * `$XDG_CONFIG_HOME/Praxis` or `~/.config/Praxis`). The desktop app passes its own userData.
 */
export function defaultProfilePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const fromEnv = env.PRAXIS_PROFILE?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Praxis');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Praxis');
  return path.join(env.XDG_CONFIG_HOME?.trim() || path.join(home, '.config'), 'Praxis');
}

const IDENTITY_FILE = path.join('keys', 'identity.json');

const storedIdentitySchema = z
  .object({
    format: z.literal('praxis-identity'),
    formatVersion: z.literal(1),
    department: z.string().min(1).max(200),
    person: z.string().max(200).nullable(),
    created: z.string(),
    keyId: z.string(),
    publicKey: z.string(),
    /** PKCS#8 PEM. Never leaves this file except as a signature. */
    privateKey: z.string(),
  })
  .strict();
type StoredIdentity = z.infer<typeof storedIdentitySchema>;

/**
 * The department identity of this user: one Ed25519 key pair, kept in the profile folder with
 * owner-only permissions (0600, its folder 0700) — never in a vault, never in a pack. The private
 * key is only ever used to sign; the public key exports as a small `.pub` file.
 */
export class IdentityStore {
  readonly profileDir: string;
  readonly #file: string;

  constructor(profileDir: string) {
    this.profileDir = profileDir;
    this.#file = path.join(profileDir, IDENTITY_FILE);
  }

  /** The identity, or null when none was created yet. */
  async current(): Promise<Identity | null> {
    const stored = await this.#load();
    return stored && toIdentity(stored);
  }

  /**
   * Creates the identity. An existing one is never overwritten silently: without `replace` this
   * fails with EXISTS; with it, the old file is kept beside as `identity-<time>.json`.
   */
  async create(
    args: { department: string; person: string | null; replace?: boolean },
    now = new Date(),
  ): Promise<Identity> {
    const existing = await this.#load();
    if (existing && !args.replace)
      throw new ApiError(
        'EXISTS',
        `An identity for "${existing.department}" already exists (fingerprint ${keyFingerprint(existing.keyId).fingerprint}). Replacing it means packs signed with the new key are not trusted where the old one was.`,
      );
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const raw = rawPublicKey(publicKey);
    const stored: StoredIdentity = {
      format: 'praxis-identity',
      formatVersion: 1,
      department: args.department.trim(),
      person: args.person?.trim() || null,
      created: now.toISOString(),
      keyId: keyIdOf(raw),
      publicKey: raw.toString('base64'),
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    };
    const dir = path.dirname(this.#file);
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    await fs.chmod(dir, 0o700).catch(() => undefined);
    if (existing) {
      const aside = path.join(dir, `identity-${now.toISOString().replace(/[:.]/g, '-')}.json`);
      await fs.rename(this.#file, aside);
    }
    const temp = tempPathFor(this.#file);
    try {
      await writeAndSync(temp, `${JSON.stringify(stored, null, 2)}\n`, 0o600);
      await fs.chmod(temp, 0o600).catch(() => undefined);
      await fs.rename(temp, this.#file);
    } catch (error) {
      await fs.unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncDirectory(dir);
    return toIdentity(stored);
  }

  /** The public key file to hand to other departments. */
  async publicKeyFile(): Promise<PublicKeyFile> {
    const stored = await this.#require();
    return {
      format: PUBLIC_KEY_FORMAT,
      formatVersion: 1,
      algorithm: 'ed25519',
      department: stored.department,
      person: stored.person,
      keyId: stored.keyId,
      publicKey: stored.publicKey,
      created: stored.created,
    };
  }

  /** Writes the public key file to `out` (atomically) and returns its absolute path. */
  async writePublicKey(out: string): Promise<string> {
    const file = path.resolve(out);
    await writeFileAtomic(file, `${JSON.stringify(await this.publicKeyFile(), null, 2)}\n`);
    return file;
  }

  /** The private key (PEM) to sign with, and who it belongs to. */
  async signingKey(): Promise<{ identity: Identity; privateKeyPem: string }> {
    const stored = await this.#require();
    return { identity: toIdentity(stored), privateKeyPem: stored.privateKey };
  }

  async #require(): Promise<StoredIdentity> {
    const stored = await this.#load();
    if (!stored)
      throw new ApiError(
        'NOT_FOUND',
        'There is no department identity yet. Create one first (`praxis keys create --name "…"`, or Packs › Identity in the app).',
      );
    return stored;
  }

  async #load(): Promise<StoredIdentity | null> {
    let text: string;
    try {
      text = await fs.readFile(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let stored: StoredIdentity;
    try {
      stored = storedIdentitySchema.parse(JSON.parse(text));
      const raw = rawPublicKey(createPrivateKey(stored.privateKey));
      if (raw.toString('base64') !== stored.publicKey || keyIdOf(raw) !== stored.keyId)
        throw new Error('the public key does not belong to the private key');
    } catch (error) {
      throw new ApiError(
        'INVALID',
        `The identity file ${this.#file} is damaged (${(error as Error).message}). Restore it from a backup, or create a new identity with replace.`,
      );
    }
    // Someone widened the permissions: narrow them again (POSIX only; Windows ignores modes).
    if (process.platform !== 'win32') {
      const stat = await fs.stat(this.#file);
      if ((stat.mode & 0o077) !== 0) await fs.chmod(this.#file, 0o600).catch(() => undefined);
    }
    return stored;
  }
}

function toIdentity(stored: StoredIdentity): Identity {
  return {
    department: stored.department,
    person: stored.person,
    keyId: stored.keyId,
    created: stored.created,
    ...keyFingerprint(stored.keyId),
  };
}

/** Reads and checks a `.pub` file: the key id must be the hash of the key it carries. */
export async function readPublicKeyFile(file: string): Promise<PublicKeyFile> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new ApiError('NOT_FOUND', `There is no key file ${file}.`);
  if (stat.size > 64 * 1024)
    throw new ApiError('INVALID', `${file} is too large to be a Praxis public key file.`);
  let parsed: PublicKeyFile;
  try {
    parsed = publicKeyFileSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
  } catch {
    throw new ApiError(
      'INVALID',
      `${file} is not a Praxis public key file (the .pub a department exports with "praxis keys export").`,
    );
  }
  const raw = Buffer.from(parsed.publicKey, 'base64');
  if (raw.length !== 32 || keyIdOf(raw) !== parsed.keyId)
    throw new ApiError('INVALID', `${file} is damaged: its key id does not match its key.`);
  return parsed;
}
