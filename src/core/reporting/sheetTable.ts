import type { CellValue } from '../register/types';

/**
 * What a sheet table is written as. Defined in the core (the reporting and drafts models build
 * it) and re-exported by the workbook port, which writes it.
 */

export interface TableColumnSpec {
  header: string;
  /** Excel's invariant number format code, e.g. "dd-mm-yyyy", "0.00", "@" (text). */
  numberFormat?: string;
  /** Column width in characters (approximate). */
  width?: number;
  /** A drop-down list (data validation) for this column. */
  list?: readonly string[];
}

/** A whole table to (re)write on its own sheet, replacing what the sheet held. */
export interface SheetTableSpec {
  sheetName: string;
  tableName: string;
  columns: readonly TableColumnSpec[];
  /** Body rows; dates as Excel serial numbers (1900 system) in columns with a date format. */
  rows: readonly (readonly CellValue[])[];
  /** Background fill per body row (CSS hex, e.g. "#FDE7E9"), or null for none. */
  rowFills?: readonly (string | null)[];
  /** Individual cell fills (row index within body, column index), e.g. a refused "Niet melden". */
  cellFills?: readonly { row: number; column: number; fill: string; note?: string }[];
}

/** True for a number format that shows a date (day, month and year codes, not a time only). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  return /d/.test(bare) && /y|j/.test(bare);
}
