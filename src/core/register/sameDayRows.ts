import { smallIntegers } from '../heapArrays';

/**
 * The counted rows of each pupil and day, for the duplicate check, without an object per row: an
 * open-addressing hash table from (pupil, day) to the latest row counted for it, and per row a link
 * to the row counted before it on that pupil and day. A million-row register has a few hundred
 * thousand pupil-days; a Map per pupil with an array per day cost more time in allocation and
 * garbage collection than the whole rest of the second pass.
 *
 * When every pupil's rows come in day order (a register sorted by date, or by pupil and date: the
 * exports), a pupil's earlier days are never asked for again, so one slot per pupil holding its
 * current day does: a small table that stays in the cache, where the hash table's probes into
 * tens of megabytes miss it on nearly every row.
 *
 * The tables are plain arrays of small integers rather than typed arrays, for the reason given
 * in heapArrays.ts.
 */
export class SameDayRows {
  private readonly pupils: number[];
  private readonly days: number[];
  private readonly latest: number[];
  private readonly before: number[];
  private readonly mask: number;
  private readonly slotPerPupil: boolean;

  /**
   * `rows`: how many rows can be added (row indexes are 0 … rows − 1). `pupilsInDayOrder`: the
   * number of pupils, when each pupil's rows are asked for in non-decreasing day order.
   */
  constructor(rows: number, pupilsInDayOrder?: number) {
    this.slotPerPupil = pupilsInDayOrder !== undefined;
    let size: number;
    if (pupilsInDayOrder !== undefined) {
      size = Math.max(pupilsInDayOrder, 1);
      this.mask = 0;
    } else {
      // At most half full, so a probe rarely passes more than one or two slots.
      size = 16;
      while (size < rows * 2) size *= 2;
      this.mask = size - 1;
    }
    this.pupils = smallIntegers(size);
    // A day no row has, so a pupil's first day always starts a new slot.
    this.days = smallIntegers(size, NO_DAY);
    this.latest = smallIntegers(size, -1);
    this.before = smallIntegers(Math.max(rows, 1));
  }

  /** The table slot of a pupil and day: pass it to `head` and `add`. */
  slot(pupil: number, day: number): number {
    if (this.slotPerPupil) {
      // A later day of the pupil: its previous day's rows are done with.
      if (this.days[pupil] !== day) {
        this.days[pupil] = day;
        this.latest[pupil] = -1;
      }
      return pupil;
    }
    let s = (Math.imul(pupil, 0x9e3779b1) ^ Math.imul(day, 0x85ebca77)) & this.mask;
    while (this.latest[s] !== -1 && (this.pupils[s] !== pupil || this.days[s] !== day)) s = (s + 1) & this.mask;
    return s;
  }

  /** The latest row added for the slot's pupil and day, or -1. */
  head(slot: number): number {
    return this.latest[slot];
  }

  /** The row added before `row` for the same pupil and day, or -1. */
  previous(row: number): number {
    return this.before[row];
  }

  add(slot: number, pupil: number, day: number, row: number): void {
    this.before[row] = this.latest[slot];
    this.pupils[slot] = pupil;
    this.days[slot] = day;
    this.latest[slot] = row;
  }
}

/** Within the small-integer range (heapArrays.ts); no register day is anywhere near it. */
const NO_DAY = -(2 ** 30);
