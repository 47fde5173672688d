import { analyze } from '../../../src/core/analysis/analyze';
import type { AnalysisResult, Flag, FlagCategory } from '../../../src/core/analysis/types';
import { dayFromIso, isoFromDay } from '../../../src/core/dates';
import type { AbsenceRow, RegisterImport, Student } from '../../../src/core/register/types';
import type { Category, Settings, SettingsInput } from '../../../src/core/settings/schema';
import { parseSettings } from '../../../src/core/settings/validateSettings';

/** The calendar of the spec's basic example (written here, not read from ../shared). */
export const EXAMPLE_CALENDAR = {
  schoolDays: [1, 2, 3, 4, 5],
  holidays: [
    { name: 'Zomervakantie', start: '2025-07-05', end: '2025-08-17' },
    { name: 'Herfstvakantie', start: '2025-10-18', end: '2025-10-26' },
    { name: 'Kerstvakantie', start: '2025-12-20', end: '2026-01-04' },
    { name: 'Voorjaarsvakantie', start: '2026-02-14', end: '2026-02-22' },
    { name: 'Meivakantie', start: '2026-04-25', end: '2026-05-03' },
    { name: 'Zomervakantie', start: '2026-07-18', end: '2026-08-30' },
    { name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' },
    { name: 'Kerstvakantie', start: '2026-12-19', end: '2027-01-03' },
  ],
  publicHolidays: 'nl' as const,
  daysOff: ['2026-11-20'],
};

const ALL: FlagCategory[] = ['sixteen-hours', 'early-signal', 'luxury', 'long-term', 'lateness', 'sick-concern'];
const SECTION: Record<FlagCategory, 'sixteenHours' | 'earlySignal' | 'luxury' | 'longTerm' | 'lateness' | 'sickConcern'> = {
  'sixteen-hours': 'sixteenHours',
  'early-signal': 'earlySignal',
  luxury: 'luxury',
  'long-term': 'longTerm',
  lateness: 'lateness',
  'sick-concern': 'sickConcern',
};

/** Settings with the example calendar, only the given rules switched on, and overrides merged per section. */
export function settingsFor(only: FlagCategory[] | 'all', overrides: SettingsInput = {}): Settings {
  const input: Record<string, unknown> = { calendar: EXAMPLE_CALENDAR };
  for (const c of ALL) {
    const key = SECTION[c];
    const own = (overrides as Record<string, unknown>)[key] as Record<string, unknown> | undefined;
    input[key] = { ...(own ?? {}), enabled: only === 'all' || only.includes(c) ? (own?.enabled ?? true) : false };
  }
  for (const [k, v] of Object.entries(overrides)) if (!(k in input) || k === 'calendar') input[k] = v;
  return parseSettings(input);
}

export const CODE: Record<Category, string> = {
  unauthorised: 'A',
  late: 'TL',
  sick: 'Z',
  authorised: 'T',
  luxury: 'LV',
  ignore: 'HV',
};

/** [studentId, ISO date, minutes, category] — one register row. */
export type RowSpec = [string, string, number, Category];

/** Builds an import as importRegister would give it: sheet rows numbered from 2 in the given order. */
export interface StudentSpec {
  name?: string;
  className?: string;
  mentor?: string;
  /** ISO date of birth; null = unknown; default 2012-03-14 (14 years old in 2026). */
  dob?: string | null;
}

export function makeImport(specs: RowSpec[], students: Record<string, StudentSpec> = {}): RegisterImport {
  const rows: AbsenceRow[] = specs.map(([studentId, iso, minutes, category], i) => {
    const day = dayFromIso(iso);
    if (day === undefined) throw new Error(`bad date in test: ${iso}`);
    return { sheetRow: i + 2, studentId, day, minutes, category, code: CODE[category] };
  });
  const map = new Map<string, Student>();
  for (const r of rows) {
    if (map.has(r.studentId)) continue;
    const s = students[r.studentId] ?? {};
    map.set(r.studentId, {
      id: r.studentId,
      name: s.name ?? `Leerling ${r.studentId}`,
      className: s.className ?? '2B',
      mentor: s.mentor ?? 'De Jong',
      dateOfBirth: s.dob === null ? undefined : dayFromIso(s.dob ?? '2012-03-14'),
    });
  }
  let lastDay: number | undefined;
  for (const r of rows) if (lastDay === undefined || r.day > lastDay) lastDay = r.day;
  return {
    header: { row: 1, headers: [], mapping: {} },
    rows,
    students: map,
    problems: [],
    codes: [],
    counts: { rowsRead: rows.length, rowsCounted: rows.length, rowsNotCounted: 0, blankRows: 0 },
    lastDay,
  };
}

export function run(specs: RowSpec[], settings: Settings, students: Parameters<typeof makeImport>[1] = {}, asOf?: string): AnalysisResult {
  return analyze(makeImport(specs, students), settings, asOf ? { asOf } : {});
}

/** The fields a rule decides, for compact expectations. */
export function brief(f: Flag): Pick<Flag, 'studentId' | 'category' | 'basis' | 'level' | 'duoType' | 'start' | 'end' | 'hours' | 'rows'> {
  return {
    studentId: f.studentId,
    category: f.category,
    basis: f.basis,
    level: f.level,
    duoType: f.duoType,
    start: f.start,
    end: f.end,
    hours: f.hours,
    rows: f.rows,
  };
}

/** Every date between two ISO dates, inclusive. */
export function isoDays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayFromIso(from)!; d <= dayFromIso(to)!; d++) out.push(isoFromDay(d));
  return out;
}

/** Weekdays between two ISO dates, inclusive (the caller keeps them clear of holidays). */
export function weekdays(from: string, to: string): string[] {
  return isoDays(from, to).filter((iso) => {
    const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
    return wd !== 0 && wd !== 6;
  });
}
