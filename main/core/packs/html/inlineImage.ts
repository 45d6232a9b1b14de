/** An attachment's bytes as read for the edition. */
export type AttachmentBytes = Buffer;

/** Images larger than this stay out of the page (listed as attachments instead). */
export const MAX_INLINE_IMAGE_BYTES = 2 * 1024 * 1024;

/** Image types a page may show, by the bytes they start with (never by the file's name alone). */
const SIGNATURES: { type: string; test(bytes: Buffer): boolean }[] = [
  {
    type: 'image/png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')),
  },
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', test: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
  {
    type: 'image/webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    type: 'image/avif',
    test: (b) => /^ftypavi[fs]$/.test(b.subarray(4, 12).toString('latin1')),
  },
  { type: 'image/bmp', test: (b) => b.subarray(0, 2).toString('latin1') === 'BM' },
  {
    // An SVG shown through <img> runs no script and loads nothing (browsers treat it as an image).
    type: 'image/svg+xml',
    test: (b) =>
      /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(
        b.subarray(0, 4096).toString('utf8'),
      ),
  },
];

/** The image type the bytes are, or null for anything else. */
export function sniffImageType(bytes: Buffer): string | null {
  return SIGNATURES.find((s) => s.test(bytes))?.type ?? null;
}

/**
 * An embedded image as a `data:` URI for the edition, or null when it cannot be inlined (no
 * bytes, larger than MAX_INLINE_IMAGE_BYTES, or not an image whatever its name says): the page
 * then lists it as an attachment.
 */
export function inlineImage(bytes: AttachmentBytes | null): string | null {
  if (bytes === null || bytes.length === 0 || bytes.length > MAX_INLINE_IMAGE_BYTES) return null;
  const type = sniffImageType(bytes);
  return type === null ? null : `data:${type};base64,${bytes.toString('base64')}`;
}
