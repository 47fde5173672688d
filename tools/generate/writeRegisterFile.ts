import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { dayFromYmd, MS_PER_DAY } from '../../src/core/dates';
import { COLUMN, registerToCsv, type GeneratedCell, type GeneratedRegister } from './registerGenerator';

/** Node-only: writes a generated register as the file a school would export (.csv or .xlsx). */

const DATE_RE = /^(\d{2})-(\d{2})-(\d{4})$/;
const DATE_COLUMNS: ReadonlySet<number> = new Set([COLUMN.dateOfBirth, COLUMN.date]);
const WIDTHS = [15, 12, 13, 16, 7, 22, 14, 12, 8, 10, 9, 13, 10, 11, 28];

/** dd-mm-jjjj text → a Date at UTC midnight, which exceljs stores as that day's serial number. */
function dateCell(text: string): Date {
  const m = DATE_RE.exec(text);
  if (!m) throw new Error(`not a dd-mm-jjjj date: ${text}`);
  return new Date(dayFromYmd(Number(m[3]), Number(m[2]), Number(m[1])) * MS_PER_DAY);
}

function xlsxRow(row: readonly GeneratedCell[]): (string | number | Date | null)[] {
  return row.map((cell, i) => {
    if (cell === null) return null;
    if (DATE_COLUMNS.has(i) && typeof cell === 'string') return dateCell(cell);
    // Pupil numbers are numbers in an Excel export; a number with leading zeros stays text.
    if (i === COLUMN.studentId && typeof cell === 'string' && /^[1-9]\d{0,14}$/.test(cell)) return Number(cell);
    return cell;
  });
}

/** Streams the sheet so a million rows do not have to sit in an exceljs workbook in memory. */
export async function writeRegisterXlsx(register: Pick<GeneratedRegister, 'headers' | 'rows'>, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Absenties');
  sheet.columns = register.headers.map((header, i) => ({
    header,
    width: WIDTHS[i] ?? 12,
    style: DATE_COLUMNS.has(i) ? { numFmt: 'dd-mm-yyyy' } : {},
  }));
  for (const row of register.rows) sheet.addRow(xlsxRow(row)).commit();
  sheet.commit();
  await workbook.commit();
}

/** Writes .csv (semicolon, UTF-8 with BOM, as Excel saves "CSV UTF-8") or .xlsx, by extension. */
export async function writeRegisterFile(register: Pick<GeneratedRegister, 'headers' | 'rows'>, file: string): Promise<void> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') await writeFile(file, `\uFEFF${registerToCsv(register)}`, 'utf8');
  else if (ext === '.xlsx') await writeRegisterXlsx(register, file);
  else throw new Error(`onbekende extensie "${ext}": gebruik .csv of .xlsx / unknown extension "${ext}": use .csv or .xlsx`);
}
