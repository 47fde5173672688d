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
export { parseHolidayText, widenToWeekends } from './holidayText';
export type { HolidayTextResult, HolidayTextOptions, ParsedHoliday, ParsedDayOff, UnreadLine, HolidayTextWarning } from './holidayText';
export { proposeHolidays } from './proposeHolidays';
export type { DatedRow, HolidayProposal, ProposalOptions, ProposalResult } from './proposeHolidays';
export { registerSchoolYears, holidayGaps, hasHolidayIn, withHolidayRowsFor, datedRegisterRows, HOLIDAY_NAMES } from './holidayCoverage';
export type { HolidayGap, ReadCells } from './holidayCoverage';
