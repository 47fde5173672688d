/* eslint-disable office-addins/load-object-before-read -- these are exceljs cells, not Office.js proxy objects */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importRegister } from '../../src/core/register';
import { parseSettings } from '../../src/core/settings/validateSettings';
import { readRegisterFile } from '../../src/adapters/files';
import { runGenerate } from '../../tools/generate/cli';
import { generateRegister } from '../../tools/generate/registerGenerator';

describe('npm run generate', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  const io = (): [(s: string) => void, (s: string) => void] => [(s) => out.push(s), (s) => err.push(s)];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vs-generate-'));
    out = [];
    err = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a .csv with a UTF-8 BOM, semicolons and the same rows as generateRegister', async () => {
    const file = join(dir, 'register.csv');
    expect(await runGenerate(['--pupils', '25', '--out', file, '--seed', '9'], ...io())).toBe(0);
    const expected = generateRegister({ pupils: 25, seed: 9 });
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Leerlingnummer;Voornaam;Tussenvoegsel;Achternaam;Klas;Mentor;Geboortedatum;Datum;Lesuur;Tot lesuur;Minuten;Code;Soort;Geoorloofd;Opmerking');
    expect(lines).toHaveLength(expected.rows.length + 1);
    expect(out.join('')).toMatch(new RegExp(`^${expected.rows.length} rijen geschreven naar .*register\\.csv \\(25 leerlingen`));
  });

  it('writes an .xlsx with typed date cells and numeric pupil numbers', async () => {
    const file = join(dir, 'register.xlsx');
    expect(await runGenerate(['--pupils', '12', '--out', file, '--seed', '4', '--until', '2025-10-17'], ...io())).toBe(0);
    const expected = generateRegister({ pupils: 12, seed: 4, until: '2025-10-17' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Absenties');
    expect(sheet.rowCount).toBe(expected.rows.length + 1);
    const first = expected.rows[0];
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(Number(first[0]));
    const [d, m, y] = String(first[7]).split('-').map(Number);
    expect(row.getCell(8).value).toEqual(new Date(Date.UTC(y, m - 1, d)));
    expect(row.getCell(8).numFmt).toBe('dd-mm-yyyy');
    expect(row.getCell(7).value).toBeInstanceOf(Date);
    expect(row.getCell(12).value).toBe(first[11]);
    const last = sheet.getRow(sheet.rowCount).getCell(8).value as Date;
    expect(last.getTime()).toBeLessThanOrEqual(Date.UTC(2025, 9, 17));
  });

  it('--school-year 2026-08-01 works: the generator brings its own holidays and writes them with --settings', async () => {
    const file = join(dir, 'register.csv');
    const settingsFile = join(dir, 'settings.json');
    const argv = ['--school-year', '2026-08-01', '--pupils', '30', '--seed', '3', '--out', file, '--settings', settingsFile];
    expect(await runGenerate(argv, ...io())).toBe(0);
    const printed = out.join('');
    expect(printed).toMatch(/Vakanties van de generator \(verzonnen voor testgegevens/);
    expect(printed).toMatch(/Herfstvakantie +2026-10-17 t\/m 2026-10-25/);
    const settings = parseSettings(JSON.parse(readFileSync(settingsFile, 'utf8')));
    expect(settings.calendar.holidays?.length).toBe(6);
    // With those settings every row of the register is counted: none falls outside the calendar.
    const read = await readRegisterFile(file);
    const imported = importRegister(read.cells, settings);
    expect(imported.problems.filter((p) => p.kind === 'outside-calendar')).toEqual([]);
    expect(imported.counts.rowsRead).toBe(generateRegister({ pupils: 30, seed: 3, schoolYearStart: '2026-08-01' }).rows.length);
  });

  it('needs no options: 300 pupils, the file named after the school year', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await runGenerate(['--school-year', '2026-08-01', '--until', '2026-09-30'], ...io())).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(out.join('')).toMatch(/rijen geschreven naar register-2026-2027\.csv \(300 leerlingen/);
    expect(readFileSync(join(dir, 'register-2026-2027.csv'), 'utf8').split('\r\n').length).toBeGreaterThan(300);
  });

  it('refuses an unknown extension or a missing --pupils with exit code 2', async () => {
    expect(await runGenerate(['--pupils', '5', '--out', join(dir, 'x.txt')], ...io())).toBe(2);
    expect(err.join('')).toMatch(/onbekende extensie "\.txt"/);
    expect(await runGenerate(['--pupils', 'veel', '--out', join(dir, 'x.csv')], ...io())).toBe(2);
    expect(await runGenerate(['--pupils', '5', '--out', join(dir, 'x.csv'), '--region', 'west'], ...io())).toBe(2);
  });
});
