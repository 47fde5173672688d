import { proposeHolidays, type DatedRow } from '../../../src/core/calendar/proposeHolidays';
import { dayFromIso, dayFromYmd } from '../../../src/core/dates';
import { COLUMN, generateRegister, type GeneratedRegister } from '../../../tools/generate/registerGenerator';

function datedRows(register: GeneratedRegister): DatedRow[] {
  return register.rows.map((r) => {
    const [d, m, y] = String(r[COLUMN.date]).split('-').map(Number);
    return { day: dayFromYmd(y, m, d), pupil: String(r[COLUMN.studentId]) };
  });
}

const day = (iso: string) => dayFromIso(iso) as number;
const span = (p: { start: string; end: string }) => `${p.start} ${p.end}`;

describe('proposeHolidays on generated registers', () => {
  // 2026-2027 has no built-in table: the generator lays the register over its own holidays.
  const register = generateRegister({ pupils: 300, seed: 11, schoolYearStart: '2026-08-01' });
  const rows = datedRows(register);
  const generatorHolidays = register.settings.calendar?.holidays ?? [];

  it('the generator used its own 2026-2027 holidays (the premise of the tests below)', () => {
    expect(generatorHolidays.map((h) => `${h.name} ${span(h)}`)).toEqual([
      'Zomervakantie 2026-07-18 2026-08-30',
      'Herfstvakantie 2026-10-17 2026-10-25',
      'Kerstvakantie 2026-12-19 2027-01-03',
      'Voorjaarsvakantie 2027-02-13 2027-02-21',
      'Meivakantie 2027-04-24 2027-05-02',
      'Zomervakantie 2027-07-17 2027-08-29',
    ]);
  });

  it('a 300-pupil register with an autumn week removed proposes exactly that week', () => {
    // Remove every row of Monday 9 to Friday 13 November 2026, as if the school were closed.
    const removed = rows.filter((r) => r.day < day('2026-11-09') || r.day > day('2026-11-13'));
    expect(rows.length - removed.length).toBeGreaterThan(100);
    const result = proposeHolidays(removed, { known: generatorHolidays });
    expect(result.enough).toBe(true);
    expect(result.pupils).toBeGreaterThan(250);
    expect(result.proposals).toHaveLength(1);
    expect(result.proposals[0]).toMatchObject({
      name: 'Herfstvakantie',
      // widened to the weekends around it, as holidays.md holds holidays
      start: '2026-11-07',
      end: '2026-11-15',
      firstEmptyDay: '2026-11-09',
      lastEmptyDay: '2026-11-13',
      emptyWeekdays: 5,
      schoolYear: '2026-2027',
      status: 'waarschijnlijk vakantie',
    });
    expect(result.proposals[0].message).toMatch(/^Waarschijnlijk vakantie .*07-11-2026 t\/m 15-11-2026.*5 schooldagen/);
    expect(result.proposals[0].rowsPerDayAround).toBeGreaterThanOrEqual(result.rowsPerDay / 2);
  });

  it('without known holidays, finds the generator\'s own holidays inside the year, and no other days', () => {
    const result = proposeHolidays(rows);
    // The summers lie before the first and after the last row: no weeks with rows on both sides.
    expect(result.proposals.map((p) => `${p.name} ${span(p)}`)).toEqual([
      'Herfstvakantie 2026-10-17 2026-10-25',
      // Christmas and New Year's Day are public holidays: not counted, not breaking the run
      'Kerstvakantie 2026-12-19 2027-01-03',
      'Voorjaarsvakantie 2027-02-13 2027-02-21',
      'Meivakantie 2027-04-24 2027-05-02',
    ]);
    expect(result.proposals.map((p) => p.emptyWeekdays)).toEqual([5, 8, 5, 4]);
  });

  it('only proposes inside the school year asked for', () => {
    expect(proposeHolidays(rows, { schoolYear: '2027-2028' }).proposals).toEqual([]);
    expect(proposeHolidays(rows, { schoolYear: '2026-2027' }).proposals).toHaveLength(4);
  });

  it('does not take a two-day gap (a long weekend, a study day) for a holiday', () => {
    const gap = rows.filter((r) => r.day !== day('2026-11-12') && r.day !== day('2026-11-13'));
    expect(proposeHolidays(gap, { known: generatorHolidays }).proposals).toEqual([]);
  });

  it('a 10-pupil register proposes nothing, and says why', () => {
    const small = datedRows(generateRegister({ pupils: 10, seed: 11, schoolYearStart: '2026-08-01' }));
    const result = proposeHolidays(small);
    expect(result.proposals).toEqual([]);
    expect(result.enough).toBe(false);
    expect(result.pupils).toBeLessThanOrEqual(10);
    expect(result.reason?.message).toBe(`Het register heeft ${result.pupils} leerlingen: te weinig om vakanties uit af te leiden (vanaf 100).`);
  });

  it('a register with many pupils but few rows a day proposes nothing either', () => {
    // 150 pupils, one row each on a different school day: a quiet file, not a school's register
    const sparse: DatedRow[] = Array.from({ length: 150 }, (_, i) => ({ day: day('2026-09-01') + i, pupil: `p${i}` }));
    const result = proposeHolidays(sparse);
    expect(result.enough).toBe(false);
    expect(result.proposals).toEqual([]);
    expect(result.reason?.messageEn).toMatch(/rows on a usual school day/);
  });
});
