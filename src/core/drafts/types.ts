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
  /** "Reden / toelichting": needed with "Niet melden" (pas toe of leg uit); never copied into a draft. */
  reason?: string;
  /** "Acties school": what the school did. */
  actions?: string;
  /** ISO date or text, as typed; null when empty. */
  reportedOn?: string | null;
  duoNumber?: string;
  /** ISO date a letter about this signal was sent or made ("Brief verstuurd op"), when recorded. */
  letterSentOn?: string | null;
  /** "Actie gemeente gewenst" as typed in the reporting sheet: 'Ja', 'Nee' or '' (then Ja). */
  actieGemeente?: string;
  /** "Toelichting actie gemeente" in the reporting sheet. */
  actieGemeenteToelichting?: string;
  /** Sheet row (1-based, as Excel numbers it) of this signal in the reporting sheet, for messages. */
  sheetRow?: number;
}

export type DraftWarningCode =
  | 'missing-pgn'
  | 'invalid-pgn'
  | 'missing-school-name'
  | 'missing-brin'
  | 'missing-location'
  | 'missing-reporter-function'
  | 'report-by-passed'
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

/**
 * One day of the specification, as the Verzuimloket asks it: the day's lessons combined ("lesuur
 * 3-5", "hele dag", "10:20-12:50"), its minutes and codes.
 */
export interface DraftDay {
  /** ISO date. */
  date: string;
  /** "hele dag", "lesuur 3-5", "lesuur 1, 3-4", "10:20-12:50", "te laat" or a combination. */
  part: string;
  minutes: number;
  /** Distinct codes of the day, in order of appearance, joined with ", ". */
  codes: string;
  /** Every lesson of the day missed (a whole-day row, or minutes reaching dayHours × 60). */
  wholeDay: boolean;
}

/** A flag that was already reported: no new draft or letter, shown as reported. */
export interface AlreadyReported {
  status: string;
  /** ISO date (or the text as typed) of "Gemeld op" / "Ingediend bij DUO op"; '' when only the status says so. */
  on: string;
  duoNumber: string;
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
  /** The specification, one line per day. */
  dagen: DraftDay[];
  /** Why the school does (not) want action by the municipality ("Toelichting actie gemeente"). */
  actieGemeenteToelichting: string;
  /** ISO date the draft was made (today, never the analysis date). */
  createdOn: string;
  /** The report-by date lies before the day the draft was made. */
  reportByPassed: boolean;
  /** Set when the flag was reported already (Gemeld, Afgesloten or a "Gemeld op" date). */
  alreadyReported: AlreadyReported | null;
  warnings: DraftWarning[];
}

/** What the coordinator typed on the drafts sheet "Meldingen (concept)" for one draft. */
export interface DraftSheetEntry {
  checked?: string;
  /** ISO date, or null when empty or not a date. */
  submittedOn?: string | null;
  addition?: string;
  /** "Actie gemeente gewenst": 'Ja', 'Nee' or '' (then Ja). */
  actieGemeente?: string;
  actieGemeenteToelichting?: string;
}
