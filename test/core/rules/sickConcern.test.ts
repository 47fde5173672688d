import { brief, run, settingsFor, weekdays, type RowSpec } from './helpers';

const onlySick = settingsFor(['sick-concern']);
const sick = (id: string, days: string[]): RowSpec[] => days.map((d) => [id, d, 300, 'sick']);

describe('sick-concern (rules.md 6)', () => {
  it('flags the fourth sick report within twelve lesweken (the example pupil 1006)', () => {
    const { flags } = run(sick('1006', ['2026-09-04', '2026-09-25', '2026-10-09', '2026-11-06']), onlySick);
    expect(flags.map(brief)).toEqual([
      { studentId: '1006', category: 'sick-concern', basis: 'frequency', level: null, duoType: null, start: '2026-09-04', end: '2026-11-06', hours: 20, rows: [2, 3, 4, 5] },
    ]);
    expect(flags[0]).toMatchObject({ reportTo: 'jeugdarts', masBranch: null, reportBy: null, occurrences: 4, schoolDays: 4 });
  });

  it('looks back exactly twelve lesweken, skipping the holiday week', () => {
    // Lesweken from 31 Aug: 14 Sep is the 3rd, 7 Dec the 14th (19 Oct is the autumn holiday), so the
    // twelve lesweken ending with 7 Dec start on 14 Sep: 11 Sep lies outside them, 14 Sep inside.
    expect(run(sick('9001', ['2026-09-11', '2026-09-25', '2026-10-09', '2026-12-07']), onlySick).flags).toEqual([]);
    expect(run(sick('9002', ['2026-09-14', '2026-09-25', '2026-10-09', '2026-12-07']), onlySick).flags.map(brief)).toEqual([
      { studentId: '9002', category: 'sick-concern', basis: 'frequency', level: null, duoType: null, start: '2026-09-14', end: '2026-12-07', hours: 20, rows: [2, 3, 4, 5] },
    ]);
  });

  it('counts every day of the earlier reports and the first day of the last; a weekend does not end a report', () => {
    const rows = sick('9003', ['2026-09-03', '2026-09-04', '2026-09-07', '2026-09-21', '2026-10-05', '2026-10-12', '2026-10-13']);
    expect(run(rows, onlySick).flags.map(brief)).toEqual([
      { studentId: '9003', category: 'sick-concern', basis: 'frequency', level: null, duoType: null, start: '2026-09-03', end: '2026-10-12', hours: 30, rows: [2, 3, 4, 5, 6, 7] },
    ]);
  });

  it('counts only reports after the previous frequency flag', () => {
    const days = ['2026-09-02', '2026-09-09', '2026-09-16', '2026-09-23', '2026-09-30', '2026-10-07', '2026-10-14', '2026-10-28'];
    expect(run(sick('9004', days), onlySick).flags.map(brief)).toEqual([
      { studentId: '9004', category: 'sick-concern', basis: 'frequency', level: null, duoType: null, start: '2026-09-02', end: '2026-09-23', hours: 20, rows: [2, 3, 4, 5] },
      { studentId: '9004', category: 'sick-concern', basis: 'frequency', level: null, duoType: null, start: '2026-09-30', end: '2026-10-28', hours: 20, rows: [6, 7, 8, 9] },
    ]);
    // Seven reports: the 5th-7th after the first flag are only three.
    expect(run(sick('9005', days.slice(0, 7)), onlySick).flags.map((f) => [f.start, f.end])).toEqual([['2026-09-02', '2026-09-23']]);
  });

  it('flags duration on the seventh consecutive school day; a study day does not break the report', () => {
    // 16-19 Nov, (Fri 20 Nov study day), 23-25 Nov: the 7th day is Wednesday 25 November.
    const days = weekdays('2026-11-16', '2026-11-27').filter((d) => d !== '2026-11-20');
    const { flags } = run(sick('9006', days), onlySick);
    expect(flags.map(brief)).toEqual([
      { studentId: '9006', category: 'sick-concern', basis: 'duration', level: null, duoType: null, start: '2026-11-16', end: '2026-11-25', hours: 35, rows: [2, 3, 4, 5, 6, 7, 8] },
    ]);
    expect(run(sick('9007', days.slice(0, 6)), onlySick).flags).toEqual([]);
  });

  it('follows its settings and is switched off with enabled: false', () => {
    const two = sick('9008', ['2026-09-02', '2026-09-09']);
    expect(run(two, settingsFor(['sick-concern'], { sickConcern: { reportsInWindow: 2, windowLesweken: 2 } })).flags.map(brief)).toEqual([
      { studentId: '9008', category: 'sick-concern', basis: 'frequency', level: null, duoType: null, start: '2026-09-02', end: '2026-09-09', hours: 10, rows: [2, 3] },
    ]);
    expect(run(two, settingsFor(['sick-concern'], { sickConcern: { reportsInWindow: 2, windowLesweken: 1 } })).flags).toEqual([]);
    expect(run(sick('1006', ['2026-09-04', '2026-09-25', '2026-10-09', '2026-11-06']), settingsFor(['sick-concern'], { sickConcern: { enabled: false } })).flags).toEqual([]);
  });
});
