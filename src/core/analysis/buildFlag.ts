import type { SchoolCalendar } from '../calendar/types';
import { isoFromDay } from '../dates';
import type { Student } from '../register/types';
import type { DayTable, RawFlag } from '../rules/types';
import { flagId } from './flagId';
import type { Flag } from './types';

/** Hours as output.md gives them: minutes / 60, rounded to 2 decimals. */
export function hoursFromMinutes(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Turns a rule's finding into the Flag of output.md: its fields first, in the documented order; mentor and window after them. */
export function buildFlag(
  raw: RawFlag,
  table: DayTable,
  student: Student | undefined,
  calendar: SchoolCalendar,
  reportWithinWorkingDays: number,
  iso: (day: number) => string = isoFromDay,
): Flag {
  let minutes = 0;
  const n = raw.rows.length;
  const sheetRows = new Array<number>(n);
  // Rules hand over rows in day order, so distinct days are counted by comparing neighbours.
  let schoolDays = 0;
  let lastDay = Number.NaN;
  let ascending = true;
  for (let k = 0; k < n; k++) {
    const row = table.rows[raw.rows[k]];
    minutes += row.minutes;
    sheetRows[k] = row.sheetRow;
    if (k > 0 && row.sheetRow < sheetRows[k - 1]) ascending = false;
    if (row.day !== lastDay) {
      schoolDays++;
      lastDay = row.day;
    }
  }
  if (!ascending) sheetRows.sort((a, b) => a - b);
  const start = iso(raw.start);
  const flag: Flag = {
    id: flagId(raw.studentId, raw.category, raw.basis, raw.level, start),
    studentId: raw.studentId,
    studentName: student?.name ?? '',
    className: student?.className ?? '',
    category: raw.category,
    basis: raw.basis,
    level: raw.level,
    duoType: raw.duoType,
    start,
    end: iso(raw.end),
    hours: hoursFromMinutes(minutes),
    occurrences: raw.rows.length,
    schoolDays,
    reportTo: raw.reportTo,
    masBranch: raw.masBranch,
    reportBy: raw.reportTo === 'leerplicht' ? iso(calendar.addWorkingDays(raw.end, reportWithinWorkingDays)) : null,
    rows: sheetRows,
    notes: raw.notes ?? [],
    // Not in output.md's list: after its fields, so the JSON keeps output.md's order from `id` to `notes`.
    mentor: student?.mentor ?? '',
  };
  if (raw.window) flag.window = { start: iso(raw.window.start), end: iso(raw.window.end) };
  return flag;
}
