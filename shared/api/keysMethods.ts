import { z } from 'zod';
import { defineMethod } from './defineMethod';
import { isoDateTimeSchema } from './noteSchemas';

/**
 * Department identities and trusted publishers (knowledge packs).
 *
 * - An identity is this user's Ed25519 key pair, kept in the profile folder (never in a vault);
 *   it signs the packs the user exports. Its public key is exported as a `.pub` file to hand
 *   to other departments.
 * - Trusted publishers are public keys kept per vault (db.json). A pack signed by one of them is
 *   `trusted`; one signed by another key is `unknown` until the user compares the fingerprint
 *   and trusts it.
 *
 * Files are chosen with the OS's dialogs outside this contract: methods take absolute paths
 * (`.pub` for key files, `.praxispack` for packs) and return results.
 */

/** A key's fingerprint as people compare it (main/core/packs/keyFingerprint.ts). */
export const fingerprintSchema = z.object({
  /** First 160 bits of the key id, grouped: `3F2A 91C0 …`. */
  fingerprint: z.string(),
  /** Eight words (BIP-39 English list) for reading aloud. */
  words: z.array(z.string()),
});

export const identitySchema = fingerprintSchema.extend({
  department: z.string(),
  person: z.string().nullable(),
  /** SHA-256 (hex) of the public key. */
  keyId: z.string(),
  created: isoDateTimeSchema,
});
export type Identity = z.infer<typeof identitySchema>;

export const trustSourceSchema = z.enum(['key-file', 'pack']);

/** A trusted publisher as stored in db.json (`trustedPublishers`). */
export const trustedPublisherRecordSchema = z.object({
  keyId: z.string(),
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: z.string(),
  department: z.string(),
  person: z.string().nullable(),
  addedAt: isoDateTimeSchema,
  source: trustSourceSchema,
});
export type TrustedPublisherRecord = z.infer<typeof trustedPublisherRecordSchema>;

export const trustedPublisherSchema = trustedPublisherRecordSchema.extend(fingerprintSchema.shape);
export type TrustedPublisher = z.infer<typeof trustedPublisherSchema>;

/** A publisher key read from a `.pub` file or a pack, before anyone trusts it. */
export const publisherKeySchema = fingerprintSchema.extend({
  keyId: z.string(),
  department: z.string(),
  person: z.string().nullable(),
  /** Already among the vault's trusted publishers. */
  trusted: z.boolean(),
});
export type PublisherKey = z.infer<typeof publisherKeySchema>;

const absoluteFile = (extension: string) =>
  z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => p.toLowerCase().endsWith(extension), `must be a ${extension} file`);

export const keyFileSchema = absoluteFile('.pub');
export const packFileSchema = absoluteFile('.praxispack');
export const htmlFileSchema = absoluteFile('.html');
const keyIdArg = z.string().regex(/^[0-9a-f]{64}$/);

export const keysMethods = {
  /** This user's department identity, or null when none was created. */
  'keys.identity': defineMethod(z.object({}).strict(), identitySchema.nullable()),
  /**
   * Creates the identity (a new Ed25519 key pair in the profile folder, 0600). EXISTS when one
   * exists, unless `replace` (the old file is kept beside it, never deleted).
   */
  'keys.create': defineMethod(
    z
      .object({
        department: z.string().trim().min(1).max(200),
        person: z.string().trim().max(200).nullable().default(null),
        replace: z.boolean().default(false),
      })
      .strict(),
    identitySchema,
  ),
  /** Writes the identity's public key to `out` (a `.pub` file) to hand to other departments. */
  'keys.exportPublicKey': defineMethod(
    z.object({ out: keyFileSchema }).strict(),
    z.object({ file: z.string(), identity: identitySchema }),
  ),
  /** The vault's trusted publishers, newest first. */
  'trust.list': defineMethod(z.object({}).strict(), z.array(trustedPublisherSchema)),
  /** Reads a `.pub` file and shows its fingerprint, changing nothing (for the trust prompt). */
  'trust.readKeyFile': defineMethod(z.object({ file: keyFileSchema }).strict(), publisherKeySchema),
  /** Trusts the key of a `.pub` file (after the user compared its fingerprint). */
  'trust.addKeyFile': defineMethod(
    z.object({ file: keyFileSchema }).strict(),
    trustedPublisherSchema,
  ),
  /**
   * Trusts the key that signed a pack, after checking the signature holds (INVALID otherwise).
   * `keyId` is the one the user was shown: a pack signed by any other key is refused.
   */
  'trust.addFromPack': defineMethod(
    z.object({ file: packFileSchema, keyId: keyIdArg }).strict(),
    trustedPublisherSchema,
  ),
  /** Stops trusting a publisher (packs it signed become `unknown`). */
  'trust.remove': defineMethod(z.object({ keyId: keyIdArg }).strict(), z.object({})),
};
