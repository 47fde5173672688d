import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { createSchoolCalendar } from '../../../src/core/calendar';
import { dayFromIso, isoFromDay, schoolYearStart } from '../../../src/core/dates';
import type { Category } from '../../../src/core/settings/schema';
import { EXAMPLE_CALENDAR, makeImport, settingsFor, type RowSpec } from '../rules/helpers';
import { referenceFlags, type RefFlag } from './referenceRules';

/**
 * The engine against referenceRules.ts, a literal day-by-day reading of rules.md, on random
 * registers (every category, 0-minute rows, rows on weekends and in holidays, two school years,
 * rows in any sheet order) under random settings (thresholds, windows, spacing, ladders, study
 * days that make extra holiday periods). Every field of every flag must agree.
 */
const FIRST = dayFromIso('2026-06-22')!;
const LAST = dayFromIso('2026-12-18')!;
const AUTUMN = dayFromIso('2026-09-21')!;
const CATEGORIES: Category[] = ['unauthorised', 'unauthorised', 'unauthorised', 'luxury', 'late', 'sick', 'sick', 'authorised', 'ignore'];

const rowArb = fc.record({
  pupil: fc.constantFrom('101', '102', '99', '7'),
  day: fc.oneof(
    { weight: 1, arbitrary: fc.integer({ min: FIRST, max: LAST }) },
    { weight: 3, arbitrary: fc.integer({ min: AUTUMN, max: AUTUMN + 70 }) },
  ),
  minutes: fc.constantFrom(0, 10, 50, 100, 150, 180, 240, 300),
  category: fc.constantFrom(...CATEGORIES),
});

const settingsArb = fc.record({
  sixteen: fc.record({
    thresholdHours: fc.constantFrom(2, 5, 8, 16),
    windowLesweken: fc.integer({ min: 1, max: 6 }),
    minDaysBetweenReports: fc.integer({ min: 0, max: 14 }),
  }),
  early: fc.constantFrom(1, 3, 8),
  luxury: fc.record({
    adjacentSchoolDays: fc.integer({ min: 0, max: 4 }),
    minHoursPerDay: fc.constantFrom(0.5, 1.5, 3, 5),
    sickNearHoliday: fc.boolean(),
  }),
  longTerm: fc.record({ minConsecutiveSchoolDays: fc.integer({ min: 1, max: 8 }), minHoursPerDay: fc.constantFrom(0.5, 2, 4) }),
  ladder: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }).map((a) => a.sort((x, y) => x - y)),
  reportFromLevel: fc.integer({ min: 1, max: 4 }),
  countsAsAbsence: fc.boolean(),
  sick: fc.record({
    reportsInWindow: fc.integer({ min: 1, max: 5 }),
    windowLesweken: fc.integer({ min: 1, max: 12 }),
    consecutiveSchoolDays: fc.integer({ min: 1, max: 8 }),
  }),
  reportWithinWorkingDays: fc.integer({ min: 0, max: 10 }),
  schoolDays: fc.constantFrom([1, 2, 3, 4, 5], [1, 2, 3, 4], [2, 3, 4, 5], [1, 2, 3, 4, 5, 6]),
  daysOff: fc.uniqueArray(fc.integer({ min: AUTUMN - 21, max: AUTUMN + 80 }), { maxLength: 4, size: 'max' }),
});

const DOB = ['2012-03-14', '2008-10-20', null] as const;

function engineView(f: RefFlag): RefFlag {
  const { studentId, category, basis, level, duoType, start, end, hours, occurrences, schoolDays, reportTo, masBranch, reportBy, rows, notes } = f;
  return { studentId, category, basis, level, duoType, start, end, hours, occurrences, schoolDays, reportTo, masBranch, reportBy, rows, notes };
}

describe('the engine against a literal reading of rules.md (fast-check)', () => {
  it('gives exactly the reference flags, field by field, in output.md order', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 200, size: 'max' }),
        settingsArb,
        fc.nat(),
        (drawn, c, asOfPick) => {
          const specs: RowSpec[] = drawn.map((r) => [r.pupil, isoFromDay(r.day), r.minutes, r.category]);
          const settings = settingsFor('all', {
            calendar: { ...EXAMPLE_CALENDAR, schoolDays: [...c.schoolDays], daysOff: [...EXAMPLE_CALENDAR.daysOff, ...c.daysOff.map(isoFromDay)] },
            sixteenHours: c.sixteen,
            earlySignal: { thresholdHours: c.early },
            luxury: c.luxury,
            longTerm: c.longTerm,
            lateness: { ladder: c.ladder, reportFromLevel: c.reportFromLevel, countsAsAbsence: c.countsAsAbsence },
            sickConcern: c.sick,
            reportWithinWorkingDays: c.reportWithinWorkingDays,
          });
          const imported = makeImport(specs, { '101': { dob: DOB[0] }, '102': { dob: DOB[1] }, '99': { dob: DOB[2] } });
          const days = imported.rows.map((r) => r.day);
          const asOf = [Math.max(...days), days[asOfPick % days.length]][asOfPick % 2];
          const result = analyze(imported, settings, { asOf });
          const kept = imported.rows.filter((r) => r.day <= asOf);
          if (kept.length === 0) return;
          const calendar = createSchoolCalendar(settings.calendar, {
            from: schoolYearStart(Math.min(...kept.map((r) => r.day))),
            to: Math.max(...kept.map((r) => r.day)),
          });
          const expected = referenceFlags(imported.rows, imported.students, settings, calendar, asOf);
          expect(result.flags.map((f) => engineView(f as unknown as RefFlag))).toEqual(expected);
          for (const f of expected) seen.add(`${f.category}/${f.basis ?? ''}/${f.reportTo}`);
        },
      ),
      { numRuns: 250 },
    );
    // Not vacuous: every kind of flag, reported and not, arose in the runs above.
    expect([...seen].sort()).toEqual([
      'early-signal//school', 'lateness//leerplicht', 'lateness//school', 'long-term//leerplicht', 'long-term//school',
      'luxury/code/leerplicht', 'luxury/code/school', 'luxury/near-holiday/leerplicht', 'luxury/near-holiday/school',
      'luxury/sick-near-holiday/school', 'sick-concern/duration/jeugdarts',
      'sick-concern/frequency/jeugdarts', 'sixteen-hours//leerplicht',
    ]);
  });
});
