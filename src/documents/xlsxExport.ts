import { Workbook } from 'exceljs';
import type { ExportTable, ExportValue, ExportColumn } from '../core/export/table';

function isoToUtcDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** The font of every cell: set, so the sheet looks and prints the same on every machine. */
export const XLSX_FONT = { name: 'Calibri', size: 11 } as const;

/**
 * A value as an .xlsx cell: real dates and numbers, Ja/Nee, text as text. A string cell in an
 * .xlsx is never a formula (exceljs writes formulas only when given one), so text is written as
 * it is: no apostrophe, which would otherwise show in the cell. The .csv keeps its neutralising.
 */
export function xlsxCellValue(value: ExportValue, kind: ExportColumn['kind']): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (kind === 'date') return isoToUtcDate(value) ?? value;
  return value;
}

/**
 * An .xlsx with one sheet per table: header row with filter, frozen and repeated on every printed
 * page, a set font, column widths for the content, text columns formatted as text (`@`, so a PGN
 * keeps its zeros when edited), printed landscape on A4, fit to the page width. Works in Node and
 * in the browser (exceljs's browser build), returning the bytes either way.
 */
export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = 'Verzuimsignaal';
  for (const t of tables) {
    const ws = wb.addWorksheet(t.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: `&L${t.name}&RPagina &P van &N` },
    });
    ws.columns = t.columns.map((c) => ({ header: c.header, width: c.width ?? 14 }));
    for (const row of t.rows) {
      ws.addRow(t.columns.map((c, i) => xlsxCellValue(row[i] ?? null, c.kind)));
    }
    t.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.font = { ...XLSX_FONT };
      if (c.kind === 'date') col.numFmt = 'dd-mm-yyyy';
      if (c.kind === 'text' || c.kind === 'code') col.numFmt = '@';
      col.alignment = { wrapText: c.kind === 'text', vertical: 'top' };
    });
    const header = ws.getRow(1);
    header.font = { ...XLSX_FONT, bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    if (t.columns.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, t.rows.length + 1), column: t.columns.length } };
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
