import type { CellGrid, CellValue } from '../../core/register/types';

/**
 * What the add-in keeps in the workbook itself, on one very hidden sheet (it survives where
 * Office's document settings have been lost, and IT can inspect it): the settings document in
 * column A; while a highlight is shown, the register fills it replaced in column C; the column
 * map of the tables the add-in writes in column E; the register source last analysed in column G.
 * Each is JSON, versioned, split over cells of at most 30,000 characters (Excel's cell limit is
 * 32,767). Only settings, colours, column ids and short hashes are stored here: never pupil data.
 */

export const STORE_SHEET_NAME = 'Verzuimsignaal_instellingen';
export const STORE_FORMAT_VERSION = 1;
export const MAX_CELL_CHARS = 30_000;

export const SETTINGS_MARKER = 'verzuimsignaal-settings';
export const HIGHLIGHT_MARKER = 'verzuimsignaal-highlight';
export const TABLES_MARKER = 'verzuimsignaal-tables';
export const SOURCE_MARKER = 'verzuimsignaal-source';

/** Column (0-based) of each record on the store sheet. */
export const SETTINGS_COLUMN = 0;
export const HIGHLIGHT_COLUMN = 2;
export const TABLES_COLUMN = 4;
export const SOURCE_COLUMN = 6;
/** Columns A..H hold every record. */
export const STORE_WIDTH = 8;

/**
 * Every chunk starts with this character, so that no chunk can begin like a formula (=, +, -, @)
 * or a number and be changed by Excel on entry.
 */
const CHUNK_PREFIX = '|';

/** One column of cells: marker, format version, then the JSON in chunks. */
export function encodeRecord(marker: string, payload: unknown): string[] {
  const json = JSON.stringify({ format: STORE_FORMAT_VERSION, payload });
  const cells = [marker, `v${STORE_FORMAT_VERSION}`];
  const room = MAX_CELL_CHARS - CHUNK_PREFIX.length;
  for (let i = 0; i < json.length; i += room) cells.push(CHUNK_PREFIX + json.slice(i, i + room));
  return cells;
}

/** Reads a record back from its column; undefined when absent or unreadable. */
export function decodeRecord(marker: string, column: readonly CellValue[]): unknown | undefined {
  if (column.length < 3 || String(column[0] ?? '').trim() !== marker) return undefined;
  let json = '';
  for (let i = 2; i < column.length; i++) {
    const v = column[i];
    if (v === null || v === undefined || v === '') break;
    const text = String(v);
    json += text.startsWith(CHUNK_PREFIX) ? text.slice(1) : text;
  }
  try {
    const parsed = JSON.parse(json) as { format?: unknown; payload?: unknown };
    if (parsed.format !== STORE_FORMAT_VERSION) return undefined;
    return parsed.payload;
  } catch {
    return undefined;
  }
}

export function columnOf(grid: CellGrid | undefined, column: number): CellValue[] {
  return (grid ?? []).map((row) => row[column]);
}

/**
 * A highlight to undo: the register area and the fill of every cell before it (null = none). The
 * sheet is kept by Worksheet.id (a rename keeps it), its name only for the message; each row by
 * a short hash of what identified it (pupil and date), so a fill goes back only onto a row that
 * still holds the same pupil and date (the user may have sorted or deleted rows meanwhile).
 */
export interface HighlightRecord {
  sheetId?: string;
  sheetName: string;
  areas: {
    firstRow: number;
    rowCount: number;
    firstColumn: number;
    columnCount: number;
    fills: (string | null)[][];
    /** Per row of the area: the hash of its key cells when highlighted. */
    keys?: string[];
  }[];
  /** Sheet columns (0-based) whose values make a row's key. */
  keyColumns?: number[];
}

export function isHighlightRecord(v: unknown): v is HighlightRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<HighlightRecord>;
  return typeof r.sheetName === 'string' && Array.isArray(r.areas);
}

/**
 * A short, non-reversible tag of a row's key cells (FNV-1a, 32 bits, twice with different
 * seeds): enough to tell "the same pupil and date" from another row, and no pupil data in the
 * store.
 */
export function rowKey(values: readonly unknown[]): string {
  const text = JSON.stringify(values.map((v) => (v === '' || v === undefined ? null : v)));
  const hash = (seed: number): string => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(36);
  };
  return `${hash(0x811c9dc5)}${hash(0x1b873593)}`;
}

/** Per table the add-in writes: the layout version last written and each known column's id. */
export interface TableColumnMap {
  layoutVersion: number;
  /** Canonical header → TableColumn.id (Excel keeps the id when the user renames the header). */
  columns: Record<string, string>;
}
export type TablesRecord = Record<string, TableColumnMap>;

export function isTablesRecord(v: unknown): v is TablesRecord {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v).every(
    (m) => typeof m === 'object' && m !== null && typeof (m as TableColumnMap).layoutVersion === 'number' && typeof (m as TableColumnMap).columns === 'object',
  );
}

export function tableKey(tableName: string): string {
  return tableName.toLowerCase();
}

/** Sorted, distinct sheet rows grouped into runs of consecutive rows. */
export function rowRuns(rows: readonly number[]): { first: number; count: number }[] {
  const sorted = [...new Set(rows.filter((r) => Number.isInteger(r) && r >= 1))].sort((a, b) => a - b);
  const runs: { first: number; count: number }[] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === r) last.count += 1;
    else runs.push({ first: r, count: 1 });
  }
  return runs;
}

/** The colour highlighted register rows get. */
export const HIGHLIGHT_FILL = '#FFEB9C';
