import { isUtf8 } from 'node:buffer';
import type { NoteEncoding } from '../../../shared/api/noteSchemas';

export interface DecodedNote {
  text: string;
  /** `utf-8`, or the encoding a note that is not UTF-8 was decoded as (for display only). */
  encoding: NoteEncoding;
}

/**
 * A note file's text. Valid UTF-8 is decoded as it is (a byte-order mark included, so that the
 * text encodes back to the same bytes). Anything else could only be turned into text by guessing,
 * so it is decoded for display and search only, never to be written back: UTF-16 when the file
 * starts with a UTF-16 byte-order mark, else Windows-1252, the usual encoding of legacy Western
 * text (a superset of Latin-1 that gives every byte a character).
 */
export function decodeNoteBytes(bytes: Uint8Array): DecodedNote {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'utf-8' };
  const encoding = legacyEncodingOf(buffer);
  return { text: decodeLegacy(buffer, encoding), encoding };
}

function legacyEncodingOf(bytes: Buffer): Exclude<NoteEncoding, 'utf-8'> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'windows-1252';
}

function decodeLegacy(bytes: Buffer, encoding: Exclude<NoteEncoding, 'utf-8'>): string {
  switch (encoding) {
    case 'utf-16le':
      return bytes.subarray(2, bytes.length - (bytes.length % 2)).toString('utf16le');
    case 'utf-16be': {
      const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
      return swapped.swap16().toString('utf16le');
    }
    case 'windows-1252':
      return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, ‚, ƒ, „, …, smart quotes, dashes, ™…).
 * Decoded here rather than with TextDecoder, which some Node versions treat as Latin-1 for this
 * label; the five bytes Windows-1252 leaves undefined keep their Latin-1 control characters, as
 * the WHATWG Encoding Standard says.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Buffer): string {
  const latin1 = bytes.toString('latin1');
  return /[\u0080-\u009f]/.test(latin1)
    ? latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!)
    : latin1;
}
