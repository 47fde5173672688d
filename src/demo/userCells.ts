import type { MemorySheet, MemoryTable } from '../adapters/memory/memoryWorkbook';
import { dayFromDateInput } from '../core/dateInput';
import { DRAFTS_LAYOUT, DRAFTS_SHEET_TABLE_NAME } from '../core/drafts/draftsSheet';
import { serialFromDay } from '../core/excelSerial';
import type { CellValue } from '../core/register/types';
import { headerKey } from '../core/reporting/refillTable';
import { H, REPORTING_LAYOUT, REPORTING_TABLE_NAME } from '../core/reporting/reportingSheet';
import { isDateFormat } from '../core/reporting/sheetTable';

/**
 * Which cells of the demo's workbook the user may type in, and how: the coordinator's columns of
 * the add-in's tables (Status, Reden, Gemeld op, … on Verzuimsignalen; Gecontroleerd, Ingediend bij
 * DUO op, … on Meldingen (concept)), as in Excel, where those are theirs and the engine's columns
 * are rewritten on every analysis. The demo keeps the engine's columns read-only, so trying the
 * flow there never loses what is typed.
 */

export type CellEditor = { kind: 'text' } | { kind: 'date' } | { kind: 'list'; values: readonly string[] };

const USER_HEADERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // Gewijzigd is kept per row like the user's columns, but the engine writes it.
  [headerKey(REPORTING_TABLE_NAME), new Set(REPORTING_LAYOUT.userColumns.filter((c) => c.header !== H.changed).map((c) => headerKey(c.header)))],
  [headerKey(DRAFTS_SHEET_TABLE_NAME), new Set(DRAFTS_LAYOUT.userColumns.map((c) => headerKey(c.header)))],
]);

/** The editor of a cell (0-based), or undefined for a cell the user does not own. */
export function cellEditor(sheet: MemorySheet, tables: readonly MemoryTable[], row: number, column: number): CellEditor | undefined {
  const table = tables.find(
    (t) =>
      t.sheetName === sheet.name &&
      row > t.firstRow &&
      row < t.firstRow + t.rowCount &&
      column >= t.firstColumn &&
      column < t.firstColumn + t.columnCount,
  );
  const own = table && USER_HEADERS.get(headerKey(table.name));
  if (!table || !own || !own.has(headerKey(sheet.cells[table.firstRow]?.[column] ?? null))) return undefined;
  const list = sheet.lists.find((l) => l.column === column && row >= l.firstRow && row <= l.lastRow);
  if (list) return { kind: 'list', values: list.values };
  // A column's format is on its body cells; a row appended later has it too (writeTable sets it).
  return isDateFormat(sheet.numberFormats.get(`${row},${column}`)) ? { kind: 'date' } : { kind: 'text' };
}

export type TypedValue = { ok: true; value: CellValue } | { ok: false; message: string; messageEn: string };

/** What a typed text becomes in the cell: a date as a serial (dd-mm-jjjj or ISO), a list value as listed. */
export function typedValue(editor: CellEditor, text: string): TypedValue {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (editor.kind === 'date') {
    const day = dayFromDateInput(t);
    if (day === undefined) {
      return {
        ok: false,
        message: `"${t}" is geen datum: schrijf dd-mm-jjjj, bijvoorbeeld 21-10-2025.`,
        messageEn: `"${t}" is not a date: write dd-mm-yyyy, for example 21-10-2025.`,
      };
    }
    return { ok: true, value: serialFromDay(day) };
  }
  if (editor.kind === 'list') {
    const value = editor.values.find((v) => v.toLowerCase() === t.toLowerCase());
    if (value === undefined) {
      const list = editor.values.join(', ');
      return { ok: false, message: `Kies uit: ${list}.`, messageEn: `Choose one of: ${list}.` };
    }
    return { ok: true, value };
  }
  return { ok: true, value: t };
}
