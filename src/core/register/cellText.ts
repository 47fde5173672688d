import type { CellValue } from './types';

/**
 * A cell as trimmed text, for identifiers, names and codes. Numbers print without a trailing ".0"
 * so a numeric pupil number 1001 and the text "1001" are the same pupil.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return Number.isNaN(value.getTime()) ? '' : value.toISOString();
}

export function isBlankCell(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

/** A cell for the problem messages: what the user sees in the sheet, shortened. */
export function cellDisplay(value: CellValue): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  const text = cellText(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
