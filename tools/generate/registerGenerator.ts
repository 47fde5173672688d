import { createSchoolCalendar } from '../../src/core/calendar';
import { dayFromIso, schoolYearStart as schoolYearStartOf, ymdFromDay, dayFromYmd, type DayNumber } from '../../src/core/dates';
import { parseSettings } from '../../src/core/settings/validateSettings';
import type { SettingsInput } from '../../src/core/settings/schema';
import { generatorCalendar } from './generatorHolidays';
import { PROFILE_SHARE, pupilEntries, type Entry, type Profile, type YearDays } from './patterns';
import { createRng, subSeed } from './prng';
import { createPupils, type Pupil } from './school';

/**
 * A realistic absence register of a Dutch secondary school, as Magister or SOMtoday export it:
 * one row per absent lesson, on school days of the region's real calendar. Pure TypeScript: the
 * browser demo imports it as well as the command line and the benchmarks.
 */

export type GeneratedCell = string | number | null;

export interface GenerateOptions {
  pupils: number;
  seed?: number;
  /** ISO date, 1 August of the school year (default 2025-08-01). */
  schoolYearStart?: string;
  region?: 'noord' | 'midden' | 'zuid';
  /** ISO date of the last day in the register (default: end of the school year). */
  until?: string;
}

export interface GeneratedRegister {
  headers: string[];
  rows: GeneratedCell[][];
  /**
   * The school and calendar that make the register analysable (codes left for the school to map):
   * the region, and for a school year the built-in table lacks the generator's own holidays.
   */
  settings: SettingsInput;
}

export const REGISTER_HEADERS: readonly string[] = [
  'Leerlingnummer',
  'Voornaam',
  'Tussenvoegsel',
  'Achternaam',
  'Klas',
  'Mentor',
  'Geboortedatum',
  'Datum',
  'Lesuur',
  'Tot lesuur',
  'Minuten',
  'Code',
  'Soort',
  'Geoorloofd',
  'Opmerking',
];

/** Column index of each header, for code that reads generated rows (tests, the bench, the demo). */
export const COLUMN = {
  studentId: 0,
  firstName: 1,
  infix: 2,
  lastName: 3,
  className: 4,
  mentor: 5,
  dateOfBirth: 6,
  date: 7,
  lesson: 8,
  lessonTo: 9,
  minutes: 10,
  code: 11,
  kind: 12,
  authorised: 13,
  remark: 14,
} as const;

const DEFAULT_SEED = 20250801;
const DEFAULT_YEAR_START = '2025-08-01';

export function dutchDate(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(d).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}

function yearDays(region: 'noord' | 'midden' | 'zuid', from: DayNumber, to: DayNumber): YearDays {
  const calendarSettings = parseSettings({ calendar: generatorCalendar(region, from) }).calendar;
  const calendar = createSchoolCalendar(calendarSettings, { from, to });
  const schoolDays: DayNumber[] = [];
  for (let d = from; d <= to; d++) if (calendar.isSchoolDay(d)) schoolDays.push(d);
  if (schoolDays.length === 0) {
    throw new Error(
      `Geen schooldagen bekend tussen ${dutchDate(from)} en ${dutchDate(to)} voor regio ${region} (geen vakantierooster) / ` +
        `no school days known in that range for region ${region} (no holiday table)`,
    );
  }
  const indexOf = new Map(schoolDays.map((d, i) => [d, i] as const));
  const holidays = calendar
    .holidayPeriods()
    .map((p) => {
      const before: DayNumber[] = [];
      for (let d = calendar.previousSchoolDay(p.start); d !== undefined && d >= from && before.length < 2; d = calendar.previousSchoolDay(d)) {
        before.unshift(d);
      }
      const after: DayNumber[] = [];
      for (let d = calendar.nextSchoolDay(p.end); d !== undefined && d <= to && after.length < 2; d = calendar.nextSchoolDay(d)) {
        after.push(d);
      }
      return { name: p.name, before, after };
    })
    .filter((h) => h.before.length > 0 || h.after.length > 0);
  const nearHoliday = new Set(holidays.flatMap((h) => [...h.before, ...h.after]));
  return { schoolDays, indexOf, holidays, nearHoliday };
}

/** Which pupils carry which pattern: at least one pupil per pattern, drawn without favour. */
function assignProfiles(count: number, seed: number): Set<Profile>[] {
  const rng = createRng(subSeed(seed, 0x7fffffff));
  const profiles = Array.from({ length: count }, () => new Set<Profile>());
  const order = rng.shuffled(Array.from({ length: count }, (_, i) => i));
  let next = 0;
  for (const [profile, share] of Object.entries(PROFILE_SHARE) as [Profile, number][]) {
    const n = Math.max(1, Math.round(share * count));
    for (let k = 0; k < n; k++) profiles[order[next++ % count]].add(profile);
  }
  // Truants are often late too.
  for (let i = 0; i < count; i++) if (profiles[i].has('truant') && rng.chance(0.5)) profiles[i].add('latecomer');
  return profiles;
}

function resolveOptions(options: GenerateOptions): { pupils: number; seed: number; region: 'noord' | 'midden' | 'zuid'; from: DayNumber; to: DayNumber } {
  const pupils = Math.floor(options.pupils);
  if (!Number.isFinite(pupils) || pupils < 1) throw new RangeError(`pupils must be at least 1 (got ${options.pupils})`);
  const startIso = options.schoolYearStart ?? DEFAULT_YEAR_START;
  const startDay = dayFromIso(startIso);
  if (startDay === undefined) throw new RangeError(`schoolYearStart is not an ISO date: ${startIso}`);
  const from = schoolYearStartOf(startDay);
  const endOfYear = dayFromYmd(ymdFromDay(from).year + 1, 7, 31);
  let to = endOfYear;
  if (options.until !== undefined) {
    const until = dayFromIso(options.until);
    if (until === undefined) throw new RangeError(`until is not an ISO date: ${options.until}`);
    if (until < from) throw new RangeError(`until (${options.until}) lies before the school year starts (${startIso})`);
    to = Math.min(until, endOfYear);
  }
  return { pupils, seed: (options.seed ?? DEFAULT_SEED) >>> 0, region: options.region ?? 'midden', from, to };
}

function pupilCells(p: Pupil): GeneratedCell[] {
  return [p.id, p.firstName, p.infix || null, p.lastName, p.schoolClass.name, p.schoolClass.mentor, dutchDate(p.dateOfBirth)];
}

/**
 * Generates the register. Patterns are laid over the whole school year and `until` cuts it, so a
 * register up to an earlier date is exactly the start of the full year's register. Rows come in
 * date order, then class order, then lesson, like a daily absence export.
 */
export function generateRegister(options: GenerateOptions): GeneratedRegister {
  const { pupils: count, seed, region, from, to } = resolveOptions(options);
  const endOfYear = dayFromYmd(ymdFromDay(from).year + 1, 7, 31);
  const days = yearDays(region, from, endOfYear);
  const pupils = createPupils(count, ymdFromDay(from).year, createRng(seed));
  const profiles = assignProfiles(count, seed);

  const entries: Entry[] = [];
  for (const pupil of pupils) {
    for (const e of pupilEntries(pupil, profiles[pupil.index], days, createRng(subSeed(seed, pupil.index)))) {
      if (e.day <= to) entries.push(e);
    }
  }
  entries.sort((a, b) => a.day - b.day || a.pupil - b.pupil || a.lesson - b.lesson);

  const prefix = pupils.map(pupilCells);
  const dates = new Map<DayNumber, string>();
  const rows: GeneratedCell[][] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    let date = dates.get(e.day);
    if (date === undefined) {
      date = dutchDate(e.day);
      dates.set(e.day, date);
    }
    rows[i] = [...prefix[e.pupil], date, e.lesson, e.lessonTo, e.minutes, e.code, e.kind, e.authorised, e.remark];
  }

  return {
    headers: [...REGISTER_HEADERS],
    rows,
    settings: {
      school: { name: 'Het Voorbeeldcollege', brin: '99XX', location: 'Hoofdlocatie' },
      calendar: generatorCalendar(region, from),
    },
  };
}

function csvField(value: GeneratedCell): string {
  if (value === null) return '';
  const text = String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The register as semicolon-separated text (CRLF line ends, no BOM: the writer adds one for files). */
export function generateRegisterCsv(options: GenerateOptions): string {
  return registerToCsv(generateRegister(options));
}

export function registerToCsv(register: Pick<GeneratedRegister, 'headers' | 'rows'>): string {
  const lines: string[] = new Array(register.rows.length + 1);
  lines[0] = register.headers.map(csvField).join(';');
  for (let i = 0; i < register.rows.length; i++) lines[i + 1] = register.rows[i].map(csvField).join(';');
  return `${lines.join('\r\n')}\r\n`;
}
