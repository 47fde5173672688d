import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXAMPLE_CALENDAR } from '../fixtures/helpers/registerFixtures';
import { writeBasicExampleXlsx } from '../fixtures/helpers/basicExampleXlsx';
import { runCli } from '../helpers/runCli';

const FIXTURES = path.resolve(__dirname, '../fixtures/registers');
const BASIC = path.join(FIXTURES, 'basic-example.csv');

let dir: string;
let config: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-inspect-'));
  config = path.join(dir, 'settings.json');
  writeFileSync(config, JSON.stringify({ calendar: EXAMPLE_CALENDAR, counting: { lessonMinutes: 50, dayHours: 5 } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

describe('verzuimsignaal inspect', () => {
  it('prints the header, columns, codes, counts and problems in Dutch', async () => {
    const { code, out, err } = await run('inspect', BASIC, '--config', config);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(
      [
        `Register: ${BASIC}`,
        'Kopregel: rij 1',
        '',
        'Kolommen:',
        '  leerlingnummer  kolom A   "Leerlingnummer"',
        '  naam            kolom B   "Naam"',
        '  klas            kolom C   "Klas"',
        '  geboortedatum   kolom D   "Geboortedatum"',
        '  datum           kolom E   "Datum"',
        '  lesuur          kolom F   "Lesuur"',
        '  begintijd       kolom G   "Van"',
        '  eindtijd        kolom H   "Tot"',
        '  minuten         kolom I   "Minuten"',
        '  code            kolom J   "Code"',
        '  opmerking       kolom K   "Opmerking"',
        '',
        'Codes (9):',
        '  XQ            NIET GEKOPPELD            1 rij   — koppel deze code in de instellingen (codes)',
        '  A             ongeoorloofd              7 rijen (standaard)',
        '  S             ongeoorloofd              4 rijen (standaard)',
        '  ongeoorloofd  ongeoorloofd              2 rijen (standaard)',
        '  te laat       te laat                   2 rijen (standaard)',
        '  HV            telt niet (negeren)       1 rij   (standaard)',
        '  TL            te laat                   1 rij   (standaard)',
        '  Z             ziek                      1 rij   (standaard)',
        '  ziek          ziek                      1 rij   (standaard)',
        '',
        'Rijen: 20 gelezen, 15 tellen mee, 5 tellen niet mee (1 lege rij overgeslagen)',
        '',
        'Problemen (5):',
        '  [non-school-day] Rij 7, cel E7 (Datum): 20-10-2026 is in de Herfstvakantie; de rij telt niet mee.',
        '  [duplicate] Rij 15, cel A15 (Leerlingnummer): exacte kopie van rij 14 (zelfde leerling, datum, lesuren, tijden, duur en code); alleen rij 14 telt mee.',
        '  [non-school-day] Rij 17, cel E17 (Datum): 20-11-2026 is een vrije dag of studiedag van de school; de rij telt niet mee.',
        '  [unmapped-code] Rij 19, cel J19 (Code): code "XQ" hoort nog bij geen categorie; koppel de code aan een categorie, dan telt de rij mee.',
        '  [non-school-day] Rij 20, cel E20 (Datum): 14-11-2026 is een zaterdag, geen lesdag; de rij telt niet mee.',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with header, codes, problems and counts', async () => {
    const { code, out } = await run('inspect', BASIC, '--config', config, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.header).toEqual({
      row: 1,
      mapping: {
        studentId: { column: 'A', header: 'Leerlingnummer' },
        studentName: { column: 'B', header: 'Naam' },
        className: { column: 'C', header: 'Klas' },
        dateOfBirth: { column: 'D', header: 'Geboortedatum' },
        date: { column: 'E', header: 'Datum' },
        lesson: { column: 'F', header: 'Lesuur' },
        startTime: { column: 'G', header: 'Van' },
        endTime: { column: 'H', header: 'Tot' },
        minutes: { column: 'I', header: 'Minuten' },
        code: { column: 'J', header: 'Code' },
        remark: { column: 'K', header: 'Opmerking' },
      },
    });
    expect(json.codes[0]).toEqual({ code: 'XQ', category: null, rows: 1, source: 'unmapped' });
    expect(json.codes).toHaveLength(9);
    expect(json.problems.map((p: { row: number; kind: string; cell: string }) => [p.row, p.kind, p.cell])).toEqual([
      [7, 'non-school-day', 'E7'],
      [15, 'duplicate', 'A15'],
      [17, 'non-school-day', 'E17'],
      [19, 'unmapped-code', 'J19'],
      [20, 'non-school-day', 'E20'],
    ]);
    expect(json.problems[3]).toEqual({
      row: 19,
      column: 'Code',
      cell: 'J19',
      kind: 'unmapped-code',
      message: 'Rij 19, cel J19 (Code): code "XQ" hoort nog bij geen categorie; koppel de code aan een categorie, dan telt de rij mee.',
      messageEn: 'Row 19, cell J19 (Code): code "XQ" is not mapped to a category yet; map the code and the row will be counted.',
    });
    expect(json.counts).toEqual({ rowsRead: 20, rowsCounted: 15, rowsNotCounted: 5, blankRows: 1 });
  });

  it("maps a code through the school's own codes in --config", async () => {
    const own = path.join(dir, 'own-codes.json');
    writeFileSync(own, JSON.stringify({ calendar: EXAMPLE_CALENDAR, codes: { XQ: 'authorised' } }));
    const { code, out } = await run('inspect', BASIC, '--config', own, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.codes.find((c: { code: string }) => c.code === 'XQ')).toEqual({ code: 'XQ', category: 'authorised', rows: 1, source: 'school' });
    expect(json.counts).toEqual({ rowsRead: 20, rowsCounted: 16, rowsNotCounted: 4, blankRows: 1 });
  });

  it('reads the named sheet of an .xlsx with typed cells to the same result as the .csv', async () => {
    const file = path.join(dir, 'basic-example.xlsx');
    await writeBasicExampleXlsx(file);
    const fromCsv = JSON.parse((await run('inspect', BASIC, '--config', config, '--json')).out);
    const { code, out } = await run('inspect', file, '--sheet', 'Absenties', '--config', config, '--json');
    expect(code).toBe(0);
    const fromXlsx = JSON.parse(out);
    expect(fromXlsx.sheet).toBe('Absenties');
    expect(fromXlsx.header).toEqual(fromCsv.header);
    expect(fromXlsx.codes).toEqual(fromCsv.codes);
    expect(fromXlsx.problems).toEqual(fromCsv.problems);
    expect(fromXlsx.counts).toEqual({ rowsRead: 20, rowsCounted: 15, rowsNotCounted: 5, blankRows: 1 });
    const text = await run('inspect', file, '--sheet', 'Absenties', '--config', config);
    expect(text.out.split('\n')[0]).toBe(`Register: ${file} (werkblad "Absenties")`);
  });

  it('exits 2 with one line for a missing file', async () => {
    const missing = path.join(dir, 'bestaat-niet.csv');
    const { code, out, err } = await run('inspect', missing);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`verzuimsignaal: bestand niet gevonden: ${missing}\n`);
  });

  it('exits 2 with one line for a corrupt .xlsx', async () => {
    const corrupt = path.join(dir, 'kapot.xlsx');
    writeFileSync(corrupt, Buffer.from('PK\u0003\u0004 afgebroken download'));
    const { code, err } = await run('inspect', corrupt);
    expect(code).toBe(2);
    expect(err).toMatch(/^verzuimsignaal: bestand niet te lezen als \.xlsx: .*kapot\.xlsx \(.*\)\n$/);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 with one line saying which columns were found when there is no header row', async () => {
    const noHeader = path.join(dir, 'geen-kop.csv');
    writeFileSync(noHeader, 'Overzicht absenties\nLeerlingnummer;Naam;Datum;Omschrijving\n1001;Sanne;07-09-2026;ziek\n');
    const { code, err } = await run('inspect', noHeader);
    expect(code).toBe(2);
    expect(err).toBe(
      `verzuimsignaal: ${noHeader}: geen kopregel met kolommen voor leerlingnummer, datum en code in de eerste 20 rijen; ` +
        'gevonden: leerlingnummer, datum (rij 2: leerlingnummer, datum)\n',
    );
  });

  it('exits 2 naming the key of invalid settings, and the file of unreadable JSON', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ counting: { lessonMinutes: -50 } }));
    const r1 = await run('inspect', BASIC, '--config', bad);
    expect(r1.code).toBe(2);
    // The field by its label, in plain words; the key after it, for whoever edits the JSON file.
    expect(r1.err).toBe(
      `verzuimsignaal: ongeldige instellingen in ${bad}: Minuten per lesuur: moet groter dan 0 zijn ("counting.lessonMinutes")\n`,
    );

    const notJson = path.join(dir, 'kapot.json');
    writeFileSync(notJson, '{ "calendar": ');
    const r2 = await run('inspect', BASIC, '--config', notJson);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/^verzuimsignaal: instellingenbestand .*kapot\.json is geen geldige JSON \(.*\)\n$/);

    const r3 = await run('inspect', BASIC, '--config', path.join(dir, 'weg.json'));
    expect(r3.code).toBe(2);
    expect(r3.err).toBe(`verzuimsignaal: instellingenbestand niet gevonden: ${path.join(dir, 'weg.json')}\n`);
  });

  it('exits 2 naming the sheets when --sheet does not exist', async () => {
    const { Workbook } = await import('exceljs');
    const wb = new Workbook();
    wb.addWorksheet('Absenties').addRow(['Leerlingnummer', 'Datum', 'Code']);
    const file = path.join(dir, 'blad.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, err } = await run('inspect', file, '--sheet', 'Blad1');
    expect(code).toBe(2);
    expect(err).toBe(`verzuimsignaal: werkblad "Blad1" bestaat niet in ${file}; werkbladen: "Absenties"\n`);
  });

  it('reads the sample register of the README', async () => {
    const { code, out } = await run('inspect', path.join(FIXTURES, 'sample.csv'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.counts.rowsRead).toBe(json.counts.rowsCounted + json.counts.rowsNotCounted);
    expect(json.header.row).toBe(1);
  });
});
