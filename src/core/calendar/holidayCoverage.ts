import { dayFromIso, dayFromYmd, type DayNumber } from '../dates';
import { dayFromCell } from '../register/parseDate';
import type { CellGrid, CellValue, RegisterImport } from '../register/types';
import type { Settings } from '../settings/schema';
import type { DatedRow } from './proposeHolidays';
import { builtInSchoolYears, schoolYearOf, type BuiltInHoliday } from './schoolHolidayTable';
import { compareCodeUnits } from '../text/textOrder';

/**
 * Which school years of a register have no holidays known, shared by the pane (Settings tab,
 * start-up notice) and the command line (the first line of inspect / analyze / report).
 */

/** A school year ("2026-2027") the register has dates in, but no holidays are known for. */
export interface HolidayGap {
  schoolYear: string;
  /** Register rows dated in that school year. */
  rows: number;
  /** 'built-in': the built-in table lacks the year, so its rows are not counted (outside-calendar).
   *  'own': the school's own list has no holiday in its term, so its holidays count as school days. */
  kind: 'built-in' | 'own';
}

/** Names of the rows offered for a school year without holidays: the five holidays every region has. */
export const HOLIDAY_NAMES = ['Herfstvakantie', 'Kerstvakantie', 'Voorjaarsvakantie', 'Meivakantie', 'Zomervakantie'] as const;

/** The raw cells the register was read from, to date the rows the import set aside. */
export interface ReadCells {
  cells: CellGrid;
  firstSheetRow: number;
  date1904: boolean;
}

/**
 * How many register rows fall in each school year: the counted rows, plus the rows the import did
 * not count because their school year has no known holidays (their date is read from the cells;
 * without cells, from the school year the problem message names).
 */
export function registerSchoolYears(
  imported: Pick<RegisterImport, 'rows' | 'problems' | 'header'>,
  read?: ReadCells,
): Map<string, number> {
  const out = new Map<string, number>();
  const add = (year: string, rows = 1) => out.set(year, (out.get(year) ?? 0) + rows);
  // Counted per run of rows in one school year (a register is mostly in date order): one map
  // update per run instead of one per row.
  let lastDay = Number.NaN;
  let lastYear = '';
  let run = 0;
  // An indexed loop: run once per command, an iterator over 20,000 rows costs a millisecond more.
  const rows = imported.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.day !== lastDay) {
      lastDay = r.day;
      const year = schoolYearOf(r.day);
      if (year !== lastYear) {
        if (run > 0) add(lastYear, run);
        lastYear = year;
        run = 0;
      }
    }
    run++;
  }
  if (run > 0) add(lastYear, run);
  const dateColumn = imported.header.mapping.date;
  for (const p of imported.problems) {
    if (p.kind !== 'outside-calendar') continue;
    let year: string | undefined;
    if (read && dateColumn !== undefined) {
      const parsed = dayFromCell(read.cells[p.row - read.firstSheetRow]?.[dateColumn], read.date1904);
      if (parsed.ok) year = schoolYearOf(parsed.day);
    }
    year ??= p.message.match(/schooljaar (\d{4}-\d{4})/)?.[1];
    if (year) add(year);
  }
  return out;
}

function pupilOf(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

/**
 * Every register row with a date, as the holiday proposal (proposeHolidays) needs them: the
 * counted rows, and the rows the import set aside because their school year has no holidays
 * known (dated and named from the cells). Rows without a usable date are not in it.
 */
export function datedRegisterRows(imported: Pick<RegisterImport, 'rows' | 'problems' | 'header'>, read: ReadCells): DatedRow[] {
  const out: DatedRow[] = imported.rows.map((r) => ({ day: r.day, pupil: r.studentId }));
  const { date, studentId, studentName, lastName } = imported.header.mapping;
  const pupilColumn = studentId ?? studentName ?? lastName;
  if (date === undefined) return out;
  for (const p of imported.problems) {
    if (p.kind !== 'outside-calendar') continue;
    const row = read.cells[p.row - read.firstSheetRow];
    const parsed = dayFromCell(row?.[date], read.date1904);
    if (parsed.ok) out.push({ day: parsed.day, pupil: pupilColumn === undefined ? '' : pupilOf(row?.[pupilColumn]) });
  }
  return out;
}

/**
 * 1 September to 31 May: where the autumn, Christmas, spring and May holidays of a school year
 * start. The summer holidays are left out on purpose: a list copied from the built-in table has
 * the summer that starts in July of a year it does not otherwise cover (the tail of the next school
 * year's table), and that alone does not make a school year's holidays known.
 */
function termBounds(year: string): { from: DayNumber; to: DayNumber } {
  const first = Number(year.slice(0, 4));
  return { from: dayFromYmd(first, 9, 1), to: dayFromYmd(first + 1, 5, 31) };
}

/** Whether a list has a holiday starting within the school year's term (blank or invalid dates do not count). */
export function hasHolidayIn(holidays: readonly BuiltInHoliday[], year: string): boolean {
  const { from, to } = termBounds(year);
  return holidays.some((h) => {
    const start = dayFromIso(h.start);
    return start !== undefined && start >= from && start <= to;
  });
}

/**
 * The school years of the register for which no holidays are known: with the built-in table, the
 * years it does not have for the region; with the school's own list, the years that list has no
 * holiday starting in from September to May (see termBounds).
 */
export function holidayGaps(calendar: Pick<Settings['calendar'], 'region' | 'holidays'>, years: ReadonlyMap<string, number>): HolidayGap[] {
  const builtIn = new Set(builtInSchoolYears(calendar.region));
  const out: HolidayGap[] = [];
  for (const [schoolYear, rows] of [...years].sort((a, b) => compareCodeUnits(a[0], b[0]))) {
    if (calendar.holidays !== undefined) {
      if (!hasHolidayIn(calendar.holidays, schoolYear)) out.push({ schoolYear, rows, kind: 'own' });
    } else if (!builtIn.has(schoolYear)) out.push({ schoolYear, rows, kind: 'built-in' });
  }
  return out;
}

/** The holiday list with empty rows for one school year appended, for the user to fill in. */
export function withHolidayRowsFor(holidays: readonly BuiltInHoliday[]): BuiltInHoliday[] {
  return [...holidays.map((h) => ({ ...h })), ...HOLIDAY_NAMES.map((name) => ({ name, start: '', end: '' }))];
}
