import { dayFromYmd, type DayNumber } from '../dates';
import { DATE1904_SHIFT, MS_PER_DAY, SERIAL_OF_EPOCH_1900 } from '../excelSerial';
import type { CellValue } from './types';

/** Register dates outside these years are typing errors, not absences. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const MIN_DAY = dayFromYmd(MIN_YEAR, 1, 1);
const MAX_DAY = dayFromYmd(MAX_YEAR, 12, 31);

export type DateOrder = 'day-first' | 'month-first' | 'either' | 'neither';

export type ParsedDate =
  | { ok: true; day: DayNumber }
  /** `reason` is a short Dutch/English explanation for the problem message. */
  | { ok: false; reason: string; reasonEn: string; order?: DateOrder };

const NOT_A_DATE = { ok: false, reason: 'geen datum', reasonEn: 'not a date' } as const;
const OUT_OF_RANGE = {
  ok: false,
  reason: `jaar buiten ${MIN_YEAR}-${MAX_YEAR}`,
  reasonEn: `year outside ${MIN_YEAR}-${MAX_YEAR}`,
} as const;

function inRange(day: DayNumber): ParsedDate {
  return day >= MIN_DAY && day <= MAX_DAY ? { ok: true, day } : OUT_OF_RANGE;
}

/**
 * An Excel serial as a day. In the 1900 system Excel counts a 29 February 1900 that never existed
 * (serial 60, kept for Lotus 1-2-3 compatibility): serials 1-59 are 1900-01-01…1900-02-28, serial
 * 60 is refused as that non-existent date, and from 61 (1900-03-01) on each serial is one day
 * later than a plain count would give. The 1904 system counts from 1904-01-01 = 0 without the
 * gap. A time of day on the serial (the fraction) is ignored.
 */
export function dayFromSerial(serial: number, date1904 = false): ParsedDate {
  if (!Number.isFinite(serial)) return NOT_A_DATE;
  const whole = Math.floor(serial);
  if (date1904) return inRange(whole - SERIAL_OF_EPOCH_1900 + DATE1904_SHIFT);
  if (whole < 1) return NOT_A_DATE;
  if (whole === 60) {
    return {
      ok: false,
      reason: 'Excel-datum 60 is 29-02-1900, een dag die niet bestaat',
      reasonEn: 'Excel serial 60 is 1900-02-29, a day that does not exist',
    };
  }
  return inRange(whole < 60 ? whole - SERIAL_OF_EPOCH_1900 + 1 : whole - SERIAL_OF_EPOCH_1900);
}

/**
 * A JS Date as a day: its UTC calendar date. exceljs (and our CSV-free paths) create dates at UTC
 * midnight for the date shown in the cell, so the UTC date is the date the user sees; the local
 * date would shift a day west of Greenwich.
 */
export function dayFromJsDate(date: Date): ParsedDate {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return NOT_A_DATE;
  return inRange(Math.floor(ms / MS_PER_DAY));
}

// Compiled once: d-m-yyyy, dd-mm-yyyy, d/m/yyyy, d.m.yyyy (one separator throughout), and
// yyyy-mm-dd; an exported time after the date ("07-09-2026 00:00") is allowed and ignored.
const DMY_RE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;
const YMD_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z)?)?$/;

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dim[m - 1];
}

/**
 * A text date, day-first. For d-m-y text the result also says in which orders the text is a real
 * date, so the column can tell whether it was written month-first (09/15/2026).
 */
export function dayFromText(text: string): ParsedDate & { order?: DateOrder } {
  const t = text.trim();
  let m = DMY_RE.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    const dayFirst = validYmd(y, b, a);
    const monthFirst = validYmd(y, a, b);
    const order: DateOrder = dayFirst ? (monthFirst ? 'either' : 'day-first') : monthFirst ? 'month-first' : 'neither';
    if (!dayFirst) {
      return monthFirst
        ? { ok: false, order, reason: 'geen geldige datum als dag-maand-jaar', reasonEn: 'not a valid day-month-year date' }
        : { ok: false, order, reason: 'geen bestaande datum', reasonEn: 'not an existing date' };
    }
    const r = inRange(dayFromYmd(y, b, a));
    return r.ok ? { ...r, order } : r;
  }
  m = YMD_RE.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!validYmd(y, mo, d)) return { ok: false, reason: 'geen bestaande datum', reasonEn: 'not an existing date' };
    return inRange(dayFromYmd(y, mo, d));
  }
  return NOT_A_DATE;
}

/** Any date cell: a serial number, a JS Date or text. */
export function dayFromCell(value: CellValue, date1904 = false): ParsedDate {
  if (typeof value === 'number') return dayFromSerial(value, date1904);
  if (value instanceof Date) return dayFromJsDate(value);
  if (typeof value === 'string') return dayFromText(value);
  return NOT_A_DATE;
}
