import { ageOn, type DayNumber } from '../dates';
import type { RawFlag } from './types';

/** The note a flag carries when the pupil was 18 or older on its end date (rules.md, "Age and regime"). */
export const ADULT_NOTE = '18+';

/** Leerplicht and kwalificatieplicht end at 18: these rules then give a signal for the school only. */
const LEERPLICHT_ONLY: ReadonlySet<RawFlag['category']> = new Set(['luxury', 'long-term', 'lateness']);

/**
 * rules.md "Age and regime": from 18 the only melding DUO takes is the sixteen-hours one (V4). A
 * luxury, long-term or lateness flag whose pupil is 18 or older on the flag's end date goes to the
 * school, without DUO type, MAS branch or report-by date, and says why in its notes. Without a date
 * of birth nothing changes: the pupil is taken to be under leerplicht, as for V3.
 */
export function applyAdultRegime(flag: RawFlag, dateOfBirth: DayNumber | undefined): void {
  if (dateOfBirth === undefined || !LEERPLICHT_ONLY.has(flag.category)) return;
  if (ageOn(dateOfBirth, flag.end) < 18) return;
  flag.reportTo = 'school';
  flag.duoType = null;
  flag.masBranch = null;
  const notes = flag.notes ?? [];
  if (!notes.includes(ADULT_NOTE)) flag.notes = [...notes, ADULT_NOTE];
}
