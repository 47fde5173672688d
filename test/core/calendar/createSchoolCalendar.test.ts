import { createSchoolCalendar, type SchoolCalendar } from '../../../src/core/calendar';
import { dayFromIso, isoFromDay, mondayOf } from '../../../src/core/dates';
import type { Settings } from '../../../src/core/settings/schema';
import { defaultSettings } from '../../../src/core/settings/validateSettings';

const day = (s: string): number => dayFromIso(s) as number;
const iso = (d: number | undefined): string | undefined => (d === undefined ? undefined : isoFromDay(d));

/** The calendar of the basic example's settings (same holidays, written out here). */
function exampleCalendar(): Settings['calendar'] {
  return {
    ...defaultSettings().calendar,
    schoolDays: [1, 2, 3, 4, 5],
    holidays: [
      { name: 'Zomervakantie', start: '2026-07-18', end: '2026-08-30' },
      { name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' },
      { name: 'Kerstvakantie', start: '2026-12-19', end: '2027-01-03' },
    ],
    publicHolidays: 'nl',
    daysOff: ['2026-11-20'],
  };
}

function build(calendar: Settings['calendar'], from: string, to: string): SchoolCalendar {
  return createSchoolCalendar(calendar, { from: day(from), to: day(to) });
}

const periods = (cal: SchoolCalendar): string[] =>
  cal.holidayPeriods().map((p) => `${iso(p.start)}..${iso(p.end)} ${p.name}`);

describe('school days and day kinds (example settings)', () => {
  const cal = build(exampleCalendar(), '2026-08-31', '2026-12-04');

  it('spans the whole school year in whole ISO weeks, plus two weeks each side', () => {
    // 1 Aug 2026 is a Saturday: its Monday is 27 Jul, minus 14 days = 13 Jul.
    // 31 Jul 2027 is a Saturday: its Sunday is 1 Aug, plus 14 days = 15 Aug.
    expect(iso(cal.from)).toBe('2026-07-13');
    expect(iso(cal.to)).toBe('2027-08-15');
  });

  it.each([
    ['2026-08-28', 'holiday', false], // Friday in the summer holiday
    ['2026-08-31', 'school-day', true], // first school day
    ['2026-10-16', 'school-day', true], // Friday before the autumn holiday
    ['2026-10-19', 'holiday', false],
    ['2026-10-24', 'weekend', false], // a Saturday inside a holiday is explained as weekend
    ['2026-10-26', 'school-day', true],
    ['2026-11-20', 'day-off', false], // the study day
    ['2026-12-25', 'holiday', false], // Christmas Day inside the Christmas holiday: the holiday explains it
    ['2027-04-27', 'public-holiday', false], // King's Day, a Tuesday
    ['2027-05-06', 'public-holiday', false], // Ascension
    ['2027-04-02', 'school-day', true], // Good Friday is a school day unless the school says otherwise
  ])('%s is %s', (date, kind, school) => {
    expect(cal.dayKind(day(date))).toBe(kind);
    expect(cal.isSchoolDay(day(date))).toBe(school);
    expect(cal.isCovered(day(date))).toBe(true);
  });

  it('answers unknown outside the span', () => {
    expect(cal.dayKind(day('2026-06-01'))).toBe('unknown');
    expect(cal.isSchoolDay(day('2026-06-01'))).toBe(false);
    expect(cal.lesweekIndex(day('2026-06-01'))).toBeUndefined();
  });

  it('finds the next and previous school day across the autumn holiday and the study day', () => {
    expect(iso(cal.nextSchoolDay(day('2026-10-16')))).toBe('2026-10-26');
    expect(iso(cal.previousSchoolDay(day('2026-10-26')))).toBe('2026-10-16');
    expect(iso(cal.nextSchoolDay(day('2026-11-19')))).toBe('2026-11-23');
    expect(iso(cal.previousSchoolDay(day('2026-11-23')))).toBe('2026-11-19');
    expect(iso(cal.nextSchoolDay(day('2026-08-01')))).toBe('2026-08-31');
    expect(iso(cal.nextSchoolDay(day('2026-12-18')))).toBe('2027-01-04');
    expect(cal.nextSchoolDay(cal.to)).toBeUndefined();
  });
});

describe('lesweken', () => {
  const cal = build(exampleCalendar(), '2026-08-31', '2026-12-04');

  it('skips the autumn holiday week: 2026-10-26 is the lesweek after 2026-10-12', () => {
    const before = cal.lesweekIndex(day('2026-10-12'));
    expect(before).toBeDefined();
    expect(cal.lesweekIndex(day('2026-10-19'))).toBeUndefined();
    expect(cal.lesweekIndex(day('2026-10-23'))).toBeUndefined();
    expect(cal.lesweekIndex(day('2026-10-26'))).toBe((before as number) + 1);
    // Every day of a week has the week's number, the weekend included.
    expect(cal.lesweekIndex(day('2026-10-18'))).toBe(before); // Sunday of the week of 12 Oct
    expect(cal.lesweekIndex(day('2026-10-25'))).toBeUndefined(); // Sunday of the holiday week
    expect(cal.lesweekIndex(day('2026-11-01'))).toBe((before as number) + 1);
  });

  it('numbers 15 lesweken from 31 Aug to 14 Dec 2026 (16 calendar weeks less the autumn week)', () => {
    const first = cal.lesweekIndex(day('2026-08-31')) as number;
    expect(cal.lesweekIndex(day('2026-08-24'))).toBeUndefined(); // summer holiday week
    expect(cal.lesweekIndex(day('2026-12-14'))).toBe(first + 14);
    // The two Christmas weeks are not lesweken; the week of 4 Jan 2027 follows 14 Dec directly.
    expect(cal.lesweekIndex(day('2026-12-21'))).toBeUndefined();
    expect(cal.lesweekIndex(day('2026-12-28'))).toBeUndefined();
    expect(cal.lesweekIndex(day('2027-01-04'))).toBe(first + 15);
  });

  it('maps a lesweek number back to its Monday', () => {
    const i = cal.lesweekIndex(day('2026-10-29')) as number;
    expect(iso(cal.lesweekMonday(i))).toBe('2026-10-26');
    expect(iso(cal.lesweekMonday(i - 1))).toBe('2026-10-12'); // over the holiday week
    expect(iso(cal.lesweekMonday(i - 3))).toBe('2026-09-28');
  });

  it('extends lesweek Mondays by whole weeks before the first lesweek of the span', () => {
    // The span starts Mon 13 Jul 2026, the last week of lessons before the summer holiday.
    expect(cal.lesweekIndex(day('2026-07-13'))).toBe(0);
    expect(cal.lesweekIndex(day('2026-08-31'))).toBe(1);
    expect(iso(cal.lesweekMonday(-2))).toBe('2026-06-29');
    // The example configures no summer holiday 2027, so the span's last week (9 Aug 2027) has
    // lessons; the Monday after the last known lesweek is one week on.
    const last = cal.lesweekIndex(day('2027-08-09')) as number;
    expect(iso(cal.lesweekMonday(last))).toBe('2027-08-09');
    expect(iso(cal.lesweekMonday(last + 1))).toBe('2027-08-16');
  });

  it('keeps a week with one study day, and a week with Christmas Day, as a lesweek', () => {
    expect(cal.lesweekIndex(day('2026-11-20'))).toBeDefined(); // the study-day week
    // A school that enters no Christmas holiday: Friday 25 Dec 2026 is off, Mon–Thu are lessons.
    const noHolidays = build({ ...exampleCalendar(), holidays: [], daysOff: [] }, '2026-12-01', '2026-12-31');
    expect(noHolidays.lesweekIndex(day('2026-12-25'))).toBeDefined();
    expect(noHolidays.isSchoolDay(day('2026-12-24'))).toBe(true);
    expect(noHolidays.isSchoolDay(day('2026-12-25'))).toBe(false);
  });

  it('keeps a week with only one school day as a lesweek', () => {
    const c = build(
      { ...exampleCalendar(), holidays: [{ name: 'Extra', start: '2026-11-07', end: '2026-11-12' }] },
      '2026-11-01',
      '2026-11-30',
    );
    // Mon 9 – Thu 12 Nov holiday, Friday 13 Nov a school day.
    expect(c.isSchoolDay(day('2026-11-13'))).toBe(true);
    const i = c.lesweekIndex(day('2026-11-09'));
    expect(i).toBe((c.lesweekIndex(day('2026-11-02')) as number) + 1);
  });
});

describe('holiday periods', () => {
  it('finds the holidays, the Friday study day with its weekend, and the public holidays of spring 2027', () => {
    const cal = build(exampleCalendar(), '2026-08-31', '2026-12-04');
    expect(periods(cal)).toEqual([
      '2026-07-18..2026-08-30 Zomervakantie',
      '2026-10-17..2026-10-25 Herfstvakantie',
      '2026-11-20..2026-11-22 Studiedag', // Friday day off: Fri–Sun
      '2026-12-19..2027-01-03 Kerstvakantie',
      '2027-03-27..2027-03-29 Tweede paasdag', // Easter weekend with Monday 29 March
      '2027-04-27..2027-04-27 Koningsdag', // a Tuesday
      '2027-05-06..2027-05-06 Hemelvaartsdag', // a Thursday
      '2027-05-15..2027-05-17 Tweede pinksterdag',
    ]);
  });

  it('does not make a plain weekend a holiday period', () => {
    const cal = build(exampleCalendar(), '2026-08-31', '2026-12-04');
    const weekend = day('2026-11-14');
    expect(cal.holidayPeriods().some((p) => p.start <= weekend && weekend <= p.end)).toBe(false);
  });

  it('does not make a public holiday on a Saturday a holiday period', () => {
    // 2027: Christmas Day is a Saturday, Boxing Day a Sunday; 2028: New Year's Day is a Saturday.
    const cal = build({ ...exampleCalendar(), holidays: [], daysOff: [] }, '2027-12-01', '2028-01-31');
    expect(cal.dayKind(day('2027-12-25'))).toBe('weekend');
    const hits = (d: string): boolean => cal.holidayPeriods().some((p) => p.start <= day(d) && day(d) <= p.end);
    expect(hits('2027-12-25')).toBe(false);
    expect(hits('2027-12-26')).toBe(false);
    expect(hits('2028-01-01')).toBe(false);
    expect(cal.isSchoolDay(day('2027-12-24'))).toBe(true);
    expect(cal.isSchoolDay(day('2027-12-27'))).toBe(true);
  });

  it('joins a Monday study day and a Friday study day with their weekends', () => {
    const cal = build(
      { ...exampleCalendar(), holidays: [], daysOff: ['2026-09-25', '2026-09-28'] },
      '2026-09-01',
      '2026-09-30',
    );
    expect(periods(cal).filter((p) => p.startsWith('2026-09'))).toEqual(['2026-09-25..2026-09-28 Studiedag']);
  });

  it('names a period after the holiday inside it, even when a study day leads into it', () => {
    const cal = build({ ...exampleCalendar(), daysOff: ['2026-10-16'] }, '2026-09-01', '2026-11-30');
    expect(periods(cal)).toContain('2026-10-16..2026-10-25 Herfstvakantie');
  });

  it('follows a configured holiday across 1 August into the next school year', () => {
    const cal = build(
      {
        ...exampleCalendar(),
        holidays: [
          { name: 'Zomervakantie', start: '2026-07-18', end: '2026-08-30' },
          { name: 'Zomervakantie', start: '2027-07-17', end: '2027-08-29' },
        ],
      },
      '2026-09-01',
      '2027-07-16',
    );
    const ps = periods(cal);
    expect(ps[0]).toBe('2026-07-18..2026-08-30 Zomervakantie');
    expect(ps[ps.length - 1]).toBe('2027-07-17..2027-08-29 Zomervakantie'); // past the span end (15 Aug)
  });
});

describe('working days (deadlines)', () => {
  const cal = build(exampleCalendar(), '2026-08-31', '2026-12-04');

  it('counts five working days after a Monday', () => {
    expect(iso(cal.addWorkingDays(day('2026-09-28'), 5))).toBe('2026-10-05');
    expect(iso(cal.addWorkingDays(day('2026-10-26'), 5))).toBe('2026-11-02');
  });

  it('counts school holidays and study days as working days', () => {
    // Fri 16 Oct + 5 runs through the autumn holiday: Mon 19 … Fri 23 Oct.
    expect(iso(cal.addWorkingDays(day('2026-10-16'), 5))).toBe('2026-10-23');
    // Thu 19 Nov + 1 is the study day Friday 20 Nov.
    expect(iso(cal.addWorkingDays(day('2026-11-19'), 1))).toBe('2026-11-20');
  });

  it('skips Easter Monday and King\'s Day, also beyond the calendar range', () => {
    // Thu 2 Apr 2026: Fri 3 (Good Friday counts), Mon 6 skipped, Tue 7, Wed 8, Thu 9, Fri 10.
    expect(iso(cal.addWorkingDays(day('2026-04-02'), 5))).toBe('2026-04-10');
    // Wed 22 Apr 2026: Thu 23, Fri 24, Mon 27 (King's Day) skipped, Tue 28, Wed 29, Thu 30.
    expect(iso(cal.addWorkingDays(day('2026-04-22'), 5))).toBe('2026-04-30');
    // Tue 24 Dec 2030: Christmas Day and Boxing Day skipped, Fri 27 Dec.
    expect(iso(cal.addWorkingDays(day('2030-12-24'), 1))).toBe('2030-12-27');
    expect(iso(cal.addWorkingDays(day('2026-09-28'), 0))).toBe('2026-09-28');
  });

  it('uses the school\'s own public holidays when given as a list', () => {
    const own = build({ ...exampleCalendar(), publicHolidays: ['2026-10-05'] }, '2026-08-31', '2026-12-04');
    expect(iso(own.addWorkingDays(day('2026-09-28'), 5))).toBe('2026-10-06');
    expect(own.dayKind(day('2026-10-05'))).toBe('public-holiday');
    expect(own.isSchoolDay(day('2026-12-25'))).toBe(false); // inside the Christmas holiday anyway
    const none = build({ ...exampleCalendar(), publicHolidays: [] }, '2026-08-31', '2027-06-30');
    expect(none.isSchoolDay(day('2027-04-27'))).toBe(true); // King's Day is then a school day
    expect(iso(none.addWorkingDays(day('2027-04-26'), 1))).toBe('2027-04-27');
  });
});

describe('built-in table (calendar.holidays absent)', () => {
  const region = (r: 'noord' | 'midden' | 'zuid'): Settings['calendar'] => ({ ...defaultSettings().calendar, region: r });

  it('uses each region\'s own autumn holiday of 2025-2026', () => {
    const zuid = build(region('zuid'), '2025-09-01', '2026-07-10');
    const noord = build(region('noord'), '2025-09-01', '2026-07-03');
    expect(zuid.dayKind(day('2025-10-13'))).toBe('holiday');
    expect(noord.isSchoolDay(day('2025-10-13'))).toBe(true);
    expect(noord.dayKind(day('2025-10-20'))).toBe('holiday');
    expect(zuid.isSchoolDay(day('2025-10-20'))).toBe(true);
    expect(periods(zuid)).toContain('2025-10-11..2025-10-19 Herfstvakantie');
    expect(periods(noord)).toContain('2026-02-21..2026-03-01 Voorjaarsvakantie');
  });

  it('knows the tail of the 2025 summer holiday in August, per region', () => {
    const midden = build(region('midden'), '2025-08-01', '2026-07-17');
    const zuid = build(region('zuid'), '2025-08-01', '2026-07-10');
    expect(midden.dayKind(day('2025-08-25'))).toBe('holiday'); // midden: until 31 Aug 2025
    expect(iso(midden.nextSchoolDay(day('2025-08-01')))).toBe('2025-09-01');
    expect(iso(zuid.nextSchoolDay(day('2025-08-01')))).toBe('2025-08-18'); // zuid: until 17 Aug 2025
  });

  it('lists the holiday periods of 2025-2026 for midden, the summer holidays cut where the table ends', () => {
    const midden = build(region('midden'), '2025-09-01', '2026-07-17');
    // 2024-2025 is in the table, so the 2025 summer holiday is whole; 2026-2027 is not, so the
    // 2026 summer holiday stops at 31 July (the August days are unknown, not holiday).
    expect(periods(midden).filter((p) => p >= '2025-07' && p < '2026-08')).toEqual([
      '2025-07-19..2025-08-31 Zomervakantie',
      '2025-10-18..2025-10-26 Herfstvakantie',
      '2025-12-20..2026-01-04 Kerstvakantie',
      '2026-02-14..2026-02-22 Voorjaarsvakantie',
      '2026-04-04..2026-04-06 Tweede paasdag', // Easter weekend and Easter Monday
      '2026-04-25..2026-05-03 Meivakantie', // King's Day (Mon 27 Apr) inside
      '2026-05-14..2026-05-14 Hemelvaartsdag',
      '2026-05-23..2026-05-25 Tweede pinksterdag',
      '2026-07-18..2026-07-31 Zomervakantie',
    ]);
    expect(midden.dayKind(day('2026-08-03'))).toBe('unknown');
  });

  it('does not cover a school year the table lacks; configured holidays cover every year', () => {
    const builtIn = build(region('midden'), '2040-09-03', '2040-09-28');
    const monday = day('2040-09-03');
    expect(builtIn.isCovered(monday)).toBe(false);
    expect(builtIn.isSchoolDay(monday)).toBe(false);
    expect(builtIn.dayKind(monday)).toBe('unknown');
    expect(builtIn.dayKind(day('2040-09-08'))).toBe('weekend');
    expect(builtIn.lesweekIndex(monday)).toBeUndefined();
    expect(builtIn.holidayPeriods()).toEqual([]);
    // Deadlines do not depend on the holidays: Mon 3 Sep 2040 + 5 working days.
    expect(iso(builtIn.addWorkingDays(monday, 5))).toBe('2040-09-10');

    const own = build({ ...region('midden'), holidays: [] }, '2040-09-03', '2040-09-28');
    expect(own.isCovered(monday)).toBe(true);
    expect(own.isSchoolDay(monday)).toBe(true);
  });

  it('covers whole school years only: 2026-2027 is not in the table, 2027-2028 only for midden', () => {
    const midden = build(region('midden'), '2026-08-01', '2027-07-31');
    expect(midden.isCovered(day('2026-07-31'))).toBe(true); // 2025-2026
    expect(midden.isCovered(day('2026-08-01'))).toBe(false); // 2026-2027
    expect(midden.isCovered(day('2027-07-31'))).toBe(false);
    expect(midden.isCovered(day('2027-08-01'))).toBe(true); // 2027-2028 (midden)
    expect(midden.isSchoolDay(day('2026-09-07'))).toBe(false);
    expect(midden.dayKind(day('2026-09-07'))).toBe('unknown');
    const noord = build(region('noord'), '2027-08-01', '2028-07-31');
    expect(noord.isCovered(day('2027-09-06'))).toBe(false);
    expect(noord.isCovered(day('2028-09-04'))).toBe(true); // 2028-2029
  });

  it('uses the official 2027-2028 and 2028-2029 tables (midden)', () => {
    const midden = build(region('midden'), '2027-08-01', '2029-07-31');
    // The 2027 summer holiday began on 17 July, but 2026-2027 is unknown: the period starts 1 Aug.
    expect(periods(midden).filter((p) => p.endsWith('vakantie'))).toEqual([
      '2027-08-01..2027-08-29 Zomervakantie',
      '2027-10-16..2027-10-24 Herfstvakantie',
      '2027-12-25..2028-01-09 Kerstvakantie',
      '2028-02-26..2028-03-05 Voorjaarsvakantie',
      '2028-04-29..2028-05-07 Meivakantie',
      '2028-07-08..2028-08-20 Zomervakantie', // both school years known: one period across 1 Aug
      '2028-10-21..2028-10-29 Herfstvakantie',
      '2028-12-23..2029-01-07 Kerstvakantie',
      '2029-02-17..2029-02-25 Voorjaarsvakantie',
      '2029-04-27..2029-05-06 Meivakantie', // King's Day, Friday 27 April, joins the May holiday
      '2029-07-07..2029-07-31 Zomervakantie',
    ]);
    // King's Day 2028 is Thursday 27 April, two days before the May holiday: a period of its own.
    expect(periods(midden)).toContain('2028-04-27..2028-04-27 Koningsdag');
    expect(iso(midden.nextSchoolDay(day('2027-08-01')))).toBe('2027-08-30');
  });
});

describe('several school years', () => {
  const cal = build(
    {
      ...exampleCalendar(),
      holidays: [
        { name: 'Kerstvakantie', start: '2025-12-20', end: '2026-01-04' },
        { name: 'Zomervakantie', start: '2026-07-18', end: '2026-08-30' },
        { name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' },
        { name: 'Kerstvakantie', start: '2026-12-19', end: '2027-01-03' },
      ],
      daysOff: [],
    },
    '2025-09-01',
    '2027-06-30',
  );

  it('spans both school years and numbers lesweken continuously over the summer', () => {
    expect(iso(cal.from)).toBe('2025-07-14');
    expect(iso(cal.to)).toBe('2027-08-15');
    const lastBefore = cal.lesweekIndex(day('2026-07-13')) as number; // Mon 13 – Fri 17 Jul 2026
    expect(cal.lesweekIndex(day('2026-07-20'))).toBeUndefined();
    expect(cal.lesweekIndex(day('2026-08-24'))).toBeUndefined();
    expect(cal.lesweekIndex(day('2026-08-31'))).toBe(lastBefore + 1);
    expect(iso(cal.lesweekMonday(lastBefore + 1))).toBe('2026-08-31');
  });

  it('gives every day of the span a Monday that maps back to its own lesweek', () => {
    for (let d = cal.from; d <= cal.to; d++) {
      const i = cal.lesweekIndex(d);
      if (i !== undefined) expect(cal.lesweekMonday(i)).toBe(mondayOf(d));
    }
  });

  it('is consistent day by day with the definitions of rules.md', () => {
    const periodsList = cal.holidayPeriods();
    for (let d = cal.from; d <= cal.to; d++) {
      const school = cal.isSchoolDay(d);
      expect(school).toBe(cal.dayKind(d) === 'school-day');
      const inPeriod = periodsList.some((p) => p.start <= d && d <= p.end);
      if (school) expect(inPeriod).toBe(false);
      if (school) {
        expect(cal.nextSchoolDay(cal.previousSchoolDay(d) ?? cal.from - 1)).toBe(d);
      }
    }
    // Periods are maximal: the days either side are school days (or lie past the span).
    for (const p of periodsList) {
      if (p.start - 1 >= cal.from) expect(cal.isSchoolDay(p.start - 1)).toBe(true);
      if (p.end + 1 <= cal.to) expect(cal.isSchoolDay(p.end + 1)).toBe(true);
    }
  });
});

describe('range handling', () => {
  it('accepts the range in either order and a single day', () => {
    const a = build(exampleCalendar(), '2026-12-04', '2026-08-31');
    expect(iso(a.from)).toBe('2026-07-13');
    expect(iso(a.to)).toBe('2027-08-15');
    const one = build(exampleCalendar(), '2026-10-26', '2026-10-26');
    expect(one.isSchoolDay(day('2026-10-26'))).toBe(true);
    expect(iso(one.previousSchoolDay(day('2026-10-26')))).toBe('2026-10-16');
  });

  it('refuses a range of more than a century (a mistyped year) and a non-number', () => {
    expect(() => build(exampleCalendar(), '1826-09-01', '2026-09-01')).toThrow(RangeError);
    expect(() => createSchoolCalendar(exampleCalendar(), { from: Number.NaN, to: day('2026-09-01') })).toThrow(RangeError);
  });
});
