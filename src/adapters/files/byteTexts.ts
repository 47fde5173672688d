/**
 * One value per distinct byte sequence, found without making a string first: a register repeats
 * its names, classes, codes and times down every row, and a string cut from the text for each cell
 * (then hashed again by a Map) was a large part of reading a sheet. The bytes are hashed in place
 * (FNV-1a) into an open-addressed table; a sequence seen before gives its value back, a new one is
 * made once by `make` from its text.
 *
 * Bounded: past MAX_ENTRIES distinct sequences (a column of free text), or for a sequence longer
 * than MAX_BYTES, the value is made every time and not kept, so memory stays with the grid.
 */
export class ByteTexts<T> {
  private static readonly MAX_ENTRIES = 1 << 17;
  private static readonly MAX_BYTES = 128;

  private table = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private store = new Uint8Array(1 << 14);
  private used = 0;
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly values: T[] = [];

  constructor(private readonly make: (text: string, bytes: Uint8Array, from: number, to: number) => T) {}

  get(b: Uint8Array, from: number, to: number): T {
    const n = to - from;
    if (n > ByteTexts.MAX_BYTES) return this.make(textOf(b, from, to), b, from, to);
    const h = hashOf(b, from, to);
    const mask = this.mask;
    const table = this.table;
    const store = this.store;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = table[slot];
      if (e === 0) break;
      const at = this.starts[e - 1];
      if (this.lengths[e - 1] !== n) continue;
      let k = 0;
      while (k < n && store[at + k] === b[from + k]) k++;
      if (k === n) return this.values[e - 1];
    }
    const value = this.make(textOf(b, from, to), b, from, to);
    if (this.values.length < ByteTexts.MAX_ENTRIES) this.add(b, from, to, h, value);
    return value;
  }

  private add(b: Uint8Array, from: number, to: number, h: number, value: T): void {
    const n = to - from;
    if (this.used + n > this.store.length) {
      const bigger = new Uint8Array(Math.max(this.store.length * 2, this.used + n));
      bigger.set(this.store.subarray(0, this.used));
      this.store = bigger;
    }
    this.store.set(b.subarray(from, to), this.used);
    this.starts.push(this.used);
    this.lengths.push(n);
    this.values.push(value);
    this.used += n;
    if (this.values.length * 2 > this.table.length) this.rehash();
    else this.place(h, this.values.length);
  }

  private place(h: number, entry: number): void {
    let slot = h & this.mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
    this.table[slot] = entry;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    this.mask = this.table.length - 1;
    for (let e = 0; e < this.values.length; e++) {
      const at = this.starts[e];
      this.place(hashOf(this.store, at, at + this.lengths[e]), e + 1);
    }
  }
}

/** FNV-1a of b[from, to). */
function hashOf(b: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ b[k], 0x01000193);
  return h;
}

/** The bytes as text: UTF-8, as the sheet's XML is (one stray byte is U+FFFD, as TextDecoder gives it). */
export function textOf(b: Uint8Array, from: number, to: number): string {
  let ascii = true;
  for (let k = from; k < to; k++) {
    if (b[k] >= 0x80) {
      ascii = false;
      break;
    }
  }
  return ascii ? latin1(b, from, to) : Buffer.from(b.buffer, b.byteOffset + from, to - from).toString('utf8');
}

function latin1(b: Uint8Array, from: number, to: number): string {
  return to - from <= 16 ? String.fromCharCode(...b.subarray(from, to)) : Buffer.from(b.buffer, b.byteOffset + from, to - from).toString('latin1');
}
