/**
 * An append-only Uint32Array that grows by half its capacity: compact storage for millions of
 * ints, with less slack than doubling (memory while indexing is a benchmark figure).
 */
export class GrowableUint32Array {
  array: Uint32Array;
  length = 0;

  constructor(initialCapacity = 1024) {
    this.array = new Uint32Array(Math.max(16, initialCapacity));
  }

  /** Makes room for `extra` more values. */
  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.array.length) return;
    let capacity = Math.ceil(this.array.length * 1.5);
    while (capacity < needed) capacity = Math.ceil(capacity * 1.5);
    const next = new Uint32Array(capacity);
    next.set(this.array.subarray(0, this.length));
    this.array = next;
  }

  push(value: number): void {
    if (this.length === this.array.length) this.reserve(1);
    this.array[this.length++] = value;
  }

  /** A copy with no spare capacity. */
  toArray(): Uint32Array {
    return this.array.slice(0, this.length);
  }

  /** The values without copying (the spare capacity stays allocated behind the view). */
  view(): Uint32Array {
    return this.array.subarray(0, this.length);
  }

  /** Drops the storage (the array can be reused from empty). */
  clear(): void {
    this.array = new Uint32Array(16);
    this.length = 0;
  }
}
