import { importRegister } from '../../../src/core/register/importRegister';
import { authorisedOf, kindOf } from '../../../src/core/register/categorize';
import type { CellValue } from '../../../src/core/register/types';
import { exampleSettings, gridFromLines } from '../../fixtures/helpers/registerFixtures';
import { inspectSummary, formatInspectText } from '../../../src/cli/commands/inspect';
import { terminalSafe } from '../../../src/cli/terminalText';

// Monday 7 September 2026 to Friday 11 September 2026 are school days in the example calendar.

describe('Soort and Geoorloofd values as the register means them', () => {
  it('recognises the common variants', () => {
    expect(['te-laat', 'Te_laat', 'Laat (10 min)', 'TE LAAT.', 'telaat'].map(kindOf)).toEqual(['late', 'late', 'late', 'late', 'late']);
    expect(['Verwijderd uit les', 'verwijderd uit de les', 'Eruit gestuurd'].map(kindOf)).toEqual(['removed', 'removed', 'removed']);
    expect(['Ziek gemeld', 'Afwezig'].map(kindOf)).toEqual(['sick', 'absent']);
    expect(['WAAR', 'ONWAAR', 'Ja', 'nee', true, 0].map((v) => authorisedOf(v as CellValue))).toEqual(['yes', 'no', 'yes', 'no', 'yes', 'no']);
    // A remark in brackets is no plain yes: the school says what it means.
    expect(authorisedOf('ja (brief)')).toBe('other');
    expect(kindOf('x')).toBe('other');
  });

  const LINES = [
    'Leerlingnummer;Datum;Code;Soort;Geoorloofd;Minuten',
    '1001;07-09-2026;S;te-laat;ONWAAR;10',
    '1001;08-09-2026;S;x;Nee;',
    '1002;08-09-2026;S;Absent;ja (brief);',
    '1002;09-09-2026;S;Laat (10 min);WAAR;10',
    '1003;09-09-2026;S;X;;',
  ];

  it('makes unknown values problems with the value quoted, never silently "no", and lists them for mapping', () => {
    const imp = importRegister(gridFromLines(LINES), exampleSettings());
    expect(imp.counts).toEqual({ rowsRead: 5, rowsCounted: 2, rowsNotCounted: 3, blankRows: 0 });
    expect(imp.rows.map((r) => [r.sheetRow, r.category, r.minutes])).toEqual([
      [2, 'late', 10],
      [5, 'authorised', 10], // late, and Geoorloofd WAAR makes it authorised
    ]);
    expect(imp.problems.map((p) => [p.row, p.cell, p.kind])).toEqual([
      [3, 'D3', 'unknown-kind'],
      [4, 'E4', 'unknown-authorised'],
      [6, 'D6', 'unknown-kind'],
    ]);
    expect(imp.problems[0].message).toBe(
      'Rij 3, cel D3 (Soort): soort "x" is onbekend; zeg in de instellingen (soorten) wat "x" betekent (te laat, verwijderd, ziek of absent), dan telt de rij mee.',
    );
    expect(imp.problems[1].message).toContain('geoorloofd "ja (brief)" is geen ja of nee');
    expect(imp.kinds).toEqual([
      { value: 'x', rows: 2, meaning: null, source: 'unmapped' },
      { value: 'Absent', rows: 1, meaning: 'absent', source: 'default' },
      { value: 'Laat (10 min)', rows: 1, meaning: 'late', source: 'default' },
      { value: 'te-laat', rows: 1, meaning: 'late', source: 'default' },
    ]);
    expect(imp.authorisedValues?.[0]).toEqual({ value: 'ja (brief)', rows: 1, meaning: null, source: 'unmapped' });

    const text = formatInspectText(inspectSummary(imp, 'register.csv'));
    expect(text).toContain('Soort-waarden (4):');
    expect(text).toMatch(/ {2}x +ONBEKEND +2 rijen — zeg in de instellingen \(kinds\) wat "x" betekent/);
    expect(text).toContain('Geoorloofd-waarden (4):');
  });

  it('counts the rows once the school has said what the values mean (settings.kinds, settings.authorisedValues)', () => {
    const settings = exampleSettings({ kinds: { X: 'removed' }, authorisedValues: { 'Ja (brief)': true } });
    const imp = importRegister(gridFromLines(LINES), settings);
    expect(imp.problems).toEqual([]);
    expect(imp.rows.map((r) => [r.sheetRow, r.category])).toEqual([
      [2, 'late'],
      [3, 'authorised'], // removed from the lesson: the school's measure
      [4, 'authorised'],
      [5, 'authorised'],
      [6, 'authorised'],
    ]);
    expect(imp.kinds?.find((k) => k.value === 'x')).toEqual({ value: 'x', rows: 2, meaning: 'removed', source: 'school' });
  });
});

describe('a specific date header wins over a generic "Datum", and the choice is shown', () => {
  it('reads "Absentiedatum", not the entry date in "Datum", and inspect names the column left out', () => {
    const grid = gridFromLines(['Datum;Leerlingnummer;Datum absentie;Code', '01-10-2026;1001;07-09-2026;S']);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.header.mapping.date).toBe(2);
    expect(imp.rows.map((r) => r.day)).toHaveLength(1);
    const summary = inspectSummary(imp, 'r.csv');
    expect(summary.header.mapping.date).toEqual({ column: 'C', header: 'Datum absentie' });
    expect(summary.otherDateColumns).toEqual([{ column: 'A', header: 'Datum' }]);
    expect(formatInspectText(summary)).toContain('ook gevonden en niet gebruikt: "Datum" (kolom A)');
  });
});

describe('error values, durations as Excel times, Van/Tot over several days', () => {
  it('never reads an error value as a pupil number or code; in a name it is a warning and the row counts', () => {
    const grid: CellValue[][] = [
      ['Leerlingnummer', 'Naam', 'Datum', 'Code'],
      ['#N/A', 'Zoë', '07-09-2026', 'S'],
      ['1002', 'Bram', '07-09-2026', '#REF!'],
      ['1003', '#DIV/0!', '07-09-2026', 'S'],
    ];
    const imp = importRegister(grid, exampleSettings());
    expect(imp.rows.map((r) => r.studentId)).toEqual(['1003']);
    expect(imp.problems.map((p) => [p.row, p.cell, p.kind, p.warning ?? false])).toEqual([
      [2, 'A2', 'error-value', false],
      [3, 'D3', 'error-value', false],
      [4, 'B4', 'error-value', true],
    ]);
    expect(imp.problems[0].message).toBe(
      'Rij 2, cel A2 (Leerlingnummer): foutwaarde #N/A van Excel in plaats van een waarde; herstel de cel (of de formule erachter), anders telt de rij niet mee.',
    );
  });

  it('reads Minuten "0:50" and Uren "4:00" (Excel times, as the reader shows them) as 50 and 240 minutes', () => {
    const grid = gridFromLines(['Leerlingnummer;Datum;Code;Minuten;Uren', '1001;07-09-2026;S;0:50;', '1002;07-09-2026;S;;4:00', '1003;07-09-2026;S;;1,5']);
    expect(importRegister(grid, exampleSettings()).rows.map((r) => r.minutes)).toEqual([50, 240, 90]);
  });

  it('gives one problem naming the row for Van/Tot date-times on different days', () => {
    const monday = Date.UTC(2026, 8, 7);
    const grid: CellValue[][] = [
      ['Leerlingnummer', 'Datum', 'Code', 'Van', 'Tot'],
      ['1001', '07-09-2026', 'Z', new Date(monday + 8.5 * 3600e3), new Date(monday + 2 * 86400e3 + 12 * 3600e3)],
      ['1002', '07-09-2026', 'Z', new Date(monday + 8.5 * 3600e3), new Date(monday + 12 * 3600e3)],
    ];
    const imp = importRegister(grid, exampleSettings());
    expect(imp.rows.map((r) => [r.studentId, r.minutes])).toEqual([['1002', 210]]);
    expect(imp.problems).toEqual([expect.objectContaining({ row: 2, cell: 'E2', kind: 'multi-day' })]);
    expect(imp.problems[0].message).toContain('Van en Tot liggen op verschillende dagen (07-09-2026 en 09-09-2026)');
  });
});

describe('terminal output', () => {
  it('shows control characters and escape sequences from cells instead of running them', () => {
    expect(terminalSafe('Zoë\u001b[2J\u0007\r\tok\n\u009b31m')).toBe('Zoë\u241b[2J\u2407\u240d\tok\n\ufffd31m');
    expect(terminalSafe('half \ud83d end')).toBe('half \ufffd end');
    expect(terminalSafe('whole \ud83d\ude00')).toBe('whole \ud83d\ude00');
  });
});
