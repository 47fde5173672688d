import type { CellGrid, FileIssue } from '../../core/register/types';

/** A register as read from a file: the grid starts at cell A1 of the sheet (or line 1 of a CSV). */
export interface RegisterFile {
  cells: CellGrid;
  /** The workbook counts dates from 1904 (old Mac workbooks); always false for CSV. */
  date1904: boolean;
  /** The sheet read, for .xlsx. */
  sheetName?: string;
  /** The other sheets of the workbook, for messages that suggest --sheet. */
  otherSheets?: string[];
  /** What the reader found in the file itself (by grid row and column); absent when nothing. */
  issues?: FileIssue[];
  /** How the text was decoded, for a .csv ("utf-8", "windows-1252", "utf-16le", …). */
  encoding?: string;
}
