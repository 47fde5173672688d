import type { CellValue } from '../../core/register/types';
import { isDateFormat } from '../../core/reporting/sheetTable';
import { isOwnSheet, isOwnTable } from '../workbook/ownSheets';
import type { ReadOptions, RegisterRead, RegisterSource } from '../workbook/port';
import { runExcel, WorkbookError } from './errors';
import { errorCode } from './payload';
import { readChunks, throwIfAborted, type Box } from './readChunks';
import { readStore, tablesRecord } from './settingsStore';

/**
 * The register over Office.js: the sources a register can be read from, and reading one. The
 * register is only ever read here.
 */

/** Rows of a register whose number formats tell which columns hold dates. */
const FORMAT_PROBE_ROWS = 5;
/** Rows read first to find how wide the register really is (its header is among them). */
const HEAD_ROWS = 30;
/** Above this many cells the user is told before the read starts (it takes a while). */
export const LARGE_READ_CELLS = 2_000_000;

function parseSourceId(sourceId: string): { kind: RegisterSource['kind']; name: string } {
  if (sourceId === 'selection') return { kind: 'selection', name: '' };
  const colon = sourceId.indexOf(':');
  const kind = sourceId.slice(0, colon);
  if (colon < 0 || (kind !== 'table' && kind !== 'sheet')) {
    throw new WorkbookError(`Onbekende bron "${sourceId}".`, `Unknown source "${sourceId}".`);
  }
  return { kind, name: sourceId.slice(colon + 1) };
}

export async function listRegisterSources(): Promise<RegisterSource[]> {
  return runExcel(async (context) => {
    const own = tablesRecord(await readStore(context));
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const visible = sheets.items.filter((s) => s.visibility === Excel.SheetVisibility.visible && !isOwnSheet(s.name));
    const used = visible.map((s) => s.getUsedRangeOrNullObject(true).load('address'));
    const tableSheets = tables.items.map((t) => t.worksheet.load('name,visibility'));
    const selection = context.workbook.getSelectedRange().load('address');
    let selectionOk = true;
    try {
      await context.sync();
    } catch {
      // A chart or a multi-area selection has no single range: offer no selection source.
      selectionOk = false;
      used.forEach((u) => u.load('address'));
      tableSheets.forEach((t) => t.load('name,visibility'));
      await context.sync();
    }
    const sources: RegisterSource[] = [];
    tables.items.forEach((t, i) => {
      if (tableSheets[i].visibility !== Excel.SheetVisibility.visible || isOwnTable(t.name, tableSheets[i].name, own)) return;
      sources.push({ id: `table:${t.name}`, kind: 'table', label: t.name, sheetName: tableSheets[i].name });
    });
    visible.forEach((s, i) => {
      if (used[i].isNullObject) return;
      sources.push({ id: `sheet:${s.name}`, kind: 'sheet', label: s.name, sheetName: s.name });
    });
    // Excel always has a selection (at least the active cell): one cell is no register.
    if (selectionOk && selection.address.includes(':')) {
      const address = selection.address;
      const bang = address.lastIndexOf('!');
      const sheetName = address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
      if (!isOwnSheet(sheetName)) sources.push({ id: 'selection', kind: 'selection', label: address, sheetName });
    }
    return sources;
  });
}

/** The range a register source stands for (a table with its header, a used range, the selection). */
function locate(context: Excel.RequestContext, kind: RegisterSource['kind'], name: string): Excel.Range {
  if (kind === 'table') return context.workbook.tables.getItem(name).getRange();
  if (kind === 'sheet') return context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  return context.workbook.getSelectedRange();
}

function friendly(e: unknown, kind: RegisterSource['kind'], name: string): unknown {
  if (errorCode(e) === 'ItemNotFound') {
    return kind === 'table'
      ? new WorkbookError(`Tabel "${name}" bestaat niet (meer).`, `Table "${name}" does not exist (any more).`)
      : new WorkbookError(`Blad "${name}" bestaat niet (meer).`, `Sheet "${name}" does not exist (any more).`);
  }
  if (kind === 'selection' && (errorCode(e) === 'InvalidSelection' || errorCode(e) === 'InvalidOperation')) {
    return new WorkbookError('Selecteer één aaneengesloten bereik met het register.', 'Select one contiguous range holding the register.');
  }
  return e;
}

/** Last column (0-based, within the rows) holding a value, or -1. */
function lastFilledColumn(rows: readonly (readonly CellValue[])[]): number {
  let last = -1;
  for (const row of rows) for (let c = row.length - 1; c > last; c--) if (row[c] !== null && row[c] !== '') last = c;
  return last;
}

/**
 * A used range can reach far to the right of the register (a stray value in column XFD, a
 * filled-down format): when it is much wider than the register's first rows, it is cut back to
 * their width so a request does not carry thousands of empty columns per row.
 */
export function trimmedWidth(columnCount: number, headWidth: number): number {
  if (headWidth <= 0) return columnCount;
  return columnCount > Math.max(2 * headWidth, headWidth + 20) ? headWidth : columnCount;
}

export async function readRegister(sourceId: string, options: ReadOptions = {}): Promise<RegisterRead> {
  const { kind, name } = parseSourceId(sourceId);
  throwIfAborted(options.signal);
  return runExcel(async (context) => {
    const range = locate(context, kind, name);
    range.load('address,rowIndex,columnIndex,rowCount,columnCount,worksheet/name');
    // DATE(1904;1;1) is 0 in the 1904 date system and 1462 in the 1900 one; nothing is written.
    const probe = context.workbook.functions.date(1904, 1, 1);
    probe.load('value');
    try {
      await context.sync();
    } catch (e) {
      throw friendly(e, kind, name);
    }
    if (range.isNullObject) throw new WorkbookError(`Blad "${name}" is leeg.`, `Sheet "${name}" is empty.`);
    const sheet = range.worksheet;
    const full: Box = { firstRow: range.rowIndex, firstColumn: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
    const date1904 = probe.value === 0;

    // The first rows with their number formats: how wide the register is, which columns hold dates.
    const headCount = Math.min(HEAD_ROWS, full.rowCount);
    const head = sheet.getRangeByIndexes(full.firstRow, full.firstColumn, headCount, full.columnCount);
    head.load('values,numberFormat');
    await context.sync();
    const headValues = (head.values as unknown[][]).map((r) => r.map((v) => (v === '' ? null : (v as CellValue))));
    const width = trimmedWidth(full.columnCount, lastFilledColumn(headValues) + 1);
    const box: Box = { ...full, columnCount: width };
    const cellCount = box.rowCount * box.columnCount;
    if (cellCount > LARGE_READ_CELLS) {
      const proceed = await options.onLargeRead?.({ rows: box.rowCount, columns: box.columnCount, cells: cellCount });
      if (proceed === false) throw new DOMException('Het lezen is afgebroken.', 'AbortError');
    }
    const rest = await readChunks(context, sheet, { ...box, firstRow: box.firstRow + headCount, rowCount: box.rowCount - headCount }, {
      ...options,
      onProgress:
        options.onProgress &&
        ((p) => {
          const done = headCount + Math.round(p.fraction * (box.rowCount - headCount));
          options.onProgress?.({ fraction: done / box.rowCount, message: `${done} van ${box.rowCount} rijen gelezen` });
        }),
    });
    const cells = [...headValues.map((r) => r.slice(0, width)), ...rest];
    if (rest.length === 0) options.onProgress?.({ fraction: 1, message: `${cells.length} van ${box.rowCount} rijen gelezen` });
    const formats = (head.numberFormat as unknown[][]).slice(0, FORMAT_PROBE_ROWS);
    const dateColumns: number[] = [];
    for (let c = 0; c < width; c++) if (formats.some((row) => isDateFormat(String(row[c] ?? '')))) dateColumns.push(c);
    const source: RegisterSource = {
      id: sourceId,
      kind,
      label: kind === 'selection' ? range.address : kind === 'table' ? name : sheet.name,
      sheetName: sheet.name,
    };
    return { source, cells, firstSheetRow: box.firstRow + 1, firstSheetColumn: box.firstColumn, date1904, dateColumns };
  });
}
