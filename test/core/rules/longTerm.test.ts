import { brief, run, settingsFor, weekdays, type RowSpec } from './helpers';

const onlyLong = settingsFor(['long-term']);
// School days from Monday 2 November 2026; Friday 20 November is a study day (not a school day).
const NOV_DEC = weekdays('2026-11-02', '2026-12-18').filter((d) => d !== '2026-11-20');

describe('long-term (rules.md 4)', () => {
  it('flags a run of 20 absent school days on the 20th; a study day neither counts nor breaks the run', () => {
    const rows: RowSpec[] = NOV_DEC.slice(0, 22).map((d) => ['7001', d, 240, 'unauthorised']);
    const { flags } = run(rows, onlyLong);
    // 2-6, 9-13, 16-19, 23-27 Nov = 19 days; Monday 30 November is the 20th.
    expect(flags.map(brief)).toEqual([
      { studentId: '7001', category: 'long-term', basis: null, level: null, duoType: 'LRV', start: '2026-11-02', end: '2026-11-30', hours: 80, rows: Array.from({ length: 20 }, (_, i) => i + 2) },
    ]);
    expect(flags[0]).toMatchObject({ schoolDays: 20, occurrences: 20, reportTo: 'leerplicht', masBranch: 'A', reportBy: '2026-12-07' });
  });

  it('starts a new run after a school day with less than minHoursPerDay (239 minutes)', () => {
    const rows: RowSpec[] = NOV_DEC.map((d) => ['7002', d, d === '2026-11-16' ? 239 : 240, 'unauthorised']);
    const { flags } = run(rows, onlyLong);
    // NOV_DEC[10] is Mon 16 Nov (sheet row 12). The run restarts on Tue 17 Nov (row 13): 17-19,
    // 23-27 Nov, 30 Nov-4 Dec, 7-11 Dec, 14-15 Dec = 20 days, up to row 32.
    expect(flags.map(brief)).toEqual([
      { studentId: '7002', category: 'long-term', basis: null, level: null, duoType: 'LRV', start: '2026-11-17', end: '2026-12-15', hours: 80, rows: Array.from({ length: 20 }, (_, i) => i + 13) },
    ]);
    expect(flags[0].schoolDays).toBe(20);
  });

  it('starts a new run after a school day without absence (no row at all)', () => {
    const rows: RowSpec[] = NOV_DEC.filter((d) => d !== '2026-11-16').map((d) => ['7003', d, 300, 'unauthorised']);
    // Without 16 Nov, 17 Nov is sheet row 12.
    expect(run(rows, onlyLong).flags.map(brief)).toEqual([
      { studentId: '7003', category: 'long-term', basis: null, level: null, duoType: 'LRV', start: '2026-11-17', end: '2026-12-15', hours: 100, rows: Array.from({ length: 20 }, (_, i) => i + 12) },
    ]);
  });

  it('lists a 0-minute unauthorised row of an absent day among the run\'s rows; it adds no hours', () => {
    const rows: RowSpec[] = [
      ['7007', '2026-11-02', 300, 'unauthorised'], // row 2
      ['7007', '2026-11-03', 300, 'unauthorised'],
      ['7007', '2026-11-03', 0, 'unauthorised'], // row 4: no minutes, still an unauthorised row of the run
      ['7007', '2026-11-04', 300, 'unauthorised'], // row 5: the third day
    ];
    const { flags } = run(rows, settingsFor(['long-term'], { longTerm: { minConsecutiveSchoolDays: 3 } }));
    expect(flags.map(brief)).toEqual([
      { studentId: '7007', category: 'long-term', basis: null, level: null, duoType: 'LRV', start: '2026-11-02', end: '2026-11-04', hours: 15, rows: [2, 3, 4, 5] },
    ]);
    expect(flags[0]).toMatchObject({ occurrences: 4, schoolDays: 3 });
  });

  it('never counts late or sick rows, follows its settings, and is switched off with enabled: false', () => {
    const late: RowSpec[] = NOV_DEC.map((d) => ['7004', d, 300, 'late']);
    const sick: RowSpec[] = NOV_DEC.map((d) => ['7005', d, 300, 'sick']);
    expect(run([...late, ...sick], onlyLong).flags).toEqual([]);
    const short: RowSpec[] = NOV_DEC.slice(0, 5).map((d) => ['7006', d, 120, 'luxury']);
    expect(run(short, settingsFor(['long-term'], { longTerm: { minConsecutiveSchoolDays: 5, minHoursPerDay: 2 } })).flags.map(brief)).toEqual([
      { studentId: '7006', category: 'long-term', basis: null, level: null, duoType: 'LRV', start: '2026-11-02', end: '2026-11-06', hours: 10, rows: [2, 3, 4, 5, 6] },
    ]);
    const all: RowSpec[] = NOV_DEC.map((d) => ['7001', d, 300, 'unauthorised']);
    expect(run(all, settingsFor(['long-term'], { longTerm: { enabled: false } })).flags).toEqual([]);
  });
});
