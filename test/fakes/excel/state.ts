import type { Box } from './address';

/** The fake workbook's data, independent of the proxy objects that add-in code holds. */

export type Scalar = string | number | boolean;

export interface CellState {
  value: Scalar;
  numberFormat: string;
  formula?: string;
  /** CSS hex, or undefined for no fill. */
  fill?: string;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  /** Header row included; the body has at least one row, as in Excel. */
  box: Box;
  style?: string;
  /** TableColumn.id per column, left to right: kept when a header is renamed or columns move. */
  columnIds: number[];
  /** The table's AutoFilter: criteria per column index (undefined: no criterion). */
  autoFilter: { enabled: boolean; criteria: (Record<string, unknown> | undefined)[] };
  /** The table's sort (TableSort.fields), kept until cleared. */
  sort?: { fields: { key: number; ascending?: boolean }[]; matchCase: boolean; method: string };
}

/** A conditional format: the cells it covers, its type, a custom rule's formula and fill colour. */
export interface ConditionalFormatState {
  box: Box;
  type: string;
  formula?: string;
  fill?: string;
}

let columnCounter = 0;
/** A new TableColumn.id, unique in the workbook. */
export function newColumnId(): number {
  columnCounter += 1;
  return columnCounter;
}

export function newTable(name: string, sheet: SheetState, box: Box): TableState {
  return {
    name,
    sheet,
    box,
    columnIds: Array.from({ length: box.cols }, () => newColumnId()),
    autoFilter: { enabled: true, criteria: [] },
  };
}

export interface ValidationState {
  box: Box;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface SheetState {
  /** Worksheet.id: fixed at creation, so it survives a rename. */
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** row → column → cell */
  cells: Map<number, Map<number, CellState>>;
  frozenRows: number;
  validations: ValidationState[];
  /** "row,col" → note text */
  notes: Map<string, string>;
  columnWidths: Map<number, number>;
  deleted: boolean;
  conditionalFormats: ConditionalFormatState[];
  /** Worksheet protection (Excel.WorksheetProtection); undefined when unprotected. */
  protection?: { password?: string; options: Record<string, unknown> };
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  /** The user's selection; without one, the active sheet's A1 (Excel always has a selected cell). */
  selection?: { sheet: SheetState; areas: Box[]; activeCell?: { r: number; c: number } };
  activeSheet?: SheetState;
  /** Workbook (structure) protection: sheets cannot be added, deleted, renamed, moved or hidden. */
  protection?: { password?: string };
  /** Opened read-only (Workbook.readOnly): every write is refused. */
  readOnly: boolean;
  /** The user is typing in a cell: every request fails until they leave the cell. */
  cellEditMode: boolean;
  /** Fault injection for tests: an error for the n-th sync (counted as stats.syncs), or undefined. */
  failSync?: (syncNumber: number) => Error | undefined;
  date1904: boolean;
  calculationSuspendedSyncs: number;
}

let sheetCounter = 0;

export function newSheet(name: string): SheetState {
  sheetCounter += 1;
  const hex = sheetCounter.toString(16).toUpperCase().padStart(12, '0');
  return {
    id: `{6F1C2A3B-0000-4000-8000-${hex}}`,
    name,
    visibility: 'Visible',
    cells: new Map(),
    frozenRows: 0,
    validations: [],
    notes: new Map(),
    columnWidths: new Map(),
    conditionalFormats: [],
    deleted: false,
  };
}

export function getCell(sheet: SheetState, r: number, c: number): CellState | undefined {
  return sheet.cells.get(r)?.get(c);
}

export function ensureCell(sheet: SheetState, r: number, c: number): CellState {
  let row = sheet.cells.get(r);
  if (!row) {
    row = new Map();
    sheet.cells.set(r, row);
  }
  let cell = row.get(c);
  if (!cell) {
    cell = { value: '', numberFormat: 'General' };
    row.set(c, cell);
  }
  return cell;
}

/** Cells that exist inside a box, visited sparsely (never the whole grid of an entire column). */
export function forEachCellIn(sheet: SheetState, box: Box, fn: (r: number, c: number, cell: CellState) => void): void {
  for (const [r, row] of sheet.cells) {
    if (r < box.r0 || r >= box.r0 + box.rows) continue;
    for (const [c, cell] of row) {
      if (c < box.c0 || c >= box.c0 + box.cols) continue;
      fn(r, c, cell);
    }
  }
}

export function usedBox(sheet: SheetState, valuesOnly: boolean): Box | undefined {
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  for (const [r, row] of sheet.cells) {
    for (const [c, cell] of row) {
      const used = cell.value !== '' || (!valuesOnly && (cell.fill !== undefined || cell.numberFormat !== 'General'));
      if (!used) continue;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
  }
  if (r1 < 0) return undefined;
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}
