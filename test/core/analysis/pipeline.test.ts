import { readFileSync } from 'fs';
import { createHash } from 'crypto';
import path from 'path';
import { parseCsvText } from '../../../src/adapters/files/parseCsvText';
import { analyzeGrid } from '../../../src/core/analysis/analyze';
import { parseSettings } from '../../../src/core/settings/validateSettings';
import { EXPECTED } from './fixtures/herfstKerstExpected';

/**
 * A register in the shape of the spec's basic example (semicolons, Dutch headers, day-first dates,
 * 50-minute lessons, whole-day rows), with its own pupils; every expected flag worked out by hand
 * from rules.md and written down here.
 */
const CSV = readFileSync(path.join(__dirname, 'fixtures/herfst-kerst.csv'), 'utf8');
const SETTINGS = parseSettings(JSON.parse(readFileSync(path.join(__dirname, 'fixtures/herfst-kerst.settings.json'), 'utf8')));

describe('the whole pipeline on an example-shaped register (CSV text → importRegister → analyze)', () => {
  const result = analyzeGrid(parseCsvText(CSV).cells, SETTINGS);

  it('gives exactly the hand-worked flags, in output.md order', () => {
    expect(result.flags.map(({ id: _id, mentor: _m, ...rest }) => rest)).toEqual(EXPECTED);
  });

  it('lists every field of output.md in its order, then mentor and window after them', () => {
    expect(Object.keys(result.flags[1])).toEqual([
      'id', 'studentId', 'studentName', 'className', 'category', 'basis', 'level', 'duoType', 'start', 'end',
      'hours', 'occurrences', 'schoolDays', 'reportTo', 'masBranch', 'reportBy', 'rows', 'notes', 'mentor', 'window',
    ]);
    // The JSON text of `analyze --json` holds output.md's fields in exactly its order from `id` to `notes`.
    const json = JSON.stringify(result.flags[1]);
    const at = (key: string): number => json.indexOf(`"${key}":`);
    const documented = ['id', 'studentId', 'studentName', 'className', 'category', 'basis', 'level', 'duoType', 'start', 'end',
      'hours', 'occurrences', 'schoolDays', 'reportTo', 'masBranch', 'reportBy', 'rows', 'notes'];
    expect(documented.map(at)).toEqual(documented.map(at).slice().sort((a, b) => a - b));
    expect(at('mentor')).toBeGreaterThan(at('notes'));
  });

  it('gives ids as VS- and the first 12 hex characters of SHA-256 over studentId|category|basis|level|start', () => {
    const sha = (s: string): string => 'VS-' + createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 12);
    expect(result.flags[0].id).toBe(sha('2101|early-signal|||2026-09-08'));
    expect(result.flags[6].id).toBe(sha('2104|lateness||1|2026-09-02'));
    expect(result.flags[3].id).toBe(sha('2102|luxury|near-holiday||2026-12-17'));
    for (const f of result.flags) expect(f.id).toBe(sha(`${f.studentId}|${f.category}|${f.basis ?? ''}|${f.level ?? ''}|${f.start}`));
  });

  it('reports the problems and the counts, defaulting asOf to the last counted date', () => {
    expect(result.version).toBe(1);
    expect(result.asOf).toBe('2026-12-18');
    expect(result.input).toEqual({ rowsRead: 47, rowsCounted: 45, rowsNotCounted: 2, students: 8, rowsAfterAsOf: 0 });
    expect(result.problems.map((p) => [p.row, p.kind, p.cell])).toEqual([
      [24, 'non-school-day', 'E24'],
      [43, 'unmapped-code', 'H43'],
    ]);
  });

  it('leaves out rows after asOf, says how many, and keeps the counts adding up', () => {
    const early = analyzeGrid(parseCsvText(CSV).cells, SETTINGS, { asOf: '2026-12-02' });
    expect(early.asOf).toBe('2026-12-02');
    // After 2 Dec: 2102's 17 and 18 Dec, 2106's 3 Dec, 2108's 7 Dec.
    expect(early.input).toEqual({ rowsRead: 47, rowsCounted: 41, rowsNotCounted: 6, students: 8, rowsAfterAsOf: 4 });
    expect(early.flags.filter((f) => f.studentId === '2106').map((f) => f.category)).toEqual(['early-signal']);
    expect(early.flags.some((f) => ['2102', '2108'].includes(f.studentId))).toBe(false);
    expect(() => analyzeGrid(parseCsvText(CSV).cells, SETTINGS, { asOf: '2026-02-30' })).toThrow(/asOf/);
  });
});
