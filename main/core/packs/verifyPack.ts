import path from 'node:path';
import * as fs from 'node:fs/promises';
import { z } from 'zod';
import type { TrustedPublisher } from '../../../shared/api/keysMethods';
import type {
  PackPublisherInfo,
  PackVerification,
  SignatureStatus,
} from '../../../shared/api/packsMethods';
import {
  MANIFEST_FILE,
  SIGNATURE_FILE,
  packManifestSchema,
  packSignatureSchema,
  type PackManifest,
  type PackSignature,
} from '../../../shared/packs/packManifest';
import { keyFingerprint } from './keyFingerprint';
import { DEFAULT_PACK_LIMITS, type PackLimits } from './packLimits';
import { checkEntryName, entryRole, foldedName, vaultPathOfEntry } from './packEntryName';
import { PackRefusedError, quoteName, refuse } from './packProblem';
import { noteContentHash, parsePackNote } from './noteContentHash';
import { signatureProblem } from './packSigning';
import { ZipArchive, type ArchiveEntry } from './zipArchive';

/** A file of a verified pack: where it goes, what it is, and its staged copy if staged. */
export interface VerifiedFile {
  /** Its name in the pack (`notes/…`, `attachments/…`). */
  name: string;
  /** Its path in a vault. */
  vaultPath: string;
  size: number;
  sha256: string;
  /** The staged copy (a file named by number in the staging folder), or null. */
  staged: string | null;
}

export interface VerifiedNote extends VerifiedFile {
  id: string;
  title: string;
  contentHash: string;
}

/** A pack that passed every check. */
export interface VerifiedPack {
  file: string;
  manifest: PackManifest;
  status: Exclude<SignatureStatus, 'invalid'>;
  signature: PackSignature | null;
  trustedAs: TrustedPublisher | null;
  notes: VerifiedNote[];
  attachments: VerifiedFile[];
  /** Content bytes, inflated. */
  bytes: number;
}

export interface VerifyOptions {
  /** The trusted publisher with this key, or null (no vault: nobody is trusted). */
  trusted?: (keyId: string, publicKey: string) => TrustedPublisher | null;
  limits?: PackLimits;
  /** Copy every file into this (private, empty) folder as it is checked; null to only check. */
  stagingDir?: string | null;
  onProgress?: (done: number, total: number) => void;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks a pack completely before anything of it is used: the zip's limits, names and file
 * types (ZipArchive), the manifest (strict schema, consistent), the signature over the exact
 * manifest bytes, that the zip holds exactly the files the manifest lists, and — streaming each
 * one — that every file has its listed size and SHA-256, every note is UTF-8 with readable front
 * matter carrying its listed id and content hash. With a staging folder, each file is copied
 * there (named by number, so no name from the pack is ever used as a path).
 *
 * Returns the verified pack and the report; a refused pack has `verified: null` and the report
 * says why. Only I/O errors on the file itself (missing, unreadable) throw.
 */
export async function verifyPack(
  file: string,
  options: VerifyOptions = {},
): Promise<{ verified: VerifiedPack | null; report: PackVerification }> {
  const context: Partial<Pick<VerifiedPack, 'manifest' | 'signature' | 'trustedAs'>> & {
    status?: SignatureStatus;
  } = {};
  try {
    const verified = await verifyInto(file, options, context);
    return { verified, report: reportOf(file, verified) };
  } catch (error) {
    if (!(error instanceof PackRefusedError)) throw error;
    const manifest = context.manifest ?? null;
    return {
      verified: null,
      report: {
        file,
        status: 'invalid',
        sound: false,
        problem: error.problem,
        pack: manifest && summaryOf(manifest),
        publisher: manifest && publisherOf(manifest, context.signature ?? null),
        trustedAs: context.trustedAs ?? null,
        notes: manifest?.notes.length ?? 0,
        attachments: manifest ? manifest.files.length - manifest.notes.length : 0,
        bytes: manifest?.files.reduce((sum, f) => sum + f.size, 0) ?? 0,
      },
    };
  }
}

/** The report of a verified pack. */
export function reportOf(file: string, verified: VerifiedPack): PackVerification {
  return {
    file,
    status: verified.status,
    sound: true,
    problem: null,
    pack: summaryOf(verified.manifest),
    publisher: publisherOf(verified.manifest, verified.signature),
    trustedAs: verified.trustedAs,
    notes: verified.notes.length,
    attachments: verified.attachments.length,
    bytes: verified.bytes,
  };
}

export function summaryOf(manifest: PackManifest): PackVerification['pack'] & object {
  const { id, version, title, description, domains, licence, created } = manifest.pack;
  return { id, version, title, description, domains, licence, created };
}

export function publisherOf(
  manifest: PackManifest,
  signature: PackSignature | null,
): PackPublisherInfo {
  const keyId = signature?.keyId ?? null;
  return {
    department: manifest.publisher.department,
    person: manifest.publisher.person,
    keyId,
    fingerprint: keyId ? keyFingerprint(keyId) : null,
  };
}

async function verifyInto(
  file: string,
  options: VerifyOptions,
  context: Partial<Pick<VerifiedPack, 'manifest' | 'signature' | 'trustedAs'>> & {
    status?: SignatureStatus;
  },
): Promise<VerifiedPack> {
  const limits = options.limits ?? DEFAULT_PACK_LIMITS;
  const archive = await ZipArchive.open(file, limits);
  try {
    const byName = new Map(archive.entries.map((e) => [e.name, e]));
    const manifestEntry = byName.get(MANIFEST_FILE);
    if (!manifestEntry)
      refuse('manifest-invalid', 'The pack has no manifest.json, so nothing in it can be checked.');
    const manifestBytes = (await archive.readBuffer(manifestEntry)).bytes;
    const manifest = parseManifest(manifestBytes, limits);
    context.manifest = manifest;

    const signatureEntry = byName.get(SIGNATURE_FILE);
    let status: VerifiedPack['status'] = 'unsigned';
    if (signatureEntry) {
      const signature = parseSignature((await archive.readBuffer(signatureEntry)).bytes);
      context.signature = signature;
      const problem = signatureProblem(manifestBytes, signature);
      if (problem) refuse('signature-invalid', `The pack's signature is invalid: ${problem}.`);
      if (manifest.publisher.keyId !== signature.keyId)
        refuse(
          'signature-invalid',
          "The pack's signature is invalid: it was made with a different key than the one its manifest names.",
        );
      const trustedAs = options.trusted?.(signature.keyId, signature.publicKey) ?? null;
      context.trustedAs = trustedAs;
      status = trustedAs ? 'trusted' : 'unknown';
    }
    context.status = status;

    const listed = new Map(manifest.files.map((f, index) => [f.path, { entry: f, index }]));
    for (const entry of archive.entries) {
      if (entry.role === 'manifest' || entry.role === 'signature') continue;
      const item = listed.get(entry.name);
      if (!item)
        refuse(
          'unlisted-file',
          `The pack holds ${quoteName(entry.name)}, which its manifest does not list.`,
          entry.name,
        );
      if (item.entry.size !== entry.uncompressedSize)
        refuse(
          'checksum-mismatch',
          `${quoteName(entry.name)} is not the size the manifest lists.`,
          entry.name,
        );
    }
    for (const f of manifest.files)
      if (!byName.has(f.path))
        refuse(
          'missing-file',
          `The manifest lists ${quoteName(f.path)}, which the pack does not hold.`,
          f.path,
        );

    const notesByPath = new Map(manifest.notes.map((n) => [n.path, n]));
    const notes: VerifiedNote[] = [];
    const attachments: VerifiedFile[] = [];
    let bytes = 0;
    let done = 0;
    const total = manifest.files.length;
    const results = new Array<VerifiedFile | VerifiedNote>(total);
    // Several entries at once: each is a few small reads and writes, which a disk serves better
    // together; every limit is still counted across all of them (ZipArchive).
    await settledAll(manifest.files, 8, async (listedFile, index) => {
      const entry = byName.get(listedFile.path) as ArchiveEntry;
      const staged = options.stagingDir ? path.join(options.stagingDir, String(index)) : null;
      const note = notesByPath.get(listedFile.path);
      let digest;
      if (entry.role === 'note') {
        const read = await archive.readBuffer(entry);
        digest = read.digest;
        checkDigest(listedFile, digest);
        checkNote(read.bytes, note!);
        if (staged) await fs.writeFile(staged, read.bytes, { flag: 'wx', mode: 0o600 });
      } else {
        const handle = staged ? await fs.open(staged, 'wx', 0o600) : null;
        try {
          digest = await archive.read(entry, async (chunk) => {
            if (handle) await handle.write(chunk);
          });
        } finally {
          await handle?.close();
        }
        checkDigest(listedFile, digest);
      }
      bytes += digest.size;
      const verifiedFile: VerifiedFile = {
        name: listedFile.path,
        vaultPath: vaultPathOfEntry(listedFile.path),
        size: digest.size,
        sha256: digest.sha256,
        staged,
      };
      results[index] = note
        ? { ...verifiedFile, id: note.id, title: note.title, contentHash: note.contentHash }
        : verifiedFile;
      options.onProgress?.(++done, total);
    });
    for (const result of results) {
      if ('contentHash' in result) notes.push(result);
      else attachments.push(result);
    }
    return {
      file,
      manifest,
      status,
      signature: context.signature ?? null,
      trustedAs: context.trustedAs ?? null,
      notes,
      attachments,
      bytes,
    };
  } finally {
    await archive.close();
  }
}

/**
 * Runs `task` over `items`, `limit` at a time; after a failure no new item starts, and the
 * first failure is thrown once every running task has finished (so nothing is left writing).
 */
async function settledAll<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (failure === null && next < items.length) {
      const index = next++;
      try {
        await task(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}

function parseManifest(bytes: Buffer, limits: PackLimits): PackManifest {
  let json: unknown;
  try {
    json = JSON.parse(utf8.decode(bytes));
  } catch {
    refuse('manifest-invalid', "The pack's manifest.json is not valid JSON (UTF-8).");
  }
  const parsed = packManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    const detail =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
        : issue.message;
    refuse('manifest-invalid', `The pack's manifest.json is not valid${where}: ${detail}.`);
  }
  const manifest = parsed.data;
  const seen = new Set<string>();
  for (const f of manifest.files) {
    const name = checkEntryName(f.path, limits.maxPathLength);
    if (name !== f.path)
      refuse(
        'manifest-invalid',
        `The manifest lists ${quoteName(f.path)}, a name not in NFC form.`,
        f.path,
      );
    const role = entryRole(name);
    if (role !== 'note' && role !== 'attachment')
      refuse(
        'manifest-invalid',
        `The manifest lists ${quoteName(f.path)} among its files.`,
        f.path,
      );
    const key = foldedName(name);
    if (seen.has(key))
      refuse(
        'duplicate-name',
        `The manifest lists ${quoteName(f.path)} twice (or two names for one file).`,
        f.path,
      );
    seen.add(key);
  }
  const files = new Set(manifest.files.map((f) => f.path));
  const ids = new Set<string>();
  const notePaths = new Set<string>();
  for (const note of manifest.notes) {
    if (!files.has(note.path) || entryRole(note.path) !== 'note')
      refuse(
        'manifest-invalid',
        `The manifest's note ${quoteName(note.path)} is not one of its files under notes/.`,
        note.path,
      );
    if (ids.has(note.id))
      refuse(
        'manifest-invalid',
        `The manifest gives two notes the id ${JSON.stringify(note.id)}.`,
        note.path,
      );
    if (notePaths.has(note.path))
      refuse(
        'manifest-invalid',
        `The manifest lists the note ${quoteName(note.path)} twice.`,
        note.path,
      );
    ids.add(note.id);
    notePaths.add(note.path);
  }
  for (const f of manifest.files)
    if (entryRole(f.path) === 'note' && !notePaths.has(f.path))
      refuse(
        'manifest-invalid',
        `The manifest lists ${quoteName(f.path)} but not as a note.`,
        f.path,
      );
  return manifest;
}

function parseSignature(bytes: Buffer): PackSignature {
  try {
    return packSignatureSchema.parse(JSON.parse(utf8.decode(bytes)));
  } catch (error) {
    const detail =
      error instanceof z.ZodError ? 'it does not have the expected fields' : 'it is not JSON';
    return refuse('signature-invalid', `The pack's signature.json is malformed: ${detail}.`);
  }
}

function checkDigest(
  listed: { path: string; size: number; sha256: string },
  digest: { size: number; sha256: string },
): void {
  if (digest.size !== listed.size || digest.sha256 !== listed.sha256)
    refuse(
      'checksum-mismatch',
      `${quoteName(listed.path)} does not match its checksum in the manifest: it was changed after the pack was made.`,
      listed.path,
    );
}

function checkNote(bytes: Buffer, note: PackManifest['notes'][number]): void {
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    refuse('note-invalid', `The note ${quoteName(note.path)} is not UTF-8 text.`, note.path);
  }
  const parsed = parsePackNote(raw);
  if (parsed.problem !== null)
    refuse(
      'note-invalid',
      `The front matter of ${quoteName(note.path)} cannot be read safely (${parsed.problem}).`,
      note.path,
    );
  const id = parsed.frontMatter?.id;
  const idText = typeof id === 'string' ? id.trim() : typeof id === 'number' ? String(id) : null;
  if (idText !== note.id)
    refuse(
      'note-invalid',
      `The note ${quoteName(note.path)} does not carry the id its manifest lists.`,
      note.path,
    );
  if (noteContentHash(raw, parsed) !== note.contentHash)
    refuse(
      'checksum-mismatch',
      `The note ${quoteName(note.path)} does not match its content hash in the manifest.`,
      note.path,
    );
}
