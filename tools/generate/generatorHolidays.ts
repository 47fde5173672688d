import { builtInCovers, builtInHolidays, type BuiltInHoliday, type Region } from '../../src/core/calendar';
import { dayFromYmd, isoFromDay, isoWeekday, mondayOf, ymdFromDay, type DayNumber } from '../../src/core/dates';

/**
 * The holidays a generated register is laid over. For a school year the built-in table has, its
 * official dates; for any other (2026-2027 has no official table) a calendar of the usual shape,
 * invented for test data only: autumn in ISO week 42/43, two weeks at Christmas, spring in week
 * 7/8, a May week around King's Day and six summer weeks from mid July, staggered per region as
 * the real ones are. Never offered to a school as its holidays.
 */

/** ISO week per region: autumn, spring and the first summer week. */
const WEEKS: Record<Region, { autumn: number; spring: number; summer: number }> = {
  noord: { autumn: 43, spring: 8, summer: 28 },
  midden: { autumn: 43, spring: 7, summer: 29 },
  zuid: { autumn: 42, spring: 7, summer: 27 },
};

function isoWeekMonday(year: number, week: number): DayNumber {
  return mondayOf(dayFromYmd(year, 1, 4)) + (week - 1) * 7;
}

const h = (name: string, start: DayNumber, end: DayNumber): BuiltInHoliday => ({ name, start: isoFromDay(start), end: isoFromDay(end) });

/** The invented calendar of the school year that starts in August of `firstYear` (previous summer's tail included). */
export function inventedHolidays(region: Region, firstYear: number): BuiltInHoliday[] {
  const w = WEEKS[region];
  const summer = (year: number) => {
    const start = isoWeekMonday(year, w.summer) - 2;
    return h('Zomervakantie', start, start + 43);
  };
  const christmasEve = dayFromYmd(firstYear, 12, 24);
  const christmasStart = christmasEve - ((isoWeekday(christmasEve) - 6 + 7) % 7);
  const kingsDay = dayFromYmd(firstYear + 1, 4, 27);
  const mayStart = mondayOf(kingsDay) - 2;
  const autumn = isoWeekMonday(firstYear, w.autumn) - 2;
  const spring = isoWeekMonday(firstYear + 1, w.spring) - 2;
  const previousSummer = builtInHolidays(region, dayFromYmd(firstYear - 1, 8, 1))?.filter((x) => x.name === 'Zomervakantie').pop() ?? summer(firstYear);
  return [
    previousSummer,
    h('Herfstvakantie', autumn, autumn + 8),
    h('Kerstvakantie', christmasStart, christmasStart + 15),
    h('Voorjaarsvakantie', spring, spring + 8),
    h('Meivakantie', mayStart, mayStart + 8),
    summer(firstYear + 1),
  ];
}

/**
 * The calendar settings of a generated register: the region alone when the built-in table has
 * the school year, otherwise the region with the invented holidays (so the register analyses).
 */
export function generatorCalendar(region: Region, schoolYearStart: DayNumber): { region: Region; holidays?: BuiltInHoliday[] } {
  if (builtInCovers(region, schoolYearStart)) return { region };
  return { region, holidays: inventedHolidays(region, ymdFromDay(schoolYearStart).year) };
}
