import { createSchoolCalendar } from '../calendar';
import type { SchoolCalendar } from '../calendar/types';
import { dayFromIso, isoFromDay, schoolYearStart, type DayNumber } from '../dates';
import type { AbsenceRow, CellGrid, ImportOptions, Problem, RegisterImport } from '../register/types';
import { importRegister } from '../register/importRegister';
import { ALL_RULES } from '../rules';
import { applyAdultRegime } from '../rules/adultRegime';
import { buildDayTable, readRowFacts, type RowFacts } from '../rules/buildDayTable';
import { nearHolidayLookup } from '../rules/nearHolidayDays';
import type { RawFlag, RuleContext } from '../rules/types';
import type { Settings } from '../settings/schema';
import { buildFlag } from './buildFlag';
import { sortFlags } from './sortFlags';
import type { AnalysisResult, Flag } from './types';

export interface AnalyzeOptions {
  /** Peildatum, a DayNumber or ISO date: rows after it are left out (default: the register's last date). */
  asOf?: DayNumber | string;
}

/**
 * Runs every enabled rule of rules.md over an imported register and gives the result of output.md.
 * Rows dated after `asOf` are left out and counted in `input.rowsAfterAsOf` (and in rowsNotCounted).
 */
export function analyze(imported: RegisterImport, settings: Settings, options: AnalyzeOptions = {}): AnalysisResult {
  const asOf = asOfDay(options.asOf) ?? imported.lastDay ?? lastDayOf(imported.rows);
  // The first pass over the row objects: each row's pupil, the day range, the rows after asOf.
  let facts = readRowFacts(imported.rows, asOf);
  const rowsAfterAsOf = imported.rows.length - facts.taken;

  const problems: Problem[] = imported.problems.slice();
  let flags: Flag[] = [];
  let students = imported.students.size;
  if (facts.taken > 0) {
    const calendar = createSchoolCalendar(settings.calendar, { from: schoolYearStart(facts.minDay), to: facts.maxDay });
    facts = keepSchoolDays(facts, calendar, problems);
    const run = runRules(facts, imported, settings, calendar);
    flags = run.flags;
    students += run.unknownStudents;
  }

  const notCounted = imported.counts.rowsNotCounted + (imported.rows.length - facts.taken);
  return {
    version: 1,
    asOf: asOf === undefined ? '' : isoFromDay(asOf),
    input: {
      rowsRead: imported.counts.rowsRead,
      rowsCounted: imported.counts.rowsRead - notCounted,
      rowsNotCounted: notCounted,
      students,
      rowsAfterAsOf,
    },
    problems,
    flags,
  };
}

/**
 * Imports a grid and analyses it in one call. Throws RegisterHeaderError when the grid has no
 * header row; call importRegister and analyze separately to keep the import (codes, mapping).
 */
export function analyzeGrid(cells: CellGrid, settings: Settings, options: ImportOptions & AnalyzeOptions = {}): AnalysisResult {
  const { asOf, ...importOptions } = options;
  return analyze(importRegister(cells, settings, importOptions), settings, { asOf });
}

function runRules(
  facts: RowFacts,
  imported: RegisterImport,
  settings: Settings,
  calendar: SchoolCalendar,
): { flags: Flag[]; unknownStudents: number } {
  const { table, pupils } = buildDayTable(facts, {
    lateCounts: settings.lateness.countsAsAbsence,
    dateOfBirth: (id) => imported.students.get(id)?.dateOfBirth,
  });
  const firstSchoolDay = calendar.nextSchoolDay(calendar.from - 1);
  const ctx: RuleContext = {
    settings,
    calendar,
    table,
    firstLesweek: (firstSchoolDay === undefined ? undefined : calendar.lesweekIndex(firstSchoolDay)) ?? 0,
    nearHolidayPeriod: nearHolidayLookup(calendar, settings.luxury.adjacentSchoolDays),
  };
  const raw: RawFlag[] = [];
  let unknownStudents = 0;
  let previous = '';
  for (const pupil of pupils) {
    // A register assembled without importRegister may lack a pupil in `students`: still a pupil.
    if (pupil.studentId !== previous && !imported.students.has(pupil.studentId)) unknownStudents++;
    previous = pupil.studentId;
    const first = raw.length;
    for (const rule of ALL_RULES) rule(pupil, ctx, raw);
    for (let k = first; k < raw.length; k++) applyAdultRegime(raw[k], pupil.dateOfBirth);
  }
  const isoCache = new Map<number, string>();
  const iso = (day: number): string => {
    let text = isoCache.get(day);
    if (text === undefined) {
      text = isoFromDay(day);
      isoCache.set(day, text);
    }
    return text;
  };
  const flags = raw.map((r) =>
    buildFlag(r, table, imported.students.get(r.studentId), calendar, settings.reportWithinWorkingDays, iso),
  );
  return { flags: sortFlags(flags), unknownStudents };
}

/**
 * The import never counts a row on a non-school day; a register assembled by other means may. Such
 * rows are left out here with the same problem the import gives, never silently. Each day of the
 * register's range is asked of the calendar once; only when a row is left out are the facts read
 * again, from the rows that stay.
 */
function keepSchoolDays(facts: RowFacts, calendar: SchoolCalendar, problems: Problem[]): RowFacts {
  const { rows, pupilOf, minDay, maxDay } = facts;
  let isSchoolRow: (i: number) => boolean;
  if (facts.wholeDays) {
    const school = new Uint8Array(maxDay - minDay + 1);
    for (let d = minDay; d <= maxDay; d++) school[d - minDay] = calendar.isSchoolDay(d) ? 1 : 0;
    isSchoolRow = (i) => school[rows[i].day - minDay] === 1;
  } else {
    // A day that is no whole number (an assembled register's mistake) is asked of the calendar itself.
    isSchoolRow = (i) => calendar.isSchoolDay(rows[i].day);
  }
  let allSchoolDays = true;
  for (let i = 0; i < pupilOf.length && allSchoolDays; i++) allSchoolDays = pupilOf[i] < 0 || isSchoolRow(i);
  if (allSchoolDays) return facts;
  const kept: AbsenceRow[] = [];
  for (let i = 0; i < pupilOf.length; i++) {
    if (pupilOf[i] < 0) continue;
    const r = rows[i];
    if (isSchoolRow(i)) {
      kept.push(r);
      continue;
    }
    const date = isoFromDay(r.day);
    problems.push({
      row: r.sheetRow,
      column: null,
      kind: 'non-school-day',
      message: `Rij ${r.sheetRow}: ${date} is geen schooldag; deze rij telt niet mee.`,
      messageEn: `Row ${r.sheetRow}: ${date} is not a school day; this row is not counted.`,
    });
  }
  return readRowFacts(kept);
}

function asOfDay(asOf: DayNumber | string | undefined): DayNumber | undefined {
  if (typeof asOf !== 'string') return asOf;
  const day = dayFromIso(asOf);
  if (day === undefined) throw new RangeError(`asOf is not a valid date (YYYY-MM-DD): ${asOf}`);
  return day;
}

function lastDayOf(rows: readonly AbsenceRow[]): DayNumber | undefined {
  let last: DayNumber | undefined;
  for (const r of rows) if (last === undefined || r.day > last) last = r.day;
  return last;
}
