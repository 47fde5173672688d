import { analyze } from '../../../src/core/analysis/analyze';
import { compareFlags } from '../../../src/core/analysis/sortFlags';
import type { Flag } from '../../../src/core/analysis/types';
import { defaultSettings } from '../../../src/core/settings/validateSettings';
import { makeImport, run, settingsFor, type RowSpec } from '../rules/helpers';

describe('analyze', () => {
  it('sorts flags by studentId as text, then end, category, basis, level and start', () => {
    const late = (id: string, days: string[]): RowSpec[] => days.map((d) => [id, d, 5, 'late']);
    const rows: RowSpec[] = [
      ...late('998', ['2026-09-01', '2026-09-02', '2026-09-03']),
      ['1002', '2026-10-15', 300, 'unauthorised'],
      ['1002', '2026-10-16', 300, 'unauthorised'],
      ...late('1002', ['2026-09-07', '2026-09-08', '2026-10-16']),
    ];
    const { flags } = run(rows, settingsFor('all'));
    expect(flags.map((f) => `${f.studentId} ${f.end} ${f.category} ${f.basis ?? '-'} ${f.level ?? '-'}`)).toEqual([
      '1002 2026-10-16 early-signal - -',
      '1002 2026-10-16 lateness - 1',
      '1002 2026-10-16 luxury near-holiday -',
      '998 2026-09-03 lateness - 1',
    ]);
    const a = { studentId: '1', end: '2026-01-01', category: 'luxury', basis: null, level: null, start: '2026-01-01' } as Flag;
    expect(compareFlags(a, { ...a, basis: 'code' })).toBeLessThan(0);
    expect(compareFlags({ ...a, category: 'lateness', level: 2 }, { ...a, category: 'lateness', level: 1 })).toBeGreaterThan(0);
    expect(compareFlags(a, { ...a, start: '2025-12-01' })).toBeGreaterThan(0);
  });

  it('leaves out rows on non-school days of a register assembled by hand, with a problem each', () => {
    const rows: RowSpec[] = [
      ['4001', '2026-10-16', 300, 'unauthorised'],
      ['4001', '2026-10-17', 300, 'unauthorised'], // Saturday, in the autumn holiday
      ['4001', '2026-10-19', 300, 'unauthorised'], // Monday in the autumn holiday
      ['4001', '2026-10-26', 300, 'unauthorised'],
    ];
    const result = run(rows, settingsFor(['early-signal']));
    expect(result.problems.map((p) => [p.row, p.kind, p.message])).toEqual([
      [3, 'non-school-day', 'Rij 3: 2026-10-17 is geen schooldag; deze rij telt niet mee.'],
      [4, 'non-school-day', 'Rij 4: 2026-10-19 is geen schooldag; deze rij telt niet mee.'],
    ]);
    expect(result.input).toEqual({ rowsRead: 4, rowsCounted: 2, rowsNotCounted: 2, students: 1, rowsAfterAsOf: 0 });
    expect(result.flags.map((f) => [f.category, f.start, f.end, f.rows])).toEqual([['early-signal', '2026-10-16', '2026-10-26', [2, 5]]]);
  });

  it('gives an empty result for a register without counted rows', () => {
    const imported = makeImport([]);
    expect(analyze(imported, defaultSettings())).toEqual({
      version: 1,
      asOf: '',
      input: { rowsRead: 0, rowsCounted: 0, rowsNotCounted: 0, students: 0, rowsAfterAsOf: 0 },
      problems: [],
      flags: [],
    });
    expect(analyze(imported, defaultSettings(), { asOf: '2026-12-04' }).asOf).toBe('2026-12-04');
  });

  it('analyses each school year on its own in one register spanning two years', () => {
    const rows: RowSpec[] = [
      ['5001', '2026-06-29', 300, 'unauthorised'],
      ['5001', '2026-06-30', 300, 'unauthorised'],
      ['5001', '2026-09-01', 300, 'unauthorised'],
      ['5001', '2026-09-02', 300, 'unauthorised'],
    ];
    expect(run(rows, settingsFor(['early-signal'])).flags.map((f) => [f.start, f.end, f.window])).toEqual([
      ['2026-06-29', '2026-06-30', { start: '2026-06-08', end: '2026-06-30' }],
      ['2026-09-01', '2026-09-02', { start: '2026-08-01', end: '2026-09-02' }],
    ]);
  });
});
