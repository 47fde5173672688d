import { collectRows, isAbsentRow, isLuxuryRow, isSickRow } from './collectRows';
import { HAS_LUXURY, HAS_SICK, HAS_UNAUTHORISED, type PupilYear, type RawFlag, type Rule, type RuleContext } from './types';

/**
 * Rule 3: suspected luxury absence (DUO L, MAS branch B). Three parts over one pass of the
 * pupil's days: suspect days next to a holiday period (one flag per period), luxury codes away
 * from holidays (one flag per run of school days), and long sickness next to a holiday (a check
 * for the school, never reported).
 */
export const luxury: Rule = (pupil, ctx, out) => {
  const s = ctx.settings.luxury;
  if (!s.enabled) return;
  const { table, calendar } = ctx;
  const LUXURY = HAS_LUXURY;
  const SICK = HAS_SICK;
  const UNAUTHORISED = HAS_UNAUTHORISED;
  const { day, marks, absentMinutes, sickMinutes } = table;
  const minMinutes = s.minHoursPerDay * 60;

  // Near-holiday days of one period are contiguous in date order (a shared day belongs to the
  // earlier period), so one open accumulator per kind suffices. (Plain variables and module
  // functions rather than closures: this runs once per pupil and school year.)
  let nearPeriod = -1;
  let nearRows: number[] = [];
  let sickPeriod = -1;
  let sickRows: number[] = [];
  let runRows: number[] = [];
  let runLastDay = -1;

  for (let g = pupil.from; g < pupil.to; g++) {
    const d = day[g];
    const m = marks[g];
    const period = ctx.nearHolidayPeriod(d);
    if (period >= 0) {
      const suspect = (m & LUXURY) !== 0 || ((m & UNAUTHORISED) !== 0 && absentMinutes[g] >= minMinutes);
      if (suspect) {
        if (period !== nearPeriod) {
          flushNear(pupil, ctx, nearRows, out);
          nearRows = [];
          nearPeriod = period;
        }
        collectRows(table, g, g + 1, isAbsentRow, nearRows);
      }
      if (s.sickNearHoliday && (m & SICK) !== 0 && sickMinutes[g] >= minMinutes) {
        if (period !== sickPeriod) {
          if (sickRows.length > 0) out.push(sickNearHolidayFlag(pupil, ctx, sickRows));
          sickRows = [];
          sickPeriod = period;
        }
        collectRows(table, g, g + 1, isSickRow, sickRows);
      }
    } else if ((m & LUXURY) !== 0) {
      if (runRows.length > 0 && calendar.nextSchoolDay(runLastDay) !== d) {
        out.push(luxuryFlag(pupil, ctx, runRows, 'code'));
        runRows = [];
      }
      collectRows(table, g, g + 1, isLuxuryRow, runRows);
      runLastDay = d;
    }
  }
  flushNear(pupil, ctx, nearRows, out);
  if (sickRows.length > 0) out.push(sickNearHolidayFlag(pupil, ctx, sickRows));
  if (runRows.length > 0) out.push(luxuryFlag(pupil, ctx, runRows, 'code'));
};

/** The suspect days near one holiday period as a flag: on a luxury code when any row has one. */
function flushNear(pupil: PupilYear, ctx: RuleContext, rows: number[], out: RawFlag[]): void {
  if (rows.length === 0) return;
  let anyCode = false;
  for (let k = 0; k < rows.length && !anyCode; k++) anyCode = isLuxuryRow(ctx.table.rows[rows[k]]);
  out.push(luxuryFlag(pupil, ctx, rows, anyCode ? 'code' : 'near-holiday'));
}

function luxuryFlag(pupil: PupilYear, ctx: RuleContext, rows: number[], basis: 'code' | 'near-holiday'): RawFlag {
  const { start, end } = spanOf(ctx, rows);
  return {
    studentId: pupil.studentId,
    category: 'luxury',
    basis,
    level: null,
    duoType: 'L',
    start,
    end,
    rows,
    reportTo: 'leerplicht',
    masBranch: 'B',
  };
}

function sickNearHolidayFlag(pupil: PupilYear, ctx: RuleContext, rows: number[]): RawFlag {
  const { start, end } = spanOf(ctx, rows);
  return {
    studentId: pupil.studentId,
    category: 'luxury',
    basis: 'sick-near-holiday',
    level: null,
    duoType: null,
    start,
    end,
    rows,
    reportTo: 'school',
    masBranch: null,
  };
}

/** Rows are collected in day order, so the first and last give the span. */
function spanOf(ctx: RuleContext, rows: number[]): { start: number; end: number } {
  const all = ctx.table.rows;
  return { start: all[rows[0]].day, end: all[rows[rows.length - 1]].day };
}
