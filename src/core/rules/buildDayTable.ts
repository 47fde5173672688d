import { dayFromYmd, schoolYearStart, ymdFromDay, type DayNumber } from '../dates';
import { doubles, smallIntegers } from '../heapArrays';
import type { AbsenceRow } from '../register/types';
import { HAS_LATE, HAS_LUXURY, HAS_SICK, HAS_UNAUTHORISED, type DayTable, type PupilYear } from './types';

const K_UNAUTHORISED = 1;
const K_LUXURY = 2;
const K_SICK = 3;
const K_LATE = 4;

/** Categories the rules sum; authorised and ignore rows only make a day group. */
function kindCode(category: string): number {
  switch (category) {
    case 'unauthorised':
      return K_UNAUTHORISED;
    case 'luxury':
      return K_LUXURY;
    case 'sick':
      return K_SICK;
    case 'late':
      return K_LATE;
    default:
      return 0;
  }
}

export interface DayTableOptions {
  /** lateness.countsAsAbsence: late minutes count for the window rules. */
  lateCounts: boolean;
  dateOfBirth(studentId: string): DayNumber | undefined;
}

/**
 * One pass over the row objects in register order: each row's pupil, the day range, and per pupil
 * whether its rows already come in day and sheet-row order and how many days they cover. The
 * rows' days, minutes and kinds are copied once, by buildDayTable, straight into pupil order.
 * The arrays per row, and the minutes per day group, are plain arrays on V8's heap rather than
 * typed arrays (heapArrays.ts says why).
 */
export interface RowFacts {
  readonly rows: readonly AbsenceRow[];
  /** Per row: its pupil (an index into `ids`), or -1 for a row left out (dated after the peildatum). */
  readonly pupilOf: readonly number[];
  /** Pupil ids in the order their first row appears. */
  readonly ids: readonly string[];
  /** Per pupil: its rows are in day and sheet-row order already (no sort needed). */
  readonly inOrder: readonly boolean[];
  /** Per pupil: its days when in order, else its rows (at least its number of day groups). */
  readonly groupBound: readonly number[];
  /** Rows taken (not left out), and their first and last day (±Infinity without any). */
  readonly taken: number;
  readonly minDay: number;
  readonly maxDay: number;
  /** Every row taken has a whole day number (what the import gives). */
  readonly wholeDays: boolean;
}

/** Reads the rows' facts; rows dated after `asOf` are left out (pupilOf −1). */
export function readRowFacts(rows: readonly AbsenceRow[], asOf?: DayNumber): RowFacts {
  const n = rows.length;
  const pupilOf = smallIntegers(n);
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  const inOrder: boolean[] = [];
  const groupBound: number[] = [];
  const rowCount: number[] = [];
  const lastDay: number[] = [];
  const lastSheetRow: number[] = [];
  const last = asOf ?? Number.POSITIVE_INFINITY;
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  let taken = 0;
  let wholeDays = true;
  let lastId: string | undefined;
  let p = -1;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const d = r.day;
    if (d > last) {
      pupilOf[i] = -1;
      continue;
    }
    taken++;
    if ((d | 0) !== d) wholeDays = false;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    // Registers sorted by pupil repeat the same id row after row: skip the map lookup then.
    if (r.studentId !== lastId) {
      lastId = r.studentId;
      const known = idIndex.get(lastId);
      if (known === undefined) {
        p = ids.length;
        idIndex.set(lastId, p);
        ids.push(lastId);
        inOrder.push(true);
        groupBound.push(0);
        rowCount.push(0);
        lastDay.push(Number.NaN);
        lastSheetRow.push(0);
      } else {
        p = known;
      }
    }
    // Whole numbers, as the day groups' Int32Array holds them (x | 0 is the same conversion).
    const day = d | 0;
    const sheetRow = r.sheetRow | 0;
    pupilOf[i] = p;
    rowCount[p]++;
    if (day !== lastDay[p]) groupBound[p]++;
    if (day < lastDay[p] || (day === lastDay[p] && sheetRow < lastSheetRow[p])) inOrder[p] = false;
    lastDay[p] = day;
    lastSheetRow[p] = sheetRow;
  }
  for (let q = 0; q < ids.length; q++) if (!inOrder[q]) groupBound[q] = rowCount[q];
  return { rows, pupilOf, ids, inOrder, groupBound, taken, minDay, maxDay, wholeDays };
}

/**
 * Groups the rows taken per pupil (bucketing, O(n)), orders each pupil's rows by day and sheet row
 * (a sort only for a pupil whose rows were not already in that order), and sums each day's minutes
 * per kind in one pass, splitting every pupil at 1 August so each school year stands on its own.
 * DayTable.rows is the facts' row array: the rows left out are in no day group.
 */
export function buildDayTable(facts: RowFacts, options: DayTableOptions): { table: DayTable; pupils: PupilYear[] } {
  const { rows, pupilOf, ids, inOrder, groupBound, taken } = facts;
  const pupilCount = ids.length;
  const bucketStart = new Int32Array(pupilCount + 1);
  for (let i = 0; i < pupilOf.length; i++) bucketStart[pupilOf[i] + 1]++;
  // Rows left out (pupil −1) were counted in bucketStart[0]: start the first pupil at 0.
  bucketStart[0] = 0;
  for (let q = 0; q < pupilCount; q++) bucketStart[q + 1] += bucketStart[q];
  // Bucketing copies each row's day, minutes and kind to its place in pupil order as well (reading
  // the row objects in register order, the order they lie in memory), so the passes per pupil
  // below read consecutive memory: a pupil's rows lie scattered over a register sorted by date.
  // Kinds are bytes: a typed array of 1 byte a row adds little external memory.
  const fill = bucketStart.slice(0, pupilCount);
  const order = smallIntegers(taken);
  const dayAt = smallIntegers(taken);
  const minutesAt = doubles(taken);
  const kindAt = new Uint8Array(taken);
  for (let i = 0; i < pupilOf.length; i++) {
    const q = pupilOf[i];
    if (q < 0) continue;
    const k = fill[q]++;
    const r = rows[i];
    order[k] = i;
    dayAt[k] = r.day | 0;
    minutesAt[k] = r.minutes;
    kindAt[k] = kindCode(r.category);
  }

  // Exported registers are usually in date order already: then no sort is needed.
  const byDayThenSheetRow = (a: number, b: number): number =>
    (rows[a].day | 0) - (rows[b].day | 0) || (rows[a].sheetRow | 0) - (rows[b].sheetRow | 0) || a - b;
  let groupCapacity = 0;
  for (let q = 0; q < pupilCount; q++) {
    groupCapacity += groupBound[q];
    if (inOrder[q]) continue;
    const a = bucketStart[q];
    const b = bucketStart[q + 1];
    const sorted = order.slice(a, b).sort(byDayThenSheetRow);
    for (let k = a; k < b; k++) {
      const i = sorted[k - a];
      const r = rows[i];
      order[k] = i;
      dayAt[k] = r.day | 0;
      minutesAt[k] = r.minutes;
      kindAt[k] = kindCode(r.category);
    }
  }

  const day = new Int32Array(groupCapacity);
  const rowStart = new Int32Array(groupCapacity + 1);
  const windowMinutes = doubles(groupCapacity);
  const absentMinutes = doubles(groupCapacity);
  const sickMinutes = doubles(groupCapacity);
  const marks = new Uint8Array(groupCapacity);
  const pupils: PupilYear[] = [];
  const lateCounts = options.lateCounts;
  // Local copies: module bindings may compile to property reads, and this loop runs per row.
  const UNAUTHORISED = HAS_UNAUTHORISED;
  const LUXURY = HAS_LUXURY;
  const SICK = HAS_SICK;
  const LATE = HAS_LATE;

  let g = -1;
  for (let p = 0; p < pupilCount; p++) {
    const studentId = ids[p];
    const dateOfBirth = options.dateOfBirth(studentId);
    let yearStart = 0;
    let yearEnd = Number.NEGATIVE_INFINITY;
    let segmentFrom = 0;
    let currentDay = Number.NaN;
    for (let k = bucketStart[p], end = bucketStart[p + 1]; k < end; k++) {
      const d = dayAt[k];
      if (d >= yearEnd) {
        if (k > bucketStart[p]) pupils.push({ studentId, yearStart, from: segmentFrom, to: g + 1, dateOfBirth });
        yearStart = schoolYearStart(d);
        yearEnd = dayFromYmd(ymdFromDay(yearStart).year + 1, 8, 1);
        segmentFrom = g + 1;
        currentDay = Number.NaN;
      }
      if (d !== currentDay) {
        g++;
        day[g] = d;
        rowStart[g] = k;
        currentDay = d;
      }
      const m = minutesAt[k];
      switch (kindAt[k]) {
        case K_UNAUTHORISED:
          // A 0-minute row adds nothing, but it is still an unauthorised row of that day for rules
          // 3 and 4 (rules.md leaves 0-minute rows out of rules 1 and 2 only).
          windowMinutes[g] += m;
          absentMinutes[g] += m;
          marks[g] |= UNAUTHORISED;
          break;
        case K_LUXURY:
          if (m > 0) {
            windowMinutes[g] += m;
            absentMinutes[g] += m;
          }
          marks[g] |= LUXURY;
          break;
        case K_SICK:
          sickMinutes[g] += m;
          marks[g] |= SICK;
          break;
        case K_LATE:
          if (lateCounts && m > 0) windowMinutes[g] += m;
          marks[g] |= LATE;
          break;
        default:
          break;
      }
    }
    if (bucketStart[p + 1] > bucketStart[p]) pupils.push({ studentId, yearStart, from: segmentFrom, to: g + 1, dateOfBirth });
  }
  const groups = g + 1;
  rowStart[groups] = taken;
  return {
    table: {
      rows,
      order,
      day: day.subarray(0, groups),
      rowStart: rowStart.subarray(0, groups + 1),
      windowMinutes: truncated(windowMinutes, groups),
      absentMinutes: truncated(absentMinutes, groups),
      sickMinutes: truncated(sickMinutes, groups),
      marks: marks.subarray(0, groups),
    },
    pupils,
  };
}

/** The array cut to its first `length` elements, in place. */
function truncated(values: number[], length: number): number[] {
  values.length = length;
  return values;
}
