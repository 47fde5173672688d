import { dayFromYmd, isoFromDay, ymdFromDay, type DayNumber } from './dates';

/**
 * Dates as people type them in a date field: the Dutch way, dd-mm-jjjj (also d-m-jjjj, with / or .
 * between), or ISO (jjjj-mm-dd). One helper for the settings, the pane's fields and the command
 * line, so every date field accepts both and shows one form (21-10-2025).
 */

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function real(y: number, m: number, d: number): DayNumber | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const day = dayFromYmd(y, m, d);
  const back = ymdFromDay(day);
  return back.month === m && back.day === d ? day : undefined;
}

/** The day typed, or undefined when it is not a real date in either form ("31-11-2026", "2026-13-01"). */
export function dayFromDateInput(text: string): DayNumber | undefined {
  const t = text.trim();
  const dmy = DMY.exec(t);
  if (dmy) return real(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = YMD.exec(t);
  if (ymd) return real(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return undefined;
}

/** The typed date as ISO (how settings store it), or undefined. */
export function isoFromDateInput(text: string): string | undefined {
  const day = dayFromDateInput(text);
  return day === undefined ? undefined : isoFromDay(day);
}

/** dd-mm-jjjj, the one form dates are shown in ("21-10-2025"); an ISO text or a day number. */
export function displayDate(date: string | DayNumber): string {
  const day = typeof date === 'number' ? date : dayFromDateInput(date);
  if (day === undefined) return String(date);
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(d).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}
