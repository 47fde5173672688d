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
  | 'remark'
  /** What the school did about the pupil's absence ("Acties school"): collected per pupil for the drafts. */
  | 'schoolActions';

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
  | 'under-five'
  /** A line with an unbalanced or stray quote, read as plain text (the row still counts: a warning). */
  | 'unbalanced-quotes'
  /** Bytes that are no character in the file's encoding, shown as \uFFFD. */
  | 'bad-bytes'
  /** An Excel error value (#N/A, #REF!, #DIV/0!, …) in a field. */
  | 'error-value'
  /** A formula cell saved without its result. */
  | 'formula-not-calculated'
  /** A Soort (kind) or Geoorloofd (authorised) value that is not recognised and not mapped. */
  | 'unknown-kind'
  | 'unknown-authorised'
  /** Van/Tot date-times on different days. */
  | 'multi-day'
  /** The file holds rows the reader did not return (the readers' own account of rows). */
  | 'row-account';

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
  /**
   * Set when the row still counts (or, above the header, was no register row): what was read on
   * a guess and should be checked. Every other problem is the one reason its row is not counted.
   */
  warning?: true;
}

/**
 * What a file reader found in the file itself, for the import to report by row and cell: a line
 * read as plain text, undecodable bytes, a formula without result, rows the grid does not hold.
 */
export interface FileIssue {
  /** 0-based grid row (for 'row-account': the first row where file and grid diverge). */
  row: number;
  /** 0-based grid column, when the issue is one cell. */
  col?: number;
  kind: 'unbalanced-quotes' | 'bad-bytes' | 'formula-not-calculated' | 'row-account';
  /** What is wrong, without the "Rij 5, cel C5: " prefix the import adds. */
  detail: string;
  detailEn: string;
  /** For 'row-account': physical rows the file holds that the grid lacks. */
  missingRows?: number;
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
  /**
   * What the school recorded it did ("Acties school" column of the register): every distinct text
   * of the pupil's rows, in register order. Only when the register has such a column.
   */
  schoolActions?: string[];
}

export interface CodeSummary {
  code: string;
  /** null when no default and no school mapping covers it. */
  category: Category | null;
  rows: number;
  /** Where the category came from. */
  source: 'school' | 'default' | 'unmapped';
}

/** One distinct Soort (kind) or Geoorloofd (authorised) value, for mapping like codes. */
export interface ValueSummary {
  /** As first written (trimmed). */
  value: string;
  rows: number;
  /** Kind: late / removed / sick / absent; authorised: yes / no; null when not known nor mapped. */
  meaning: string | null;
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
  /** The Soort values read, when a Soort column is mapped; unknown ones are problems until mapped (settings.kinds). */
  kinds?: ValueSummary[];
  /** The Geoorloofd values read, when that column is mapped (settings.authorisedValues). */
  authorisedValues?: ValueSummary[];
  counts: {
    rowsRead: number;
    rowsCounted: number;
    rowsNotCounted: number;
    blankRows: number;
    /** Rows the file physically holds that its reader did not return (each named by a 'row-account' problem); normally 0. */
    rowsMissing?: number;
  };
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
  /** What the file reader found in the file (RegisterFile.issues). */
  fileIssues?: readonly FileIssue[];
  /**
   * The caller hands the grid over: each row below the header is cleared (set to undefined) once
   * read, so that a large file's cells can be freed while its records are built. For a grid held
   * nowhere else (the command line's file); never for a workbook's values the caller still shows.
   */
  consumeRows?: boolean;
  /** Called every 65,536 rows of the first pass with the rows read so far and the rows below the header. */
  onRowsRead?: (rowsRead: number, rowsTotal: number) => void;
}
