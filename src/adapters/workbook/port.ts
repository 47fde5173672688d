import type { EvaluationSheetSpec } from '../../core/evaluation/evaluationSheet';
import type { CellGrid } from '../../core/register/types';
import type { SheetTableSpec } from '../../core/reporting/sheetTable';

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
  /** Grid columns whose first rows have a date number format (Excel only; dates arrive as serials). */
  dateColumns?: number[];
}

export interface Progress {
  /** 0..1 */
  fraction: number;
  message: string;
}

export interface ReadOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /**
   * Called before a read of more than about 2 million cells starts (it takes a while in Excel on
   * the web): the pane tells the user; returning false cancels the read.
   */
  onLargeRead?: (size: { rows: number; columns: number; cells: number }) => boolean | void | Promise<boolean | void>;
}

/** What a table write did. */
export interface TableWriteOutcome {
  /** The sheet and table were created (first write). */
  created: boolean;
  /** Cells whose value was written. */
  cellsWritten: number;
  rowsAppended: number;
  columnsAdded: number;
  /** Requests that wrote (Excel only; 0 in memory). */
  writeSyncs: number;
}

/** What a selection of rows did: fewer runs than asked when the host cannot select several areas. */
export interface SelectOutcome {
  selectedRuns: number;
  runs: number;
}

export type { TableColumnSpec, SheetTableSpec } from '../../core/reporting/sheetTable';
export type { EvaluationSheetSpec } from '../../core/evaluation/evaluationSheet';

export interface WorkbookPort {
  /** Tables and sheets that could hold the register, plus the current selection. */
  listRegisterSources(): Promise<RegisterSource[]>;
  readRegister(sourceId: string, options?: ReadOptions): Promise<RegisterRead>;
  /** The settings document saved in the workbook (very hidden sheet), or undefined when none. */
  readSettings(): Promise<unknown | undefined>;
  writeSettings(doc: unknown): Promise<void>;
  /** The register source analysed last in this workbook (kept in the settings store), if any. */
  readSourceChoice(): Promise<string | undefined>;
  writeSourceChoice(sourceId: string): Promise<void>;
  /**
   * Values of a table previously written (header row first, in the user's row and column order,
   * known headers under their known names), [] when the sheet has no such table, undefined when
   * the sheet is absent.
   */
  readTable(sheetName: string, tableName: string): Promise<CellGrid | undefined>;
  /**
   * Writes the table in place: creates it on the first write; afterwards changes only the cells
   * that differ, appends new rows and newer columns, and touches nothing else. Refuses (writing
   * nothing) when a known column is missing (renamed without the column map, or deleted).
   */
  writeTable(spec: SheetTableSpec): Promise<TableWriteOutcome>;
  /** Fills the "Evaluatie" sheet: its figure tables and native charts, refilled without touching the user's own additions. */
  writeEvaluationSheet(spec: EvaluationSheetSpec): Promise<void>;
  /**
   * Selects the given sheet rows (1-based) of a sheet, e.g. the rows a flag counted. Where the
   * host cannot select several areas (Excel before ExcelApi 1.18), the first run of rows.
   */
  selectRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<SelectOutcome>;
  /**
   * Marks the given register rows visibly; reversible by clearHighlight. `keyColumns` (sheet
   * columns, 0-based: pupil and date) identify a row, so clearing restores only rows still
   * holding the same pupil and date.
   */
  highlightRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number, keyColumns?: readonly number[]): Promise<void>;
  clearHighlight(): Promise<void>;
}
