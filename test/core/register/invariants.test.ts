import fc from 'fast-check';
import { importRegister } from '../../../src/core/register/importRegister';
import type { CellValue } from '../../../src/core/register/types';
import { exampleSettings } from '../../fixtures/helpers/registerFixtures';

const HEADER = ['Leerlingnummer', 'Geboortedatum', 'Datum', 'Lesuur', 'Van', 'Tot', 'Minuten', 'Code', 'Soort'];

// Cells as registers really hold them, good and bad mixed: the import must account for every row.
const id = fc.constantFrom<CellValue>('1001', '1002', 1003, ' 1001 ', null, '');
const dob = fc.constantFrom<CellValue>('14-03-2012', '01-01-2023', null, 'onbekend');
const date = fc.constantFrom<CellValue>(
  '07-09-2026', '7-9-2026', '2026-09-08', 46274, '19-10-2026', '12-09-2026', '20-11-2026', '31-09-2026', 60, null, '09/15/2026',
  new Date(Date.UTC(2026, 8, 10)),
);
const lesson = fc.constantFrom<CellValue>('1', '3', 3, '2-4', 'x', null);
const time = fc.constantFrom<CellValue>('8:30', '08.45', 0.4, 'later', null);
const minutes = fc.constantFrom<CellValue>('10', '1,5', '-5', '2000', null, null, null);
const code = fc.constantFrom<CellValue>('S', 's ', 'Z', 'te laat', 'XQ', 'HV', null);
const kind = fc.constantFrom<CellValue>('Te laat', 'Ziek', 'Absent', 'Verwijderd', null);
const blank = fc.constant<CellValue[]>([null, null, '', '  ']);
const row = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(id, dob, date, lesson, time, time, minutes, code, kind).map((r) => r as CellValue[]) },
  { weight: 1, arbitrary: blank },
);

describe('import invariants on random registers', () => {
  it('rowsRead = counted + not counted, and every row not counted has exactly one problem', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const imp = importRegister([HEADER, ...rows], exampleSettings());
        const { rowsRead, rowsCounted, rowsNotCounted, blankRows } = imp.counts;
        expect(rowsRead).toBe(rowsCounted + rowsNotCounted);
        expect(rowsRead + blankRows).toBe(rows.length);
        expect(imp.rows).toHaveLength(rowsCounted);
        // Warnings (rows that count, read on a guess) aside, each problem is one row not counted.
        const reasons = imp.problems.filter((p) => !p.warning);
        expect(reasons).toHaveLength(rowsNotCounted);
        const problemRows = reasons.map((p) => p.row);
        expect(new Set(problemRows).size).toBe(problemRows.length);
        expect([...problemRows].sort((a, b) => a - b)).toEqual(problemRows);
        for (const r of imp.rows) {
          expect(problemRows).not.toContain(r.sheetRow);
          expect(Number.isInteger(r.minutes)).toBe(true);
          expect(r.minutes).toBeGreaterThanOrEqual(0);
          expect(r.minutes).toBeLessThanOrEqual(1440);
        }
        for (const p of imp.problems) expect(p.message.startsWith(`Rij ${p.row}`)).toBe(true);
        expect([...imp.problems.map((p) => p.row)].sort((a, b) => a - b)).toEqual(imp.problems.map((p) => p.row));
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });
});
