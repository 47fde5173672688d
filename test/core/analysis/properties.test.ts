import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { hoursFromMinutes } from '../../../src/core/analysis/buildFlag';
import { flagId } from '../../../src/core/analysis/flagId';
import type { Flag } from '../../../src/core/analysis/types';
import type { AbsenceRow } from '../../../src/core/register/types';
import type { Category } from '../../../src/core/settings/schema';
import { makeImport, settingsFor, weekdays, type RowSpec } from '../rules/helpers';

// School days of autumn 2026 under the example calendar (autumn holiday and the study day left out),
// plus the last week before the summer holiday, so school-year cuts are exercised too.
const DAYS = [
  ...weekdays('2026-07-06', '2026-07-17'),
  ...weekdays('2026-08-31', '2026-12-18').filter((d) => !(d >= '2026-10-17' && d <= '2026-10-25') && d !== '2026-11-20'),
];
const COUNTING: Category[] = ['unauthorised', 'unauthorised', 'unauthorised', 'luxury', 'late', 'late', 'sick', 'sick'];
const settings = settingsFor('all', {
  longTerm: { minConsecutiveSchoolDays: 5 },
  lateness: { ladder: [2, 4, 6] },
  sickConcern: { consecutiveSchoolDays: 4 },
});
const SCHOOL_DAYS = new Set(DAYS);

const JULY = DAYS.indexOf('2026-08-31');
// Mostly dense weeks around the autumn holiday (so every rule fires), some rows anywhere.
const dayArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: JULY, max: JULY + 45 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: DAYS.length - 1 }) },
);
const rowArb = fc.record({
  pupil: fc.constantFrom('101', '102', '99'),
  day: dayArb,
  minutes: fc.constantFrom(0, 10, 50, 150, 240, 300, 300),
  category: fc.constantFrom(...COUNTING),
});
const registerArb = fc.array(rowArb, { minLength: 1, maxLength: 240, size: 'max' });
const specs = (rows: { pupil: string; day: number; minutes: number; category: Category }[]): RowSpec[] =>
  rows.map((r) => [r.pupil, DAYS[r.day], r.minutes, r.category]);

const RULE_CATEGORIES: Record<string, readonly Category[]> = {
  'sixteen-hours': ['unauthorised', 'luxury'],
  'early-signal': ['unauthorised', 'luxury'],
  luxury: ['unauthorised', 'luxury'],
  'sick-near-holiday': ['sick'],
  'long-term': ['unauthorised', 'luxury'],
  lateness: ['late'],
  'sick-concern': ['sick'],
};

describe('analysis properties (fast-check)', () => {
  it('draws registers that make every rule fire (so the properties below are not vacuous)', () => {
    const seen = new Set<string>();
    for (const rows of fc.sample(registerArb, { numRuns: 150, seed: 20261128 })) {
      for (const f of analyze(makeImport(specs(rows)), settings).flags) seen.add(`${f.category}/${f.basis ?? ''}`);
    }
    expect([...seen].sort()).toEqual([
      'early-signal/', 'lateness/', 'long-term/', 'luxury/code', 'luxury/near-holiday', 'luxury/sick-near-holiday',
      'sick-concern/duration', 'sick-concern/frequency', 'sixteen-hours/',
    ]);
  });

  it('gives the same result whatever the order of the rows', () => {
    fc.assert(
      fc.property(registerArb, fc.integer(), (rows, seed) => {
        const imported = makeImport(specs(rows));
        const before = analyze(imported, settings);
        const shuffled = fc.sample(fc.shuffledSubarray(imported.rows, { minLength: imported.rows.length }), { numRuns: 1, seed })[0];
        const after = analyze({ ...imported, rows: shuffled }, settings);
        expect(after).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('changes no flag when authorised or ignored rows are added', () => {
    const extraArb = fc.array(
      fc.record({
        pupil: fc.constantFrom('101', '102', '99', '1000', '555'),
        day: fc.integer({ min: 0, max: DAYS.length - 1 }),
        minutes: fc.constantFrom(0, 50, 300),
        category: fc.constantFrom<Category>('authorised', 'ignore'),
      }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(registerArb, extraArb, (rows, extra) => {
        const base = analyze(makeImport(specs(rows)), settings);
        const more = analyze(makeImport([...specs(rows), ...specs(extra)]), settings, { asOf: base.asOf });
        expect(more.flags).toEqual(base.flags);
      }),
      { numRuns: 100 },
    );
  });

  it('gives flags whose hours are their rows’ minutes / 60 and whose rows are counted rows of that pupil, inside start..end', () => {
    fc.assert(
      fc.property(registerArb, (rows) => {
        const imported = makeImport(specs(rows));
        const bySheetRow = new Map<number, AbsenceRow>(imported.rows.map((r) => [r.sheetRow, r]));
        const result = analyze(imported, settings);
        for (const f of result.flags) {
          const own = f.rows.map((n) => bySheetRow.get(n)!);
          expect(own.every((r) => r !== undefined && r.studentId === f.studentId)).toBe(true);
          const kind = f.basis === 'sick-near-holiday' ? 'sick-near-holiday' : f.category;
          expect(own.every((r) => RULE_CATEGORIES[kind].includes(r.category))).toBe(true);
          expect(own.every((r) => SCHOOL_DAYS.has(isoOf(r, f)))).toBe(true);
          expect(f.hours).toBe(hoursFromMinutes(own.reduce((s, r) => s + r.minutes, 0)));
          expect(f.occurrences).toBe(f.rows.length);
          expect(f.schoolDays).toBe(new Set(own.map((r) => r.day)).size);
          expect([...f.rows].sort((a, b) => a - b)).toEqual(f.rows);
          expect(new Set(f.rows).size).toBe(f.rows.length);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives stable, unique ids derived from pupil, category, basis, level and start', () => {
    fc.assert(
      fc.property(registerArb, (rows) => {
        const a = analyze(makeImport(specs(rows)), settings).flags;
        const b = analyze(makeImport(specs(rows)), settings).flags;
        expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
        for (const f of a) expect(f.id).toBe(flagId(f.studentId, f.category, f.basis, f.level, f.start));
        expect(new Set(a.map((f) => f.id)).size).toBe(a.length);
      }),
      { numRuns: 100 },
    );
  });
});

/** The row's ISO date, checked to lie within the flag's start..end. */
function isoOf(row: AbsenceRow, flag: Flag): string {
  const iso = new Date(row.day * 86_400_000).toISOString().slice(0, 10);
  if (iso < flag.start || iso > flag.end) throw new Error(`row ${row.sheetRow} (${iso}) outside ${flag.start}..${flag.end}`);
  return iso;
}
