import { describe, expect, it } from 'vitest';
import { GrowableUint16Array } from './growableUint16Array';
import { countPositions, decodePositions, encodePositions, firstPosition } from './positionCodec';

describe('position codec', () => {
  it('round-trips small gaps in two bytes and any gap at all', () => {
    const positions = Uint32Array.from([3, 4, 70_000, 70_001, 4_000_000_000]);
    const out = new GrowableUint16Array(4);
    out.push(9); // something before, as in the shared array
    encodePositions(out, positions, 0, positions.length);
    expect(out.length).toBe(1 + 1 + 1 + 3 + 1 + 3);
    expect([...decodePositions(out.array, 1, 5)]).toEqual([...positions]);
    expect(firstPosition(out.array, 1)).toBe(3);
    expect(countPositions(out.array, 1, out.length)).toBe(5);
    const big = new GrowableUint16Array();
    encodePositions(big, Uint32Array.from([65_535]), 0, 1);
    expect(firstPosition(big.array, 0)).toBe(65_535);
  });
});
