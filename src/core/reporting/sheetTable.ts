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
  /** An input message shown when a cell of the column is selected (at most 255 characters). */
  prompt?: string;
  /**
   * Layout version that introduced the column (default 1). A table last written with an older
   * layout gets the column added on its next fill; otherwise a missing column is refused.
   */
  since?: number;
}

/**
 * A fill Excel applies while a formula holds for a row: a conditional format on the table body
 * (or on one column of it), so colours stay true as days pass without the add-in running.
 */
export interface ConditionalFillRule {
  /** Short stable name, written into the formula so the add-in recognises its own rules. */
  key: string;
  /** Header of the column coloured; the whole row when absent. */
  column?: string;
  fill: string;
  /**
   * The formula for the first body row. `ref(header)` gives that row's cell of a column as a
   * mixed reference ("$Q2"); `serial(iso)` a date as a serial of the workbook's date system.
   */
  formula(ref: (header: string) => string, serial: (iso: string) => number): string;
}

/**
 * A table the add-in keeps on its own sheet. Column 0 holds the row id. Written in place: the
 * adapters match it to the table there by header and id and write only what differs (see
 * tablePlan.ts); the first write creates the sheet and the table.
 */
export interface SheetTableSpec {
  sheetName: string;
  tableName: string;
  /** Version of the column list (see TableColumnSpec.since); default 1. */
  layoutVersion?: number;
  columns: readonly TableColumnSpec[];
  /** Body rows; dates as Excel serial numbers (1900 system) in columns with a date format. */
  rows: readonly (readonly CellValue[])[];
  /**
   * Background fill per body row (CSS hex, e.g. "#FDE7E9"), or null for none: static fills, set
   * on rows that are added or changed. With conditionalFormats they are only what the rules show
   * today (the memory workbook displays them; Excel gets the rules).
   */
  rowFills?: readonly (string | null)[];
  /** Individual cell fills (row index within body, column index), e.g. a refused "Niet melden". */
  cellFills?: readonly { row: number; column: number; fill: string; note?: string }[];
  /** Fills as conditional formats on the table; when given, Excel gets no static fills. */
  conditionalFormats?: readonly ConditionalFillRule[];
}

/** True for a number format that shows a date (day, month and year codes, not a time only). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  return /d/.test(bare) && /y|j/.test(bare);
}
