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
  return shortText(cellText(value), 40);
}

/** At most `max` characters (the last three "..."), never cutting a character of two UTF-16 units in half. */
export function shortText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 3;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}...`;
}
