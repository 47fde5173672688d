import type { Scalar } from './state';

/**
 * How Excel takes a string written through Range.values into a cell that is not text-formatted ("@"):
 * like typed input, but locale-neutral (the Range.values reference: a value starting with "=" is a
 * formula, and "locale-shaped strings (such as the date "19-8-2025" in nl-NL ...) are stored as text";
 * ISO dates and en-US month/day shapes become dates). Numbers ("12", "-3.5", "1e3", "1,234"),
 * percentages ("12%" → 0.12 formatted 0%), TRUE/FALSE, dates ("3/4", "1-2" → that day of the current
 * year; "3/4/2025"; "2025-03-04") and times ("9:30") are converted; anything else stays text.
 */

export interface ParsedInput {
  value: Scalar;
  /** The formula, for input starting with "=". */
  formula?: string;
  /** The number format Excel gives a General cell for this input (e.g. "0%", "d-mmm"). */
  impliedFormat?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/;
const MONTH_DAY = /^(\d{1,2})[/-](\d{1,2})$/;
const MONTH_DAY_YEAR = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(:(\d{2}))?$/;

/** Excel's 1900 date system serial (1 = 1900-01-01, with its phantom 29 February 1900). */
export function dateSerial(year: number, month: number, day: number, date1904: boolean): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const serial1900 = Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
  return date1904 ? serial1900 - 1462 : serial1900;
}

function fullYear(y: string): number {
  const n = Number(y);
  // Excel's two-digit year window: 00-29 → 2000s, 30-99 → 1900s.
  return y.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

export function parseInput(text: string, options: { date1904: boolean; now?: Date }): ParsedInput {
  const t = text.trim();
  if (t.startsWith('=') && t.length > 1) return { value: '', formula: t };
  if (NUMBER.test(t)) return { value: Number(t), impliedFormat: /e/i.test(t) ? '0.00E+00' : undefined };
  if (GROUPED.test(t)) return { value: Number(t.replace(/,/g, '')), impliedFormat: t.includes('.') ? '#,##0.00' : '#,##0' };
  const pct = PERCENT.exec(t);
  if (pct) {
    const decimals = (pct[1].split('.')[1] ?? '').length;
    return { value: Number(pct[1]) / 100, impliedFormat: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const year = (options.now ?? new Date()).getFullYear();
  const md = MONTH_DAY.exec(t);
  if (md) {
    const serial = dateSerial(year, Number(md[1]), Number(md[2]), options.date1904);
    if (serial !== undefined) return { value: serial, impliedFormat: 'd-mmm' };
  }
  const mdy = MONTH_DAY_YEAR.exec(t);
  if (mdy) {
    const serial = dateSerial(fullYear(mdy[3]), Number(mdy[1]), Number(mdy[2]), options.date1904);
    if (serial !== undefined) return { value: serial, impliedFormat: 'm/d/yyyy' };
  }
  const iso = ISO_DATE.exec(t);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]), options.date1904);
    if (serial !== undefined) return { value: serial, impliedFormat: 'yyyy-mm-dd' };
  }
  const time = TIME.exec(t);
  if (time) {
    const h = Number(time[1]);
    const m = Number(time[2]);
    const s = Number(time[4] ?? 0);
    if (h < 24 && m < 60 && s < 60) return { value: (h * 3600 + m * 60 + s) / 86_400, impliedFormat: time[4] ? 'h:mm:ss' : 'h:mm' };
  }
  return { value: text };
}
