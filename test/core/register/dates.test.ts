import { dayFromYmd, isoFromDay } from '../../../src/core/dates';
import { importRegister } from '../../../src/core/register/importRegister';
import { dayFromCell, dayFromJsDate, dayFromSerial, dayFromText } from '../../../src/core/register/parseDate';
import { exampleSettings, gridFromLines } from '../../fixtures/helpers/registerFixtures';

function iso(r: ReturnType<typeof dayFromCell>): string {
  if (!r.ok) throw new Error(`not a date: ${r.reason}`);
  return isoFromDay(r.day);
}

describe('Excel serials, 1900 system', () => {
  it('reads the serials around the non-existent 29 February 1900', () => {
    expect(iso(dayFromSerial(1))).toBe('1900-01-01');
    expect(iso(dayFromSerial(59))).toBe('1900-02-28');
    expect(iso(dayFromSerial(61))).toBe('1900-03-01');
    expect(iso(dayFromSerial(62))).toBe('1900-03-02');
  });

  it('refuses serial 60, naming the day that does not exist', () => {
    expect(dayFromSerial(60)).toEqual({
      ok: false,
      reason: 'Excel-datum 60 is 29-02-1900, een dag die niet bestaat',
      reasonEn: 'Excel serial 60 is 1900-02-29, a day that does not exist',
    });
  });

  it('reads register dates and drops the time of day', () => {
    // 46272 is Monday 7 September 2026 in Excel (1900 system).
    expect(iso(dayFromSerial(46272))).toBe('2026-09-07');
    expect(iso(dayFromSerial(46272.75))).toBe('2026-09-07');
    expect(iso(dayFromSerial(25569))).toBe('1970-01-01');
  });

  it('refuses 0 and negative serials', () => {
    expect(dayFromSerial(0).ok).toBe(false);
    expect(dayFromSerial(-3).ok).toBe(false);
  });
});

describe('Excel serials, 1904 system', () => {
  it('counts from 1904-01-01 = 0, 1462 days after the 1900 system', () => {
    expect(iso(dayFromSerial(0, true))).toBe('1904-01-01');
    expect(iso(dayFromSerial(46272 - 1462, true))).toBe('2026-09-07');
    expect(iso(dayFromSerial(60, true))).toBe('1904-03-01');
  });

  it('is used for a register when the workbook says so', () => {
    const grid = [
      ['Leerlingnummer', 'Datum', 'Code'],
      ['1001', 44810, 'S'],
    ];
    expect(isoFromDay(importRegister(grid, exampleSettings(), { date1904: true }).rows[0].day)).toBe('2026-09-07');
  });
});

describe('JS dates', () => {
  it('uses the UTC date, as exceljs stores the cell date at UTC midnight', () => {
    expect(iso(dayFromJsDate(new Date(Date.UTC(2026, 8, 7))))).toBe('2026-09-07');
    expect(iso(dayFromJsDate(new Date('2026-09-07T23:30:00Z')))).toBe('2026-09-07');
    expect(dayFromJsDate(new Date('nonsense')).ok).toBe(false);
  });
});

describe('text dates', () => {
  it.each([
    ['7-9-2026', '2026-09-07'],
    ['07-09-2026', '2026-09-07'],
    ['7/9/2026', '2026-09-07'],
    ['07/09/2026', '2026-09-07'],
    ['7.9.2026', '2026-09-07'],
    ['2026-09-07', '2026-09-07'],
    ['2026-9-7', '2026-09-07'],
    [' 31-12-2026 ', '2026-12-31'],
    ['07-09-2026 00:00', '2026-09-07'],
    ['2026-09-07T00:00:00', '2026-09-07'],
    ['29-02-2028', '2028-02-29'],
  ])('reads "%s" day-first as %s', (text, expected) => {
    expect(iso(dayFromText(text))).toBe(expected);
  });

  it.each(['31-04-2026', '29-02-2026', '2026-13-01', '7-9-26', 'maandag', '07-09/2026', ''])('refuses "%s"', (text) => {
    expect(dayFromText(text).ok).toBe(false);
  });

  it('says in which order an ambiguous text is a date', () => {
    expect(dayFromText('05-09-2026')).toMatchObject({ ok: true, order: 'either' });
    expect(dayFromText('15-09-2026')).toMatchObject({ ok: true, order: 'day-first' });
    expect(dayFromText('09/15/2026')).toMatchObject({ ok: false, order: 'month-first' });
    expect(dayFromText('05-05-2026')).toMatchObject({ ok: true, order: 'either' });
  });
});

describe('the date column of a register', () => {
  it('reads serials, JS dates and text in one column', () => {
    const grid = [
      ['Leerlingnummer', 'Datum', 'Code'],
      ['1001', 46272, 'S'],
      ['1001', new Date(Date.UTC(2026, 8, 8)), 'S'],
      ['1001', '9-9-2026', 'S'],
      ['1001', '2026-09-10', 'S'],
    ];
    const imp = importRegister(grid, exampleSettings());
    expect(imp.rows.map((r) => isoFromDay(r.day))).toEqual(['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10']);
    expect(imp.dateOrderWarning).toBeUndefined();
    expect(imp.lastDay).toBe(dayFromYmd(2026, 9, 10));
  });

  it('warns when the column only makes sense month-first, reads the rest day-first and reports the unreadable ones', () => {
    const grid = gridFromLines([
      'Leerlingnummer;Datum;Code',
      '1001;09/07/2026;S', // read day-first: 9 July 2026 (summer holiday)
      '1001;09/15/2026;S', // no 15th month
      '1001;10/01/2026;S', // read day-first: 10 January 2026
      '1001;11/24/2026;S', // no 24th month
    ]);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.dateOrderWarning).toEqual({
      message:
        'De datums in kolom Datum (B) lijken als maand-dag-jaar geschreven (bijvoorbeeld "09/15/2026"): 2 datums bestaan niet als ' +
        'dag-maand-jaar. Verzuimsignaal leest datums als dag-maand-jaar; exporteer het register met datums als dd-mm-jjjj of jjjj-mm-dd.',
      messageEn:
        'The dates in column Datum (B) look month-day-year (for example "09/15/2026"): 2 dates do not exist as day-month-year. ' +
        'Verzuimsignaal reads dates day-month-year; export the register with dates as dd-mm-yyyy or yyyy-mm-dd.',
    });
    expect(imp.problems.filter((p) => p.kind === 'bad-date').map((p) => [p.row, p.cell])).toEqual([
      [3, 'B3'],
      [5, 'B5'],
    ]);
    expect(imp.problems.find((p) => p.row === 3)?.message).toBe(
      'Rij 3, cel B3 (Datum): "09/15/2026" is geen leesbare datum (geen geldige datum als dag-maand-jaar); de rij telt niet mee.',
    );
  });

  it('does not warn when one date proves the column is day-first', () => {
    const grid = gridFromLines(['Leerlingnummer;Datum;Code', '1001;09/15/2026;S', '1001;16/09/2026;S']);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.dateOrderWarning).toBeUndefined();
    expect(imp.problems.map((p) => [p.row, p.kind])).toEqual([[2, 'bad-date']]);
    expect(imp.rows.map((r) => isoFromDay(r.day))).toEqual(['2026-09-16']);
  });

  it('reports serial 60 in a register as a bad date naming 29-02-1900', () => {
    const imp = importRegister([['Leerlingnummer', 'Datum', 'Code'], ['1001', 60, 'S']], exampleSettings());
    expect(imp.problems).toEqual([
      {
        row: 2,
        column: 'Datum',
        cell: 'B2',
        kind: 'bad-date',
        message: 'Rij 2, cel B2 (Datum): "60" is geen leesbare datum (Excel-datum 60 is 29-02-1900, een dag die niet bestaat); de rij telt niet mee.',
        messageEn: 'Row 2, cell B2 (Datum): "60" cannot be read as a date (Excel serial 60 is 1900-02-29, a day that does not exist); the row is not counted.',
      },
    ]);
  });

  it('refuses register dates outside school years 2000-2001 … 2098-2099 (typing errors)', () => {
    const grid = gridFromLines(['Leerlingnummer;Datum;Code', '1001;07-09-1926;S', '1001;07-09-2126;S', '1001;01-08-2000;S']);
    const imp = importRegister(grid, exampleSettings({ calendar: { holidays: [] } }));
    expect(imp.problems.map((p) => [p.row, p.kind])).toEqual([
      [2, 'bad-date'],
      [3, 'bad-date'],
    ]);
    expect(imp.problems[0].messageEn).toContain('year outside 2000-2099');
    // 1 August 2000 was a Tuesday: a school day when the school configured no holidays.
    expect(imp.rows.map((r) => isoFromDay(r.day))).toEqual(['2000-08-01']);
  });
});

describe('JS dates in a register', () => {
  it('quotes a refused JS date as the date the user sees', () => {
    const grid = [
      ['Leerlingnummer', 'Datum', 'Code'],
      ['1001', new Date(Date.UTC(1926, 8, 7)), 'S'],
    ];
    expect(importRegister(grid, exampleSettings()).problems[0].message).toBe(
      'Rij 2, cel B2 (Datum): "1926-09-07" is geen leesbare datum (jaar buiten 2000-2099); de rij telt niet mee.',
    );
  });
});
