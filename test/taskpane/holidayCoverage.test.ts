import { importRegister } from '../../src/core/register';
import type { CellValue } from '../../src/core/register/types';
import { parseSettings } from '../../src/core/settings/validateSettings';
import { hasHolidayIn, holidayGaps, registerSchoolYears, withHolidayRowsFor } from '../../src/taskpane/settings/holidayCoverage';
import { builtInHolidayList } from '../../src/taskpane/tabs/SettingsTab';

/**
 * Sanne (10234) misses lesson 1 on Monday 3 November 2025 (school year 2025-2026, in the built-in
 * table of region midden) and lesson 1 on Monday 7 September, Monday 2 November and Tuesday
 * 1 December 2026 (school year 2026-2027, which the built-in table does not have).
 */
function register(): CellValue[][] {
  return [
    ['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Lesuur', 'Code'],
    ['10234', 'Sanne de Vries', '2B', '03-11-2025', 1, 'A'],
    ['10234', 'Sanne de Vries', '2B', '07-09-2026', 1, 'A'],
    ['10234', 'Sanne de Vries', '2B', '02-11-2026', 1, 'A'],
    ['10234', 'Sanne de Vries', '2B', '01-12-2026', 1, 'A'],
  ];
}

describe('school years of the register without known holidays', () => {
  test('built-in table: the rows of 2026-2027 are outside the calendar, and that year is named', () => {
    const settings = parseSettings({ calendar: { region: 'midden' } });
    const cells = register();
    const imported = importRegister(cells, settings);
    expect(imported.problems.filter((p) => p.kind === 'outside-calendar').map((p) => p.row)).toEqual([3, 4, 5]);
    const years = registerSchoolYears(imported, { cells, firstSheetRow: 1, date1904: false });
    expect([...years]).toEqual([
      ['2025-2026', 1],
      ['2026-2027', 3],
    ]);
    expect(holidayGaps(settings.calendar, years)).toEqual([{ schoolYear: '2026-2027', rows: 3, kind: 'built-in' }]);
    // Without the cells the school year comes from the problem's own message.
    expect([...registerSchoolYears(imported)]).toEqual([
      ['2025-2026', 1],
      ['2026-2027', 3],
    ]);
  });

  test("own list copied from the built-in table: 2026-2027 has only the summer of July 2027, so it is a gap", () => {
    const settings = parseSettings({ calendar: { region: 'midden', holidays: builtInHolidayList('midden') } });
    const imported = importRegister(register(), settings);
    // With an own list every date is "covered": the 2026-2027 rows count, holidays or not.
    expect(imported.problems.filter((p) => p.kind === 'outside-calendar')).toEqual([]);
    expect(imported.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4, 5]);
    expect(holidayGaps(settings.calendar, registerSchoolYears(imported))).toEqual([{ schoolYear: '2026-2027', rows: 3, kind: 'own' }]);
  });

  test('counts the rows per school year when the register jumps back and forth between years', () => {
    const settings = parseSettings({ calendar: { region: 'midden', holidays: builtInHolidayList('midden') } });
    // Sanne's lessons, dated 2025-2026, 2026-2027, back to 2025-2026 and on in 2026-2027.
    const lessons: [string, number][] = [['03-11-2025', 1], ['03-11-2025', 2], ['07-09-2026', 1], ['04-11-2025', 1], ['02-11-2026', 1], ['03-11-2026', 1]];
    const cells: CellValue[][] = [register()[0], ...lessons.map(([date, lesson]) => ['10234', 'Sanne de Vries', '2B', date, lesson, 'A'])];
    const imported = importRegister(cells, settings);
    expect(imported.rows).toHaveLength(6);
    expect([...registerSchoolYears(imported)]).toEqual([
      ['2025-2026', 3],
      ['2026-2027', 3],
    ]);
  });

  test('filling in the 2026-2027 holidays closes the gap; blank rows do not', () => {
    const list = withHolidayRowsFor(builtInHolidayList('midden'));
    expect(list.slice(-5)).toEqual([
      { name: 'Herfstvakantie', start: '', end: '' },
      { name: 'Kerstvakantie', start: '', end: '' },
      { name: 'Voorjaarsvakantie', start: '', end: '' },
      { name: 'Meivakantie', start: '', end: '' },
      { name: 'Zomervakantie', start: '', end: '' },
    ]);
    expect(hasHolidayIn(list, '2026-2027')).toBe(false);
    list[list.length - 5] = { name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' };
    expect(hasHolidayIn(list, '2026-2027')).toBe(true);
    expect(holidayGaps({ region: 'midden', holidays: list }, new Map([['2026-2027', 3]]))).toEqual([]);
  });

  test('the built-in years of the region are no gap; noord lacks 2027-2028', () => {
    const years = new Map([
      ['2024-2025', 10],
      ['2025-2026', 20],
      ['2027-2028', 5],
    ]);
    expect(holidayGaps({ region: 'midden', holidays: undefined }, years)).toEqual([]);
    expect(holidayGaps({ region: 'noord', holidays: undefined }, years)).toEqual([{ schoolYear: '2027-2028', rows: 5, kind: 'built-in' }]);
  });
});
