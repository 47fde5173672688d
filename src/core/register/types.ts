import type { DayNumber } from '../dates';
import type { Category } from '../settings/schema';

/** One cell as Excel, exceljs or a CSV parser hands it over. */
export type CellValue = string | number | boolean | Date | null | undefined;
/** A register as a 2-D array of cells, first row = the first row of the sheet or range read. */
export type CellGrid = readonly (readonly CellValue[])[];

export type RegisterField =
  | 'studentId'
  | 'studentName'
  | 'firstName'
  | 'infix'
  | 'lastName'
  | 'className'
  | 'mentor'
  | 'dateOfBirth'
  | 'bsn'
  | 'date'
  | 'lesson'
  | 'lessonTo'
  | 'startTime'
  | 'endTime'
  | 'minutes'
  | 'hours'
  | 'code'
  | 'kind'
  | 'authorised'
  | 'remark';

/** Field → 0-based column index within the grid. */
export type FieldMapping = Partial<Record<RegisterField, number>>;

export type ProblemKind =
  | 'missing-student'
  | 'missing-date'
  | 'bad-date'
  | 'non-school-day'
  | 'outside-calendar'
  | 'bad-duration'
  | 'unmapped-code'
  | 'duplicate'
  | 'under-five';

export interface Problem {
  /** Sheet row, 1-based as Excel numbers it. */
  row: number;
  /** The column's header text as found in the register (e.g. "Datum"), or null. */
  column: string | null;
  /** The cell's address as Excel shows it (e.g. "E47"), when known. */
  cell?: string;
  kind: ProblemKind;
  /** Dutch message, naming the row and cell. */
  message: string;
  /** The same message in English. */
  messageEn: string;
}

/** A counted absence row, normalised. */
export interface AbsenceRow {
  /** Sheet row, 1-based as Excel numbers it. */
  sheetRow: number;
  studentId: string;
  day: DayNumber;
  minutes: number;
  category: Category;
  /** The code as written in the register (trimmed). */
  code: string;
  lesson?: number;
  lessonTo?: number;
  /** "HH:MM" when the row had times. */
  startTime?: string;
  endTime?: string;
  /** Free text; never enters a leerplicht draft. */
  remark?: string;
}

/** What is known of a pupil, from the first row that gives each field. */
export interface Student {
  id: string;
  name: string;
  className: string;
  mentor: string;
  dateOfBirth?: DayNumber;
  /** BSN or onderwijsnummer, as given. Personal data: masked in the pane, only in the PGN field. */
  bsn?: string;
}

export interface CodeSummary {
  code: string;
  /** null when no default and no school mapping covers it. */
  category: Category | null;
  rows: number;
  /** Where the category came from. */
  source: 'school' | 'default' | 'unmapped';
}

export interface DetectedHeader {
  /** Sheet row of the header, 1-based. */
  row: number;
  /** Header cell texts, one per grid column (empty string for blank). */
  headers: string[];
  mapping: FieldMapping;
}

export interface RegisterImport {
  header: DetectedHeader;
  rows: AbsenceRow[];
  students: Map<string, Student>;
  problems: Problem[];
  codes: CodeSummary[];
  counts: { rowsRead: number; rowsCounted: number; rowsNotCounted: number; blankRows: number };
  /** Set when text dates in the date column only make sense month-first. */
  dateOrderWarning?: { message: string; messageEn: string };
  /** The last date among counted rows (default asOf). */
  lastDay?: DayNumber;
}

export interface ImportOptions {
  /** Sheet row number of grid row 0 (1 when the grid starts at the top of the sheet). */
  firstSheetRow?: number;
  /** 0-based sheet column of grid column 0 (for cell letters when a range starts further right). */
  firstSheetColumn?: number;
  /** Workbook uses the 1904 date system. */
  date1904?: boolean;
  /** The user's override of the detected mapping (merged over it; -1 removes a field). */
  mappingOverride?: FieldMapping;
  /** Sheet row of the header when the caller knows it (e.g. saved with the mapping); skips the search. */
  headerRow?: number;
}
