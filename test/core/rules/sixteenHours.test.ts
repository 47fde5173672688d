import { brief, run, settingsFor, weekdays, type RowSpec } from './helpers';

const only16 = settingsFor(['sixteen-hours']);

describe('sixteen-hours (rules.md 1)', () => {
  it('needs 960 minutes: 959 gives nothing, 960 gives a V3 flag', () => {
    const rows: RowSpec[] = [
      ['2001', '2026-09-07', 300, 'unauthorised'], // sheet row 2
      ['2001', '2026-09-08', 300, 'unauthorised'],
      ['2001', '2026-09-09', 300, 'unauthorised'],
      ['2001', '2026-09-10', 59, 'unauthorised'], // 959 in all
      ['2002', '2026-09-07', 300, 'unauthorised'], // row 6
      ['2002', '2026-09-08', 300, 'unauthorised'],
      ['2002', '2026-09-09', 300, 'unauthorised'],
      ['2002', '2026-09-10', 60, 'unauthorised'], // 960: reached on Thursday 10 September
    ];
    const { flags } = run(rows, only16);
    expect(flags.map(brief)).toEqual([
      { studentId: '2002', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-09-07', end: '2026-09-10', hours: 16, rows: [6, 7, 8, 9] },
    ]);
    expect(flags[0]).toMatchObject({ reportTo: 'leerplicht', masBranch: 'A', reportBy: '2026-09-17', occurrences: 4, schoolDays: 4 });
    // The four lesweken of 10 September reach back over the summer holiday into July: cut at 1 August.
    expect(flags[0].window).toEqual({ start: '2026-08-01', end: '2026-09-10' });
  });

  it('spaces reports at least 7 days apart during continuous absence, each window starting after the previous report', () => {
    // Whole days (300 min) every school day from Monday 7 to Thursday 24 September 2026.
    const rows: RowSpec[] = weekdays('2026-09-07', '2026-09-24').map((d) => ['2003', d, 300, 'unauthorised']);
    const { flags } = run(rows, only16);
    // 7-10 Sep: 1200 min on day 4 (Thu 10th). Reset Fri 11th: 960 is passed on Wed 16th, only 6 days
    // after the 10th, so the next flag waits for Thu 17th (7 days): 11, 14-17 Sep = 5 days. Then 18,
    // 21-24 Sep: the 23rd is 6 days after the 17th, the 24th is 7.
    expect(flags.map(brief)).toEqual([
      { studentId: '2003', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-09-07', end: '2026-09-10', hours: 20, rows: [2, 3, 4, 5] },
      { studentId: '2003', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-09-11', end: '2026-09-17', hours: 25, rows: [6, 7, 8, 9, 10] },
      { studentId: '2003', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-09-18', end: '2026-09-24', hours: 25, rows: [11, 12, 13, 14, 15] },
    ]);
    expect(flags.map((f) => f.window)).toEqual([
      { start: '2026-08-01', end: '2026-09-10' },
      { start: '2026-09-11', end: '2026-09-17' },
      { start: '2026-09-18', end: '2026-09-24' },
    ]);
  });

  it('honours a longer minDaysBetweenReports (10): the second report waits until Monday 21 September', () => {
    const rows: RowSpec[] = weekdays('2026-09-07', '2026-09-21').map((d) => ['2003', d, 300, 'unauthorised']);
    const { flags } = run(rows, settingsFor(['sixteen-hours'], { sixteenHours: { minDaysBetweenReports: 10 } }));
    expect(flags.map(brief)).toEqual([
      { studentId: '2003', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-09-07', end: '2026-09-10', hours: 20, rows: [2, 3, 4, 5] },
      { studentId: '2003', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-09-11', end: '2026-09-21', hours: 35, rows: [6, 7, 8, 9, 10, 11, 12] },
    ]);
  });

  it('counts four lesweken over five calendar weeks when a holiday week lies between', () => {
    // Lesweken of 5, 12, 26 Oct and 2 Nov (19-23 Oct is the autumn holiday, not a lesweek).
    const rows: RowSpec[] = [
      ['2004', '2026-10-05', 240, 'unauthorised'],
      ['2004', '2026-10-12', 240, 'unauthorised'],
      ['2004', '2026-10-26', 240, 'unauthorised'],
      ['2004', '2026-11-02', 240, 'unauthorised'],
      // 2005 starts a week earlier: on 2 November, 28 September is five lesweken back.
      ['2005', '2026-09-28', 240, 'unauthorised'],
      ['2005', '2026-10-13', 240, 'unauthorised'],
      ['2005', '2026-10-27', 240, 'unauthorised'],
      ['2005', '2026-11-02', 240, 'unauthorised'],
    ];
    const { flags } = run(rows, only16);
    expect(flags.map(brief)).toEqual([
      { studentId: '2004', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-10-05', end: '2026-11-02', hours: 16, rows: [2, 3, 4, 5] },
    ]);
    expect(flags[0].window).toEqual({ start: '2026-10-05', end: '2026-11-02' });
  });

  it('starts every school year afresh on 1 August: July absence never adds to September', () => {
    const rows: RowSpec[] = [
      ['2006', '2026-07-13', 150, 'unauthorised'],
      ['2006', '2026-07-14', 150, 'unauthorised'],
      ['2006', '2026-07-15', 150, 'unauthorised'],
      ['2006', '2026-07-16', 150, 'unauthorised'],
      ['2006', '2026-07-17', 150, 'unauthorised'], // 750 min in 2025-2026
      ['2006', '2026-08-31', 300, 'unauthorised'], // the next lesweek after the summer holiday
      ['2006', '2026-09-01', 300, 'unauthorised'], // 600 min in 2026-2027
    ];
    expect(run(rows, only16).flags).toEqual([]);
    // Without the cut the window of 1 September (lesweken 13 Jul, 31 Aug) would hold 1350 min. The
    // same 600 min on 9-10 July instead: 300, 600, 750, 900, 1050 on 15 July.
    const sameYear: RowSpec[] = rows.map(([id, d, m, c]) => [id, d.replace('2026-08-31', '2026-07-09').replace('2026-09-01', '2026-07-10'), m, c]);
    expect(run(sameYear, only16).flags.map(brief)).toEqual([
      { studentId: '2006', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-07-09', end: '2026-07-15', hours: 17.5, rows: [2, 3, 4, 7, 8] },
    ]);
  });

  it('does not reach back before the previous report (reset), even when the lesweken would', () => {
    // 1001 of the example: three lessons (150 min) on Mondays and Wednesdays.
    const days = ['2026-09-07', '2026-09-09', '2026-09-14', '2026-09-16', '2026-09-21', '2026-09-23', '2026-09-28', '2026-09-30', '2026-10-05', '2026-10-07', '2026-10-12', '2026-10-14', '2026-10-26', '2026-10-28'];
    const rows: RowSpec[] = days.map((d) => ['1001', d, 150, 'unauthorised']);
    const { flags } = run(rows, only16);
    // First report ends Mon 28 Sep (7 days, 1050 min); reset Tue 29 Sep; the window of 28 Oct
    // (lesweken 26 Oct, 12 Oct, 5 Oct, 28 Sep) starts at the reset, so 30 Sep is the first day.
    expect(flags.map(brief)).toEqual([
      { studentId: '1001', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-09-07', end: '2026-09-28', hours: 17.5, rows: [2, 3, 4, 5, 6, 7, 8] },
      { studentId: '1001', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-09-30', end: '2026-10-28', hours: 17.5, rows: [9, 10, 11, 12, 13, 14, 15] },
    ]);
    expect(flags[1].window).toEqual({ start: '2026-09-29', end: '2026-10-28' });
    expect(flags.map((f) => f.reportBy)).toEqual(['2026-10-05', '2026-11-04']);
  });

  it('is V4 when the pupil turns 18 on the end date, V3 when the birthday is the day after', () => {
    const rows = (id: string): RowSpec[] => [
      [id, '2026-09-07', 300, 'unauthorised'],
      [id, '2026-09-08', 300, 'unauthorised'],
      [id, '2026-09-09', 300, 'unauthorised'],
      [id, '2026-09-10', 60, 'unauthorised'],
    ];
    const { flags } = run([...rows('3001'), ...rows('3002'), ...rows('3003')], only16, {
      '3001': { dob: '2008-09-10' },
      '3002': { dob: '2008-09-11' },
      '3003': { dob: null },
    });
    expect(flags.map((f) => [f.studentId, f.end, f.duoType, f.notes])).toEqual([
      ['3001', '2026-09-10', 'V4', []],
      ['3002', '2026-09-10', 'V3', []],
      ['3003', '2026-09-10', 'V3', ['age unknown']],
    ]);
  });

  it('counts luxury rows, counts late rows only with countsAsAbsence, and ignores 0-minute rows', () => {
    const rows: RowSpec[] = [
      ['2007', '2026-09-07', 300, 'unauthorised'],
      ['2007', '2026-09-08', 300, 'luxury'],
      ['2007', '2026-09-09', 300, 'authorised'],
      ['2007', '2026-09-09', 300, 'sick'],
      ['2007', '2026-09-10', 0, 'unauthorised'],
      ['2007', '2026-09-10', 360, 'late'],
    ];
    expect(run(rows, only16).flags).toEqual([]);
    const withLate = run(rows, settingsFor(['sixteen-hours'], { lateness: { countsAsAbsence: true } })).flags;
    expect(withLate.map(brief)).toEqual([
      { studentId: '2007', category: 'sixteen-hours', basis: null, level: null, duoType: 'V3', start: '2026-09-07', end: '2026-09-10', hours: 16, rows: [2, 3, 7] },
    ]);
  });

  it('sets report-by five working days after the end: school holidays count, public holidays do not', () => {
    const rows: RowSpec[] = [
      // 192 min a day, 14-18 December 2026: 960 on Friday 18 December, the last day before Christmas.
      ...(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18'].map((d) => ['2009', d, 192, 'unauthorised']) as RowSpec[]),
      // 240 min a day, 19-22 April 2027: 960 on Thursday 22 April.
      ...(['2027-04-19', '2027-04-20', '2027-04-21', '2027-04-22'].map((d) => ['2010', d, 240, 'unauthorised']) as RowSpec[]),
    ];
    const { flags } = run(rows, only16);
    // 21, 22, 23, 24 Dec (holiday weekdays count), Fri 25 Dec is Christmas Day, Mon 28 Dec is the 5th.
    // 23, 26 Apr, Tue 27 April 2027 is King's Day, 28, 29, Fri 30 April is the 5th.
    expect(flags.map((f) => [f.studentId, f.start, f.end, f.hours, f.reportBy])).toEqual([
      ['2009', '2026-12-14', '2026-12-18', 16, '2026-12-28'],
      ['2010', '2027-04-19', '2027-04-22', 16, '2027-04-30'],
    ]);
    const none = run(rows, settingsFor(['sixteen-hours'], { reportWithinWorkingDays: 0 })).flags.map((f) => f.reportBy);
    expect(none).toEqual(['2026-12-18', '2027-04-22']);
  });

  it('is switched off with enabled: false', () => {
    const rows: RowSpec[] = weekdays('2026-09-07', '2026-09-11').map((d) => ['2008', d, 300, 'unauthorised']);
    expect(run(rows, settingsFor([])).flags).toEqual([]);
    expect(run(rows, settingsFor(['sixteen-hours'], { sixteenHours: { enabled: false } })).flags).toEqual([]);
  });
});
