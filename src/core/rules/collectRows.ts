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

/** Unauthorised rows with minutes, and every luxury row (the code itself is the evidence). */
export const isAbsentRow = (row: AbsenceRow): boolean =>
  (row.category === 'unauthorised' && row.minutes > 0) || row.category === 'luxury';
export const isLuxuryRow = (row: AbsenceRow): boolean => row.category === 'luxury';
export const isSickRow = (row: AbsenceRow): boolean => row.category === 'sick';
