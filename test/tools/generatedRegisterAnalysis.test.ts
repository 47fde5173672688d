import { analyze } from '../../src/core/analysis/analyze';
import type { FlagCategory } from '../../src/core/analysis/types';
import { importRegister } from '../../src/core/register';
import { parseSettings } from '../../src/core/settings/validateSettings';
import { COLUMN, generateRegister } from '../../tools/generate/registerGenerator';

// The generated register must exercise every rule of the engine, as the demo and the bench need.
describe('a generated register of 300 pupils, analysed by the engine', () => {
  const register = generateRegister({ pupils: 300, seed: 42 });
  const settings = parseSettings(register.settings);
  const imported = importRegister([register.headers, ...register.rows], settings);
  const result = analyze(imported, settings);

  it('is read completely: header on row 1, every row read, only the odd codes not counted', () => {
    expect(imported.header.row).toBe(1);
    expect(imported.header.mapping).toMatchObject({
      studentId: 0, firstName: 1, infix: 2, lastName: 3, className: 4, mentor: 5, dateOfBirth: 6,
      date: 7, lesson: 8, lessonTo: 9, minutes: 10, code: 11, kind: 12, authorised: 13, remark: 14,
    });
    const odd = register.rows.filter((r) => ['RT', 'TS', 'MZ'].includes(String(r[COLUMN.code]))).length;
    expect(result.input.rowsRead).toBe(register.rows.length);
    expect(result.input.rowsNotCounted).toBe(odd);
    expect(result.input.rowsCounted).toBe(register.rows.length - odd);
    expect(result.input.students).toBe(300);
    expect(new Set(result.problems.map((p) => p.kind))).toEqual(new Set(['unmapped-code']));
    expect(imported.codes.filter((c) => c.source === 'unmapped').map((c) => c.code).sort()).toEqual(['MZ', 'RT', 'TS']);
    expect(result.asOf).toBe('2026-07-17');
  });

  it('gives flags of every category, with the bases and ladder levels the patterns aim at', () => {
    const count = (category: FlagCategory, basis?: string | null, level?: number) =>
      result.flags.filter((f) => f.category === category && (basis === undefined || f.basis === basis) && (level === undefined || f.level === level)).length;
    expect(count('sixteen-hours')).toBeGreaterThan(0);
    expect(count('early-signal')).toBeGreaterThan(count('sixteen-hours') / 2);
    expect(count('luxury', 'code')).toBeGreaterThan(0);
    expect(count('luxury', 'near-holiday')).toBeGreaterThan(0);
    expect(count('luxury', 'sick-near-holiday')).toBeGreaterThan(0);
    expect(count('long-term')).toBeGreaterThan(0);
    expect(count('lateness', undefined, 3)).toBeGreaterThan(0);
    expect(count('sick-concern', 'frequency')).toBeGreaterThan(0);
    expect(count('sick-concern', 'duration')).toBeGreaterThan(0);
    // Realistic proportions: most pupils are not flagged for a report to leerplicht.
    const toLeerplicht = new Set(result.flags.filter((f) => f.reportTo === 'leerplicht').map((f) => f.studentId));
    expect(toLeerplicht.size).toBeLessThan(300 / 4);
  });

  it('flags long-term absence with 20 school days and DUO type LRV, and 18+ pupils as V4', () => {
    for (const f of result.flags.filter((x) => x.category === 'long-term')) {
      expect(f.schoolDays).toBe(20);
      expect(f.duoType).toBe('LRV');
      expect(f.hours).toBeGreaterThanOrEqual(20 * 4);
    }
    const duoTypes = new Set(result.flags.filter((f) => f.category === 'sixteen-hours').map((f) => f.duoType));
    expect(duoTypes).toEqual(new Set(['V3', 'V4']));
  });
});
