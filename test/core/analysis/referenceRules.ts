import { dutchPublicHolidays } from '../../../src/core/calendar';
import type { SchoolCalendar } from '../../../src/core/calendar/types';
import { ageOn, isoFromDay, isoWeekday, mondayOf, schoolYearStart, ymdFromDay, type DayNumber } from '../../../src/core/dates';
import type { AbsenceRow, Student } from '../../../src/core/register/types';
import type { Settings } from '../../../src/core/settings/schema';

/**
 * A plain, slow, literal reading of rules.md, written apart from src/core/rules: day by day, with
 * no day tables, running sums or trailing pointers. It asks the calendar only whether a day is a
 * school day and why not (dayKind); lesweken, holiday periods, near-holiday days, runs and working
 * days are worked out here from those answers. Used to check the engine on random registers.
 */
export interface RefFlag {
  studentId: string;
  category: string;
  basis: string | null;
  level: number | null;
  duoType: string | null;
  start: string;
  end: string;
  hours: number;
  occurrences: number;
  schoolDays: number;
  reportTo: string;
  masBranch: string | null;
  reportBy: string | null;
  rows: number[];
  notes: string[];
}

interface Found {
  category: string;
  basis: string | null;
  level: number | null;
  duoType: string | null;
  start: DayNumber;
  end: DayNumber;
  rows: AbsenceRow[];
  reportTo: string;
  masBranch: string | null;
  notes: string[];
}

export function referenceFlags(
  allRows: readonly AbsenceRow[],
  students: ReadonlyMap<string, Student>,
  settings: Settings,
  calendar: SchoolCalendar,
  asOf: DayNumber,
): RefFlag[] {
  const school = (d: DayNumber): boolean => calendar.isSchoolDay(d);
  const rows = allRows.filter((r) => r.day <= asOf && school(r.day));
  const byPupilYear = new Map<string, AbsenceRow[]>();
  for (const r of rows) {
    const key = `${r.studentId}\u0000${schoolYearStart(r.day)}`;
    const list = byPupilYear.get(key) ?? [];
    list.push(r);
    byPupilYear.set(key, list);
  }
  const found: { studentId: string; f: Found }[] = [];
  for (const [key, list] of byPupilYear) {
    const [studentId, y] = key.split('\u0000');
    const yearStart = Number(y);
    list.sort((a, b) => a.day - b.day || a.sheetRow - b.sheetRow);
    const dob = students.get(studentId)?.dateOfBirth;
    for (const f of pupilYearFlags(list, yearStart, dob, settings, calendar)) found.push({ studentId, f: adultRegime(f, dob) });
  }
  const out = found.map(({ studentId, f }) => toRef(studentId, f, settings));
  return out.sort(compareRef);
}

function pupilYearFlags(
  rows: AbsenceRow[],
  yearStart: DayNumber,
  dob: DayNumber | undefined,
  s: Settings,
  calendar: SchoolCalendar,
): Found[] {
  const out: Found[] = [];
  const school = (d: DayNumber): boolean => calendar.isSchoolDay(d);
  const isLesweek = (monday: DayNumber): boolean => [0, 1, 2, 3, 4, 5, 6].some((k) => school(monday + k));
  const nextSchool = (d: DayNumber): DayNumber => {
    let x = d + 1;
    while (!school(x)) if (++x > d + 400) return Number.POSITIVE_INFINITY;
    return x;
  };
  const prevSchool = (d: DayNumber): DayNumber => {
    let x = d - 1;
    while (!school(x)) if (--x < d - 400) return Number.NEGATIVE_INFINITY;
    return x;
  };
  const rowsOn = (d: DayNumber): AbsenceRow[] => rows.filter((r) => r.day === d);
  const days = [...new Set(rows.map((r) => r.day))].sort((a, b) => a - b);

  // Rules 1 and 2.
  const countsForWindow = (r: AbsenceRow): boolean =>
    r.minutes > 0 && (r.category === 'unauthorised' || r.category === 'luxury' || (s.lateness.countsAsAbsence && r.category === 'late'));
  const windowRule = (thresholdHours: number, category: 'sixteen-hours' | 'early-signal'): void => {
    let reset = yearStart;
    let lastEnd: DayNumber | undefined;
    for (const D of days) {
      if (!rowsOn(D).some(countsForWindow)) continue;
      // The lesweek of D and the W − 1 lesweken before it.
      let first = mondayOf(D);
      let monday = first;
      let have = 1;
      while (have < s.sixteenHours.windowLesweken && monday >= yearStart - 7) {
        monday -= 7;
        if (isLesweek(monday)) {
          have++;
          first = monday;
        }
      }
      if (have < s.sixteenHours.windowLesweken) first = Math.min(first, yearStart - 7);
      const windowStart = Math.max(reset, first);
      const inWindow = rows.filter((r) => r.day >= windowStart && r.day <= D && countsForWindow(r));
      const minutes = inWindow.reduce((t, r) => t + r.minutes, 0);
      if (minutes < thresholdHours * 60) continue;
      if (lastEnd !== undefined && D - lastEnd < s.sixteenHours.minDaysBetweenReports) continue;
      const v4 = dob !== undefined && ageOn(dob, D) >= 18;
      out.push({
        category,
        basis: null,
        level: null,
        duoType: category === 'sixteen-hours' ? (v4 ? 'V4' : 'V3') : null,
        start: Math.min(...inWindow.map((r) => r.day)),
        end: D,
        rows: inWindow,
        reportTo: category === 'sixteen-hours' ? 'leerplicht' : 'school',
        masBranch: category === 'sixteen-hours' ? 'A' : null,
        notes: category === 'sixteen-hours' && dob === undefined ? ['age unknown'] : [],
      });
      reset = D + 1;
      lastEnd = D;
    }
  };
  if (s.sixteenHours.enabled) windowRule(s.sixteenHours.thresholdHours, 'sixteen-hours');
  if (s.earlySignal.enabled) windowRule(s.earlySignal.thresholdHours, 'early-signal');

  // Unauthorised minutes of rules 3 and 4: unauthorised and luxury rows, never late ones.
  const absentRow = (r: AbsenceRow): boolean => r.category === 'unauthorised' || r.category === 'luxury';
  const absentMinutes = (d: DayNumber): number => rowsOn(d).filter(absentRow).reduce((t, r) => t + r.minutes, 0);

  // Rule 3.
  if (s.luxury.enabled) {
    const lo = yearStart - 120;
    const hi = yearStart + 366 + 120;
    const special = (d: DayNumber): boolean => ['holiday', 'public-holiday', 'day-off'].includes(calendar.dayKind(d));
    const periods: { start: DayNumber; end: DayNumber }[] = [];
    for (let d = lo; d <= hi; d++) {
      if (school(d) || calendar.dayKind(d) === 'unknown') continue;
      let e = d;
      while (!school(e + 1) && calendar.dayKind(e + 1) !== 'unknown') e++;
      let any = false;
      for (let x = d; x <= e; x++) if (special(x)) any = true;
      if (any) periods.push({ start: d, end: e });
      d = e;
    }
    const nearOf = new Map<DayNumber, number>();
    periods.forEach((p, i) => {
      let d = p.start;
      for (let k = 0; k < s.luxury.adjacentSchoolDays && Number.isFinite(d); k++) {
        d = prevSchool(d);
        if (!nearOf.has(d)) nearOf.set(d, i);
      }
      d = p.end;
      for (let k = 0; k < s.luxury.adjacentSchoolDays && Number.isFinite(d); k++) {
        d = nextSchool(d);
        if (!nearOf.has(d)) nearOf.set(d, i);
      }
    });
    const minMinutes = s.luxury.minHoursPerDay * 60;
    const suspectRows = new Map<number, AbsenceRow[]>();
    const sickRows = new Map<number, AbsenceRow[]>();
    for (const d of days) {
      const period = nearOf.get(d);
      if (period === undefined) continue;
      const own = rowsOn(d);
      const suspect = own.some((r) => r.category === 'luxury') || (own.some(absentRow) && absentMinutes(d) >= minMinutes);
      if (suspect) suspectRows.set(period, [...(suspectRows.get(period) ?? []), ...own.filter(absentRow)]);
      const sick = own.filter((r) => r.category === 'sick');
      const sickMinutes = sick.reduce((t, r) => t + r.minutes, 0);
      if (s.luxury.sickNearHoliday && sick.length > 0 && sickMinutes >= minMinutes) {
        sickRows.set(period, [...(sickRows.get(period) ?? []), ...sick]);
      }
    }
    for (const list of suspectRows.values()) {
      if (list.length === 0) continue;
      out.push(luxuryFound(list, list.some((r) => r.category === 'luxury') ? 'code' : 'near-holiday'));
    }
    for (const list of sickRows.values()) {
      out.push({ ...luxuryFound(list, 'sick-near-holiday'), duoType: null, reportTo: 'school', masBranch: null });
    }
    let run: AbsenceRow[] = [];
    let runLast = -1;
    for (const d of days) {
      if (nearOf.has(d)) continue;
      const lux = rowsOn(d).filter((r) => r.category === 'luxury');
      if (lux.length === 0) continue;
      if (run.length > 0 && nextSchool(runLast) !== d) {
        out.push(luxuryFound(run, 'code'));
        run = [];
      }
      run.push(...lux);
      runLast = d;
    }
    if (run.length > 0) out.push(luxuryFound(run, 'code'));
  }

  // Rule 4: every school day of the year up to the last row, absent or not.
  if (s.longTerm.enabled && days.length > 0) {
    const minMinutes = s.longTerm.minHoursPerDay * 60;
    let runDays: DayNumber[] = [];
    let flagged = false;
    for (let d = nextSchool(yearStart - 1); d <= days[days.length - 1]; d = nextSchool(d)) {
      const absent = rowsOn(d).some((r) => absentRow(r) && r.minutes > 0) && absentMinutes(d) >= minMinutes;
      if (!absent) {
        runDays = [];
        flagged = false;
        continue;
      }
      runDays.push(d);
      if (!flagged && runDays.length === s.longTerm.minConsecutiveSchoolDays) {
        flagged = true;
        out.push({
          category: 'long-term',
          basis: null,
          level: null,
          duoType: 'LRV',
          start: runDays[0],
          end: d,
          rows: rows.filter((r) => r.day >= runDays[0] && r.day <= d && absentRow(r)),
          reportTo: 'leerplicht',
          masBranch: 'A',
          notes: [],
        });
      }
    }
  }

  // Rule 5.
  if (s.lateness.enabled) {
    const late = rows.filter((r) => r.category === 'late');
    s.lateness.ladder.forEach((value, i) => {
      if (late.length < value) return;
      const counted = late.slice(0, value);
      const reported = i + 1 >= s.lateness.reportFromLevel;
      out.push({
        category: 'lateness',
        basis: null,
        level: i + 1,
        duoType: reported ? 'O' : null,
        start: counted[0].day,
        end: counted[value - 1].day,
        rows: counted,
        reportTo: reported ? 'leerplicht' : 'school',
        masBranch: reported ? 'A' : null,
        notes: [],
      });
    });
  }

  // Rule 6.
  if (s.sickConcern.enabled) {
    const sickDays = days.filter((d) => rowsOn(d).some((r) => r.category === 'sick'));
    const reports: DayNumber[][] = [];
    for (const d of sickDays) {
      const last = reports[reports.length - 1];
      if (last && nextSchool(last[last.length - 1]) === d) last.push(d);
      else reports.push([d]);
    }
    const sickOn = (list: DayNumber[]): AbsenceRow[] => rows.filter((r) => r.category === 'sick' && list.includes(r.day));
    // Lesweken from a's week to b's week, both included.
    const lesweken = (a: DayNumber, b: DayNumber): number => {
      let n = 0;
      for (let m = mondayOf(a); m <= mondayOf(b); m += 7) if (isLesweek(m)) n++;
      return n;
    };
    let lastFrequencyEnd = Number.NEGATIVE_INFINITY;
    reports.forEach((report, j) => {
      const date = report[0];
      const inWindow = reports
        .slice(0, j + 1)
        .filter((r) => r[0] > lastFrequencyEnd && lesweken(r[0], date) <= s.sickConcern.windowLesweken);
      if (inWindow.length === s.sickConcern.reportsInWindow) {
        const counted = [...inWindow.slice(0, -1).flat(), date];
        out.push(sickFound('frequency', inWindow[0][0], date, sickOn(counted)));
        lastFrequencyEnd = date;
      }
      if (report.length >= s.sickConcern.consecutiveSchoolDays) {
        const counted = report.slice(0, s.sickConcern.consecutiveSchoolDays);
        out.push(sickFound('duration', date, counted[counted.length - 1], sickOn(counted)));
      }
    });
  }
  return out;
}

function luxuryFound(rows: AbsenceRow[], basis: string): Found {
  return {
    category: 'luxury',
    basis,
    level: null,
    duoType: 'L',
    start: Math.min(...rows.map((r) => r.day)),
    end: Math.max(...rows.map((r) => r.day)),
    rows,
    reportTo: 'leerplicht',
    masBranch: 'B',
    notes: [],
  };
}

function sickFound(basis: string, start: DayNumber, end: DayNumber, rows: AbsenceRow[]): Found {
  return { category: 'sick-concern', basis, level: null, duoType: null, start, end, rows, reportTo: 'jeugdarts', masBranch: null, notes: [] };
}

/** Mon-Fri that is not a Dutch public holiday (the reference assumes publicHolidays "nl"). */
function addWorkingDays(day: DayNumber, n: number): DayNumber {
  let d = day;
  for (let left = n; left > 0; ) {
    d++;
    const year = ymdFromDay(d).year;
    if (isoWeekday(d) <= 5 && !dutchPublicHolidays(year).some((h) => h.day === d)) left--;
  }
  return d;
}

/**
 * rules.md "Age and regime", written out again: from 18 on the end date, luxury, long-term and
 * lateness flags are the school's, without DUO type, branch or report-by, noted `18+`.
 */
function adultRegime(f: Found, dob: DayNumber | undefined): Found {
  if (dob === undefined || !['luxury', 'long-term', 'lateness'].includes(f.category) || ageOn(dob, f.end) < 18) return f;
  return { ...f, duoType: null, reportTo: 'school', masBranch: null, notes: [...f.notes, '18+'] };
}

function toRef(studentId: string, f: Found, s: Settings): RefFlag {
  const minutes = f.rows.reduce((t, r) => t + r.minutes, 0);
  return {
    studentId,
    category: f.category,
    basis: f.basis,
    level: f.level,
    duoType: f.duoType,
    start: isoFromDay(f.start),
    end: isoFromDay(f.end),
    hours: Math.round((minutes / 60) * 100) / 100,
    occurrences: f.rows.length,
    schoolDays: new Set(f.rows.map((r) => r.day)).size,
    reportTo: f.reportTo,
    masBranch: f.masBranch,
    reportBy: f.reportTo === 'leerplicht' ? isoFromDay(addWorkingDays(f.end, s.reportWithinWorkingDays)) : null,
    rows: f.rows.map((r) => r.sheetRow).sort((a, b) => a - b),
    notes: f.notes,
  };
}

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** output.md's order. */
export function compareRef(a: RefFlag, b: RefFlag): number {
  return (
    text(a.studentId, b.studentId) ||
    text(a.end, b.end) ||
    text(a.category, b.category) ||
    text(a.basis ?? '', b.basis ?? '') ||
    (a.level ?? 0) - (b.level ?? 0) ||
    text(a.start, b.start)
  );
}
