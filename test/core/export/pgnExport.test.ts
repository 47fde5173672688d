import Papa from 'papaparse';
import { Workbook } from 'exceljs';
import { draftsFromAnalysis } from '../../../src/core/drafts/buildDrafts';
import { draftsCsvFile } from '../../../src/core/drafts/draftsCsv';
import { csvCellText } from '../../../src/core/export/csv';
import { draftsXlsxFile } from '../../../src/documents';
import type { Student } from '../../../src/core/register/types';
import { flags, rows, settings, students } from '../drafts/fixtures';

/**
 * A .csv cell as Dutch Excel reads it when the file is opened: ="…" is a formula whose result is
 * the text between the quotes; a field that looks like a number (digits, a decimal comma) becomes
 * a number, so leading zeros are lost; anything else is text as written.
 */
function excelCsvValue(field: string): string | number {
  const formula = /^="(.*)"$/.exec(field);
  if (formula) return formula[1].replace(/""/g, '"');
  if (/^-?\d+(,\d+)?$/.test(field)) return Number(field.replace(',', '.'));
  return field;
}

function readLikeExcel(data: Uint8Array): (string | number)[][] {
  const text = new TextDecoder().decode(data).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data.map((r) => r.map(excelCsvValue));
}

const withZero = new Map<string, Student>(students);
withZero.set('2001', { ...students.get('2001')!, bsn: '012345672' });
const drafts = draftsFromAnalysis({ flags }, { rows, students: withZero }, settings, undefined, undefined, '2026-10-01');

describe('PGN 012345672 in every export', () => {
  it('survives the .csv opened by a reader with Excel\'s rules', () => {
    const table = readLikeExcel(draftsCsvFile(drafts).data);
    const c = table[0].indexOf('PGN (BSN/onderwijsnummer)');
    expect(table[1][c]).toBe('012345672');
    expect(table[1][table[0].indexOf('Leerlingnummer')]).toBe('2001');
    // The reader is not kind: the bare digits would have lost their zero.
    expect(excelCsvValue('012345672')).toBe(12345672);
    // Signal ids never read as numbers (the bare hash 335466457e48 would be 3.35E+56 in Excel).
    expect(typeof table[1][0]).toBe('string');
  });

  it('writes only digits in the ="…" form; other text stays neutralised', () => {
    expect(csvCellText('012345672', 'code')).toBe('="012345672"');
    expect(csvCellText('=1+1', 'code')).toBe("'=1+1");
    expect(csvCellText('AB-12', 'code')).toBe('AB-12');
  });

  it('survives the .xlsx as a text cell formatted as text, with no apostrophe', async () => {
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from((await draftsXlsxFile(drafts)).data) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Meldingen')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const c = header.indexOf('PGN (BSN/onderwijsnummer)') + 1;
    expect(ws.getRow(2).getCell(c).value).toBe('012345672');
    expect(ws.getRow(2).getCell(c).numFmt).toBe('@');
  });
});
