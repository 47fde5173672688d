/**
 * Arrays of numbers on V8's heap, for the per-row bookkeeping of an import or an analysis that
 * lives only while it runs. A typed array's memory is external to the heap, and once some 32 MB of
 * it has been allocated since the last full collection, V8 starts one: with a million-row register
 * held in memory (as the pane holds the sheet's values) that collection marks every cell again and
 * costs 300-400 ms, which the import and analysis of such a register paid every time. The import's
 * rows waiting for the calendar stay in compact typed arrays (16 MB for a million rows); its
 * same-day tables and the analysis' arrays per row and minutes per day group are plain arrays from
 * here, and the typed arrays left (about 7 MB more) keep the whole under that margin.
 */

/**
 * `length` small integers, all `value`. Every element must stay within ±2^30, the small-integer
 * range of every V8 build (Chrome's included), or the array falls back to boxed numbers.
 */
export function smallIntegers(length: number, value = 0): number[] {
  return new Array<number>(length).fill(value);
}

/** `length` doubles, all 0, stored unboxed from the start (a first fill with a fraction makes it so). */
export function doubles(length: number): number[] {
  return new Array<number>(length).fill(0.5).fill(0);
}
