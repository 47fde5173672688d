import type { CellValue } from './types';

// Compiled once. A Dutch decimal comma ("1,5") or a point; no thousands separators (minutes and
// hours of one absence never reach a thousand).
const NUMBER_RE = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** A number cell or numeric text; NaN when it is not a number. */
export function parseNumber(value: CellValue): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const t = value.trim();
  if (!NUMBER_RE.test(t)) return NaN;
  return Number(t.replace(',', '.'));
}

/** Nearest whole number, halves up; a tiny tolerance absorbs binary fractions (119.99999… → 120). */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5 + 1e-9);
}
