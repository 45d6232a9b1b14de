/**
 * Word positions of a posting, stored as 16-bit gaps: the first position, then the distance to
 * each next one. A value of 0xFFFF or more is written as 0xFFFF followed by its high and low
 * halves, so any position fits while nearly all take two bytes instead of four.
 */
import type { GrowableUint16Array } from './growableUint16Array';

const escape = 0xffff;

/** Appends `count` ascending positions from `values[from…]`. */
export function encodePositions(
  out: GrowableUint16Array,
  values: Uint32Array,
  from: number,
  count: number,
): void {
  out.reserve(count * 3);
  const array = out.array;
  let length = out.length;
  let previous = 0;
  for (let i = from; i < from + count; i++) {
    const value = values[i]! - previous;
    previous = values[i]!;
    if (value < escape) {
      array[length++] = value;
    } else {
      array[length++] = escape;
      array[length++] = value >>> 16;
      array[length++] = value & 0xffff;
    }
  }
  out.length = length;
}

/** The `count` positions starting at `start`. */
export function decodePositions(source: Uint16Array, start: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let at = start;
  let position = 0;
  for (let i = 0; i < count; i++) {
    let value = source[at++]!;
    if (value === escape) {
      value = source[at]! * 0x10000 + source[at + 1]!;
      at += 2;
    }
    position += value;
    out[i] = position;
  }
  return out;
}

/** The first position of a posting (no allocation). */
export function firstPosition(source: Uint16Array, start: number): number {
  const value = source[start]!;
  return value === escape ? source[start + 1]! * 0x10000 + source[start + 2]! : value;
}

/** How many positions are encoded in `source[start, end)`. */
export function countPositions(source: Uint16Array, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end; count++) at += source[at] === escape ? 3 : 1;
  return count;
}
