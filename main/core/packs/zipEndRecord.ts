import * as fs from 'node:fs/promises';

const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

/**
 * Whether a zip file ends with a whole central directory: its end record is there, its comment
 * runs exactly to the end of the file, and the directory it points at lies inside the file.
 * Writers and sync clients copy a zip front to back and the directory comes last, so a file cut
 * short by a copy in progress fails this; a complete file that is damaged inside passes it.
 * Reads at most the last 64 KiB; an unreadable file is not complete.
 */
export async function zipDirectoryComplete(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
    const { size } = await handle.stat();
    if (size < END_RECORD_BYTES) return false;
    const length = Math.min(size, END_RECORD_BYTES + MAX_COMMENT_BYTES);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    for (let at = length - END_RECORD_BYTES; at >= 0; at--) {
      if (tail.readUInt32LE(at) !== END_SIGNATURE) continue;
      const commentBytes = tail.readUInt16LE(at + 20);
      if (at + END_RECORD_BYTES + commentBytes !== length) continue;
      const directoryBytes = tail.readUInt32LE(at + 12);
      const directoryOffset = tail.readUInt32LE(at + 16);
      const recordOffset = size - length + at;
      // Zip64: the real offsets are elsewhere; its locator just before the record is enough.
      if (directoryOffset === 0xffffffff)
        return at >= 20 && tail.readUInt32LE(at - 20) === ZIP64_LOCATOR_SIGNATURE;
      return directoryOffset + directoryBytes <= recordOffset;
    }
    return false;
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}
