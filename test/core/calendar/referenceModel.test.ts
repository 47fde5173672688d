import fc from 'fast-check';
import { createSchoolCalendar, dutchPublicHolidays } from '../../../src/core/calendar';
import { dayFromIso, isoFromDay, isoWeekday, mondayOf } from '../../../src/core/dates';
import type { Settings } from '../../../src/core/settings/schema';

/**
 * The calendar against a plain, slow reading of rules.md's calendar terms, on random school
 * calendars (configured holidays, study days, school weekdays, public holidays on or off).
 */
const FIRST = dayFromIso('2026-08-01') as number;

const calendarArb = fc.record({
  schoolDays: fc.subarray([1, 2, 3, 4, 5, 6], { minLength: 1 }),
  holidays: fc.array(
    fc.record({ start: fc.integer({ min: 0, max: 360 }), length: fc.integer({ min: 1, max: 20 }) }),
    { maxLength: 5 },
  ),
  daysOff: fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 8 }),
  nl: fc.boolean(),
});

describe('calendar against a reference reading of rules.md', () => {
  it('agrees on school days, lesweken and holiday periods', () => {
    fc.assert(
      fc.property(calendarArb, (c) => {
        const settings: Settings['calendar'] = {
          region: 'midden',
          schoolDays: c.schoolDays,
          holidays: c.holidays.map((h, i) => ({
            name: `V${i}`,
            start: isoFromDay(FIRST + h.start),
            end: isoFromDay(FIRST + h.start + h.length - 1),
          })),
          publicHolidays: c.nl ? 'nl' : [],
          daysOff: c.daysOff.map((d) => isoFromDay(FIRST + d)),
        };
        const cal = createSchoolCalendar(settings, { from: FIRST, to: FIRST + 364 });

        const publicDays = new Set(c.nl ? [2026, 2027, 2028].flatMap((y) => dutchPublicHolidays(y).map((h) => h.day)) : []);
        const offDays = new Set(c.daysOff.map((d) => FIRST + d));
        const inHoliday = (d: number): boolean => c.holidays.some((h) => d >= FIRST + h.start && d <= FIRST + h.start + h.length - 1);
        const schoolWeekday = (d: number): boolean => c.schoolDays.includes(isoWeekday(d));
        const school = (d: number): boolean => schoolWeekday(d) && !inHoliday(d) && !publicDays.has(d) && !offDays.has(d);

        for (let d = cal.from; d <= cal.to; d++) {
          if (cal.isSchoolDay(d) !== school(d)) return false;
        }

        // Lesweken: weeks with a school day, numbered one after the other.
        let previous: number | undefined;
        for (let m = cal.from; m <= cal.to; m += 7) {
          let has = false;
          for (let d = m; d < m + 7; d++) has ||= school(d);
          const idx = cal.lesweekIndex(m);
          if (has !== (idx !== undefined)) return false;
          if (idx !== undefined) {
            if (previous !== undefined && idx !== previous + 1) return false;
            if (cal.lesweekMonday(idx) !== mondayOf(m)) return false;
            previous = idx;
          }
        }

        // Holiday periods: maximal runs of non-school days with a holiday, public holiday or day
        // off on a school weekday. Compare the runs that lie wholly inside the span.
        const expected: string[] = [];
        let d = cal.from;
        while (d <= cal.to) {
          if (school(d)) {
            d++;
            continue;
          }
          const start = d;
          while (d + 1 <= cal.to && !school(d + 1)) d++;
          let special = false;
          for (let x = start; x <= d; x++) {
            special ||= schoolWeekday(x) && (inHoliday(x) || publicDays.has(x) || offDays.has(x));
          }
          if (special && start > cal.from && d < cal.to) expected.push(`${start}..${d}`);
          d++;
        }
        const actual = cal
          .holidayPeriods()
          .filter((p) => p.start > cal.from && p.end < cal.to)
          .map((p) => `${p.start}..${p.end}`);
        return JSON.stringify(actual) === JSON.stringify(expected);
      }),
      { numRuns: 200, seed: 20261128 },
    );
  });
});
