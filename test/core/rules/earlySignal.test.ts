import { brief, run, settingsFor, type RowSpec } from './helpers';

/** 1001 of the example: three lessons (150 min) on Mondays and Wednesdays, rows 2-15. */
const MON_WED = ['2026-09-07', '2026-09-09', '2026-09-14', '2026-09-16', '2026-09-21', '2026-09-23', '2026-09-28', '2026-09-30', '2026-10-05', '2026-10-07', '2026-10-12', '2026-10-14', '2026-10-26', '2026-10-28'];

describe('early-signal (rules.md 2)', () => {
  it('needs 480 minutes: 479 gives nothing, 480 gives a school signal', () => {
    const rows: RowSpec[] = [
      ['5001', '2026-11-30', 240, 'unauthorised'],
      ['5001', '2026-12-01', 239, 'unauthorised'],
      ['5002', '2026-11-30', 240, 'unauthorised'], // row 4
      ['5002', '2026-12-01', 240, 'unauthorised'],
    ];
    const { flags } = run(rows, settingsFor(['early-signal']));
    expect(flags.map(brief)).toEqual([
      { studentId: '5002', category: 'early-signal', basis: null, level: null, duoType: null, start: '2026-11-30', end: '2026-12-01', hours: 8, rows: [4, 5] },
    ]);
    expect(flags[0]).toMatchObject({ reportTo: 'school', masBranch: null, reportBy: null, notes: [], window: { start: '2026-11-09', end: '2026-12-01' } });
  });

  it('keeps its own reset and spacing beside sixteen-hours (the example pupil 1001)', () => {
    const rows: RowSpec[] = MON_WED.map((d) => ['1001', d, 150, 'unauthorised']);
    const { flags } = run(rows, settingsFor(['early-signal', 'sixteen-hours']));
    expect(flags.map((f) => [f.category, f.start, f.end, f.hours, f.rows])).toEqual([
      ['early-signal', '2026-09-07', '2026-09-16', 10, [2, 3, 4, 5]],
      ['sixteen-hours', '2026-09-07', '2026-09-28', 17.5, [2, 3, 4, 5, 6, 7, 8]],
      ['early-signal', '2026-09-21', '2026-09-30', 10, [6, 7, 8, 9]],
      ['early-signal', '2026-10-05', '2026-10-14', 10, [10, 11, 12, 13]],
      ['sixteen-hours', '2026-09-30', '2026-10-28', 17.5, [9, 10, 11, 12, 13, 14, 15]],
    ]);
  });

  it('follows thresholdHours and is switched off with enabled: false', () => {
    const rows: RowSpec[] = MON_WED.slice(0, 4).map((d) => ['1001', d, 150, 'unauthorised']);
    expect(run(rows, settingsFor(['early-signal'], { earlySignal: { thresholdHours: 5 } })).flags.map(brief)).toEqual([
      { studentId: '1001', category: 'early-signal', basis: null, level: null, duoType: null, start: '2026-09-07', end: '2026-09-09', hours: 5, rows: [2, 3] },
      // reset Thu 10 Sep; 16 Sep is 7 days after the 9th
      { studentId: '1001', category: 'early-signal', basis: null, level: null, duoType: null, start: '2026-09-14', end: '2026-09-16', hours: 5, rows: [4, 5] },
    ]);
    expect(run(rows, settingsFor(['early-signal'], { earlySignal: { enabled: false } })).flags).toEqual([]);
  });
});
