import { analyzeGrid } from '../../../src/core/analysis/analyze';
import type { CellGrid } from '../../../src/core/register/types';
import { brief, settingsFor } from '../rules/helpers';

/**
 * register.md's refinements reach the rules: a `Soort` of "Te laat" turns an absence code into a
 * late row (lateness ladder, not the sixteen hours), "Ziek" makes an unmapped code sick, and
 * `Geoorloofd: Ja` turns luxury absence into granted leave, while "Nee" changes nothing.
 */
const GRID: CellGrid = [
  ['Leerlingnummer', 'Datum', 'Lesuur', 'Minuten', 'Code', 'Soort', 'Geoorloofd'],
  ['3101', '01-09-2026', 1, 10, 'A', 'Te laat', null], // row 2
  ['3101', '02-09-2026', 1, 10, 'A', 'Te laat', null],
  ['3101', '03-09-2026', 1, 10, 'A', 'Te laat', null], // row 4: the third time late
  ['3102', '15-10-2026', null, null, 'LV', null, 'Ja'], // rows 5-6: leave granted before the autumn holiday
  ['3102', '16-10-2026', null, null, 'LV', null, 'Ja'],
  ['3102', '26-10-2026', null, null, 'LV', null, 'Nee'], // row 7: a whole day (5 h), luxury
  ['3103', '02-11-2026', null, null, 'XQ', 'Ziek', null], // row 8: unmapped code, sick by its kind
  ['3103', '03-11-2026', null, null, 'XQ', 'Ziek', null],
];

describe('register refinements feeding the rules', () => {
  const result = analyzeGrid(GRID, settingsFor('all', { sickConcern: { consecutiveSchoolDays: 2 } }));

  it('flags the late rows on the ladder, the luxury day without leave, and the sickness; nothing for granted leave', () => {
    expect(result.flags.map(brief)).toEqual([
      { studentId: '3101', category: 'lateness', basis: null, level: 1, duoType: null, start: '2026-09-01', end: '2026-09-03', hours: 0.5, rows: [2, 3, 4] },
      { studentId: '3102', category: 'luxury', basis: 'code', level: null, duoType: 'L', start: '2026-10-26', end: '2026-10-26', hours: 5, rows: [7] },
      { studentId: '3103', category: 'sick-concern', basis: 'duration', level: null, duoType: null, start: '2026-11-02', end: '2026-11-03', hours: 10, rows: [8, 9] },
    ]);
    expect(result.flags.map((f) => [f.reportTo, f.reportBy])).toEqual([
      ['school', null],
      ['leerplicht', '2026-11-02'],
      ['jeugdarts', null],
    ]);
    expect(result.input).toEqual({ rowsRead: 8, rowsCounted: 8, rowsNotCounted: 0, students: 3, rowsAfterAsOf: 0 });
  });
});
