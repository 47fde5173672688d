import type { DayNumber } from '../dates';
import type { AbsenceRow } from '../register/types';
import { collectRows } from './collectRows';
import type { PupilYear, RuleContext } from './types';

export interface WindowRuleParams {
  /** Threshold in minutes (hours × 60; compared as `minutes >= threshold`). */
  thresholdMinutes: number;
  windowLesweken: number;
  minDaysBetweenReports: number;
  /** Late rows count as unauthorised minutes (lateness.countsAsAbsence). */
  lateCounts: boolean;
}

export interface WindowHit {
  start: DayNumber;
  end: DayNumber;
  windowStart: DayNumber;
  rows: number[];
}

/** The rows a window sums (unauthorised, luxury and, when they count, late rows with minutes); one function per setting, not a closure per pupil. */
const countsWithoutLate = (row: AbsenceRow): boolean => row.minutes > 0 && (row.category === 'unauthorised' || row.category === 'luxury');
const countsWithLate = (row: AbsenceRow): boolean =>
  row.minutes > 0 && (row.category === 'unauthorised' || row.category === 'luxury' || row.category === 'late');

/**
 * The window algorithm shared by sixteen-hours and early-signal (rules.md 1 and 2): for each day
 * with unauthorised minutes, sum them over the window of `windowLesweken` lesweken ending with that
 * day's lesweek (never before the reset), and report when the sum reaches the threshold and the
 * spacing since the previous report allows it; each report resets the window to the next day.
 *
 * The window start never moves back (lesweken and resets only advance), so one running sum with a
 * trailing pointer covers the pupil's year in a single pass.
 */
export function findWindowHits(pupil: PupilYear, ctx: RuleContext, params: WindowRuleParams): WindowHit[] {
  const { table, calendar, firstLesweek } = ctx;
  const { day, windowMinutes } = table;
  const { thresholdMinutes, windowLesweken, minDaysBetweenReports, lateCounts } = params;
  const counts = lateCounts ? countsWithLate : countsWithoutLate;

  const hits: WindowHit[] = [];
  let reset = pupil.yearStart;
  let lastEnd: DayNumber | undefined;
  let trailing = pupil.from;
  let sum = 0;
  for (let g = pupil.from; g < pupil.to; g++) {
    const minutes = windowMinutes[g];
    if (minutes <= 0) continue;
    const d = day[g];
    sum += minutes;
    const lesweek = calendar.lesweekIndex(d);
    if (lesweek === undefined) continue; // not a school day: analyze() never passes such rows
    const firstWeek = Math.max(lesweek - windowLesweken + 1, firstLesweek);
    const windowStart = Math.max(reset, calendar.lesweekMonday(firstWeek));
    while (day[trailing] < windowStart) {
      sum -= windowMinutes[trailing];
      trailing++;
    }
    if (sum < thresholdMinutes) continue;
    if (lastEnd !== undefined && d - lastEnd < minDaysBetweenReports) continue;

    let first = trailing;
    while (windowMinutes[first] <= 0) first++;
    hits.push({ start: day[first], end: d, windowStart, rows: collectRows(table, first, g + 1, counts) });
    lastEnd = d;
    reset = d + 1;
    trailing = g + 1;
    sum = 0;
  }
  return hits;
}
