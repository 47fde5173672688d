import { brief, run, settingsFor, type RowSpec } from './helpers';

// 1003 of the example: ten times late (10 min each), rows 2-11.
const TEN_LATE = ['2026-09-01', '2026-09-03', '2026-09-08', '2026-09-10', '2026-09-15', '2026-09-29', '2026-10-06', '2026-10-13', '2026-11-03', '2026-11-10'];

describe('lateness (rules.md 5)', () => {
  it('climbs the default ladder 3-6-9-12; step 3 goes to leerplicht as O', () => {
    const rows: RowSpec[] = TEN_LATE.map((d) => ['1003', d, 10, 'late']);
    const { flags } = run(rows, settingsFor(['lateness']));
    expect(flags.map(brief)).toEqual([
      { studentId: '1003', category: 'lateness', basis: null, level: 1, duoType: null, start: '2026-09-01', end: '2026-09-08', hours: 0.5, rows: [2, 3, 4] },
      { studentId: '1003', category: 'lateness', basis: null, level: 2, duoType: null, start: '2026-09-01', end: '2026-09-29', hours: 1, rows: [2, 3, 4, 5, 6, 7] },
      { studentId: '1003', category: 'lateness', basis: null, level: 3, duoType: 'O', start: '2026-09-01', end: '2026-11-03', hours: 1.5, rows: [2, 3, 4, 5, 6, 7, 8, 9, 10] },
    ]);
    expect(flags.map((f) => [f.reportTo, f.masBranch, f.reportBy])).toEqual([
      ['school', null, null],
      ['school', null, null],
      ['leerplicht', 'A', '2026-11-10'],
    ]);
  });

  it('follows a custom ladder and reportFromLevel; late rows without minutes still count', () => {
    const rows: RowSpec[] = TEN_LATE.slice(0, 5).map((d) => ['8001', d, 0, 'late']);
    const { flags } = run(rows, settingsFor(['lateness'], { lateness: { ladder: [2, 5], reportFromLevel: 2 } }));
    expect(flags.map(brief)).toEqual([
      { studentId: '8001', category: 'lateness', basis: null, level: 1, duoType: null, start: '2026-09-01', end: '2026-09-03', hours: 0, rows: [2, 3] },
      { studentId: '8001', category: 'lateness', basis: null, level: 2, duoType: 'O', start: '2026-09-01', end: '2026-09-15', hours: 0, rows: [2, 3, 4, 5, 6] },
    ]);
  });

  it('counts rows of one date in sheet-row order, whatever order the register lists dates in', () => {
    const rows: RowSpec[] = [
      ['8002', '2026-09-03', 5, 'late'], // row 2
      ['8002', '2026-09-01', 10, 'late'], // row 3
      ['8002', '2026-09-01', 20, 'late'], // row 4: the second late row, on 1 September
    ];
    expect(run(rows, settingsFor(['lateness'], { lateness: { ladder: [2] } })).flags.map(brief)).toEqual([
      { studentId: '8002', category: 'lateness', basis: null, level: 1, duoType: null, start: '2026-09-01', end: '2026-09-01', hours: 0.5, rows: [3, 4] },
    ]);
  });

  it('starts counting again each school year and is switched off with enabled: false', () => {
    const rows: RowSpec[] = [
      ['8003', '2026-07-14', 10, 'late'],
      ['8003', '2026-07-15', 10, 'late'],
      ['8003', '2026-09-01', 10, 'late'],
    ];
    expect(run(rows, settingsFor(['lateness'])).flags).toEqual([]);
    const three: RowSpec[] = TEN_LATE.slice(0, 3).map((d) => ['8004', d, 10, 'late']);
    expect(run(three, settingsFor(['lateness'], { lateness: { enabled: false } })).flags).toEqual([]);
  });
});
