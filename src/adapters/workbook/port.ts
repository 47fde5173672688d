import type { CellGrid } from '../../core/register/types';
import type { EvaluationSheetSpec } from '../../core/evaluation/evaluationSheet';
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
  /** Values of a table previously written (header row first), or undefined when the sheet is absent. */
  readTable(sheetName: string, tableName: string): Promise<CellGrid | undefined>;
  writeTable(spec: SheetTableSpec): Promise<void>;
  /** Fills the "Evaluatie" sheet: its figure tables and native charts, refilled without touching the user's own additions. */
  writeEvaluationSheet(spec: EvaluationSheetSpec): Promise<void>;
  /** Selects the given sheet rows (1-based) of a sheet, e.g. the rows a flag counted. */
  selectRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<void>;
  /** Marks the given register rows visibly; reversible by clearHighlight. */
  highlightRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<void>;
  clearHighlight(): Promise<void>;
}
