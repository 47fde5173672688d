import { Workbook } from 'exceljs';
import { neutraliseFormula } from '../core/export/neutralise';
import type { ExportTable, ExportValue, ExportColumn } from '../core/export/table';

function isoToUtcDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** A value as an .xlsx cell: real dates and numbers, Ja/Nee, neutralised text. */
export function xlsxCellValue(value: ExportValue, kind: ExportColumn['kind']): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (kind === 'date') return isoToUtcDate(value) ?? neutraliseFormula(value);
  // Stored as text, Excel would not run it; but a user who edits the cell or saves it as .csv
  // would. The same apostrophe as in the .csv keeps both exports alike.
  return neutraliseFormula(value);
}

/**
 * An .xlsx with one sheet per table (header row, filter, frozen header). Works in Node and in
 * the browser (exceljs's browser build), returning the bytes either way.
 */
export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = 'Verzuimsignaal';
  for (const t of tables) {
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.columns.map((c) => ({ header: neutraliseFormula(c.header), width: c.width ?? 14 }));
    ws.getRow(1).font = { bold: true };
    for (const row of t.rows) {
      ws.addRow(t.columns.map((c, i) => xlsxCellValue(row[i] ?? null, c.kind)));
    }
    t.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      if (c.kind === 'date') col.numFmt = 'dd-mm-yyyy';
      if (c.kind === 'text') col.alignment = { wrapText: true, vertical: 'top' };
    });
    if (t.columns.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, t.rows.length + 1), column: t.columns.length } };
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
