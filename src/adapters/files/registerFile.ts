import type { CellGrid } from '../../core/register/types';

/** A register as read from a file: the grid starts at cell A1 of the sheet (or line 1 of a CSV). */
export interface RegisterFile {
  cells: CellGrid;
  /** The workbook counts dates from 1904 (old Mac workbooks); always false for CSV. */
  date1904: boolean;
  /** The sheet read, for .xlsx. */
  sheetName?: string;
}
