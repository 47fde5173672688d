import type { CellValue } from '../../core/register/types';
import {
  columnOf,
  decodeRecord,
  encodeRecord,
  isTablesRecord,
  SETTINGS_COLUMN,
  SETTINGS_MARKER,
  SOURCE_COLUMN,
  SOURCE_MARKER,
  STORE_SHEET_NAME,
  STORE_WIDTH,
  TABLES_COLUMN,
  TABLES_MARKER,
  type TablesRecord,
} from '../workbook/hiddenStore';
import { columnLetters } from './a1';
import { runExcel } from './errors';
import { queueWriteCheck } from './writeGuard';

/**
 * The very hidden store sheet over Office.js: reading its record columns and writing one record
 * column (the sheet is created very hidden on the first write).
 */

export interface StoreContents {
  exists: boolean;
  /** Cells from A1, record columns where they were written. */
  cells: CellValue[][];
}

/** Queues finding the store sheet (a null object when it does not exist). */
export function queueStoreProbe(context: Excel.RequestContext): Excel.Worksheet {
  const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET_NAME);
  store.load('name');
  return store;
}

/** After the probe's sync: queues reading the record columns (undefined when there is no store). */
export function queueStoreValues(store: Excel.Worksheet): Excel.Range | undefined {
  if (store.isNullObject) return undefined;
  const used = store.getRange(`A:${columnLetters(STORE_WIDTH - 1)}`).getUsedRangeOrNullObject(true);
  used.load('values,rowIndex,columnIndex');
  return used;
}

/** After the sync that read them: the record columns, re-anchored at A1. */
export function storeContents(used: Excel.Range | undefined): StoreContents {
  if (!used) return { exists: false, cells: [] };
  if (used.isNullObject) return { exists: true, cells: [] };
  const cells: CellValue[][] = [];
  const values = used.values as unknown[][];
  const firstRow = used.rowIndex;
  const firstColumn = used.columnIndex;
  values.forEach((row, r) => {
    const out: CellValue[] = [];
    row.forEach((v, c) => (out[firstColumn + c] = v === '' ? null : (v as CellValue)));
    cells[firstRow + r] = out;
  });
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { exists: true, cells };
}

/** The store sheet's record columns as values (empty when the sheet does not exist). Two syncs. */
export async function readStore(context: Excel.RequestContext): Promise<StoreContents> {
  const store = queueStoreProbe(context);
  await context.sync();
  const used = queueStoreValues(store);
  if (used) await context.sync();
  return storeContents(used);
}

export function storeRecord(store: StoreContents, marker: string, column: number): unknown | undefined {
  return decodeRecord(marker, columnOf(store.cells, column));
}

/** Queues writing one record column on the store sheet (created very hidden when missing). */
export function queueRecord(context: Excel.RequestContext, exists: boolean, column: number, cells: string[] | undefined): void {
  const store = exists ? context.workbook.worksheets.getItem(STORE_SHEET_NAME) : context.workbook.worksheets.add(STORE_SHEET_NAME);
  if (!exists) store.visibility = Excel.SheetVisibility.veryHidden;
  const letter = columnLetters(column);
  store.getRange(`${letter}:${letter}`).clear();
  if (!cells || cells.length === 0) return;
  const target = store.getRangeByIndexes(0, column, cells.length, 1);
  // Text format first: a chunk must never be read as a number, date or formula.
  target.numberFormat = cells.map(() => ['@']);
  target.values = cells.map((c) => [c]);
}

/** Writes one record in its own batch, after checking that the workbook can be written. */
async function writeRecord(marker: string, column: number, payload: unknown): Promise<void> {
  await runExcel(async (context) => {
    const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET_NAME);
    store.load('name');
    const check = queueWriteCheck(context, { addsSheet: true });
    await context.sync();
    check(store.isNullObject);
    queueRecord(context, !store.isNullObject, column, payload === undefined ? undefined : encodeRecord(marker, payload));
    await context.sync();
  });
}

export async function readSettings(): Promise<unknown | undefined> {
  return runExcel(async (context) => storeRecord(await readStore(context), SETTINGS_MARKER, SETTINGS_COLUMN));
}

export async function writeSettings(doc: unknown): Promise<void> {
  await writeRecord(SETTINGS_MARKER, SETTINGS_COLUMN, doc);
}

export async function readSourceChoice(): Promise<string | undefined> {
  return runExcel(async (context) => {
    const v = storeRecord(await readStore(context), SOURCE_MARKER, SOURCE_COLUMN) as { sourceId?: unknown } | undefined;
    return typeof v?.sourceId === 'string' ? v.sourceId : undefined;
  });
}

export async function writeSourceChoice(sourceId: string): Promise<void> {
  await writeRecord(SOURCE_MARKER, SOURCE_COLUMN, { sourceId });
}

export function tablesRecord(store: StoreContents): TablesRecord {
  const v = storeRecord(store, TABLES_MARKER, TABLES_COLUMN);
  return isTablesRecord(v) ? v : {};
}

export function queueTablesRecord(context: Excel.RequestContext, exists: boolean, record: TablesRecord): void {
  queueRecord(context, exists, TABLES_COLUMN, encodeRecord(TABLES_MARKER, record));
}
