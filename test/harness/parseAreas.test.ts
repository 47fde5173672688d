// The Office.js harness reads the selection from RangeAreas.address, as Excel writes it.
import { parseAreas } from './officeHarness';

test('areas of a multi-area address, with quoted sheet names, absolute references and single cells', () => {
  expect(parseAreas('Absenties!A12:J13,Absenties!A40:J41')).toEqual([
    { firstRow: 11, rowCount: 2, firstColumn: 0, columnCount: 10 },
    { firstRow: 39, rowCount: 2, firstColumn: 0, columnCount: 10 },
  ]);
  expect(parseAreas("'Verzuim, 2026'!$B$3:$AA$7,'Verzuim, 2026'!C9")).toEqual([
    { firstRow: 2, rowCount: 5, firstColumn: 1, columnCount: 26 },
    { firstRow: 8, rowCount: 1, firstColumn: 2, columnCount: 1 },
  ]);
  expect(() => parseAreas('Absenties!A:A')).toThrow('Not an area address: Absenties!A:A');
});
