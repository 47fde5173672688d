import type { CellValue } from './types';
import { MS_PER_DAY } from '../excelSerial';

const MINUTES_PER_DAY = 1440;
// "8:30", "08.30", "8:30:15": hours 0-24, minutes and seconds 0-59. Compiled once.
const TIME_RE = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

/**
 * A time of day in minutes since midnight, unrounded (rounding happens on the difference, as
 * rules.md asks): an Excel fraction of a day (1 = 24:00; a date-time serial keeps only its fraction), a JS
 * Date (its UTC time of day, as exceljs stores wall-clock times) or text. NaN when unreadable.
 */
export function minutesOfDay(value: CellValue): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return NaN;
    if (value <= 1) return value * MINUTES_PER_DAY;
    // A whole number above 1 ("8", "830") is no time Excel would store: refuse it, don't guess.
    if (Number.isInteger(value)) return NaN;
    return (value - Math.floor(value)) * MINUTES_PER_DAY;
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return NaN;
    const inDay = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
    return inDay / 60_000;
  }
  if (typeof value !== 'string') return NaN;
  const m = TIME_RE.exec(value.trim());
  if (!m) return NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 24 || min > 59 || s > 59 || (h === 24 && (min > 0 || s > 0))) return NaN;
  return h * 60 + min + s / 60;
}

/** "HH:MM" for a time in minutes (rounded to the minute), for AbsenceRow.startTime/endTime. */
export function formatTime(minutes: number): string {
  const m = Math.floor(minutes + 0.5 + 1e-9);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
