import { collectRows, isSickRow } from './collectRows';
import { HAS_SICK, type PupilYear, type RawFlag, type Rule } from './types';

/**
 * Rule 6: worrying sickness (MAZL), for the jeugdarts via the school, never for leerplicht.
 * A sick report is a run of consecutive school days with a sick row; its date is its first day.
 * Reports are found in one pass; `frequency` keeps a trailing pointer over the reports that lie in
 * the lesweken window and came after the previous frequency flag.
 */
export const sickConcern: Rule = (pupil, ctx, out) => {
  const s = ctx.settings.sickConcern;
  if (!s.enabled) return;
  const { table, calendar } = ctx;
  const SICK = HAS_SICK;
  const { day, marks } = table;

  // Per report: its first and last day group, and the lesweek of its date.
  const firstGroup: number[] = [];
  const lastGroup: number[] = [];
  const lesweek: number[] = [];
  let trailing = 0;
  let runLength = 0;
  let durationDone = false;

  for (let g = pupil.from; g < pupil.to; g++) {
    if ((marks[g] & SICK) === 0) continue;
    const d = day[g];
    const r = firstGroup.length - 1;
    if (r >= 0 && calendar.nextSchoolDay(day[lastGroup[r]]) === d) {
      lastGroup[r] = g;
      runLength++;
    } else {
      firstGroup.push(g);
      lastGroup.push(g);
      lesweek.push(calendar.lesweekIndex(d) ?? Number.NEGATIVE_INFINITY);
      runLength = 1;
      durationDone = false;
      const j = firstGroup.length - 1;
      const oldest = lesweek[j] - s.windowLesweken + 1;
      while (trailing < j && lesweek[trailing] < oldest) trailing++;
      if (j - trailing + 1 >= s.reportsInWindow) {
        const rows: number[] = [];
        for (let k = trailing; k < j; k++) collectRows(table, firstGroup[k], lastGroup[k] + 1, isSickRow, rows);
        collectRows(table, g, g + 1, isSickRow, rows);
        out.push(sickFlag(pupil, 'frequency', day[firstGroup[trailing]], d, rows));
        trailing = j + 1;
      }
    }
    if (!durationDone && runLength === s.consecutiveSchoolDays) {
      durationDone = true;
      const first = firstGroup[firstGroup.length - 1];
      out.push(sickFlag(pupil, 'duration', day[first], d, collectRows(table, first, g + 1, isSickRow)));
    }
  }
};

function sickFlag(
  pupil: PupilYear,
  basis: 'frequency' | 'duration',
  start: number,
  end: number,
  rows: number[],
): RawFlag {
  return {
    studentId: pupil.studentId,
    category: 'sick-concern',
    basis,
    level: null,
    duoType: null,
    start,
    end,
    rows,
    reportTo: 'jeugdarts',
    masBranch: null,
  };
}
