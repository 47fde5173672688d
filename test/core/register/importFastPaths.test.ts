import { dayFromIso, isoFromDay } from '../../../src/core/dates';
import { importRegister } from '../../../src/core/register/importRegister';
import type { CellValue, RegisterImport } from '../../../src/core/register/types';
import { exampleSettings, gridFromLines } from '../../fixtures/helpers/registerFixtures';

/**
 * The import remembers answers per distinct cell text, reuses the previous row's pupil, date and
 * code, and compares duplicates cell by cell only within a pupil's day. These registers are built
 * so that each shortcut meets the case where it must not change the answer (register.md).
 * 7 and 8 September 2026 are a Monday and a Tuesday, 5 October 2026 a Monday: all school days.
 */

function brief(imp: RegisterImport): [number, string, string | undefined][] {
  return imp.problems.map((p) => [p.row, p.kind, p.cell]);
}

describe('exact duplicates (same pupil, date, lessons, times, minutes or hours and code; trimmed, case-insensitive)', () => {
  const imp = importRegister(
    gridFromLines([
      'Leerlingnummer;Datum;Lesuur;Minuten;Code',
      '4001;07-09-2026;3;50;A', // 2: counted
      '4001;07-09-2026; 3 ;50;a', // 3: copy of 2 (lesson trimmed, code case-insensitive)
      '4001;07-09-2026;4;50;A', // 4: another lesson
      '4001;07-09-2026;3;45;A', // 5: other minutes
      '4001;07-09-2026;3;50;Z', // 6: other code
      '4002;07-09-2026;3;50;A', // 7: other pupil
      '4001;08-09-2026;3;50;A', // 8: other day
      '4001;07-09-2026;4;50;A', // 9: copy of 4, not of 2
      '4001;07-09-2026;3;45;A', // 10: copy of 5
    ]),
    exampleSettings(),
  );

  it('counts the first of each set of copies and names it in the problem of each later copy', () => {
    expect(imp.rows.map((r) => [r.sheetRow, r.studentId, isoFromDay(r.day), r.lesson, r.minutes, r.code, r.category])).toEqual([
      [2, '4001', '2026-09-07', 3, 50, 'A', 'unauthorised'],
      [4, '4001', '2026-09-07', 4, 50, 'A', 'unauthorised'],
      [5, '4001', '2026-09-07', 3, 45, 'A', 'unauthorised'],
      [6, '4001', '2026-09-07', 3, 50, 'Z', 'sick'],
      [7, '4002', '2026-09-07', 3, 50, 'A', 'unauthorised'],
      [8, '4001', '2026-09-08', 3, 50, 'A', 'unauthorised'],
    ]);
    expect(brief(imp)).toEqual([
      [3, 'duplicate', 'A3'],
      [9, 'duplicate', 'A9'],
      [10, 'duplicate', 'A10'],
    ]);
    expect(imp.problems[0].message).toBe(
      'Rij 3, cel A3 (Leerlingnummer): exacte kopie van rij 2 (zelfde leerling, datum, lesuren, tijden, duur en code); alleen rij 2 telt mee.',
    );
    expect(imp.problems[1].message).toContain('exacte kopie van rij 4 ');
    expect(imp.problems[2].messageEn).toBe(
      'Row 10, cell A10 (Leerlingnummer): exact copy of row 5 (same pupil, date, lessons, times, duration and code); only row 5 is counted.',
    );
    expect(imp.counts).toEqual({ rowsRead: 9, rowsCounted: 6, rowsNotCounted: 3, blankRows: 0 });
  });

  it('finds the same copies in a register sorted by date, pupils interleaved, as in one sorted by pupil', () => {
    // By date, each pupil's rows in day order (the check keeps one day per pupil), and the same
    // rows by pupil with a pupil's days going back and forth (the check keeps every pupil-day).
    const byDate = [
      '4001;07-09-2026;3;50;A',
      '4002;07-09-2026;3;50;A',
      '4001;07-09-2026;3;50;A', // copy of the first row, after another pupil's row
      '4002;07-09-2026;4;50;A',
      '4001;08-09-2026;3;50;A', // same cells, another day: no copy
      '4002;08-09-2026;3;50;A',
      '4002;08-09-2026;3;50;a', // copy
      '4001;08-09-2026;3;50;A', // copy
    ];
    const header = 'Leerlingnummer;Datum;Lesuur;Minuten;Code';
    const sorted = importRegister(gridFromLines([header, ...byDate]), exampleSettings());
    expect(brief(sorted)).toEqual([
      [4, 'duplicate', 'A4'],
      [8, 'duplicate', 'A8'],
      [9, 'duplicate', 'A9'],
    ]);
    const backAndForth = [byDate[4], byDate[0], byDate[7], byDate[2], byDate[1], byDate[5], byDate[3], byDate[6]];
    const mixed = importRegister(gridFromLines([header, ...backAndForth]), exampleSettings());
    expect(brief(mixed)).toEqual([
      [4, 'duplicate', 'A4'],
      [5, 'duplicate', 'A5'],
      [9, 'duplicate', 'A9'],
    ]);
    expect(mixed.problems[1].message).toContain('exacte kopie van rij 3 ');
    expect(mixed.rows.map((r) => r.sheetRow)).toEqual([2, 3, 6, 7, 8]);
  });

  it('tallies every row under its code as first written, copies included', () => {
    expect(imp.codes).toEqual([
      { code: 'A', category: 'unauthorised', rows: 8, source: 'default' },
      { code: 'Z', category: 'sick', rows: 1, source: 'default' },
    ]);
  });

  it('treats a number cell and the same text as the same value', () => {
    const cells: CellValue[][] = [
      ['Leerlingnummer', 'Datum', 'Lesuur', 'Minuten', 'Code'],
      [4003, '07-09-2026', 3, 50, 'A'],
      ['4003', ' 07-09-2026', '3', '50', 'a '],
      [4003, '07-09-2026', 3, 50.5, 'A'],
    ];
    const out = importRegister(cells, exampleSettings());
    expect(out.rows.map((r) => [r.sheetRow, r.studentId, r.minutes])).toEqual([
      [2, '4003', 50],
      [4, '4003', 51],
    ]);
    expect(brief(out)).toEqual([[3, 'duplicate', 'A3']]);
    expect([...out.students.keys()]).toEqual(['4003']);
  });

  it('compares times as written (trimmed), not as the minutes they give', () => {
    const out = importRegister(
      gridFromLines([
        'Leerlingnummer;Datum;Van;Tot;Code',
        '4004;07-09-2026;08:30;09:20;A',
        '4004;07-09-2026;8:30;09:20;A',
        '4004;07-09-2026;08:30 ;09:20;A',
      ]),
      exampleSettings(),
    );
    expect(out.rows.map((r) => [r.sheetRow, r.minutes, r.startTime, r.endTime])).toEqual([
      [2, 50, '08:30', '09:20'],
      [3, 50, '08:30', '09:20'],
    ]);
    expect(out.problems.map((p) => [p.row, p.kind, p.message.includes('kopie van rij 2 ')])).toEqual([[4, 'duplicate', true]]);
  });

  it('finds a copy that is rows away, after other pupils and days', () => {
    const out = importRegister(
      gridFromLines([
        'Leerlingnummer;Datum;Lesuur;Tot lesuur;Code',
        '4005;07-09-2026;1;2;ZIEK',
        '4006;07-09-2026;1;2;ZIEK',
        '4005;08-09-2026;1;2;ZIEK',
        '4005;07-09-2026;1;;ZIEK',
        '4005;07-09-2026;1;2;ziek',
      ]),
      exampleSettings(),
    );
    expect(out.rows.map((r) => [r.sheetRow, r.studentId, isoFromDay(r.day), r.lesson, r.lessonTo, r.minutes])).toEqual([
      [2, '4005', '2026-09-07', 1, 2, 100],
      [3, '4006', '2026-09-07', 1, 2, 100],
      [4, '4005', '2026-09-08', 1, 2, 100],
      [5, '4005', '2026-09-07', 1, undefined, 50],
    ]);
    expect(out.problems.map((p) => [p.row, p.kind, p.message.includes('kopie van rij 2 ')])).toEqual([[6, 'duplicate', true]]);
  });
});

describe('a pupil read from several rows', () => {
  const imp = importRegister(
    gridFromLines([
      'Leerlingnummer;Naam;Klas;Geboortedatum;Datum;Lesuur;Code',
      '5001;;;;07-09-2026;1;A',
      '5001;Sara Jansen;;;07-09-2026;2;A',
      '5001;;2B;01-10-2021;07-09-2026;3;A',
      '5001;Sara de Vries;3C;02-02-2020;08-09-2026;1;A',
      '5001;;;;05-10-2026;1;A',
    ]),
    exampleSettings(),
  );

  it('takes each field from the first row that gives it, however many rows of the pupil follow', () => {
    expect(imp.students.get('5001')).toEqual({
      id: '5001',
      name: 'Sara Jansen',
      className: '2B',
      mentor: '',
      dateOfBirth: dayFromIso('2021-10-01'),
    });
  });

  it('applies a date of birth found on a later row to the earlier rows too (5 on 1 October 2026)', () => {
    expect(brief(imp)).toEqual([
      [2, 'under-five', 'D2'],
      [3, 'under-five', 'D3'],
      [4, 'under-five', 'D4'],
      [5, 'under-five', 'D5'],
    ]);
    expect(imp.problems[0].message).toBe(
      'Rij 2, cel D2 (Geboortedatum): de leerling (geboren 01-10-2021) was op 07-09-2026 nog geen 5 jaar en dus niet leerplichtig; de rij telt niet mee.',
    );
    expect(imp.rows.map((r) => [r.sheetRow, isoFromDay(r.day)])).toEqual([[6, '2026-10-05']]);
  });
});

describe('rows read from the previous row', () => {
  it('reads a repeated date, kind and consent cell the same as the first, whatever lies between', () => {
    const imp = importRegister(
      gridFromLines([
        'Leerlingnummer;Datum;Lesuur;Code;Soort;Geoorloofd',
        '6001;07-09-2026;1;A;Te laat;Nee', // late, 0 minutes (no minutes or times)
        '6001;07-09-2026;2;A;Te laat;Ja', // late made authorised, 50 minutes by the lesson
        '6002;07-09-2026;1;A;Te laat;Ja',
        '6002;zondag;2;A;Te laat;Ja',
        '6002;zondag;3;A;;',
        '6003;07-09-2026;1;A;;Ja',
      ]),
      exampleSettings(),
    );
    expect(imp.rows.map((r) => [r.sheetRow, r.category, r.minutes])).toEqual([
      [2, 'late', 0],
      [3, 'authorised', 50],
      [4, 'authorised', 50],
      [7, 'authorised', 50],
    ]);
    expect(brief(imp)).toEqual([
      [5, 'bad-date', 'B5'],
      [6, 'bad-date', 'B6'],
    ]);
    expect(imp.problems[1].message).toBe('Rij 6, cel B6 (Datum): "zondag" is geen leesbare datum (geen datum); de rij telt niet mee.');
  });

  it('keeps counting a pupil number that a blank row or a missing number interrupts', () => {
    const imp = importRegister(
      [
        ['Leerlingnummer', 'Datum', 'Code'],
        ['7001', '07-09-2026', 'Z'],
        ['\u00a0', null, '  '],
        [null, '07-09-2026', 'Z'],
        ['7001', '08-09-2026', 'Z'],
      ],
      exampleSettings(),
    );
    expect(imp.counts).toEqual({ rowsRead: 3, rowsCounted: 2, rowsNotCounted: 1, blankRows: 1 });
    expect(imp.rows.map((r) => [r.sheetRow, r.studentId, r.minutes])).toEqual([
      [2, '7001', 300],
      [5, '7001', 300],
    ]);
    expect(brief(imp)).toEqual([[4, 'missing-student', 'A4']]);
  });
});

describe('a grid handed over (consumeRows): each row let go once read', () => {
  // Two pupils' weeks with copies in every duration field the check compares, some rows apart,
  // blank and unreadable rows between: the copies must be found from what the first pass kept.
  const lines = [
    'Klassenlijst absentie',
    'Leerlingnummer;Datum;Lesuur;Tot lesuur;Van;Tot;Minuten;Uren;Code',
    '5001;07-09-2026;1;2;;;;;A',
    '5002;07-09-2026;;;08:30;09:20;;;A',
    ';;;;;;;;',
    '5001;07-09-2026;1;2;;;;;a',
    '5002;07-09-2026;;;08:30 ;09:20;;;A',
    '5002;07-09-2026;;;08:30;09:25;;;A',
    '5001;geen;1;;;;;;A',
    '5001;08-09-2026;;;;;45;;Z',
    '5001;08-09-2026;;;;;45;;z',
    '5001;08-09-2026;;;;;;1,5;Z',
    '5001;08-09-2026;;;;;;1,5;Z',
  ];
  const kept = importRegister(gridFromLines(lines), exampleSettings());
  const handed = gridFromLines(lines);
  const consumed = importRegister(handed, exampleSettings(), { consumeRows: true });

  it('gives the same rows, problems and counts as an import of a grid the caller keeps', () => {
    expect(brief(kept)).toEqual([
      [6, 'duplicate', 'A6'],
      [7, 'duplicate', 'A7'],
      [9, 'bad-date', 'B9'],
      [11, 'duplicate', 'A11'],
      [13, 'duplicate', 'A13'],
    ]);
    expect(consumed.rows).toEqual(kept.rows);
    expect(consumed.problems).toEqual(kept.problems);
    expect(consumed.counts).toEqual(kept.counts);
    expect(consumed.students).toEqual(kept.students);
  });

  it('clears every row below the header and leaves the title and the header', () => {
    expect(handed.slice(0, 2)).toEqual(gridFromLines(lines.slice(0, 2)));
    expect(handed.slice(2).every((row) => row === undefined)).toBe(true);
    expect(handed.length).toBe(lines.length);
  });
});

describe('onRowsRead', () => {
  it('is told every 65,536 rows how far the first pass is, out of the rows below the header', () => {
    const header = ['Leerlingnummer', 'Datum', 'Lesuur', 'Code'];
    const rows: CellValue[][] = [];
    for (let i = 0; i < 140_000; i++) rows.push([String(6000 + (i % 700)), '07-09-2026', (Math.floor(i / 700) % 8) + 1, 'A']);
    const seen: [number, number][] = [];
    const out = importRegister([header, ...rows], exampleSettings(), { onRowsRead: (read, total) => seen.push([read, total]) });
    expect(seen).toEqual([
      [65_536, 140_000],
      [131_072, 140_000],
    ]);
    // 700 pupils × 8 lessons on one day: every row after the first 5,600 is a copy.
    expect(out.counts).toEqual({ rowsRead: 140_000, rowsCounted: 5_600, rowsNotCounted: 134_400, blankRows: 0 });
  });
});
