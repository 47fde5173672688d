import type { SchoolCalendar } from '../calendar/types';
import type { DayNumber } from '../dates';

/**
 * Marks the `adjacentSchoolDays` school days just before and just after each holiday period with
 * the period's index (rules.md 3). Periods are visited in date order and a marked day keeps its
 * first mark, so a day near two periods belongs to the earlier one. Returns an O(1) lookup.
 */
export function nearHolidayLookup(calendar: SchoolCalendar, adjacentSchoolDays: number): (day: DayNumber) => number {
  const from = calendar.from;
  const size = calendar.to - from + 1;
  const marks = new Int32Array(Math.max(size, 0)).fill(-1);
  const mark = (day: DayNumber, period: number): void => {
    const i = day - from;
    if (i >= 0 && i < size && marks[i] < 0) marks[i] = period;
  };
  const periods = calendar.holidayPeriods();
  periods.forEach((p, index) => {
    let d: DayNumber | undefined = p.start;
    for (let k = 0; k < adjacentSchoolDays; k++) {
      d = calendar.previousSchoolDay(d);
      if (d === undefined) break;
      mark(d, index);
    }
    d = p.end;
    for (let k = 0; k < adjacentSchoolDays; k++) {
      d = calendar.nextSchoolDay(d);
      if (d === undefined) break;
      mark(d, index);
    }
  });
  return (day) => {
    const i = day - from;
    return i >= 0 && i < size ? marks[i] : -1;
  };
}
