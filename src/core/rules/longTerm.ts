import { collectRows, isAbsentRow } from './collectRows';
import { HAS_LUXURY, HAS_UNAUTHORISED, type Rule } from './types';

/**
 * Rule 4: long-term absence (DUO LRV). Runs of consecutive school days on which the pupil missed
 * at least `minHoursPerDay` unauthorised; a school day without such absence ends the run,
 * non-school days do not. One flag per run, on the day it reaches the count.
 */
export const longTerm: Rule = (pupil, ctx, out) => {
  const s = ctx.settings.longTerm;
  if (!s.enabled) return;
  const { table, calendar } = ctx;
  const LUXURY = HAS_LUXURY;
  const UNAUTHORISED = HAS_UNAUTHORISED;
  const { day, marks, absentMinutes } = table;
  const minMinutes = s.minHoursPerDay * 60;
  const needed = s.minConsecutiveSchoolDays;

  let runFirst = -1;
  let runLength = 0;
  let lastDay = -1;
  let flagged = false;
  for (let g = pupil.from; g < pupil.to; g++) {
    const d = day[g];
    const absent = (marks[g] & (UNAUTHORISED | LUXURY)) !== 0 && absentMinutes[g] >= minMinutes;
    if (!absent) {
      runLength = 0;
      continue;
    }
    if (runLength > 0 && calendar.nextSchoolDay(lastDay) === d) {
      runLength++;
    } else {
      runFirst = g;
      runLength = 1;
      flagged = false;
    }
    lastDay = d;
    if (!flagged && runLength === needed) {
      flagged = true;
      out.push({
        studentId: pupil.studentId,
        category: 'long-term',
        basis: null,
        level: null,
        duoType: 'LRV',
        start: day[runFirst],
        end: d,
        rows: collectRows(table, runFirst, g + 1, isAbsentRow),
        reportTo: 'leerplicht',
        masBranch: 'A',
      });
    }
  }
};
