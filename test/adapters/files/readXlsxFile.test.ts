import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { readXlsxFile } from '../../../src/adapters/files/readXlsxFile';
import { readRegisterFile } from '../../../src/adapters/files/readRegisterFile';
import { normalizeExcelValue } from '../../../src/adapters/files/normalizeExcelValue';
import { parseCsvText } from '../../../src/adapters/files/parseCsvText';
import { importRegister } from '../../../src/core/register/importRegister';
import { exampleSettings } from '../../fixtures/helpers/registerFixtures';
import { writeBasicExampleXlsx } from '../../fixtures/helpers/basicExampleXlsx';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURES = path.resolve(__dirname, '../../fixtures/registers');
const utc = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min));

describe('normalizeExcelValue', () => {
  it('turns exceljs values into plain cells', () => {
    expect(normalizeExcelValue('S', false)).toBe('S');
    expect(normalizeExcelValue('', false)).toBeNull();
    expect(normalizeExcelValue(3, false)).toBe(3);
    expect(normalizeExcelValue(true, false)).toBe(true);
    expect(normalizeExcelValue(utc(2026, 9, 7), false)).toEqual(utc(2026, 9, 7));
    // A time-only cell: exceljs dates it on the epoch; Excel stores the fraction of a day.
    expect(normalizeExcelValue(utc(1899, 12, 30, 8, 30), false)).toBeCloseTo(510 / 1440, 12);
    expect(normalizeExcelValue(utc(1904, 1, 1, 8, 30), true)).toBeCloseTo(510 / 1440, 12);
    expect(normalizeExcelValue({ richText: [{ text: 'Sanne ' }, { text: 'de Vries', font: { bold: true } }] }, false)).toBe('Sanne de Vries');
    expect(normalizeExcelValue({ formula: 'A1+1', result: 1002 }, false)).toBe(1002);
    expect(normalizeExcelValue({ formula: 'TODAY()', result: utc(2026, 9, 7) }, false)).toEqual(utc(2026, 9, 7));
    expect(normalizeExcelValue({ formula: 'X()' }, false)).toBeNull();
    expect(normalizeExcelValue({ sharedFormula: 'A2', result: 'Z' }, false)).toBe('Z');
    expect(normalizeExcelValue({ text: 'Dossier 1001', hyperlink: 'https://school.example/1001' }, false)).toBe('Dossier 1001');
    expect(normalizeExcelValue({ error: '#N/A' }, false)).toBe('#N/A');
    expect(normalizeExcelValue(null, false)).toBeNull();
  });
});

describe('readXlsxFile', () => {
  it('gives the same register as the .csv, from typed date, time and number cells', async () => {
    const file = path.join(dir, 'basic-example.xlsx');
    await writeBasicExampleXlsx(file);
    const xlsx = await readXlsxFile(file, 'Absenties');
    expect(xlsx.sheetName).toBe('Absenties');
    expect(xlsx.date1904).toBe(false);
    expect(xlsx.cells[1].slice(0, 8)).toEqual([3001, 'Yara Bos', '2C', utc(2012, 4, 11), utc(2026, 9, 7), 3, null, null]);
    // hh:mm cells are read as Excel shows them; the import reads "8:30" as it read the day fraction.
    expect(xlsx.cells[8][6]).toBe('8:30');
    expect(xlsx.cells[8][7]).toBe('8:47');

    const csv = parseCsvText(readFileSync(path.join(FIXTURES, 'basic-example.csv'), 'utf8'));
    const fromCsv = importRegister(csv.cells, exampleSettings());
    const fromXlsx = importRegister(xlsx.cells, exampleSettings(), { date1904: xlsx.date1904 });
    expect(fromXlsx.rows).toEqual(fromCsv.rows);
    expect(fromXlsx.counts).toEqual({ rowsRead: 20, rowsCounted: 15, rowsNotCounted: 5, blankRows: 1 });
    expect(fromXlsx.problems.map((p) => [p.row, p.kind, p.cell])).toEqual(fromCsv.problems.map((p) => [p.row, p.kind, p.cell]));
    expect(fromXlsx.codes).toEqual(fromCsv.codes);
    expect(fromXlsx.students).toEqual(fromCsv.students);
    // The late row with times: 08:30 to 08:47 is 17 minutes from Excel's day fractions too.
    expect(fromXlsx.rows.find((r) => r.sheetRow === 9)).toMatchObject({ minutes: 17, startTime: '08:30', endTime: '08:47' });
  });

  it('reads a 1904-system workbook to the same dates, below a title row', async () => {
    const file = path.join(dir, 'basic-1904.xlsx');
    await writeBasicExampleXlsx(file, { date1904: true, title: true });
    const xlsx = await readRegisterFile(file, { sheet: 'absenties' });
    expect(xlsx.date1904).toBe(true);
    expect(xlsx.cells[3][4]).toEqual(utc(2026, 9, 7));
    expect(xlsx.cells[10][6]).toBe('8:30');
    const imp = importRegister(xlsx.cells, exampleSettings(), { date1904: xlsx.date1904 });
    expect(imp.header.row).toBe(3);
    expect(imp.counts).toEqual({ rowsRead: 20, rowsCounted: 15, rowsNotCounted: 5, blankRows: 1 });
    expect(imp.problems.map((p) => [p.row, p.kind])).toEqual([
      [9, 'non-school-day'],
      [17, 'duplicate'],
      [19, 'non-school-day'],
      [21, 'unmapped-code'],
      [22, 'non-school-day'],
    ]);
  });

  it('reads the first sheet by default, rich text, formulas, hyperlinks and errors; merged cells other than the first are empty', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Verzuim');
    ws.addRow(['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Code', 'Opmerking']);
    ws.addRow([1001, { richText: [{ text: 'Sanne ' }, { text: 'de Vries' }] }, '2B', utc(2026, 9, 7), 'S', { text: 'dossier', hyperlink: 'https://school.example/d/1001' }]);
    ws.addRow([{ formula: 'A2', result: 1001 }, null, null, { formula: 'D2+1', result: utc(2026, 9, 8) }, 'S', { error: '#N/A' }]);
    ws.mergeCells('C2:C3');
    wb.addWorksheet('Tweede');
    const file = path.join(dir, 'values.xlsx');
    await wb.xlsx.writeFile(file);

    const read = await readXlsxFile(file);
    expect(read.sheetName).toBe('Verzuim');
    expect(read.cells).toEqual([
      ['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Code', 'Opmerking'],
      [1001, 'Sanne de Vries', '2B', utc(2026, 9, 7), 'S', 'dossier'],
      [1001, null, null, utc(2026, 9, 8), 'S', '#N/A'],
    ]);
  });

  it('names the sheets that exist when the asked one does not', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Absenties 2026');
    wb.addWorksheet('Codes');
    const file = path.join(dir, 'sheets.xlsx');
    await wb.xlsx.writeFile(file);
    await expect(readXlsxFile(file, 'Blad1')).rejects.toThrow(`werkblad "Blad1" bestaat niet in ${file}; werkbladen: "Absenties 2026", "Codes"`);
  });

  it('refuses a file that is no workbook with one clear line', async () => {
    const file = path.join(dir, 'kapot.xlsx');
    writeFileSync(file, 'dit is geen zip-bestand');
    await expect(readXlsxFile(file)).rejects.toMatchObject({ kind: 'unreadable', message: `${file} is geen Excel-werkmap (.xlsx): het is geen zip-bestand; is het een hernoemd .csv- of ander bestand?` });
  });
});

describe('readRegisterFile', () => {
  it('picks the reader by extension', async () => {
    const csv = path.join(dir, 'register.TXT');
    writeFileSync(csv, 'Leerlingnummer;Datum;Code\n1001;07-09-2026;S\n');
    await expect(readRegisterFile(csv)).resolves.toEqual({
      cells: [['Leerlingnummer', 'Datum', 'Code'], ['1001', '07-09-2026', 'S']],
      date1904: false,
      encoding: 'utf-8',
    });
  });

  it('refuses .xls and unknown extensions with advice', async () => {
    await expect(readRegisterFile('oud.xls')).rejects.toMatchObject({
      kind: 'unsupported',
      message: 'oud.xls is een oud Excel-bestand (.xls); sla het in Excel op als .xlsx of .csv en probeer het opnieuw',
    });
    await expect(readRegisterFile('register.ods')).rejects.toMatchObject({
      kind: 'unsupported',
      message: 'register.ods: onbekend bestandstype .ods; gebruik een .xlsx- of .csv-bestand',
    });
  });

  it('says which .xlsx is missing', async () => {
    const missing = path.join(dir, 'weg.xlsx');
    await expect(readRegisterFile(missing)).rejects.toMatchObject({ kind: 'not-found', message: `bestand niet gevonden: ${missing}` });
  });
});
