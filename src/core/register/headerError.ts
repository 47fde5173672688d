import type { RegisterField } from './types';

const FIELD_NL: Partial<Record<RegisterField, string>> = { studentId: 'leerlingnummer', date: 'datum', code: 'code' };
const FIELD_EN: Partial<Record<RegisterField, string>> = { studentId: 'pupil number', date: 'date', code: 'code' };

/**
 * No row among the first 20 has a pupil number, a date and a code column: the register cannot be
 * read at all. Says which of the three the closest row did have, so the user knows what to rename
 * or map by hand.
 */
export class RegisterHeaderError extends Error {
  readonly messageEn: string;

  constructor(
    /** The required fields the closest row did map. */
    readonly found: RegisterField[],
    /** Sheet row of that closest row, or null when no row had any of them. */
    readonly closestRow: number | null,
  ) {
    const foundNl = found.map((f) => FIELD_NL[f]).join(', ');
    const foundEn = found.map((f) => FIELD_EN[f]).join(', ');
    const where = closestRow === null ? '' : ` (rij ${closestRow}: ${foundNl})`;
    const whereEn = closestRow === null ? '' : ` (row ${closestRow}: ${foundEn})`;
    super(
      `geen kopregel met kolommen voor leerlingnummer, datum en code in de eerste 20 rijen; ` +
        `gevonden: ${foundNl || 'geen van drieën'}${where}`,
    );
    this.name = 'RegisterHeaderError';
    this.messageEn =
      `no header row with pupil number, date and code columns in the first 20 rows; ` +
      `found: ${foundEn || 'none of them'}${whereEn}`;
  }
}
