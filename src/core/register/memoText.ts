import type { CellValue } from './types';

/**
 * Distinct texts remembered per cache. A register repeats a few hundred dates and a handful of
 * codes, kinds and lesson numbers a million times; a column with more distinct texts than this is
 * not worth remembering (and must not grow a cache without bound).
 */
export const MEMO_LIMIT = 50_000;

/**
 * A function of one cell that remembers its answer per distinct text; other cells (numbers,
 * dates, blanks) are cheap to read and are read each time. `read` must depend on the cell alone.
 */
export function memoText<T>(read: (value: CellValue) => T): (value: CellValue) => T {
  const memo = new Map<string, T>();
  // Neighbouring rows often repeat a cell ("Absent", "Nee"): comparing with the last text is cheaper than hashing.
  let lastText: string | undefined;
  let lastAnswer: T | undefined;
  return (value) => {
    if (typeof value !== 'string') return read(value);
    if (value === lastText) return lastAnswer as T;
    let r = memo.get(value);
    if (r === undefined && !memo.has(value)) {
      r = read(value);
      if (memo.size < MEMO_LIMIT) memo.set(value, r);
    }
    lastText = value;
    lastAnswer = r;
    return r as T;
  };
}
