import { noteFileNameFor } from '../notes/noteFileName';

/**
 * The rules for files pasted or dropped into a note, in one place: the renderer checks them before
 * sending anything (a quick, clear message) and the core checks them again (the renderer is not
 * trusted) and names the file.
 */

/** Where pasted and dropped files go: the vault's `attachments/` folder. */
export const ATTACHMENTS_FOLDER = 'attachments';

/** The largest file accepted (the API's request limit holds it base64-encoded). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** The kinds accepted, by extension; what their first bytes must be. */
const KINDS = {
  png: { mime: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  jpg: { mime: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  gif: { mime: 'image/gif', magic: [[0x47, 0x49, 0x46, 0x38]] },
  webp: { mime: 'image/webp', magic: [[0x52, 0x49, 0x46, 0x46]] },
  pdf: { mime: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
} as const;

export type AttachmentKind = keyof typeof KINDS;

/** The extensions offered to a file picker and named in messages. */
export const ATTACHMENT_EXTENSIONS = Object.keys(KINDS) as AttachmentKind[];

const EXTENSION_ALIASES: Record<string, AttachmentKind> = { jpeg: 'jpg', jpe: 'jpg' };

function kindOfExtension(extension: string): AttachmentKind | null {
  const ext = extension.toLowerCase();
  if (Object.hasOwn(KINDS, ext)) return ext as AttachmentKind;
  return EXTENSION_ALIASES[ext] ?? null;
}

function kindOfMime(mime: string): AttachmentKind | null {
  const wanted = mime.toLowerCase().split(';')[0]!.trim();
  return ATTACHMENT_EXTENSIONS.find((k) => KINDS[k].mime === wanted) ?? null;
}

/** The kind of a file from its name's extension, else from its MIME type, or null. */
export function attachmentKind(name: string, mime = ''): AttachmentKind | null {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? kindOfExtension(name.slice(dot + 1)) : null) ?? kindOfMime(mime);
}

/** Whether `bytes` start as a file of `kind` does (a `.png` that is really a PNG). */
export function bytesMatchKind(bytes: Uint8Array, kind: AttachmentKind): boolean {
  const matches = KINDS[kind].magic.some((magic) => magic.every((b, i) => bytes[i] === b));
  if (!matches) return false;
  // RIFF is any of several formats; WebP says so at byte 8.
  if (kind === 'webp') return String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP';
  return true;
}

export type AttachmentProblem =
  | { reason: 'type'; name: string }
  | { reason: 'size'; name: string; bytes: number }
  | { reason: 'empty'; name: string };

/** Why a file cannot be attached (type or size), or null: checked before reading it. */
export function attachmentProblem(file: {
  name: string;
  type?: string;
  size: number;
}): AttachmentProblem | null {
  if (attachmentKind(file.name, file.type) === null) return { reason: 'type', name: file.name };
  if (file.size === 0) return { reason: 'empty', name: file.name };
  if (file.size > MAX_ATTACHMENT_BYTES)
    return { reason: 'size', name: file.name, bytes: file.size };
  return null;
}

/** Names browsers and systems give pasted images, which say nothing about them. */
const GENERIC_STEMS = /^(image|img|blob|clipboard|untitled|screenshot|pasted image)$/i;

/** `20261202 051830`: the moment `at` on the wall clock of `timeZone`. */
export function pasteStamp(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}${parts.month}${parts.day} ${parts.hour}${parts.minute}${parts.second}`;
}

/**
 * A readable file name, safe on every platform, for a file called `original` of `kind`: its own
 * name without folders or forbidden characters (`Site plan (v2).png`), or `Pasted image
 * 20261202 051830.png` for the meaningless names pasted images arrive with. `stamp` is the local
 * time of the paste (`pasteStamp`).
 *
 * @example
 * attachmentFileName('C:\\fakepath\\Budget: 2026.PDF', 'pdf', stamp); // 'Budget - 2026.pdf'
 */
export function attachmentFileName(original: string, kind: AttachmentKind, stamp: string): string {
  const base = original.slice(original.replace(/\\/g, '/').lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 && kindOfExtension(base.slice(dot + 1)) ? base.slice(0, dot) : base;
  const readable = noteFileNameFor(stem.slice(0, 120), '');
  const pasted = kind === 'pdf' ? 'Pasted document' : 'Pasted image';
  const name = readable === '' || GENERIC_STEMS.test(readable) ? `${pasted} ${stamp}` : readable;
  return `${name}.${kind}`;
}

/** `name`, then `name 1.png`, `name 2.png`…: the `n`th candidate when the first is taken. */
export function numberedFileName(name: string, n: number): string {
  if (n === 0) return name;
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)} ${n}${name.slice(dot)}`;
}

/**
 * How a note embeds an attachment it stored: `![[name.png]]`, as Obsidian does, resolved by file
 * name like any wiki link (so the note keeps working if it moves).
 */
export function attachmentEmbed(path: string): string {
  return `![[${path.slice(path.lastIndexOf('/') + 1)}]]`;
}
