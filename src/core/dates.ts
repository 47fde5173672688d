import { boundedMemo } from './boundedMemo';

/**
 * The engine's one date type: whole days since 1970-01-01 (UTC). Integers compare, subtract and
 * index arrays cheaply, and carry no time zone, which is what a school calendar needs.
 */
export type DayNumber = number;

export const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A register has a few hundred distinct days in tens of thousands of rows; each is worked out once. */
const DAYS_KEPT = 40_000;

export const ymdFromDay: (day: DayNumber) => Ymd = boundedMemo((day: DayNumber): Ymd => {
  const d = new Date(day * MS_PER_DAY);
  return Object.freeze({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}, DAYS_KEPT);

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function mondayOf(day: DayNumber): DayNumber {
  return day - (isoWeekday(day) - 1);
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict ISO date (YYYY-MM-DD); undefined when it is not a real calendar date. */
export function dayFromIso(text: string): DayNumber | undefined {
  const m = ISO_RE.exec(text.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const day = dayFromYmd(y, mo, d);
  const back = ymdFromDay(day);
  return back.month === mo && back.day === d ? day : undefined;
}

export const isoFromDay: (day: DayNumber) => string = boundedMemo((day: DayNumber): string => {
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}, DAYS_KEPT);

/** 1 August on or before the day: the start of its school year. */
export function schoolYearStart(day: DayNumber): DayNumber {
  const { year, month } = ymdFromDay(day);
  return dayFromYmd(month >= 8 ? year : year - 1, 8, 1);
}

/** Completed years on a date; a 29 February birthday is reached on 1 March in other years. */
export function ageOn(dateOfBirth: DayNumber, on: DayNumber): number {
  const b = ymdFromDay(dateOfBirth);
  const o = ymdFromDay(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}
