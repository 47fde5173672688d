import type { DayNumber } from '../dates';

/** A maximal run of consecutive non-school days holding at least one holiday / public holiday / day off on a school weekday. */
export interface HolidayPeriod {
  start: DayNumber;
  end: DayNumber;
  /** Name of the configured or built-in holiday inside it, when there is one ("Herfstvakantie"). */
  name: string;
}

/** Why a day is or is not a school day, for explanations in the pane. */
export type DayKind = 'school-day' | 'weekend' | 'holiday' | 'public-holiday' | 'day-off' | 'unknown';

/**
 * The school calendar over a range of days. Built once per analysis (createSchoolCalendar), with
 * every lookup O(1) so the rules never rescan days.
 */
export interface SchoolCalendar {
  /** First and last day the calendar was built for. Lookups outside return as if unknown. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** False for days of a school year with no holidays known (built-in table missing, none configured). */
  isCovered(day: DayNumber): boolean;
  isSchoolDay(day: DayNumber): boolean;
  dayKind(day: DayNumber): DayKind;
  /**
   * Running number of the lesweek (ISO week with ≥ 1 school day) that holds the day; consecutive
   * lesweken have consecutive numbers, skipping wholly-holiday weeks. undefined when the day's
   * week is not a lesweek.
   */
  lesweekIndex(day: DayNumber): number | undefined;
  /** Monday of the lesweek with that running number. */
  lesweekMonday(index: number): DayNumber;
  /** Holiday periods that overlap [from, to], in date order. */
  holidayPeriods(): readonly HolidayPeriod[];
  /** The school day after / before `day` (exclusive), or undefined past the range. */
  nextSchoolDay(day: DayNumber): DayNumber | undefined;
  previousSchoolDay(day: DayNumber): DayNumber | undefined;
  /** `day` + n working days (Mon-Fri that are not public holidays), for report-by deadlines. */
  addWorkingDays(day: DayNumber, n: number): DayNumber;
}
