import { dayFromYmd } from '../../../src/core/dates';
import { doubles, smallIntegers } from '../../../src/core/heapArrays';
import type { AbsenceRow } from '../../../src/core/register/types';
import { buildDayTable, readRowFacts } from '../../../src/core/rules/buildDayTable';
import { HAS_LATE, HAS_SICK, HAS_UNAUTHORISED } from '../../../src/core/rules/types';

const day = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y, m, d);
};

function row(sheetRow: number, studentId: string, iso: string, minutes: number, category: AbsenceRow['category']): AbsenceRow {
  return { sheetRow, studentId, day: day(iso), minutes, category, code: category.slice(0, 2).toUpperCase() };
}

describe('buildDayTable', () => {
  // Two pupils interleaved as a register sorted by date lists them; 2002's rows out of day order,
  // with fractional minutes (hours such as 0.3 become 18 minutes, 1/3 hour 20.0000…).
  const rows: AbsenceRow[] = [
    row(2, '1001', '2026-09-01', 50, 'unauthorised'),
    row(3, '2002', '2026-09-08', 12.5, 'sick'),
    row(4, '1001', '2026-09-01', 50, 'unauthorised'),
    row(5, '2002', '2026-09-02', 10, 'late'),
    row(6, '1001', '2026-09-03', 20 / 3, 'unauthorised'),
    row(7, '2002', '2026-09-02', 0.25, 'unauthorised'),
    row(8, '2002', '2026-09-01', 45, 'sick'),
  ];

  it('groups each pupil\'s rows by day in day and sheet-row order, with the day sums exact', () => {
    const facts = readRowFacts(rows);
    expect(facts.ids).toEqual(['1001', '2002']);
    expect(facts.inOrder).toEqual([true, false]);
    const { table, pupils } = buildDayTable(facts, { lateCounts: false, dateOfBirth: () => undefined });
    expect(table.order.map((i) => rows[i].sheetRow)).toEqual([2, 4, 6, 8, 5, 7, 3]);
    expect(Array.from(table.day)).toEqual(['2026-09-01', '2026-09-03', '2026-09-01', '2026-09-02', '2026-09-08'].map(day));
    expect(Array.from(table.rowStart)).toEqual([0, 2, 3, 4, 6, 7]);
    expect(Array.from(table.windowMinutes)).toEqual([100, 20 / 3, 0, 0.25, 0]);
    expect(Array.from(table.sickMinutes)).toEqual([0, 0, 45, 0, 12.5]);
    expect(Array.from(table.marks)).toEqual([HAS_UNAUTHORISED, HAS_UNAUTHORISED, HAS_SICK, HAS_LATE | HAS_UNAUTHORISED, HAS_SICK]);
    expect(pupils.map((p) => [p.studentId, p.from, p.to])).toEqual([
      ['1001', 0, 2],
      ['2002', 2, 5],
    ]);
  });

  it('leaves rows after the peildatum out of every group', () => {
    const facts = readRowFacts(rows, day('2026-09-02'));
    expect(facts.taken).toBe(5);
    const { table } = buildDayTable(facts, { lateCounts: true, dateOfBirth: () => undefined });
    expect(table.order.map((i) => rows[i].sheetRow)).toEqual([2, 4, 8, 5, 7]);
    // Late minutes count for the window rules when lateness.countsAsAbsence says so.
    expect(Array.from(table.windowMinutes)).toEqual([100, 0, 10.25]);
  });
});

describe('heapArrays', () => {
  it('gives arrays of the asked length and value that take integers and fractions', () => {
    const ints = smallIntegers(4, -1);
    expect(ints).toEqual([-1, -1, -1, -1]);
    ints[2] = 2 ** 30 - 1;
    expect(ints[2]).toBe(1073741823);
    const ds = doubles(3);
    expect(ds).toEqual([0, 0, 0]);
    ds[1] = 20 / 3;
    expect(ds[1]).toBe(20 / 3);
    expect(smallIntegers(0)).toEqual([]);
  });
});
