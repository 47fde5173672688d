import { dayFromYmd, schoolYearStart, ymdFromDay, type DayNumber } from '../dates';
import type { AbsenceRow } from '../register/types';
import { HAS_LATE, HAS_LUXURY, HAS_SICK, HAS_UNAUTHORISED, type DayTable, type PupilYear } from './types';

const K_UNAUTHORISED = 1;
const K_LUXURY = 2;
const K_SICK = 3;
const K_LATE = 4;
/** Categories the rules sum; authorised and ignore rows only make a day group. */
const KIND: Partial<Record<string, number>> = { unauthorised: K_UNAUTHORISED, luxury: K_LUXURY, sick: K_SICK, late: K_LATE };

export interface DayTableOptions {
  /** lateness.countsAsAbsence: late minutes count for the window rules. */
  lateCounts: boolean;
  dateOfBirth(studentId: string): DayNumber | undefined;
}

/**
 * Groups the rows per pupil (bucketing, O(n)), orders each pupil's rows by day and sheet row (a
 * sort only when the register was not already in that order), and sums each day's minutes per
 * kind in one pass, splitting every pupil at 1 August so each school year stands on its own.
 */
export function buildDayTable(rows: readonly AbsenceRow[], options: DayTableOptions): { table: DayTable; pupils: PupilYear[] } {
  const n = rows.length;
  // One pass in memory order copies what the rules need into typed arrays, so the passes in pupil
  // order below read dense arrays instead of chasing row objects across the heap.
  const pupilOf = new Int32Array(n);
  const dayOf = new Int32Array(n);
  const sheetRowOf = new Int32Array(n);
  const minutesOf = new Float64Array(n);
  const kindOf = new Uint8Array(n);
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  let lastId: string | undefined;
  let current = -1;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    // Registers sorted by pupil repeat the same id row after row: skip the map lookup then.
    if (r.studentId !== lastId) {
      lastId = r.studentId;
      const known = idIndex.get(lastId);
      if (known === undefined) {
        current = ids.length;
        idIndex.set(lastId, current);
        ids.push(lastId);
      } else {
        current = known;
      }
    }
    pupilOf[i] = current;
    dayOf[i] = r.day;
    sheetRowOf[i] = r.sheetRow;
    minutesOf[i] = r.minutes;
    kindOf[i] = KIND[r.category] ?? 0;
  }

  const pupilCount = ids.length;
  const bucketStart = new Int32Array(pupilCount + 1);
  for (let i = 0; i < n; i++) bucketStart[pupilOf[i] + 1]++;
  for (let p = 0; p < pupilCount; p++) bucketStart[p + 1] += bucketStart[p];
  const fill = bucketStart.slice(0, pupilCount);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[pupilOf[i]]++] = i;

  const byDayThenSheetRow = (a: number, b: number): number => dayOf[a] - dayOf[b] || sheetRowOf[a] - sheetRowOf[b] || a - b;
  for (let p = 0; p < pupilCount; p++) {
    const a = bucketStart[p];
    const b = bucketStart[p + 1];
    // Exported registers are usually in date order already: then no sort is needed.
    let sorted = true;
    for (let k = a + 1; k < b; k++) {
      const prev = order[k - 1];
      const next = order[k];
      const dd = dayOf[prev] - dayOf[next];
      if (dd > 0 || (dd === 0 && sheetRowOf[prev] > sheetRowOf[next])) {
        sorted = false;
        break;
      }
    }
    if (!sorted) order.subarray(a, b).sort(byDayThenSheetRow);
  }

  const day = new Int32Array(n);
  const rowStart = new Int32Array(n + 1);
  const windowMinutes = new Float64Array(n);
  const absentMinutes = new Float64Array(n);
  const sickMinutes = new Float64Array(n);
  const marks = new Uint8Array(n);
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
      const i = order[k];
      const d = dayOf[i];
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
      const m = minutesOf[i];
      switch (kindOf[i]) {
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
  rowStart[groups] = n;
  return {
    table: {
      rows,
      order,
      day: day.subarray(0, groups),
      rowStart: rowStart.subarray(0, groups + 1),
      windowMinutes: windowMinutes.subarray(0, groups),
      absentMinutes: absentMinutes.subarray(0, groups),
      sickMinutes: sickMinutes.subarray(0, groups),
      marks: marks.subarray(0, groups),
    },
    pupils,
  };
}
