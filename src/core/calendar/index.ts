export type { SchoolCalendar, HolidayPeriod, DayKind } from './types';
export { createSchoolCalendar, addWorkingDays } from './createSchoolCalendar';
export { easterSunday, dutchPublicHolidays, publicHolidayLookup } from './publicHolidays';
export type { PublicHoliday, PublicHolidayLookup } from './publicHolidays';
export {
  builtInHolidays,
  builtInHolidaySources,
  builtInSchoolYears,
  builtInCovers,
  builtInHolidayDays,
  schoolYearOf,
  REGIONS,
} from './schoolHolidayTable';
export type { Region, BuiltInHoliday } from './schoolHolidayTable';
export { outsideCalendarMessage } from './outsideCalendarMessage';
