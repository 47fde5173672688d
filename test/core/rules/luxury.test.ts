import { brief, EXAMPLE_CALENDAR, run, settingsFor, type RowSpec } from './helpers';

// Autumn holiday Sat 17 - Sun 25 October 2026: near-holiday days Thu 15, Fri 16, Mon 26, Tue 27.
const onlyLuxury = settingsFor(['luxury']);

describe('luxury (rules.md 3)', () => {
  it('needs minHoursPerDay (3 h) on a near-holiday day: 179 minutes is not suspect, 180 is', () => {
    const rows: RowSpec[] = [
      ['6001', '2026-10-16', 179, 'unauthorised'],
      ['6002', '2026-10-16', 90, 'unauthorised'], // row 3
      ['6002', '2026-10-16', 90, 'unauthorised'],
      ['6002', '2026-10-28', 300, 'unauthorised'], // the third day after: not near the holiday
    ];
    const { flags } = run(rows, onlyLuxury);
    expect(flags.map(brief)).toEqual([
      { studentId: '6002', category: 'luxury', basis: 'near-holiday', level: null, duoType: 'L', start: '2026-10-16', end: '2026-10-16', hours: 3, rows: [3, 4] },
    ]);
    expect(flags[0]).toMatchObject({ reportTo: 'leerplicht', masBranch: 'B', reportBy: '2026-10-23' });
  });

  it('makes one flag per holiday period, basis code when a luxury row is among them', () => {
    const rows: RowSpec[] = [
      ['6003', '2026-10-15', 300, 'unauthorised'],
      ['6003', '2026-10-26', 50, 'luxury'], // a luxury row makes the day suspect whatever its minutes
      ['6003', '2026-10-27', 300, 'unauthorised'],
    ];
    expect(run(rows, onlyLuxury).flags.map(brief)).toEqual([
      { studentId: '6003', category: 'luxury', basis: 'code', level: null, duoType: 'L', start: '2026-10-15', end: '2026-10-27', hours: 10.83, rows: [2, 3, 4] },
    ]);
  });

  it('flags luxury codes far from holidays per run of school days; a weekend does not break a run, a school day without one does', () => {
    const rows: RowSpec[] = [
      ['6004', '2026-11-10', 300, 'luxury'],
      ['6004', '2026-11-11', 300, 'luxury'],
      ['6004', '2026-11-13', 300, 'luxury'], // Thursday 12th has no luxury row
      ['6004', '2026-11-27', 300, 'luxury'],
      ['6004', '2026-11-30', 300, 'luxury'], // Friday → Monday: the weekend does not break
      ['6004', '2026-11-30', 50, 'unauthorised'], // not a luxury row: not in the flag
    ];
    expect(run(rows, onlyLuxury).flags.map(brief)).toEqual([
      { studentId: '6004', category: 'luxury', basis: 'code', level: null, duoType: 'L', start: '2026-11-10', end: '2026-11-11', hours: 10, rows: [2, 3] },
      { studentId: '6004', category: 'luxury', basis: 'code', level: null, duoType: 'L', start: '2026-11-13', end: '2026-11-13', hours: 5, rows: [4] },
      { studentId: '6004', category: 'luxury', basis: 'code', level: null, duoType: 'L', start: '2026-11-27', end: '2026-11-30', hours: 10, rows: [5, 6] },
    ]);
  });

  it('gives a day near two holiday periods to the earlier one', () => {
    // A study day on Wednesday 28 October: its two school days before (26, 27 Oct) are also the
    // two after the autumn holiday, so they belong to the autumn holiday; 29 and 30 Oct are its own.
    const settings = settingsFor(['luxury'], { calendar: { ...EXAMPLE_CALENDAR, daysOff: ['2026-10-28', '2026-11-20'] } });
    const rows: RowSpec[] = [
      ['6005', '2026-10-26', 300, 'unauthorised'],
      ['6005', '2026-10-27', 300, 'unauthorised'],
      ['6005', '2026-10-29', 300, 'unauthorised'],
    ];
    expect(run(rows, settings).flags.map(brief)).toEqual([
      { studentId: '6005', category: 'luxury', basis: 'near-holiday', level: null, duoType: 'L', start: '2026-10-26', end: '2026-10-27', hours: 10, rows: [2, 3] },
      { studentId: '6005', category: 'luxury', basis: 'near-holiday', level: null, duoType: 'L', start: '2026-10-29', end: '2026-10-29', hours: 5, rows: [4] },
    ]);
  });

  it('treats a public holiday on a weekday as a holiday period: Ascension and Whit Monday 2027', () => {
    // Ascension Thursday 6 May 2027 (Friday 7 May is a school day): near days 4, 5, 7 and 10 May.
    // Whit Monday 17 May 2027 (period Sat 15 - Mon 17): near days 13, 14, 18 and 19 May.
    const rows: RowSpec[] = [
      ['6011', '2027-05-07', 300, 'unauthorised'], // row 2
      ['6011', '2027-05-10', 300, 'unauthorised'], // row 3
      ['6011', '2027-05-12', 300, 'unauthorised'], // row 4: near neither
      ['6011', '2027-05-14', 300, 'unauthorised'], // row 5
      ['6011', '2027-05-18', 200, 'unauthorised'], // row 6
    ];
    expect(run(rows, onlyLuxury).flags.map(brief)).toEqual([
      { studentId: '6011', category: 'luxury', basis: 'near-holiday', level: null, duoType: 'L', start: '2027-05-07', end: '2027-05-10', hours: 10, rows: [2, 3] },
      { studentId: '6011', category: 'luxury', basis: 'near-holiday', level: null, duoType: 'L', start: '2027-05-14', end: '2027-05-18', hours: 8.33, rows: [5, 6] },
    ]);
  });

  it('checks sickness next to a holiday (school only), and not when sickNearHoliday is false', () => {
    const rows: RowSpec[] = [
      ['6006', '2026-10-15', 300, 'sick'],
      ['6006', '2026-10-16', 300, 'sick'],
      ['6006', '2026-10-26', 120, 'sick'], // under 3 h: not part of it
    ];
    const { flags } = run(rows, onlyLuxury);
    expect(flags.map(brief)).toEqual([
      { studentId: '6006', category: 'luxury', basis: 'sick-near-holiday', level: null, duoType: null, start: '2026-10-15', end: '2026-10-16', hours: 10, rows: [2, 3] },
    ]);
    expect(flags[0]).toMatchObject({ reportTo: 'school', masBranch: null, reportBy: null });
    expect(run(rows, settingsFor(['luxury'], { luxury: { sickNearHoliday: false } })).flags).toEqual([]);
  });

  it('cuts the summer holiday at 1 August: the days before and after it are flagged in their own school years', () => {
    const rows: RowSpec[] = [
      ['6007', '2026-07-17', 300, 'unauthorised'],
      ['6007', '2026-08-31', 300, 'unauthorised'],
    ];
    expect(run(rows, onlyLuxury).flags.map(brief)).toEqual([
      { studentId: '6007', category: 'luxury', basis: 'near-holiday', level: null, duoType: 'L', start: '2026-07-17', end: '2026-07-17', hours: 5, rows: [2] },
      { studentId: '6007', category: 'luxury', basis: 'near-holiday', level: null, duoType: 'L', start: '2026-08-31', end: '2026-08-31', hours: 5, rows: [3] },
    ]);
  });

  it('lists the 0-minute unauthorised rows of a suspect day among its rows (rules.md drops them from rules 1 and 2 only)', () => {
    const rows: RowSpec[] = [
      ['6010', '2026-10-16', 300, 'unauthorised'], // row 2: the whole day
      ['6010', '2026-10-16', 0, 'unauthorised'], // row 3: a lesson marked absent, no minutes
      ['6010', '2026-10-26', 0, 'unauthorised'], // row 4: 0 minutes, under 3 h: that day is not suspect
    ];
    const { flags } = run(rows, onlyLuxury);
    expect(flags.map(brief)).toEqual([
      { studentId: '6010', category: 'luxury', basis: 'near-holiday', level: null, duoType: 'L', start: '2026-10-16', end: '2026-10-16', hours: 5, rows: [2, 3] },
    ]);
    expect(flags[0]).toMatchObject({ occurrences: 2, schoolDays: 1 });
  });

  it('never counts late rows and is switched off with enabled: false', () => {
    const rows: RowSpec[] = [
      ['6008', '2026-10-16', 200, 'late'],
      ['6009', '2026-10-16', 300, 'luxury'],
    ];
    expect(run(rows, onlyLuxury).flags.map(brief)).toEqual([
      { studentId: '6009', category: 'luxury', basis: 'code', level: null, duoType: 'L', start: '2026-10-16', end: '2026-10-16', hours: 5, rows: [3] },
    ]);
    expect(run(rows, settingsFor(['luxury'], { luxury: { enabled: false } })).flags).toEqual([]);
  });
});
