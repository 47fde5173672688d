import {
  HIGHLIGHT_COLUMN,
  HIGHLIGHT_FILL,
  HIGHLIGHT_MARKER,
  encodeRecord,
  isHighlightRecord,
  rowKey,
  rowRuns,
  type HighlightRecord,
} from '../workbook/hiddenStore';
import { areaAddress } from './a1';
import { isSetSupported, runExcel } from './errors';
import { queueRecord, readStore, storeRecord } from './settingsStore';
import { queueWriteCheck } from './writeGuard';
import type { SelectOutcome } from '../workbook/port';

/**
 * Showing register rows: selecting the rows a flag counted, and the reversible highlight (the
 * fills it replaces are kept on the store sheet and put back by clearHighlight).
 */

/** Longest multi-area address we hand to getRanges (Excel refuses very long references). */
const MAX_AREAS_ADDRESS = 2000;


export async function selectRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<SelectOutcome> {
  const runs = rowRuns(rows);
  if (runs.length === 0) return { selectedRuns: 0, runs: 0 };
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    const addresses = runs.map((r) => areaAddress(r.first - 1, firstColumn, r.count, Math.max(1, columnCount)));
    let joined = '';
    let joinedCount = 0;
    for (const a of addresses) {
      if (joined.length + a.length + 1 > MAX_AREAS_ADDRESS) break;
      joined = joined === '' ? a : `${joined},${a}`;
      joinedCount += 1;
    }
    // RangeAreas.select needs ExcelApi 1.18 (getRanges itself 1.9): before it, the first run.
    const multi = addresses.length > 1 && isSetSupported('1.18');
    if (multi) sheet.getRanges(joined).select();
    else sheet.getRange(addresses[0]).select();
    await context.sync();
    return { selectedRuns: multi ? joinedCount : 1, runs: runs.length };
  }, sheetName);
}

/** Fill of a cell as getCellProperties reports it; null for none. */
function fillOf(cell: Excel.CellProperties): string | null {
  const fill = cell.format?.fill;
  return !fill || fill.pattern === 'None' || !fill.color ? null : fill.color;
}

export async function highlightRows(
  sheetName: string,
  rows: readonly number[],
  firstColumn: number,
  columnCount: number,
  keyColumns: readonly number[] = [],
): Promise<void> {
  const runs = rowRuns(rows);
  await runExcel(async (context) => {
    const store = await readStore(context);
    const previous = storeRecord(store, HIGHLIGHT_MARKER, HIGHLIGHT_COLUMN);
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.load('id,name');
    const check = queueWriteCheck(context, { addsSheet: true, sheet: { proxy: sheet, name: sheetName } });
    const width = Math.max(1, columnCount);
    const props = runs.map((r) =>
      sheet.getRangeByIndexes(r.first - 1, firstColumn, r.count, width).getCellProperties({ format: { fill: { color: true, pattern: true } } }),
    );
    const keys = keyColumns.length > 0 ? runs.map((r) => keyCells(sheet, r.first - 1, r.count, keyColumns)) : [];
    await context.sync();
    check(!store.exists);
    if (isHighlightRecord(previous)) await restore(context, previous);
    if (runs.length === 0) {
      queueRecord(context, store.exists, HIGHLIGHT_COLUMN, undefined);
      await context.sync();
      return;
    }
    const record: HighlightRecord = {
      sheetId: sheet.id,
      sheetName: sheet.name,
      keyColumns: [...keyColumns],
      areas: runs.map((r, i) => ({
        firstRow: r.first - 1,
        rowCount: r.count,
        firstColumn,
        columnCount: width,
        fills: props[i].value.map((row) => row.map(fillOf)),
        keys: keys[i]?.(),
      })),
    };
    queueRecord(context, store.exists, HIGHLIGHT_COLUMN, encodeRecord(HIGHLIGHT_MARKER, record));
    for (const r of runs) sheet.getRangeByIndexes(r.first - 1, firstColumn, r.count, width).format.fill.color = HIGHLIGHT_FILL;
    await context.sync();
  }, sheetName);
}

/** Queues loading the key cells of a run of rows; the function gives each row's key after the sync. */
function keyCells(sheet: Excel.Worksheet, firstRow: number, count: number, columns: readonly number[]): () => string[] {
  const ranges = columns.map((c) => sheet.getRangeByIndexes(firstRow, c, count, 1).load('values'));
  return () => Array.from({ length: count }, (_, r) => rowKey(ranges.map((range) => (range.values as unknown[][])[r][0])));
}

export async function clearHighlight(): Promise<void> {
  await runExcel(async (context) => {
    const store = await readStore(context);
    const previous = storeRecord(store, HIGHLIGHT_MARKER, HIGHLIGHT_COLUMN);
    if (!isHighlightRecord(previous)) return;
    await restore(context, previous);
    queueRecord(context, store.exists, HIGHLIGHT_COLUMN, undefined);
    await context.sync();
  });
}

/**
 * Puts back the fills a highlight replaced (one sync to find the sheet and check the rows; the
 * writes are queued for the caller's sync). The sheet is found by its id, so a renamed register
 * sheet is still restored; a deleted one is skipped. A row is restored only when it still holds
 * the pupil and date it held when highlighted, or when the record has no keys.
 */
async function restore(context: Excel.RequestContext, record: HighlightRecord): Promise<void> {
  const located = await locateSheet(context, record);
  if (!located) return;
  const keyColumns = record.keyColumns ?? [];
  const now = keyColumns.length > 0 ? record.areas.map((a) => keyCells(located, a.firstRow, a.rowCount, keyColumns)) : [];
  if (now.length > 0) await context.sync();
  record.areas.forEach((area, i) => {
    const current = now[i]?.();
    for (let r = 0; r < area.rowCount; ) {
      // Runs of rows that may be restored, written as one range each.
      const same = (k: number): boolean => !current || !area.keys || current[k] === area.keys[k];
      if (!same(r)) {
        r += 1;
        continue;
      }
      let end = r + 1;
      while (end < area.rowCount && same(end)) end += 1;
      const range = located.getRangeByIndexes(area.firstRow + r, area.firstColumn, end - r, area.columnCount);
      range.format.fill.clear();
      const fills = area.fills.slice(r, end);
      if (fills.some((row) => row.some((f) => f !== null))) {
        range.setCellProperties(fills.map((row) => row.map((f) => (f === null ? {} : { format: { fill: { color: f } } }))));
      }
      r = end;
    }
  });
}

/** The highlighted sheet by its id (by name for a record from before ids), undefined when gone. One sync. */
async function locateSheet(context: Excel.RequestContext, record: HighlightRecord): Promise<Excel.Worksheet | undefined> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/id,items/name');
  await context.sync();
  const found = sheets.items.find((s) => (record.sheetId ? s.id === record.sheetId : s.name.toLowerCase() === record.sheetName.toLowerCase()));
  return found ? sheets.getItem(found.name) : undefined;
}

