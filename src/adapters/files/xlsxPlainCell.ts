/**
 * The shape nearly every row of a register's sheet has, read straight from the inflated bytes:
 * `<row r="7"><c r="A7"><v>110594</v></c><c r="B7" t="str"><v>Emre</v></c></row>`. Through the
 * tokenizer each such cell was a tag object, three attribute strings, two stack entries and four
 * events; on a 100,000-row sheet that was most of the reading time (issue 13 point 6).
 *
 * A row is plain when every cell in it is `<c>` with only r, s and t (t absent, n, s or str) and
 * at most one `<v>` without entities or carriage returns, with no white space between the tags.
 * Anything else (a formula, inline or rich text, a namespace prefix, an entity, another type) is
 * left to the tokenizer, which reads every cell the same way. So this only has to be right about
 * the rows it takes, and the readers' tests compare both with exceljs on the same files.
 */

/** A number: no `t`, or t="n". */
export const TYPE_NUMBER = 0;
export const TYPE_S = 1;
export const TYPE_STR = 2;

/** A plain row's cells, in reused arrays: no object per cell. */
export class PlainRow {
  /** The row's `r`, 0 without one. */
  rowNo = 0;
  count = 0;
  /** Per cell: column from `r` (A = 1, 0 without one), `s`, TYPE_*, and the `<v>` text's byte range
   * (empty without a `<v>`, which reads the same as an empty one: no value). */
  col = new Int32Array(64);
  style = new Int32Array(64);
  type = new Uint8Array(64);
  from = new Int32Array(64);
  to = new Int32Array(64);

  grow(): void {
    const n = this.col.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.col = copy(this.col, (k) => new Int32Array(k));
    this.style = copy(this.style, (k) => new Int32Array(k));
    this.type = copy(this.type, (k) => new Uint8Array(k));
    this.from = copy(this.from, (k) => new Int32Array(k));
    this.to = copy(this.to, (k) => new Int32Array(k));
  }
}

/** The row runs on past the bytes at hand: read it again with the next chunk. */
export const INCOMPLETE = -1;
/** The row is not plain: the tokenizer reads it. */
export const NOT_PLAIN = -2;

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const EQUALS = 61;
const AMP = 38;
const CR = 13;
const C = 99;
const V = 118;
const R = 114;
const S = 115;
const T = 116;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === CR;
}

/** The attribute `next` read: a one-letter name's char code (0 for other names), its value's range, where it ends. */
const found = { name: 0, from: 0, to: 0, end: 0 };
const ATTRIBUTE = 1;
const TAG_END = 0;

/**
 * The next attribute from `i` into `found` (ATTRIBUTE), or the tag's `>` or `/` (TAG_END, its
 * index in found.end), or INCOMPLETE or NOT_PLAIN.
 */
function next(b: Uint8Array, i: number): number {
  const len = b.length;
  while (i < len && isSpace(b[i])) i++;
  if (i >= len) return INCOMPLETE;
  const c = b[i];
  if (c === GT || c === SLASH) {
    found.end = i;
    return TAG_END;
  }
  const nameFrom = i;
  while (i < len) {
    const d = b[i];
    if (d === EQUALS || isSpace(d) || d === GT || d === SLASH) break;
    i++;
  }
  if (i + 1 >= len) return INCOMPLETE;
  if (b[i] !== EQUALS) return NOT_PLAIN;
  const quote = b[i + 1];
  if (quote !== QUOTE && quote !== APOS) return NOT_PLAIN;
  const from = i + 2;
  let to = from;
  while (to < len && b[to] !== quote) to++;
  if (to >= len) return INCOMPLETE;
  found.name = i - nameFrom === 1 ? c : 0;
  found.from = from;
  found.to = to;
  found.end = to + 1;
  return ATTRIBUTE;
}

/**
 * Reads the row whose `<row` is at `at` into `row`. Returns the index just past the row, or
 * INCOMPLETE or NOT_PLAIN.
 */
export function scanPlainRow(b: Uint8Array, at: number, row: PlainRow): number {
  const len = b.length;
  row.rowNo = 0;
  row.count = 0;
  let i = at + 4;
  for (;;) {
    const got = next(b, i);
    if (got < 0) return got;
    if (got === TAG_END) break;
    i = found.end;
    if (found.name !== R) continue;
    if (found.to === found.from) return NOT_PLAIN;
    let n = 0;
    for (let k = found.from; k < found.to; k++) {
      const d = b[k] - 48;
      if (d < 0 || d > 9) return NOT_PLAIN;
      n = n * 10 + d;
    }
    // Row 0 does not exist: what becomes of it is the tokenizer's to say.
    if (n === 0) return NOT_PLAIN;
    row.rowNo = n;
  }
  i = found.end;
  if (b[i] === SLASH) {
    if (i + 1 >= len) return INCOMPLETE;
    return b[i + 1] === GT ? i + 2 : NOT_PLAIN;
  }
  i++;
  for (;;) {
    if (i + 7 > len) return INCOMPLETE;
    if (b[i] !== LT) return NOT_PLAIN;
    if (b[i + 1] === SLASH) {
      // </row>
      return b[i + 2] === R && b[i + 3] === 111 && b[i + 4] === 119 && b[i + 5] === GT ? i + 6 : NOT_PLAIN;
    }
    if (b[i + 1] !== C || !(isSpace(b[i + 2]) || b[i + 2] === GT || b[i + 2] === SLASH)) return NOT_PLAIN;
    const k = row.count;
    if (k === row.col.length) row.grow();
    row.col[k] = 0;
    row.style[k] = 0;
    row.type[k] = TYPE_NUMBER;
    row.from[k] = 0;
    row.to[k] = 0;
    i += 2;
    for (;;) {
      const got = next(b, i);
      if (got < 0) return got;
      if (got === TAG_END) break;
      i = found.end;
      const name = found.name;
      const from = found.from;
      const to = found.to;
      if (name === R) {
        // The column letters (the row number after them is the row's).
        let col = 0;
        for (let j = from; j < to; j++) {
          const d = b[j];
          if (d >= 65 && d <= 90) col = col * 26 + d - 64;
          else if (d >= 97 && d <= 122) col = col * 26 + d - 96;
          else break;
        }
        // A reference without letters is the tokenizer's to judge.
        if (col === 0) return NOT_PLAIN;
        row.col[k] = col;
      } else if (name === S) {
        let style = 0;
        for (let j = from; j < to; j++) {
          const d = b[j] - 48;
          if (d < 0 || d > 9) return NOT_PLAIN;
          style = style * 10 + d;
        }
        row.style[k] = style;
      } else if (name === T) {
        const n = to - from;
        const c = b[from];
        if (n === 1 && c === 110) row.type[k] = TYPE_NUMBER;
        else if (n === 1 && c === S) row.type[k] = TYPE_S;
        else if (n === 3 && c === S && b[from + 1] === T && b[from + 2] === R) row.type[k] = TYPE_STR;
        else return NOT_PLAIN;
      }
    }
    i = found.end;
    row.count = k + 1;
    if (b[i] === SLASH) {
      if (i + 1 >= len) return INCOMPLETE;
      if (b[i + 1] !== GT) return NOT_PLAIN;
      i += 2;
      continue;
    }
    i++;
    // The content: nothing, or exactly one <v>…</v>.
    if (i + 4 > len) return INCOMPLETE;
    if (b[i] !== LT) return NOT_PLAIN;
    if (b[i + 1] === SLASH) {
      if (b[i + 2] !== C || b[i + 3] !== GT) return NOT_PLAIN;
      i += 4;
      continue;
    }
    if (b[i + 1] !== V || b[i + 2] !== GT) return NOT_PLAIN;
    const from = i + 3;
    let to = from;
    for (; to < len; to++) {
      const d = b[to];
      if (d === LT) break;
      if (d === AMP || d === CR) return NOT_PLAIN;
    }
    if (to + 8 > len) return INCOMPLETE;
    if (b[to + 1] !== SLASH || b[to + 2] !== V || b[to + 3] !== GT || b[to + 4] !== LT || b[to + 5] !== SLASH || b[to + 6] !== C || b[to + 7] !== GT) {
      return NOT_PLAIN;
    }
    row.from[k] = from;
    row.to[k] = to;
    i = to + 8;
  }
}
