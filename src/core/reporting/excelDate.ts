import { addWorkingDays as addCalendarWorkingDays, publicHolidayLookup } from '../calendar';
import { dayFromIso, dayFromYmd, isoFromDay } from '../dates';
import type { CellValue } from '../register/types';
import { dayFromSerial1900, serialFromDay } from '../excelSerial';

/**
 * Dates in sheet tables are written as Excel serial numbers of the 1900 date system with a date
 * number format, never as JS Date objects: a serial carries no time zone, Office.js takes it as a
 * plain number, and the memory workbook and exceljs treat it the same way (valid from 1900-03-01
 * on, which every school date is).
 */
const dutchPublicHolidays = publicHolidayLookup('nl');

export function serialFromIso(iso: string): number | null {
  const day = dayFromIso(iso);
  return day === undefined ? null : serialFromDay(day);
}

export function isoFromSerial(serial: number): string {
  return isoFromDay(dayFromSerial1900(serial));
}

/**
 * A date the user typed or Excel handed back: a serial, a Date, ISO text or Dutch d-m-yyyy text.
 * Undefined when it is not a date.
 */
export function isoFromCell(value: CellValue): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 61) return isoFromSerial(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return isoFromDay(dayFromYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()));
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = dayFromIso(text);
  if (iso !== undefined) return isoFromDay(iso);
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!m) return undefined;
  const day = dayFromIso(`${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`);
  return day === undefined ? undefined : isoFromDay(day);
}

/** The date `count` working days after `iso`: the calendar's working days (Mon-Fri, not a Dutch public holiday). */
export function addWorkingDays(iso: string, count: number): string {
  const day = dayFromIso(iso);
  if (day === undefined) throw new Error(`not an ISO date: ${iso}`);
  return isoFromDay(addCalendarWorkingDays(day, count, dutchPublicHolidays));
}
