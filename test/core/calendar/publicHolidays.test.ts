import { dutchPublicHolidays, easterSunday, publicHolidayLookup } from '../../../src/core/calendar';
import { dayFromIso, isoFromDay } from '../../../src/core/dates';

const iso = isoFromDay;
const day = (s: string): number => dayFromIso(s) as number;

describe('easterSunday (Gregorian computus)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('Easter %i is on %s', (year, expected) => {
    expect(iso(easterSunday(year))).toBe(expected);
  });
});

describe('dutchPublicHolidays', () => {
  const table = (year: number): string[] => dutchPublicHolidays(year).map((h) => `${iso(h.day)} ${h.name}`);

  it('lists 2025 in date order, with King\'s Day moved to Saturday 26 April and Liberation Day (lustrum)', () => {
    expect(table(2025)).toEqual([
      '2025-01-01 Nieuwjaarsdag',
      '2025-04-21 Tweede paasdag',
      '2025-04-26 Koningsdag',
      '2025-05-05 Bevrijdingsdag',
      '2025-05-29 Hemelvaartsdag',
      '2025-06-09 Tweede pinksterdag',
      '2025-12-25 Eerste kerstdag',
      '2025-12-26 Tweede kerstdag',
    ]);
  });

  it('lists 2026 without Liberation Day and without Good Friday', () => {
    expect(table(2026)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-06 Tweede paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-25 Tweede pinksterdag',
      '2026-12-25 Eerste kerstdag',
      '2026-12-26 Tweede kerstdag',
    ]);
  });

  it('puts Ascension at Easter + 39 and Whit Monday at Easter + 50', () => {
    const find = (year: number, name: string): string => iso(dutchPublicHolidays(year).find((h) => h.name === name)!.day);
    expect(find(2024, 'Hemelvaartsdag')).toBe('2024-05-09');
    expect(find(2024, 'Tweede pinksterdag')).toBe('2024-05-20');
    expect(find(2027, 'Hemelvaartsdag')).toBe('2027-05-06');
    expect(find(2027, 'Tweede pinksterdag')).toBe('2027-05-17');
    expect(find(2038, 'Hemelvaartsdag')).toBe('2038-06-03');
    expect(find(2038, 'Tweede pinksterdag')).toBe('2038-06-14');
  });

  it('moves King\'s Day to 26 April only when 27 April is a Sunday', () => {
    const kingsDay = (year: number): string => iso(dutchPublicHolidays(year).find((h) => h.name === 'Koningsdag')!.day);
    expect(kingsDay(2025)).toBe('2025-04-26'); // 27 April 2025 is a Sunday
    expect(kingsDay(2031)).toBe('2031-04-26'); // 27 April 2031 is a Sunday
    expect(kingsDay(2026)).toBe('2026-04-27'); // a Monday
    expect(kingsDay(2030)).toBe('2030-04-27'); // a Saturday: stays
  });

  it('has Liberation Day in 2025 and 2030 but not in 2026', () => {
    const has = (year: number): boolean => dutchPublicHolidays(year).some((h) => h.name === 'Bevrijdingsdag');
    expect(has(2025)).toBe(true);
    expect(has(2030)).toBe(true);
    expect(has(2026)).toBe(false);
    expect(iso(dutchPublicHolidays(2030).find((h) => h.name === 'Bevrijdingsdag')!.day)).toBe('2030-05-05');
  });
});

describe('publicHolidayLookup', () => {
  it('computes "nl" for any year it is asked about', () => {
    const lookup = publicHolidayLookup('nl');
    expect(lookup(day('2031-12-25'))).toBe('Eerste kerstdag');
    expect(lookup(day('2026-04-03'))).toBeUndefined(); // Good Friday is not a public holiday
    expect(lookup(day('2026-05-05'))).toBeUndefined();
  });

  it('uses the school\'s own list, or none', () => {
    const own = publicHolidayLookup([day('2026-10-05')]);
    expect(own(day('2026-10-05'))).toBe('Feestdag');
    expect(own(day('2026-12-25'))).toBeUndefined();
    expect(publicHolidayLookup([])(day('2026-12-25'))).toBeUndefined();
  });
});
