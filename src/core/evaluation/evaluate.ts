import type { AnalysisResult, Flag, FlagCategory } from '../analysis/types';
import { publicHolidayLookup, type PublicHolidayLookup } from '../calendar';
import { dayFromIso, isoWeekday, type DayNumber } from '../dates';
import { canonicalValue, RESULTS, ROUTES } from './followUpValues';
import { monthsOfYear, parseSchoolYear, schoolYearOfIso, type SchoolYearRange } from './schoolYear';
import { EVALUATION_CATEGORIES, type CategoryCounts, type EvaluationEntry, type EvaluationFigures } from './types';
import { compareDutch } from '../text/textOrder';

/**
 * The figures for MAS step 10 (output.md, "Evaluation"): one pure function over the analysis and
 * the user's entries on "Verzuimsignalen", so the CLI, the pane, the Evaluatie sheet and the
 * printable report all draw the same numbers.
 */

export interface EvaluateOptions {
  /** "YYYY-YYYY"; default the school year of the analysis' asOf. */
  schoolYear?: string;
  /** The settings' calendar.publicHolidays: working days to report skip them, like report-by does. */
  publicHolidays?: 'nl' | readonly string[];
}

export class SchoolYearError extends Error {
  constructor(label: string) {
    super(`ongeldig schooljaar "${label}" (verwacht JJJJ-JJJJ met opeenvolgende jaren, bijv. 2026-2027)`);
    this.name = 'SchoolYearError';
  }
}

/** A flag is reported when its status says so or "Gemeld op" is filled (output.md). */
export function isReported(entry: EvaluationEntry | undefined): boolean {
  if (!entry) return false;
  return entry.status === 'Gemeld' || entry.status === 'Afgesloten' || entry.reportedOn !== null;
}

function lookupOf(setting: EvaluateOptions['publicHolidays']): PublicHolidayLookup {
  if (setting === undefined || setting === 'nl') return publicHolidayLookup('nl');
  return publicHolidayLookup(setting.map((d) => dayFromIso(d)).filter((d): d is DayNumber => d !== undefined));
}

/** Working days (Mon-Fri, not a public holiday) after `from` up to and including `to`; 0 when `to` is not later. */
export function workingDaysBetween(from: DayNumber, to: DayNumber, publicHoliday: PublicHolidayLookup): number {
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (isoWeekday(d) <= 5 && publicHoliday(d) === undefined) n++;
  return n;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function bumpCategory(table: Record<string, CategoryCounts>, key: string, category: FlagCategory): void {
  const row = (table[key] ??= {});
  row[category] = (row[category] ?? 0) + 1;
}

/** Keys in canonical order first (the order of output.md's lists), then other text as typed, alphabetically. */
function ordered(counts: Record<string, number>, canonical: readonly string[]): Record<string, number> {
  const keys = Object.keys(counts);
  const known = canonical.filter((k) => k in counts);
  const other = keys.filter((k) => !canonical.includes(k)).sort(compareDutch);
  return Object.fromEntries([...known, ...other].map((k) => [k, counts[k]]));
}

export function resolveSchoolYear(asOf: string, label?: string): SchoolYearRange {
  if (label === undefined) return schoolYearOfIso(asOf);
  const year = parseSchoolYear(label);
  if (!year) throw new SchoolYearError(label);
  return year;
}

/**
 * Figures over one school year: the flags whose end date falls in it, with the user's entries by
 * signal id (a flag without an entry counts as Nieuw). Lapsed rows have no flag in the analysis
 * and are not counted.
 */
export function evaluate(
  result: AnalysisResult,
  entries: ReadonlyMap<string, EvaluationEntry>,
  options: EvaluateOptions = {},
): EvaluationFigures {
  const year = resolveSchoolYear(result.asOf, options.schoolYear);
  const publicHoliday = lookupOf(options.publicHolidays);
  const asOfDay = dayFromIso(result.asOf) as DayNumber;
  const inYear = (iso: string): boolean => {
    const d = dayFromIso(iso);
    return d !== undefined && d >= year.first && d <= year.last;
  };
  const flags = result.flags.filter((f) => inYear(f.end));

  const byCategory = Object.fromEntries(EVALUATION_CATEGORIES.map((c) => [c, 0])) as Record<FlagCategory, number>;
  const byMonth: Record<string, CategoryCounts> = Object.fromEntries(monthsOfYear(year, asOfDay).map((m) => [m, {}]));
  const byClass: Record<string, CategoryCounts> = {};
  for (const f of flags) {
    byCategory[f.category] += 1;
    bumpCategory(byMonth, f.end.slice(0, 7), f.category);
    bumpCategory(byClass, f.className.trim() === '' ? '(geen klas)' : f.className.trim(), f.category);
  }

  const due = flags.filter((f) => f.reportTo === 'leerplicht');
  let reported = 0;
  let notReported = 0;
  let onTime = 0;
  let late = 0;
  let reportedWithoutDate = 0;
  const delays: number[] = [];
  const routes: Record<string, number> = {};
  const results: Record<string, number> = {};
  const notReportedReasons: EvaluationFigures['notReportedReasons'] = [];
  const duePerPupil = new Map<string, number>();
  for (const f of due) {
    const entry = entries.get(f.id);
    duePerPupil.set(f.studentId, (duePerPupil.get(f.studentId) ?? 0) + 1);
    if (isReported(entry)) {
      reported += 1;
      const on = entry?.reportedOn ? dayFromIso(entry.reportedOn) : undefined;
      if (on === undefined) {
        reportedWithoutDate += 1;
      } else {
        const by = f.reportBy === null ? undefined : dayFromIso(f.reportBy);
        if (by !== undefined && on <= by) onTime += 1;
        else if (by !== undefined) late += 1;
        delays.push(workingDaysBetween(dayFromIso(f.end) as DayNumber, on, publicHoliday));
      }
    } else if (entry?.status === 'Niet melden') {
      notReported += 1;
      notReportedReasons.push({ id: f.id, category: f.category, reason: entry.reason });
    }
    if (entry && entry.route.trim() !== '') bump(routes, canonicalValue(entry.route, ROUTES));
    if (entry && entry.result.trim() !== '') bump(results, canonicalValue(entry.result, RESULTS));
  }

  return {
    version: 1,
    schoolYear: year.label,
    asOf: result.asOf,
    signals: { total: flags.length, byCategory, byMonth, byClass: sortedKeys(byClass) },
    meldingen: {
      due: due.length,
      reported,
      notReported,
      open: due.length - reported - notReported,
      onTime,
      late,
      medianWorkingDaysToReport: median(delays),
      reportedWithoutDate,
    },
    routes: ordered(routes, ROUTES),
    results: ordered(results, RESULTS),
    earlySignals: earlySignalFigures(flags),
    repeat: { pupilsWithSeveralMeldingen: [...duePerPupil.values()].filter((n) => n > 1).length },
    notReportedReasons,
  };
}

function sortedKeys<T>(table: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(table)
      .sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }))
      .map((k) => [k, table[k]]),
  );
}

/**
 * Pupils with an early signal, and of those the ones with a sixteen-hours flag ending after their
 * first early signal ended: the school's own intervention did not stop the absence.
 */
function earlySignalFigures(flags: readonly Flag[]): EvaluationFigures['earlySignals'] {
  const firstEarlyEnd = new Map<string, string>();
  for (const f of flags) {
    if (f.category !== 'early-signal') continue;
    const seen = firstEarlyEnd.get(f.studentId);
    if (seen === undefined || f.end < seen) firstEarlyEnd.set(f.studentId, f.end);
  }
  const later = new Set<string>();
  for (const f of flags) {
    const first = firstEarlyEnd.get(f.studentId);
    if (f.category === 'sixteen-hours' && first !== undefined && f.end > first) later.add(f.studentId);
  }
  return { pupils: firstEarlyEnd.size, laterSixteenHours: later.size };
}
