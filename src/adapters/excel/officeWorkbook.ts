import type { CellGrid, CellValue } from '../../core/register/types';
import { isDateFormat, type SheetTableSpec } from '../../core/reporting/sheetTable';
import {
  columnOf,
  decodeRecord,
  encodeRecord,
  HIGHLIGHT_COLUMN,
  HIGHLIGHT_FILL,
  HIGHLIGHT_MARKER,
  isHighlightRecord,
  rowRuns,
  SETTINGS_COLUMN,
  SETTINGS_MARKER,
  STORE_SHEET_NAME,
  type HighlightRecord,
} from '../workbook/hiddenStore';
import type { ReadOptions, RegisterRead, RegisterSource, WorkbookPort } from '../workbook/port';
import { areaAddress, columnLetters, sheetPrefix } from './a1';
import { writeEvaluationSheetInExcel } from './evaluationSheet';
import { CHART_PREFIX, type EvaluationSheetSpec } from '../../core/evaluation/evaluationSheet';
import { errorCode } from './payload';
import { readChunks, throwIfAborted, type Box } from './readChunks';
import { bodyValues, DATE1904_OFFSET, queueBlock, queueHeaderAndFirstBlock, queueTableAndFormats, type Block } from './writeTable';

/**
 * The WorkbookPort over Office.js: the only module that calls Excel.run. Every method is one
 * Excel.run with a small, constant number of syncs (plus one per chunk of a large read or write).
 * The register is only ever read, except for the explicit, reversible highlight.
 */

/** Rows of a sheet table read with its dimensions, in the same request (a reporting sheet of
 * 2,000 flags is read in two syncs). */
const TABLE_HEAD_ROWS = 2_500;
/** Rows of a register whose number formats tell which columns hold dates. */
const FORMAT_PROBE_ROWS = 5;
/** Longest multi-area address we hand to getRanges (Excel refuses very long references). */
const MAX_AREAS_ADDRESS = 2000;

function isSetSupported(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}

function parseSourceId(sourceId: string): { kind: RegisterSource['kind']; name: string } {
  if (sourceId === 'selection') return { kind: 'selection', name: '' };
  const colon = sourceId.indexOf(':');
  const kind = sourceId.slice(0, colon);
  if (colon < 0 || (kind !== 'table' && kind !== 'sheet')) {
    throw new WorkbookError(`Onbekende bron "${sourceId}".`, `Unknown source "${sourceId}".`);
  }
  return { kind, name: sourceId.slice(colon + 1) };
}

/** 2-D values with Excel's empty strings as null. */
function gridOf(values: unknown[][]): CellValue[][] {
  return values.map((row) => row.map((v) => (v === '' ? null : (v as CellValue))));
}

/** Dates written in the 1904 system are handed back as 1900-system serials, like everywhere else. */
function shiftDatesFrom1904(grid: CellValue[][], formats: unknown[]): void {
  formats.forEach((f, c) => {
    if (!isDateFormat(String(f))) return;
    for (let r = 1; r < grid.length; r++) {
      const v = grid[r][c];
      if (typeof v === 'number') grid[r][c] = v + DATE1904_OFFSET;
    }
  });
}

export class OfficeWorkbook implements WorkbookPort {
  async listRegisterSources(): Promise<RegisterSource[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();
      const visible = sheets.items.filter((s) => s.visibility === Excel.SheetVisibility.visible);
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
        if (tableSheets[i].visibility !== Excel.SheetVisibility.visible) return;
        sources.push({ id: `table:${t.name}`, kind: 'table', label: t.name, sheetName: tableSheets[i].name });
      });
      visible.forEach((s, i) => {
        if (used[i].isNullObject || s.name === STORE_SHEET_NAME) return;
        sources.push({ id: `sheet:${s.name}`, kind: 'sheet', label: s.name, sheetName: s.name });
      });
      // Excel always has a selection (at least the active cell): one cell is no register.
      if (selectionOk && selection.address.includes(':')) {
        const address = selection.address;
        const bang = address.lastIndexOf('!');
        const sheetName = address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
        sources.push({ id: 'selection', kind: 'selection', label: address, sheetName });
      }
      return sources;
    });
  }

  async readRegister(sourceId: string, options: ReadOptions = {}): Promise<RegisterRead> {
    const { kind, name } = parseSourceId(sourceId);
    throwIfAborted(options.signal);
    return Excel.run(async (context) => {
      const range = this.locate(context, kind, name);
      range.load('address,rowIndex,columnIndex,rowCount,columnCount,worksheet/name');
      // DATE(1904;1;1) is 0 in the 1904 date system and 1462 in the 1900 one; nothing is written.
      const probe = context.workbook.functions.date(1904, 1, 1);
      probe.load('value');
      try {
        await context.sync();
      } catch (e) {
        throw this.friendly(e, kind, name);
      }
      if (range.isNullObject) throw new WorkbookError(`Blad "${name}" is leeg.`, `Sheet "${name}" is empty.`);
      const sheet = range.worksheet;
      const box: Box = {
        firstRow: range.rowIndex,
        firstColumn: range.columnIndex,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
      };
      const date1904 = probe.value === 0;
      const cells = await readChunks(context, sheet, box, options);
      const source: RegisterSource = {
        id: sourceId,
        kind,
        label: kind === 'selection' ? range.address : kind === 'table' ? name : sheet.name,
        sheetName: sheet.name,
      };
      const dateColumns = await this.dateColumns(context, sheet, box);
      return { source, cells, firstSheetRow: box.firstRow + 1, firstSheetColumn: box.firstColumn, date1904, dateColumns };
    });
  }

  /** The range a register source stands for (a table with its header, a used range, the selection). */
  private locate(context: Excel.RequestContext, kind: RegisterSource['kind'], name: string): Excel.Range {
    if (kind === 'table') return context.workbook.tables.getItem(name).getRange();
    if (kind === 'sheet') return context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    return context.workbook.getSelectedRange();
  }

  /** Grid columns whose first rows carry a date number format. */
  private async dateColumns(context: Excel.RequestContext, sheet: Excel.Worksheet, box: Box): Promise<number[]> {
    const probe = sheet.getRangeByIndexes(box.firstRow, box.firstColumn, Math.min(FORMAT_PROBE_ROWS, box.rowCount), box.columnCount);
    probe.load('numberFormat');
    await context.sync();
    const formats = probe.numberFormat as unknown[][];
    const out: number[] = [];
    for (let c = 0; c < box.columnCount; c++) {
      if (formats.some((row) => isDateFormat(String(row[c] ?? '')))) out.push(c);
    }
    return out;
  }

  private friendly(e: unknown, kind: RegisterSource['kind'], name: string): unknown {
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

  // ----- the very hidden store sheet ------------------------------------------------------------

  /** The store sheet's columns A..C as values (empty when the sheet does not exist). */
  private async readStore(context: Excel.RequestContext): Promise<{ exists: boolean; cells: CellValue[][] }> {
    const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET_NAME);
    store.load('name');
    await context.sync();
    if (store.isNullObject) return { exists: false, cells: [] };
    const used = store.getRange('A:C').getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    await context.sync();
    if (used.isNullObject) return { exists: true, cells: [] };
    // Re-anchor at A1 so that record columns are where they were written.
    const cells: CellValue[][] = [];
    const values = used.values as unknown[][];
    values.forEach((row, r) => {
      const out: CellValue[] = [];
      row.forEach((v, c) => (out[used.columnIndex + c] = v === '' ? null : (v as CellValue)));
      cells[used.rowIndex + r] = out;
    });
    for (let r = 0; r < cells.length; r++) cells[r] ??= [];
    return { exists: true, cells };
  }

  /** Queues writing one record column on the store sheet (created very hidden when missing). */
  private queueRecord(context: Excel.RequestContext, exists: boolean, column: number, cells: string[] | undefined): void {
    const store = exists
      ? context.workbook.worksheets.getItem(STORE_SHEET_NAME)
      : context.workbook.worksheets.add(STORE_SHEET_NAME);
    if (!exists) store.visibility = Excel.SheetVisibility.veryHidden;
    const letter = columnLetters(column);
    store.getRange(`${letter}:${letter}`).clear();
    if (!cells || cells.length === 0) return;
    const target = store.getRangeByIndexes(0, column, cells.length, 1);
    target.numberFormat = cells.map(() => ['@']);
    target.values = cells.map((c) => [c]);
  }

  async readSettings(): Promise<unknown | undefined> {
    return Excel.run(async (context) => {
      const { cells } = await this.readStore(context);
      return decodeRecord(SETTINGS_MARKER, columnOf(cells, SETTINGS_COLUMN));
    });
  }

  async writeSettings(doc: unknown): Promise<void> {
    await Excel.run(async (context) => {
      const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET_NAME);
      store.load('name');
      await context.sync();
      this.queueRecord(context, !store.isNullObject, SETTINGS_COLUMN, encodeRecord(SETTINGS_MARKER, doc));
      await context.sync();
    });
  }

  // ----- sheet tables ---------------------------------------------------------------------------

  async readTable(sheetName: string, tableName: string): Promise<CellGrid | undefined> {
    return Excel.run(async (context) => {
      // 1: the sheet, the table, the date system.
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load('name');
      const table = context.workbook.tables.getItemOrNullObject(tableName);
      table.load('name');
      const probe = context.workbook.functions.date(1904, 1, 1);
      probe.load('value');
      await context.sync();
      if (sheet.isNullObject) return undefined;
      const date1904 = probe.value === 0;

      // 2: where the table (or the sheet's content) is, with the first rows' values in the same
      // request; a longer table is read on in chunks.
      const area = table.isNullObject ? sheet.getUsedRangeOrNullObject(true) : table.getRange();
      area.load('rowIndex,columnIndex,rowCount,columnCount,worksheet/name');
      let head: Excel.Range | undefined;
      let firstBody: Excel.Range | undefined;
      if (!table.isNullObject) {
        head = table.getRange().getRow(0).getResizedRange(TABLE_HEAD_ROWS - 1, 0);
        head.load('values');
        firstBody = table.getDataBodyRange().getRow(0);
        firstBody.load('numberFormat');
      }
      await context.sync();
      if (area.isNullObject) return [];
      if (area.worksheet.name.toLowerCase() !== sheet.name.toLowerCase()) {
        // The table name belongs to another sheet: this sheet holds no table of that name.
        return this.readSheetContent(context, sheet);
      }
      const box: Box = { firstRow: area.rowIndex, firstColumn: area.columnIndex, rowCount: area.rowCount, columnCount: area.columnCount };
      const firstRows = head ? gridOf((head.values as unknown[][]).slice(0, box.rowCount)) : [];
      const rest = await readChunks(context, sheet, { ...box, firstRow: box.firstRow + firstRows.length, rowCount: box.rowCount - firstRows.length });
      const grid = [...firstRows, ...rest];
      if (firstBody && date1904) shiftDatesFrom1904(grid, (firstBody.numberFormat as unknown[][])[0] ?? []);
      return grid;
    });
  }

  private async readSheetContent(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<CellGrid> {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) return [];
    return readChunks(context, sheet, { firstRow: used.rowIndex, firstColumn: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount });
  }

  async writeTable(spec: SheetTableSpec): Promise<void> {
    if (spec.sheetName.toLowerCase() === STORE_SHEET_NAME.toLowerCase()) {
      throw new WorkbookError('Dit blad is gereserveerd voor de instellingen.', 'This sheet is reserved for the settings.');
    }
    const notes = isSetSupported('1.18');
    await Excel.run(async (context) => {
      // 1: does the sheet exist, and is the table name taken elsewhere?
      const existing = context.workbook.worksheets.getItemOrNullObject(spec.sheetName);
      existing.load('name');
      const named = context.workbook.tables.getItemOrNullObject(spec.tableName);
      named.load('name');
      const probe = context.workbook.functions.date(1904, 1, 1);
      probe.load('value');
      await context.sync();
      const date1904 = probe.value === 0;

      let sheet: Excel.Worksheet;
      if (existing.isNullObject) {
        if (!named.isNullObject) {
          throw new WorkbookError(
            `De tabelnaam "${spec.tableName}" is al in gebruik op een ander blad.`,
            `The table name "${spec.tableName}" is already used on another sheet.`,
          );
        }
        sheet = context.workbook.worksheets.add(spec.sheetName);
      } else {
        // 2: what is on the sheet now (tables, notes) so the rewrite starts clean.
        sheet = existing;
        sheet.tables.load('items/name');
        const sheetNotes = notes ? sheet.notes : undefined;
        sheetNotes?.load('items');
        await context.sync();
        const ownsName = sheet.tables.items.some((t) => t.name.toLowerCase() === spec.tableName.toLowerCase());
        if (!named.isNullObject && !ownsName) {
          throw new WorkbookError(
            `De tabelnaam "${spec.tableName}" is al in gebruik op een ander blad.`,
            `The table name "${spec.tableName}" is already used on another sheet.`,
          );
        }
        sheet.tables.items.forEach((t) => t.delete());
        sheetNotes?.items.forEach((n) => n.delete());
        const all = sheet.getRange();
        all.clear();
        all.dataValidation.clear();
      }

      // 3: formats, header and the first block of values; then one request per further block.
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const body = bodyValues(spec, date1904);
      const rest = queueHeaderAndFirstBlock(sheet, spec, body);
      await context.sync();
      await this.writeBlocks(context, sheet, spec, rest);

      // last: the table, widths, frozen header, validation, fills and notes.
      queueTableAndFormats(context, sheet, spec, { notes });
      await context.sync();
    });
  }

  private async writeBlocks(context: Excel.RequestContext, sheet: Excel.Worksheet, spec: SheetTableSpec, blocks: Block[]): Promise<void> {
    const [block, ...rest] = blocks;
    if (!block) return;
    context.workbook.application.suspendApiCalculationUntilNextSync();
    queueBlock(sheet, spec, block);
    await context.sync();
    return this.writeBlocks(context, sheet, spec, rest);
  }

  async writeEvaluationSheet(spec: EvaluationSheetSpec): Promise<void> {
    await Excel.run((context) => writeEvaluationSheetInExcel(context, spec, CHART_PREFIX));
  }

  // ----- register rows: select and highlight ------------------------------------------------------

  async selectRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<void> {
    const runs = rowRuns(rows);
    if (runs.length === 0) return;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      const addresses = runs.map((r) => areaAddress(r.first - 1, firstColumn, r.count, Math.max(1, columnCount)));
      let joined = '';
      for (const a of addresses) {
        if (joined.length + a.length + 1 > MAX_AREAS_ADDRESS) break;
        joined = joined === '' ? a : `${joined},${a}`;
      }
      // RangeAreas.select needs ExcelApi 1.18 (getRanges itself 1.9): before it, the first run.
      if (addresses.length > 1 && isSetSupported('1.18')) sheet.getRanges(joined).select();
      else sheet.getRange(addresses[0]).select();
      await context.sync();
    });
  }

  async highlightRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<void> {
    const runs = rowRuns(rows);
    await Excel.run(async (context) => {
      const store = await this.readStore(context);
      const previous = decodeRecord(HIGHLIGHT_MARKER, columnOf(store.cells, HIGHLIGHT_COLUMN));
      if (isHighlightRecord(previous)) this.queueRestore(context, previous);
      if (runs.length === 0) {
        this.queueRecord(context, store.exists, HIGHLIGHT_COLUMN, undefined);
        await context.sync();
        return;
      }
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const width = Math.max(1, columnCount);
      const props = runs.map((r) =>
        sheet.getRangeByIndexes(r.first - 1, firstColumn, r.count, width).getCellProperties({ format: { fill: { color: true, pattern: true } } }),
      );
      await context.sync();
      const record: HighlightRecord = {
        sheetName,
        areas: runs.map((r, i) => ({
          firstRow: r.first - 1,
          rowCount: r.count,
          firstColumn,
          columnCount: width,
          fills: props[i].value.map((row) =>
            row.map((cell) => {
              const fill = cell.format?.fill;
              return !fill || fill.pattern === 'None' || !fill.color ? null : fill.color;
            }),
          ),
        })),
      };
      this.queueRecord(context, store.exists, HIGHLIGHT_COLUMN, encodeRecord(HIGHLIGHT_MARKER, record));
      for (const r of runs) sheet.getRangeByIndexes(r.first - 1, firstColumn, r.count, width).format.fill.color = HIGHLIGHT_FILL;
      await context.sync();
    });
  }

  async clearHighlight(): Promise<void> {
    await Excel.run(async (context) => {
      const store = await this.readStore(context);
      const previous = decodeRecord(HIGHLIGHT_MARKER, columnOf(store.cells, HIGHLIGHT_COLUMN));
      if (!isHighlightRecord(previous)) return;
      this.queueRestore(context, previous);
      this.queueRecord(context, store.exists, HIGHLIGHT_COLUMN, undefined);
      await context.sync();
    });
  }

  /** Queues putting back the fills a highlight replaced: runs without fill cleared, others set. */
  private queueRestore(context: Excel.RequestContext, record: HighlightRecord): void {
    const sheet = context.workbook.worksheets.getItem(record.sheetName);
    for (const area of record.areas) {
      const range = sheet.getRangeByIndexes(area.firstRow, area.firstColumn, area.rowCount, area.columnCount);
      range.format.fill.clear();
      if (area.fills.some((row) => row.some((f) => f !== null))) {
        range.setCellProperties(area.fills.map((row) => row.map((f) => (f === null ? {} : { format: { fill: { color: f } } }))));
      }
    }
  }
}

export { sheetPrefix };
