import type { CellGrid, CellValue } from '../../core/register/types';

/**
 * The seam between the task pane and a workbook. Two implementations: the Office.js one (the only
 * module that calls Excel.run) and an in-memory workbook for the browser demo and tests. The pane
 * only ever talks to this interface.
 */

export interface RegisterSource {
  /** Stable key: `table:<name>`, `sheet:<name>` or `selection`. */
  id: string;
  kind: 'table' | 'sheet' | 'selection';
  /** What the user sees: a table name, a sheet name or an address. */
  label: string;
  sheetName: string;
}

export interface RegisterRead {
  source: RegisterSource;
  cells: CellGrid;
  /** Sheet row (1-based) of cells[0]. */
  firstSheetRow: number;
  /** Sheet column (0-based) of cells[?][0]. */
  firstSheetColumn: number;
  date1904: boolean;
}

export interface Progress {
  /** 0..1 */
  fraction: number;
  message: string;
}

export interface ReadOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface TableColumnSpec {
  header: string;
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
  rows: readonly (readonly CellValue[])[];
  /** Background fill per body row (CSS hex, e.g. "#FDE7E9"), or null for none. */
  rowFills?: readonly (string | null)[];
  /** Individual cell fills (row index within body, column index), e.g. a refused "Niet melden". */
  cellFills?: readonly { row: number; column: number; fill: string; note?: string }[];
}

export interface WorkbookPort {
  /** Tables and sheets that could hold the register, plus the current selection. */
  listRegisterSources(): Promise<RegisterSource[]>;
  readRegister(sourceId: string, options?: ReadOptions): Promise<RegisterRead>;
  /** The settings document saved in the workbook (very hidden sheet), or undefined when none. */
  readSettings(): Promise<unknown | undefined>;
  writeSettings(doc: unknown): Promise<void>;
  /** Values of a table previously written (header row first), or undefined when the sheet is absent. */
  readTable(sheetName: string, tableName: string): Promise<CellGrid | undefined>;
  writeTable(spec: SheetTableSpec): Promise<void>;
  /** Selects the given sheet rows (1-based) of a sheet, e.g. the rows a flag counted. */
  selectRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<void>;
  /** Marks the given register rows visibly; reversible by clearHighlight. */
  highlightRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<void>;
  clearHighlight(): Promise<void>;
}
