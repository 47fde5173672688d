import { dayFromYmd, isoWeekday, ymdFromDay, type DayNumber } from '../dates';

export interface PublicHoliday {
  day: DayNumber;
  name: string;
}

/**
 * Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus/Jones/Butcher), valid
 * for every Gregorian year. Easter Monday, Ascension and Whit Monday all hang on it.
 */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromYmd(year, month, day);
}

/**
 * The Dutch public holidays of config.md (`publicHolidays: "nl"`), in date order. Good Friday is
 * not in the list: schools are open unless they choose otherwise (then it is a day off). Liberation
 * Day counts only in lustrum years (divisible by 5), when it is a national day off. King's Day is
 * computed with today's rule for every year (27 April, or 26 April when that is a Sunday).
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const april27 = dayFromYmd(year, 4, 27);
  const kingsDay = isoWeekday(april27) === 7 ? april27 - 1 : april27;
  const list: PublicHoliday[] = [
    { day: dayFromYmd(year, 1, 1), name: 'Nieuwjaarsdag' },
    { day: easter + 1, name: 'Tweede paasdag' },
    { day: kingsDay, name: 'Koningsdag' },
    { day: easter + 39, name: 'Hemelvaartsdag' },
    { day: easter + 50, name: 'Tweede pinksterdag' },
    { day: dayFromYmd(year, 12, 25), name: 'Eerste kerstdag' },
    { day: dayFromYmd(year, 12, 26), name: 'Tweede kerstdag' },
  ];
  if (year % 5 === 0) list.push({ day: dayFromYmd(year, 5, 5), name: 'Bevrijdingsdag' });
  return list.sort((x, y) => x.day - y.day);
}

/**
 * Public holidays as the settings define them, for any year: "nl" computed per year (cached, as
 * deadlines may run into years outside the calendar's range), or the school's own list, or none.
 */
export type PublicHolidayLookup = (day: DayNumber) => string | undefined;

export function publicHolidayLookup(setting: 'nl' | readonly DayNumber[]): PublicHolidayLookup {
  if (setting === 'nl') {
    const byYear = new Map<number, Map<DayNumber, string>>();
    return (day) => {
      const year = ymdFromDay(day).year;
      let days = byYear.get(year);
      if (!days) {
        days = new Map(dutchPublicHolidays(year).map((h) => [h.day, h.name]));
        byYear.set(year, days);
      }
      return days.get(day);
    };
  }
  const own = new Set(setting);
  return (day) => (own.has(day) ? 'Feestdag' : undefined);
}
