import { createSchoolCalendar } from '../../../src/core/calendar';
import { dayFromIso, isoFromDay } from '../../../src/core/dates';
import type { Settings } from '../../../src/core/settings/schema';
import { defaultSettings } from '../../../src/core/settings/validateSettings';

const day = (s: string): number => dayFromIso(s) as number;

/**
 * A school that enters its holidays itself and has none in spring (holidays: []), over four school
 * years: the Easter-based public holidays move every year, King's Day moves to Saturday when 27
 * April is a Sunday, and only public holidays on a weekday make a holiday period.
 */
const calendar: Settings['calendar'] = { ...defaultSettings().calendar, holidays: [], daysOff: [], publicHolidays: 'nl' };
const cal = createSchoolCalendar(calendar, { from: day('2027-08-01'), to: day('2031-05-31') });
const springPeriods = (year: number): string[] =>
  cal
    .holidayPeriods()
    .filter((p) => p.start >= day(`${year}-03-01`) && p.end <= day(`${year}-06-30`))
    .map((p) => `${isoFromDay(p.start)}..${isoFromDay(p.end)} ${p.name}`);

describe('the calendar over several school years (public holidays only)', () => {
  it('finds Easter Monday, King\'s Day, Ascension and Whit Monday of 2028 (Easter 16 April)', () => {
    expect(springPeriods(2028)).toEqual([
      '2028-04-15..2028-04-17 Tweede paasdag',
      '2028-04-27..2028-04-27 Koningsdag', // a Thursday: the Friday after is a school day
      '2028-05-25..2028-05-25 Hemelvaartsdag',
      '2028-06-03..2028-06-05 Tweede pinksterdag',
    ]);
  });

  it('moves them with Easter in 2029 (Easter 1 April); King\'s Day on a Friday joins its weekend', () => {
    expect(springPeriods(2029)).toEqual([
      '2029-03-31..2029-04-02 Tweede paasdag',
      '2029-04-27..2029-04-29 Koningsdag',
      '2029-05-10..2029-05-10 Hemelvaartsdag',
      '2029-05-19..2029-05-21 Tweede pinksterdag',
    ]);
  });

  it('keeps the school week around King\'s Day 2031, which falls on Saturday 26 April (27 April is a Sunday)', () => {
    expect(cal.dayKind(day('2031-04-26'))).toBe('weekend');
    expect(cal.isSchoolDay(day('2031-04-25'))).toBe(true);
    expect(cal.isSchoolDay(day('2031-04-28'))).toBe(true);
    expect(springPeriods(2031).some((p) => p.includes('Koningsdag'))).toBe(false);
    expect(isoFromDay(cal.nextSchoolDay(day('2031-04-25'))!)).toBe('2031-04-28');
  });

  it('keeps a week with Christmas on Monday and Tuesday a lesweek, and numbers lesweken across the years', () => {
    // 25 and 26 December 2028 are a Monday and a Tuesday: three school days remain.
    expect(cal.isSchoolDay(day('2028-12-25'))).toBe(false);
    expect(cal.isSchoolDay(day('2028-12-27'))).toBe(true);
    const christmasWeek = cal.lesweekIndex(day('2028-12-27'))!;
    expect(cal.lesweekIndex(day('2028-12-18'))).toBe(christmasWeek - 1);
    expect(cal.lesweekIndex(day('2029-01-02'))).toBe(christmasWeek + 1);
    expect(isoFromDay(cal.lesweekMonday(christmasWeek))).toBe('2028-12-25');
    // Without school holidays every week is a lesweek: from the week of 30 August 2027 to that of 2 September 2030 is 157 weeks.
    expect(cal.lesweekIndex(day('2030-09-04'))! - cal.lesweekIndex(day('2027-09-01'))!).toBe(157);
  });
});
