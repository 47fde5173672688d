import type { CellValue } from '../../core/register/types';
import { isDateFormat, type SheetTableSpec } from '../../core/reporting/sheetTable';
import { areaAddress, sheetPrefix } from './a1';
import { isSetSupported } from './errors';
import { jsonSize, REQUEST_BUDGET_BYTES } from './payload';
import { DATE1904_SHIFT } from '../../core/excelSerial';

/** Days between the 1900 and the 1904 date systems. */
export const DATE1904_OFFSET = DATE1904_SHIFT;
/** Excel column width unit: roughly points per character of the default font. */
export const POINTS_PER_CHAR = 7;

export interface WriteFeatures {
  /** The fills come as conditional formats: no static fills or notes. */
  conditional: boolean;
}

function cellOut(v: CellValue): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

/** Body rows as Excel values, dates shifted into the workbook's date system. */
export function bodyValues(spec: SheetTableSpec, date1904: boolean): (string | number | boolean)[][] {
  const width = spec.columns.length;
  const dateCols = spec.columns.map((c) => date1904 && isDateFormat(c.numberFormat));
  return spec.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const v = cellOut(row[c]);
      return dateCols[c] && typeof v === 'number' ? v - DATE1904_OFFSET : v;
    }),
  );
}

export type Row = (string | number | boolean)[];
export interface Block {
  start: number;
  rows: Row[];
}

/**
 * Splits rows into blocks whose JSON (values plus the number formats written with them) stays
 * within the budget; a block holds at least one row.
 */
export function blocksWithinBudget(rows: readonly Row[], budget: number, perRowExtra = 0, firstBlockReserve = 0): Block[] {
  const blocks: Block[] = [];
  let current: Row[] = [];
  let start = 0;
  let size = firstBlockReserve;
  rows.forEach((row, i) => {
    const rowSize = jsonSize(row) + 1 + perRowExtra;
    if (current.length > 0 && size + rowSize > budget) {
      blocks.push({ start, rows: current });
      current = [];
      start = i;
      size = 0;
    }
    current.push(row);
    size += rowSize;
  });
  if (current.length > 0) blocks.push({ start, rows: current });
  return blocks;
}

/** JSON bytes the number formats of one row add: ["fmt"], per formatted column. */
export function formatBytesPerRow(spec: SheetTableSpec): number {
  return spec.columns.reduce((n, c) => n + (c.numberFormat ? c.numberFormat.length + 5 : 0), 0);
}

/**
 * Room left for the table request itself when the last block rides with it: the table, widths,
 * list validations with their messages and the conditional-format rules, a few kilobytes for the
 * reporting sheet's 31 columns.
 */
export const TABLE_REQUEST_RESERVE = 64 * 1024;

/** JSON bytes a block sends: its values and the number formats written with them. */
export function blockBytes(spec: SheetTableSpec, block: Block): number {
  return jsonSize(block.rows) + block.rows.length * (formatBytesPerRow(spec) + 1);
}

/**
 * Queues one block of body rows: the number formats of its rows first (so text-formatted columns
 * keep "00417" as text), then the values.
 */
export function queueBlock(sheet: Excel.Worksheet, spec: SheetTableSpec, block: Block): void {
  const width = spec.columns.length;
  spec.columns.forEach((col, c) => {
    if (!col.numberFormat) return;
    sheet.getRangeByIndexes(1 + block.start, c, block.rows.length, 1).numberFormat = block.rows.map(() => [col.numberFormat]);
  });
  sheet.getRangeByIndexes(1 + block.start, 0, block.rows.length, width).values = block.rows;
}

/** What one queued action adds to a request besides its values (object path, method, address). */
const ACTION_BYTES = 256;

/** Queues the header and the first block; returns the blocks left, one request each. */
export function queueHeaderAndFirstBlock(sheet: Excel.Worksheet, spec: SheetTableSpec, body: Row[]): Block[] {
  const header = [spec.columns.map((c) => c.header)];
  sheet.getRangeByIndexes(0, 0, 1, spec.columns.length).values = header;
  // Each block is one range per formatted column plus the values range, each an action of its
  // own in the request: their paths and addresses are counted too, so no block runs past 2 MB.
  const actions = ACTION_BYTES * (spec.columns.length + 1);
  const [first, ...rest] = blocksWithinBudget(body, REQUEST_BUDGET_BYTES - actions, formatBytesPerRow(spec), jsonSize(header) + 4096);
  if (first) queueBlock(sheet, spec, first);
  return rest;
}

/**
 * Queues the last request of a first write: the table over the written cells, widths, frozen
 * header, the list validation and input messages, and (without conditional formats) row and
 * cell fills and notes. Fills are grouped into runs of equal colour.
 */
export function queueTableAndFormats(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spec: SheetTableSpec,
  features: WriteFeatures,
): Excel.Table {
  const notes = isSetSupported('1.18');
  const width = spec.columns.length;
  const rows = spec.rows.length;
  // A table needs at least one body row; Excel shows an empty one for an empty table.
  const table = sheet.tables.add(`${sheetPrefix(spec.sheetName)}${areaAddress(0, 0, Math.max(rows, 1) + 1, width)}`, true);
  table.name = spec.tableName;
  table.style = 'TableStyleLight1';
  sheet.freezePanes.freezeRows(1);

  spec.columns.forEach((col, c) => {
    if (col.width) sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = col.width * POINTS_PER_CHAR;
    const range = sheet.getRangeByIndexes(1, c, Math.max(rows, 1), 1);
    if (col.list) {
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: col.list.join(',') } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: 'Stop',
        title: 'Ongeldige waarde',
        message: `Kies uit: ${col.list.join(', ')}.`,
      };
    }
    if (col.prompt) range.dataValidation.prompt = { showPrompt: true, title: col.header.slice(0, 32), message: col.prompt.slice(0, 255) };
  });
  if (features.conditional) return table;

  const fills = spec.rowFills ?? [];
  let r = 0;
  while (r < rows) {
    const fill = fills[r] ?? null;
    let end = r + 1;
    while (end < rows && (fills[end] ?? null) === fill) end += 1;
    if (fill) sheet.getRangeByIndexes(1 + r, 0, end - r, width).format.fill.color = fill;
    r = end;
  }

  for (const cf of spec.cellFills ?? []) {
    const cell = sheet.getRangeByIndexes(1 + cf.row, cf.column, 1, 1);
    cell.format.fill.color = cf.fill;
    if (!cf.note) continue;
    if (notes) {
      context.workbook.notes.add(`${sheetPrefix(spec.sheetName)}${areaAddress(1 + cf.row, cf.column, 1, 1)}`, cf.note);
    } else {
      // Before notes (ExcelApi 1.18) a validation prompt is the cell-bound message we can leave.
      cell.dataValidation.prompt = { showPrompt: true, title: 'Let op', message: cf.note.slice(0, 255) };
    }
  }
  return table;
}
