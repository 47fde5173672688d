import { dayFromIso, isoWeekday, mondayOf, schoolYearStart, ymdFromDay, dayFromYmd, type DayNumber } from '../dates';
import type { Settings } from '../settings/schema';
import { publicHolidayLookup, type PublicHolidayLookup } from './publicHolidays';
import { builtInCovers, builtInHolidayDays } from './schoolHolidayTable';
import type { DayKind, HolidayPeriod, SchoolCalendar } from './types';

type CalendarSettings = Settings['calendar'];

// Per-day facts, packed in one byte so the whole range sits in a single typed array.
const HOLIDAY = 1;
const PUBLIC = 2;
const DAY_OFF = 4;
const COVERED = 8;
const SCHOOL_WEEKDAY = 16;
const SCHOOL = 32;

/** Weeks added before and after the school years of the range, so neighbours of edge days resolve. */
const MARGIN_DAYS = 14;
/** A holiday period at the edge of the span is followed this far at most (a year and a bit). */
const RUN_LIMIT_DAYS = 400;
/** Refuse absurd ranges (a mistyped year) instead of allocating for centuries. */
const MAX_SPAN_DAYS = 100 * 366;

interface Interval {
  start: DayNumber;
  end: DayNumber;
  name: string;
}

/**
 * Builds the school calendar of rules.md ("Calendar terms") over the given range. The range is
 * widened to whole school years (1 August – 31 July), then to whole ISO weeks plus two weeks each
 * side, and every per-day and per-week answer is precomputed there, so lookups are O(1). The
 * calendar's `from` / `to` are that widened span; outside it a day answers as unknown.
 */
export function createSchoolCalendar(calendar: CalendarSettings, range: { from: DayNumber; to: DayNumber }): SchoolCalendar {
  const lo = Math.floor(Math.min(range.from, range.to));
  const hi = Math.floor(Math.max(range.from, range.to));
  const spanStart = mondayOf(schoolYearStart(lo)) - MARGIN_DAYS;
  const lastOfYear = dayFromYmd(ymdFromDay(schoolYearStart(hi)).year + 1, 7, 31);
  const spanEnd = mondayOf(lastOfYear) + 6 + MARGIN_DAYS;
  const n = spanEnd - spanStart + 1;
  if (!Number.isFinite(n) || n > MAX_SPAN_DAYS) {
    throw new RangeError(`calendar range too large: ${range.from}..${range.to}`);
  }

  const schoolWeekdays = new Set(calendar.schoolDays);
  const configured = calendar.holidays !== undefined;
  const holidays: Interval[] = configured
    ? (calendar.holidays ?? [])
        .map((x) => ({ start: dayFromIso(x.start), end: dayFromIso(x.end), name: x.name }))
        .filter((x): x is Interval => x.start !== undefined && x.end !== undefined)
        .sort((a, b) => a.start - b.start)
    : builtInHolidayDays(calendar.region);
  const publicHoliday = publicHolidayLookup(
    calendar.publicHolidays === 'nl' ? 'nl' : isoList(calendar.publicHolidays),
  );
  const daysOff = new Set(isoList(calendar.daysOff));
  const coveredYears = new Map<DayNumber, boolean>();
  const isCovered = (day: DayNumber): boolean => {
    if (configured) return true;
    const sy = schoolYearStart(day);
    let c = coveredYears.get(sy);
    if (c === undefined) {
      c = builtInCovers(calendar.region, sy);
      coveredYears.set(sy, c);
    }
    return c;
  };

  /** The facts of one day from the settings alone: used to fill the arrays and beyond the span. */
  const classify = (day: DayNumber): number => {
    let f = 0;
    if (holidays.some((x) => x.start <= day && day <= x.end)) f |= HOLIDAY;
    if (publicHoliday(day) !== undefined) f |= PUBLIC;
    if (daysOff.has(day)) f |= DAY_OFF;
    if (isCovered(day)) f |= COVERED;
    if (schoolWeekdays.has(isoWeekday(day))) f |= SCHOOL_WEEKDAY;
    if ((f & (COVERED | SCHOOL_WEEKDAY)) === (COVERED | SCHOOL_WEEKDAY) && (f & (HOLIDAY | PUBLIC | DAY_OFF)) === 0) {
      f |= SCHOOL;
    }
    return f;
  };

  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) flags[i] = classify(spanStart + i);
  const flagsAt = (day: DayNumber): number =>
    day >= spanStart && day <= spanEnd ? flags[day - spanStart] : classify(day);

  // Lesweken: ISO weeks with at least one school day, numbered 0, 1, 2 … over the span.
  const weeks = n / 7;
  const weekIndex = new Int32Array(weeks).fill(-1);
  const lesweekMondays: DayNumber[] = [];
  for (let w = 0; w < weeks; w++) {
    for (let d = 0; d < 7; d++) {
      if (flags[w * 7 + d] & SCHOOL) {
        weekIndex[w] = lesweekMondays.length;
        lesweekMondays.push(spanStart + w * 7);
        break;
      }
    }
  }

  const next = new Int32Array(n);
  let following = -1;
  for (let i = n - 1; i >= 0; i--) {
    next[i] = following;
    if (flags[i] & SCHOOL) following = i;
  }
  const firstSchool = following;
  const prev = new Int32Array(n);
  let preceding = -1;
  for (let i = 0; i < n; i++) {
    prev[i] = preceding;
    if (flags[i] & SCHOOL) preceding = i;
  }
  const lastSchool = preceding;

  const periods = findHolidayPeriods(spanStart, spanEnd, flagsAt, holidays, publicHoliday);

  const inSpan = (day: DayNumber): boolean => Number.isInteger(day) && day >= spanStart && day <= spanEnd;

  return {
    from: spanStart,
    to: spanEnd,
    isCovered,
    isSchoolDay: (day) => inSpan(day) && (flags[day - spanStart] & SCHOOL) !== 0,
    dayKind: (day) => (inSpan(day) ? kindOf(flags[day - spanStart]) : 'unknown'),
    lesweekIndex: (day) => {
      if (!inSpan(day)) return undefined;
      const idx = weekIndex[Math.floor((day - spanStart) / 7)];
      return idx < 0 ? undefined : idx;
    },
    lesweekMonday: (index) => {
      // Beyond the known lesweken there are no school days inside the span, so whole weeks are a
      // safe stand-in: a window reaching further back is cut at 1 August by the rules anyway.
      const count = lesweekMondays.length;
      if (count === 0) return mondayOf(lo) + index * 7;
      if (index < 0) return lesweekMondays[0] + index * 7;
      if (index >= count) return lesweekMondays[count - 1] + (index - count + 1) * 7;
      return lesweekMondays[index];
    },
    holidayPeriods: () => periods,
    nextSchoolDay: (day) => {
      if (day < spanStart) return firstSchool < 0 ? undefined : spanStart + firstSchool;
      if (day > spanEnd) return undefined;
      const i = next[Math.floor(day) - spanStart];
      return i < 0 ? undefined : spanStart + i;
    },
    previousSchoolDay: (day) => {
      if (day > spanEnd) return lastSchool < 0 ? undefined : spanStart + lastSchool;
      if (day < spanStart) return undefined;
      const i = prev[Math.ceil(day) - spanStart];
      return i < 0 ? undefined : spanStart + i;
    },
    addWorkingDays: (day, count) => addWorkingDays(day, count, publicHoliday),
  };
}

function isoList(list: readonly string[]): DayNumber[] {
  return list.map((s) => dayFromIso(s)).filter((d): d is DayNumber => d !== undefined);
}

/** A day outside `schoolDays` is a weekend whatever the calendar knows; then unknown years; then the reason. */
function kindOf(f: number): DayKind {
  if (f & SCHOOL) return 'school-day';
  if (!(f & SCHOOL_WEEKDAY)) return 'weekend';
  if (!(f & COVERED)) return 'unknown';
  if (f & HOLIDAY) return 'holiday';
  if (f & PUBLIC) return 'public-holiday';
  return 'day-off';
}

/**
 * Maximal runs of consecutive non-school days of known school years that hold a holiday, public
 * holiday or day off on a school weekday. A day of an unknown school year ends a run: its days are
 * not school days, but nothing says they are a holiday.
 */
function findHolidayPeriods(
  spanStart: DayNumber,
  spanEnd: DayNumber,
  flagsAt: (day: DayNumber) => number,
  holidays: readonly Interval[],
  publicHoliday: PublicHolidayLookup,
): HolidayPeriod[] {
  const offDay = (f: number): boolean => (f & COVERED) !== 0 && (f & SCHOOL) === 0;
  const special = (f: number): boolean => (f & SCHOOL_WEEKDAY) !== 0 && (f & (HOLIDAY | PUBLIC | DAY_OFF)) !== 0;
  const out: HolidayPeriod[] = [];
  let day = spanStart;
  while (day <= spanEnd) {
    if (!offDay(flagsAt(day))) {
      day++;
      continue;
    }
    let start = day;
    while (start > spanStart - RUN_LIMIT_DAYS && offDay(flagsAt(start - 1))) start--;
    let end = day;
    while (end < spanEnd + RUN_LIMIT_DAYS && offDay(flagsAt(end + 1))) end++;
    let isPeriod = false;
    let publicName: string | undefined;
    for (let d = start; d <= end; d++) {
      const f = flagsAt(d);
      if (!special(f)) continue;
      isPeriod = true;
      if (publicName === undefined && f & PUBLIC) publicName = publicHoliday(d);
    }
    if (isPeriod) {
      const holiday = holidays.find((x) => x.start <= end && x.end >= start);
      const name = holiday ? holiday.name.trim() || 'Vakantie' : (publicName ?? 'Studiedag');
      out.push({ start, end, name });
    }
    day = end + 1;
  }
  return out;
}

/** The n-th working day (Mon–Fri, not a public holiday) after `day`; before it when n < 0. */
export function addWorkingDays(day: DayNumber, n: number, publicHoliday: PublicHolidayLookup): DayNumber {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(Math.trunc(n));
  let d = day;
  while (left > 0) {
    d += step;
    if (isoWeekday(d) <= 5 && publicHoliday(d) === undefined) left--;
  }
  return d;
}
