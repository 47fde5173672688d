import { stat } from 'node:fs/promises';
import { Workbook, ValueType, type Worksheet } from 'exceljs';
import type { CellValue } from '../../../src/core/register/types';
import { RegisterFileError } from '../../../src/adapters/files/errors';
import { normalizeExcelValue } from '../../../src/adapters/files/normalizeExcelValue';
import { fileError } from '../../../src/adapters/files/readCsvFile';
import type { RegisterFile } from '../../../src/adapters/files/registerFile';

/**
 * The former reader: exceljs's whole-workbook model. Kept as the reference for the streaming
 * reader's tests (same files, same cells); it is no part of the command line, which would
 * otherwise load exceljs for every register, and needs about 7 KB of memory per register row.
 */
export async function readXlsxFileInMemory(path: string, sheetName?: string): Promise<RegisterFile> {
  try {
    await stat(path);
  } catch (e) {
    throw fileError(path, e);
  }
  const workbook = new Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new RegisterFileError('unreadable', `bestand niet te lezen als .xlsx: ${path} (${why})`);
  }
  const sheets = workbook.worksheets;
  let sheet: Worksheet | undefined;
  if (sheetName !== undefined) {
    sheet = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
    if (!sheet) {
      const names = sheets.map((s) => `"${s.name}"`).join(', ');
      throw new RegisterFileError('no-sheet', `werkblad "${sheetName}" bestaat niet in ${path}; werkbladen: ${names || 'geen'}`);
    }
  } else {
    sheet = sheets[0];
    if (!sheet) throw new RegisterFileError('no-sheet', `${path} heeft geen werkbladen`);
  }
  const date1904 = workbook.properties?.date1904 === true;
  return { cells: sheetCells(sheet, date1904), date1904, sheetName: sheet.name };
}

function sheetCells(sheet: Worksheet, date1904: boolean): CellValue[][] {
  const cells: CellValue[][] = [];
  const last = sheet.rowCount;
  for (let r = 0; r < last; r++) cells.push([]);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out = cells[rowNumber - 1];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ValueType.Merge) return;
      // cell.value drops a formula's result when it is 0, FALSE or "": Excel shows those, so read them.
      const value = cell.type === ValueType.Formula ? (cell.result ?? null) : cell.value;
      out[colNumber - 1] = normalizeExcelValue(value, date1904);
    });
    // Fill the holes of the sparse row so every cell is null rather than missing.
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
  });
  return cells;
}
