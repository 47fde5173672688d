import { dayFromIso, dayFromYmd, isoFromDay, schoolYearStart, type DayNumber } from '../dates';

/** A school year "2026-2027": 1 August 2026 up to and including 31 July 2027. */
export interface SchoolYearRange {
  label: string;
  first: DayNumber;
  last: DayNumber;
}

const LABEL = /^(\d{4})-(\d{4})$/;

/** The school year of a label, or undefined when it is not "YYYY-YYYY" with consecutive years. */
export function parseSchoolYear(label: string): SchoolYearRange | undefined {
  const m = LABEL.exec(label.trim());
  if (!m) return undefined;
  const start = Number(m[1]);
  if (Number(m[2]) !== start + 1) return undefined;
  return { label: `${start}-${start + 1}`, first: dayFromYmd(start, 8, 1), last: dayFromYmd(start + 1, 7, 31) };
}

/** The school year that holds an ISO date. */
export function schoolYearOfIso(iso: string): SchoolYearRange {
  const day = dayFromIso(iso);
  if (day === undefined) throw new Error(`not an ISO date: ${iso}`);
  const start = Number(isoFromDay(schoolYearStart(day)).slice(0, 4));
  return parseSchoolYear(`${start}-${start + 1}`) as SchoolYearRange;
}

/** "YYYY-MM" of every month from the year's August up to the month of `until` (capped at July). */
export function monthsOfYear(year: SchoolYearRange, until: DayNumber): string[] {
  const last = Math.min(until, year.last);
  const months: string[] = [];
  if (last < year.first) return months;
  const startYear = Number(isoFromDay(year.first).slice(0, 4));
  const end = isoFromDay(last).slice(0, 7);
  for (let i = 0; i < 12; i++) {
    const y = startYear + Math.floor((7 + i) / 12);
    const m = ((7 + i) % 12) + 1;
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key === end) break;
  }
  return months;
}
