import type { AbsenceRow } from '../register/types';
import type { DayTable } from './types';

/** Indices of the rows of day groups [fromGroup, toGroup) that `keep` accepts, in day order. */
export function collectRows(
  table: DayTable,
  fromGroup: number,
  toGroup: number,
  keep: (row: AbsenceRow) => boolean,
  out: number[] = [],
): number[] {
  const { order, rowStart, rows } = table;
  for (let i = rowStart[fromGroup], end = rowStart[toGroup]; i < end; i++) {
    const r = order[i];
    if (keep(rows[r])) out.push(r);
  }
  return out;
}

/**
 * The rows of rules 3 and 4: unauthorised and luxury rows, 0-minute ones included (rules.md leaves
 * those out of rules 1 and 2 only; a 0-minute luxury row is still the code as evidence).
 */
export const isAbsentRow = (row: AbsenceRow): boolean => row.category === 'unauthorised' || row.category === 'luxury';
export const isLuxuryRow = (row: AbsenceRow): boolean => row.category === 'luxury';
export const isSickRow = (row: AbsenceRow): boolean => row.category === 'sick';
