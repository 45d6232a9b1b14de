import { z } from 'zod';
import { isPackVersion } from './packVersion';

/**
 * The knowledge-pack format, declared once. A pack is one zip file (`<title>-<version>.praxispack`)
 * holding:
 *
 *   manifest.json    what the pack is, who published it, every file with its size and SHA-256,
 *                    and every note with its stable id, title and content hash
 *   signature.json   (when signed) Ed25519 over the exact bytes of manifest.json as stored
 *   notes/…          the notes, at their paths in the publisher's vault
 *   attachments/…    the files the notes embed or link, at their paths in the publisher's vault
 *
 * Every schema here is strict: a key that is not declared (`__proto__` included) makes the
 * manifest invalid, so nothing a pack carries is ever read without being named here.
 */

export const PACK_EXTENSION = '.praxispack';
export const PACK_FORMAT = 'praxis-pack';
export const PACK_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'signature.json';
/** Folder of the notes in a pack; a note's vault path is what follows it. */
export const NOTES_FOLDER = 'notes/';
/** Folder of the attachments in a pack; an attachment's vault path is what follows it. */
export const ATTACHMENTS_FOLDER = 'attachments/';
export const SIGNATURE_ALGORITHM = 'ed25519';

/** Lowercase hex SHA-256. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 (hex)');

/**
 * Text a person reads to decide whether to trust a pack (titles, department names): no control
 * characters and no bidirectional overrides, which could make one name look like another.
 */
const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const displayText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !UNSAFE_TEXT.test(text), 'contains control or text-direction characters');
const oneLine = (max: number) =>
  displayText(max).refine((text) => !/[\r\n\t]/.test(text), 'must be one line');

/** A pack's stable id, kept across its versions. */
export const packIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'letters, digits, dots, dashes and underscores');

/** A note's stable `id` (front matter). */
export const noteIdSchema = oneLine(200).refine(
  (id) => id.trim() === id && id !== '',
  'must not be empty or start or end with a space',
);

export const packVersionSchema = z
  .string()
  .refine(isPackVersion, 'must be a version such as 1.2.0 (MAJOR.MINOR.PATCH)');

export const packFileEntrySchema = z
  .object({
    /** The entry's name in the zip (NFC), e.g. `notes/procurement/Framework.md`. */
    path: z.string().min(1).max(1024),
    size: z.number().int().min(0),
    sha256: sha256HexSchema,
  })
  .strict();
export type PackFileEntry = z.infer<typeof packFileEntrySchema>;

export const packNoteEntrySchema = z
  .object({
    id: noteIdSchema,
    /** The note's file in the pack (one of `files`, under `notes/`). */
    path: z.string().min(1).max(1024),
    title: oneLine(500),
    /**
     * SHA-256 of the note's content — its front matter without `origin`, and its body — which
     * tells a changed note from an unchanged one however its YAML is formatted
     * (main/core/packs/noteContentHash.ts).
     */
    contentHash: sha256HexSchema,
  })
  .strict();
export type PackNoteEntry = z.infer<typeof packNoteEntrySchema>;

export const packPublisherSchema = z
  .object({
    /** The department (or community) that publishes. */
    department: oneLine(200).refine((t) => t.trim() !== '', 'is required'),
    /** The person who signed for it, if named. */
    person: oneLine(200).nullable(),
    /** Key id of the signing key (SHA-256 of its public key); null for an unsigned pack. */
    keyId: sha256HexSchema.nullable(),
  })
  .strict();
export type PackPublisher = z.infer<typeof packPublisherSchema>;

export const packInfoSchema = z
  .object({
    id: packIdSchema,
    version: packVersionSchema,
    title: oneLine(200).refine((t) => t.trim() !== '', 'is required'),
    description: displayText(5000),
    /** Community domain slugs the pack is about. */
    domains: z.array(oneLine(64)).max(100),
    licence: oneLine(200),
    /** When this version was exported (ISO 8601). */
    created: z.iso.datetime({ offset: true }),
  })
  .strict();
export type PackInfo = z.infer<typeof packInfoSchema>;

export const packManifestSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    pack: packInfoSchema,
    publisher: packPublisherSchema,
    /** Every file of the pack except manifest.json and signature.json. */
    files: z.array(packFileEntrySchema),
    notes: z.array(packNoteEntrySchema),
  })
  .strict();
export type PackManifest = z.infer<typeof packManifestSchema>;

const base64 = (bytes: number) =>
  z
    .string()
    .length(Math.ceil(bytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64');

/** `signature.json`: Ed25519 over the exact bytes of `manifest.json` in the pack. */
export const packSignatureSchema = z
  .object({
    algorithm: z.literal(SIGNATURE_ALGORITHM),
    /** SHA-256 (hex) of the raw 32-byte public key. */
    keyId: sha256HexSchema,
    /** The raw 32-byte Ed25519 public key, base64. */
    publicKey: base64(32),
    /** The 64-byte signature, base64. */
    signature: base64(64),
  })
  .strict();
export type PackSignature = z.infer<typeof packSignatureSchema>;

export const PUBLIC_KEY_FORMAT = 'praxis-public-key';

/** A department's public key as exported to hand to other departments (`.pub`, JSON). */
export const publicKeyFileSchema = z
  .object({
    format: z.literal(PUBLIC_KEY_FORMAT),
    formatVersion: z.literal(1),
    algorithm: z.literal(SIGNATURE_ALGORITHM),
    department: oneLine(200).refine((t) => t.trim() !== '', 'is required'),
    person: oneLine(200).nullable(),
    keyId: sha256HexSchema,
    publicKey: base64(32),
    created: z.iso.datetime({ offset: true }),
  })
  .strict();
export type PublicKeyFile = z.infer<typeof publicKeyFileSchema>;

/**
 * A file name for a pack: `<title>-<version>.praxispack`, the title reduced to characters every
 * file system accepts.
 *
 * @example packFileName('Budget: lessons 2025/26', '1.2.0') // 'Budget lessons 2025-26-1.2.0.praxispack'
 */
export function packFileName(title: string, version: string): string {
  const safe =
    title
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(/[\\/]/g, '-')
      .replace(/[:*?"<>|#^[\]]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 100)
      .trim() || 'pack';
  return `${safe}-${version}${PACK_EXTENSION}`;
}
