import type { DuoType, FlagCategory, FlagBasis, MasBranch } from '../analysis/types';

/**
 * A counted absence as it may appear in a melding: only what the attendance office needs.
 * Deliberately no remark and no sick/authorised category, so free text and sickness cannot be
 * carried into a draft by accident (see toDraftAbsence).
 */
export interface DraftAbsence {
  sheetRow: number;
  /** ISO date. */
  date: string;
  /** "3", "3-5", "08:30-10:15" or "hele dag". */
  lessons: string;
  minutes: number;
  code: string;
  category: 'unauthorised' | 'luxury' | 'late';
}

/** The pupil as a melding needs it: no mentor, no remarks. */
export interface DraftPupil {
  id: string;
  name: string;
  className: string;
  /** ISO date, or null when the register has none. */
  dateOfBirth: string | null;
  /** BSN or onderwijsnummer (PGN), or null when the register has none. Only ever in `pgn`. */
  bsn: string | null;
}

/**
 * What the school recorded for a signal in the reporting sheet ("Verzuimsignalen"). Only these
 * user entries are read by the drafts; the free "toelichting" is not, because it may hold
 * anything (including health details) and is the reason for Niet melden, not part of a melding.
 */
export interface DraftReportingEntry {
  status?: string;
  /** "Acties school": what the school did. */
  actions?: string;
  /** ISO date or text, as typed; null when empty. */
  reportedOn?: string | null;
  duoNumber?: string;
}

export type DraftWarningCode =
  | 'missing-pgn'
  | 'missing-end-date'
  | 'missing-date-of-birth'
  | 'missing-reporter-name'
  | 'missing-reporter-phone'
  | 'missing-reporter-email'
  | 'missing-school-actions';

export interface DraftWarning {
  code: DraftWarningCode;
  /** Dutch, names the pupil number and the field. */
  message: string;
  messageEn: string;
}

/** An earlier signal of the same pupil in the same school year, as the school's track record. */
export interface EarlierSignal {
  flagId: string;
  category: FlagCategory;
  label: string;
  start: string;
  end: string;
  hours: number;
  actions: string;
  reportedOn: string;
  duoNumber: string;
}

/** One draft melding for the Verzuimloket (DUO), for one leerplicht flag. */
export interface DraftMelding {
  flagId: string;
  category: FlagCategory;
  basis: FlagBasis | null;
  /** Status from the reporting sheet (Nieuw when none was given). */
  status: string;
  /** PGN: BSN or onderwijsnummer, only when the register has it. */
  pgn: string | null;
  pupil: Omit<DraftPupil, 'bsn'>;
  school: { name: string; brin: string; location: string };
  duoType: DuoType;
  /** Dutch label of the DUO verzuim type. */
  verzuimType: string;
  /** ISO dates. */
  begindatum: string;
  einddatum: string | null;
  verzuimdagen: number;
  verzuimuren: number;
  /** True when every counted day was a whole-day absence (see buildDrafts). */
  alleLessenGemist: boolean;
  vermoedelijkeReden: string;
  /** "Acties school" typed for this signal in the reporting sheet. */
  actiesSchool: string;
  earlierSignals: EarlierSignal[];
  actieGemeenteGewenst: boolean;
  /** What the coordinator added for leerplicht in the drafts sheet ("Aanvulling voor leerplicht"). */
  aanvulling: string;
  reporter: { name: string; function: string; phone: string; email: string };
  masBranch: MasBranch | null;
  reportBy: string | null;
  specificatie: DraftAbsence[];
  warnings: DraftWarning[];
}

/** What the coordinator typed on the drafts sheet "Meldingen (concept)" for one draft. */
export interface DraftSheetEntry {
  checked?: string;
  /** ISO date, or null when empty or not a date. */
  submittedOn?: string | null;
  addition?: string;
}
