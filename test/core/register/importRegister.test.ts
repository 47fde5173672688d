import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dayFromIso, isoFromDay } from '../../../src/core/dates';
import { importRegister } from '../../../src/core/register/importRegister';
import type { RegisterImport } from '../../../src/core/register/types';
import { parseCsvText } from '../../../src/adapters/files/parseCsvText';
import { parseSettings } from '../../../src/core/settings/validateSettings';
import { exampleSettings, gridFromLines } from '../../fixtures/helpers/registerFixtures';

const FIXTURES = path.resolve(__dirname, '../../fixtures/registers');

function brief(imp: RegisterImport): [number, string, string | undefined][] {
  return imp.problems.map((p) => [p.row, p.kind, p.cell]);
}

describe('basic-example.csv (same shape as the spec example, own pupils)', () => {
  const { cells } = parseCsvText(readFileSync(path.join(FIXTURES, 'basic-example.csv'), 'utf8'));
  const imp = importRegister(cells, exampleSettings());

  it('counts 15 of 20 rows and skips the blank one', () => {
    expect(imp.header.row).toBe(1);
    expect(imp.counts).toEqual({ rowsRead: 20, rowsCounted: 15, rowsNotCounted: 5, blankRows: 1 });
  });

  it('gives each counted row its day, minutes and category', () => {
    expect(imp.rows.map((r) => [r.sheetRow, r.studentId, isoFromDay(r.day), r.minutes, r.category, r.code])).toEqual([
      [2, '3001', '2026-09-07', 50, 'unauthorised', 'S'],
      [3, '3001', '2026-09-07', 50, 'unauthorised', 'S'],
      [4, '3001', '2026-09-08', 50, 'unauthorised', 's'],
      [5, '3002', '2026-10-15', 300, 'unauthorised', 'A'],
      [6, '3002', '2026-10-16', 300, 'unauthorised', 'A'],
      [8, '3002', '2026-10-26', 300, 'unauthorised', 'A'],
      [9, '3003', '2026-09-01', 17, 'late', 'te laat'],
      [10, '3003', '2026-09-03', 10, 'late', 'TL'],
      [11, '3003', '2026-09-08', 0, 'late', 'te laat'],
      [12, '3004', '2026-11-02', 300, 'sick', 'Z'],
      [13, '3004', '2026-11-03', 300, 'sick', 'ziek'],
      [14, '3005', '2026-11-30', 50, 'unauthorised', 'ongeoorloofd'],
      [16, '3005', '2026-12-01', 50, 'ignore', 'HV'],
      [18, '3007', '2026-11-09', 13, 'unauthorised', 'A'],
      [22, '3001', '2026-09-09', 50, 'unauthorised', 'S'],
    ]);
    expect(imp.rows[6]).toEqual({
      sheetRow: 9,
      studentId: '3003',
      day: dayFromIso('2026-09-01'),
      minutes: 17,
      category: 'late',
      code: 'te laat',
      lesson: 1,
      lessonTo: undefined,
      startTime: '08:30',
      endTime: '08:47',
      remark: undefined,
    });
    expect(imp.rows[13].remark).toBe('gebeld, geen gehoor');
    expect(imp.lastDay).toBe(dayFromIso('2026-12-01'));
  });

  it('reports one problem per row not counted, in sheet order, naming row and cell', () => {
    expect(imp.problems).toEqual([
      {
        row: 7,
        column: 'Datum',
        cell: 'E7',
        kind: 'non-school-day',
        message: 'Rij 7, cel E7 (Datum): 20-10-2026 is in de Herfstvakantie; de rij telt niet mee.',
        messageEn: 'Row 7, cell E7 (Datum): 2026-10-20 is during Herfstvakantie; the row is not counted.',
      },
      {
        row: 15,
        column: 'Leerlingnummer',
        cell: 'A15',
        kind: 'duplicate',
        message: 'Rij 15, cel A15 (Leerlingnummer): exacte kopie van rij 14 (zelfde leerling, datum, lesuren, tijden, duur en code); alleen rij 14 telt mee.',
        messageEn: 'Row 15, cell A15 (Leerlingnummer): exact copy of row 14 (same pupil, date, lessons, times, duration and code); only row 14 is counted.',
      },
      {
        row: 17,
        column: 'Datum',
        cell: 'E17',
        kind: 'non-school-day',
        message: 'Rij 17, cel E17 (Datum): 20-11-2026 is een vrije dag of studiedag van de school; de rij telt niet mee.',
        messageEn: "Row 17, cell E17 (Datum): 2026-11-20 is one of the school's days off (study day); the row is not counted.",
      },
      {
        row: 19,
        column: 'Code',
        cell: 'J19',
        kind: 'unmapped-code',
        message: 'Rij 19, cel J19 (Code): code "XQ" hoort nog bij geen categorie; koppel de code aan een categorie, dan telt de rij mee.',
        messageEn: 'Row 19, cell J19 (Code): code "XQ" is not mapped to a category yet; map the code and the row will be counted.',
      },
      {
        row: 20,
        column: 'Datum',
        cell: 'E20',
        kind: 'non-school-day',
        message: 'Rij 20, cel E20 (Datum): 14-11-2026 is een zaterdag, geen lesdag; de rij telt niet mee.',
        messageEn: 'Row 20, cell E20 (Datum): 2026-11-14 is a Saturday, not a school weekday; the row is not counted.',
      },
    ]);
  });

  it('lists every code once, grouped case-insensitively, unmapped first then by rows', () => {
    expect(imp.codes).toEqual([
      { code: 'XQ', category: null, rows: 1, source: 'unmapped' },
      { code: 'A', category: 'unauthorised', rows: 7, source: 'default' },
      { code: 'S', category: 'unauthorised', rows: 4, source: 'default' },
      { code: 'ongeoorloofd', category: 'unauthorised', rows: 2, source: 'default' },
      { code: 'te laat', category: 'late', rows: 2, source: 'default' },
      { code: 'HV', category: 'ignore', rows: 1, source: 'default' },
      { code: 'TL', category: 'late', rows: 1, source: 'default' },
      { code: 'Z', category: 'sick', rows: 1, source: 'default' },
      { code: 'ziek', category: 'sick', rows: 1, source: 'default' },
    ]);
  });

  it('knows each pupil from the first row that gives each field', () => {
    expect(imp.students.size).toBe(8);
    expect(imp.students.get('3001')).toEqual({ id: '3001', name: 'Yara Bos', className: '2C', mentor: '', dateOfBirth: dayFromIso('2012-04-11') });
    expect(imp.students.get('3008')).toEqual({ id: '3008', name: 'Julia Smits', className: '1A', mentor: '', dateOfBirth: dayFromIso('2014-05-05') });
  });
});

describe('problems', () => {
  it('missing-student and missing-date name the empty cell', () => {
    const grid = gridFromLines(['Leerlingnummer;Naam;Datum;Code', ';Sanne de Vries;07-09-2026;S', '1001;Sanne de Vries;;S']);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.problems).toEqual([
      {
        row: 2,
        column: 'Leerlingnummer',
        cell: 'A2',
        kind: 'missing-student',
        message: 'Rij 2, cel A2 (Leerlingnummer): geen leerlingnummer; de rij telt niet mee.',
        messageEn: 'Row 2, cell A2 (Leerlingnummer): no pupil number; the row is not counted.',
      },
      {
        row: 3,
        column: 'Datum',
        cell: 'C3',
        kind: 'missing-date',
        message: 'Rij 3, cel C3 (Datum): geen datum; de rij telt niet mee.',
        messageEn: 'Row 3, cell C3 (Datum): no date; the row is not counted.',
      },
    ]);
    expect(imp.counts).toEqual({ rowsRead: 2, rowsCounted: 0, rowsNotCounted: 2, blankRows: 0 });
  });

  it('bad-date quotes the cell', () => {
    const imp = importRegister(gridFromLines(['Leerlingnummer;Datum;Code', '1001;31-09-2026;S', '1001;gisteren;S']), exampleSettings());
    expect(imp.problems.map((p) => p.message)).toEqual([
      'Rij 2, cel B2 (Datum): "31-09-2026" is geen leesbare datum (geen bestaande datum); de rij telt niet mee.',
      'Rij 3, cel B3 (Datum): "gisteren" is geen leesbare datum (geen datum); de rij telt niet mee.',
    ]);
  });

  it('non-school-day explains weekends, holidays, public holidays and days off', () => {
    const grid = gridFromLines([
      'Leerlingnummer;Datum;Code',
      '1001;13-09-2026;S', // Sunday
      '1001;21-10-2026;S', // Herfstvakantie
      '1001;20-11-2026;S', // study day
      '1001;28-12-2026;S', // Kerstvakantie
      '1001;26-04-2027;S', // Koningsdag is 27 April 2027, a Tuesday: 26 April is a school day
      '1001;27-04-2027;S', // Koningsdag
    ]);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.problems.map((p) => [p.row, p.kind])).toEqual([
      [2, 'non-school-day'],
      [3, 'non-school-day'],
      [4, 'non-school-day'],
      [5, 'non-school-day'],
      [7, 'non-school-day'],
    ]);
    expect(imp.problems[0].message).toBe('Rij 2, cel B2 (Datum): 13-09-2026 is een zondag, geen lesdag; de rij telt niet mee.');
    expect(imp.problems[1].message).toBe('Rij 3, cel B3 (Datum): 21-10-2026 is in de Herfstvakantie; de rij telt niet mee.');
    expect(imp.problems[3].message).toBe('Rij 5, cel B5 (Datum): 28-12-2026 is in de Kerstvakantie; de rij telt niet mee.');
    expect(imp.problems[4].message).toMatch(/^Rij 7, cel B7 \(Datum\): 27-04-2027 is een feestdag \(Koningsdag\); de rij telt niet mee\.$/);
    expect(imp.rows.map((r) => r.sheetRow)).toEqual([6]);
  });

  it('outside-calendar only when the school configured no holidays and the built-in table lacks the year', () => {
    const grid = gridFromLines(['Leerlingnummer;Datum;Code', '1001;03-09-2035;S']);
    const builtIn = importRegister(grid, parseSettings({ calendar: { region: 'zuid' } }));
    expect(brief(builtIn)).toEqual([[2, 'outside-calendar', 'B2']]);
    expect(builtIn.problems[0].message).toMatch(/^Rij 2, cel B2 \(Datum\): De datum 03-09-2035 valt in schooljaar 2035-2036, /);
    expect(builtIn.problems[0].message).toContain('Vul bij Instellingen › Kalender de vakanties en studiedagen van de school in');
    expect(builtIn.problems[0].messageEn).toMatch(/^Row 2, cell B2 \(Datum\): The date 2035-09-03 falls in school year 2035-2036/);
    // With the school's own holidays the same Monday is a school day.
    const own = importRegister(grid, exampleSettings());
    expect(own.problems).toEqual([]);
    expect(own.counts.rowsCounted).toBe(1);
  });

  it('bad-duration names the cell that could not be read', () => {
    const grid = gridFromLines(['Leerlingnummer;Datum;Minuten;Code', '1001;07-09-2026;een uur;S', '1001;08-09-2026;-5;S', '1001;09-09-2026;1500;S']);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.problems.map((p) => [p.row, p.kind, p.cell, p.messageEn])).toEqual([
      [2, 'bad-duration', 'C2', 'Row 2, cell C2 (Minuten): duration cannot be determined from "een uur" (not a number); the row is not counted.'],
      [3, 'bad-duration', 'C3', 'Row 3, cell C3 (Minuten): duration cannot be determined from "-5" (negative duration); the row is not counted.'],
      [4, 'bad-duration', 'C4', 'Row 4, cell C4 (Minuten): duration cannot be determined from "1500" (duration over 24 hours); the row is not counted.'],
    ]);
  });

  it('unmapped-code also for a row without a code', () => {
    const imp = importRegister(gridFromLines(['Leerlingnummer;Datum;Code;Opmerking', '1001;07-09-2026;;bellen']), exampleSettings());
    expect(imp.problems).toEqual([
      {
        row: 2,
        column: 'Code',
        cell: 'C2',
        kind: 'unmapped-code',
        message: 'Rij 2, cel C2 (Code): geen code; vul de code in, anders telt de rij niet mee.',
        messageEn: 'Row 2, cell C2 (Code): no code; fill in the code, otherwise the row is not counted.',
      },
    ]);
    expect(imp.codes).toEqual([]);
  });

  it("under-five: a pupil under 5 on the row's date, by the first known date of birth", () => {
    const grid = gridFromLines([
      'Leerlingnummer;Naam;Geboortedatum;Datum;Code',
      '5001;Finn Wouters;15-10-2021;14-10-2026;A', // the day before his 5th birthday
      '5001;Finn Wouters;;15-10-2026;A', // his 5th birthday: of compulsory school age
      '5002;Zoë Claes;29-02-2024;;A', // no date: missing-date, but her date of birth is known
    ]);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.problems).toEqual([
      {
        row: 2,
        column: 'Geboortedatum',
        cell: 'C2',
        kind: 'under-five',
        message: 'Rij 2, cel C2 (Geboortedatum): de leerling (geboren 15-10-2021) was op 14-10-2026 nog geen 5 jaar en dus niet leerplichtig; de rij telt niet mee.',
        messageEn: 'Row 2, cell C2 (Geboortedatum): the pupil (born 2021-10-15) was not yet 5 on 2026-10-14 and so not of compulsory school age; the row is not counted.',
      },
      expect.objectContaining({ row: 4, kind: 'missing-date' }),
    ]);
    expect(imp.rows.map((r) => r.sheetRow)).toEqual([3]);
    expect(imp.students.get('5002')?.dateOfBirth).toBe(dayFromIso('2024-02-29'));
  });

  it('one problem per row, by precedence: calendar before duration before code before under-five before duplicate', () => {
    const grid = gridFromLines([
      'Leerlingnummer;Geboortedatum;Datum;Minuten;Code',
      '1001;01-01-2010;17-10-2026;veel;XQ', // holiday + bad duration + unmapped → non-school-day
      '1001;01-01-2010;19-10-2026;veel;XQ', // holiday again
      '1001;01-01-2010;16-10-2026;veel;XQ', // school day: bad duration + unmapped → bad-duration
      '1001;01-01-2010;16-10-2026;20;XQ', // unmapped → unmapped-code
      '1001;01-01-2010;16-10-2026;20;A', // counted
      '1001;01-01-2010;16-10-2026;20;A', // duplicate
      '2001;01-01-2022;16-10-2026;20;A', // under five
      '2001;01-01-2022;16-10-2026;20;A', // under five, not duplicate (the first never counted)
    ]);
    const imp = importRegister(grid, exampleSettings());
    expect(brief(imp)).toEqual([
      [2, 'non-school-day', 'C2'],
      [3, 'non-school-day', 'C3'],
      [4, 'bad-duration', 'D4'],
      [5, 'unmapped-code', 'E5'],
      [7, 'duplicate', 'A7'],
      [8, 'under-five', 'B8'],
      [9, 'under-five', 'B9'],
    ]);
    expect(imp.rows.map((r) => r.sheetRow)).toEqual([6]);
    expect(imp.counts).toEqual({ rowsRead: 8, rowsCounted: 1, rowsNotCounted: 7, blankRows: 0 });
  });
});

describe('duplicates', () => {
  it('compares pupil, date, lessons, times, minutes, hours and code, trimmed and case-insensitively', () => {
    const grid = gridFromLines([
      'Leerlingnummer;Datum;Lesuur;Tot lesuur;Van;Tot;Minuten;Uren;Code;Opmerking',
      '1001;07-09-2026;3;4;;;;;S;eerste',
      '1001;7-9-2026;3;4;;;;;s ;andere opmerking', // same day written otherwise, code in other case: duplicate
      '1001;07-09-2026;3;5;;;;;S;', // other lesson range: counted
      '1001;07-09-2026;;;08:30;08:45;;;L;',
      '1001;07-09-2026;;;08:30;08:45;;;l;', // duplicate
      '1001;07-09-2026;;;08:30;08:50;;;L;', // other end time: counted
      '1002;07-09-2026;3;4;;;;;S;', // other pupil: counted
      '1001;08-09-2026;3;4;;;;;S;', // other day: counted
      '1001;07-09-2026;;;;;;1;Z;',
      '1001;07-09-2026;;;;;;1;Z;', // duplicate
      '1001;07-09-2026;;;;;60;;Z;', // minutes instead of hours: not the same cells, counted
    ]);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.problems.map((p) => [p.row, p.kind])).toEqual([
      [3, 'duplicate'],
      [6, 'duplicate'],
      [11, 'duplicate'],
    ]);
    expect(imp.problems[0].message).toContain('exacte kopie van rij 2');
    expect(imp.problems[1].message).toContain('exacte kopie van rij 5');
    expect(imp.rows.map((r) => r.sheetRow)).toEqual([2, 4, 5, 7, 8, 9, 10, 12]);
  });
});

describe('blank rows and cells', () => {
  it('skips blank rows without a problem and keeps read = counted + not counted', () => {
    const grid: (string | null | undefined)[][] = [
      ['Leerlingnummer', 'Naam', 'Datum', 'Code'],
      ['1001', 'Sanne de Vries', '07-09-2026', 'S'],
      [null, null, null, null],
      ['  ', '', null, undefined],
      [],
      ['1001', null, '08-09-2026', 'S'], // a merged or blank name cell in a filled row is just empty
      ['1002', 'Daan Bakker', null, 'A'],
    ];
    const imp = importRegister(grid, exampleSettings());
    expect(imp.counts).toEqual({ rowsRead: 3, rowsCounted: 2, rowsNotCounted: 1, blankRows: 3 });
    expect(imp.rows.map((r) => r.sheetRow)).toEqual([2, 6]);
    expect(imp.problems.map((p) => [p.row, p.kind])).toEqual([[7, 'missing-date']]);
    expect(imp.students.get('1001')?.name).toBe('Sanne de Vries');
  });

  it('numbers rows from firstSheetRow and columns from firstSheetColumn (a range read from the middle of a sheet)', () => {
    const grid = gridFromLines(['Leerlingnummer;Datum;Code', '1001;07-09-2026;XQ']);
    const imp = importRegister(grid, exampleSettings(), { firstSheetRow: 10, firstSheetColumn: 3 });
    expect(imp.header.row).toBe(10);
    expect(imp.problems.map((p) => [p.row, p.cell])).toEqual([[11, 'F11']]);
  });

  it('reads numbers as pupil numbers and class names without ".0"', () => {
    const grid = [
      ['Leerlingnummer', 'Klas', 'BSN', 'Mentor', 'Datum', 'Code'],
      [1001, 3, '123456782', 'mw. De Boer', '07-09-2026', 'S'],
    ];
    const imp = importRegister(grid, exampleSettings());
    expect(imp.rows[0].studentId).toBe('1001');
    expect(imp.students.get('1001')).toEqual({ id: '1001', name: '', className: '3', mentor: 'mw. De Boer', bsn: '123456782' });
  });
});
