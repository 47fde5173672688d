import { createSchoolCalendar, type SchoolCalendar } from '../../src/core/calendar';
import { ageOn, dayFromIso, dayFromYmd, isoFromDay, isoWeekday, type DayNumber } from '../../src/core/dates';
import { parseSettings } from '../../src/core/settings/validateSettings';
import {
  COLUMN,
  generateRegister,
  generateRegisterCsv,
  REGISTER_HEADERS,
  type GeneratedCell,
  type GeneratedRegister,
} from '../../tools/generate/registerGenerator';

// Reads generated rows the way register.md and rules.md define them, independently of the engine.
const UNAUTHORISED = new Set(['a', 's', 'ongeoorloofd']);
const LESSON_MINUTES = 50;

function day(row: readonly GeneratedCell[]): DayNumber {
  const [d, m, y] = String(row[COLUMN.date]).split('-').map(Number);
  return dayFromYmd(y, m, d);
}
function minutes(row: readonly GeneratedCell[]): number {
  if (typeof row[COLUMN.minutes] === 'number') return row[COLUMN.minutes] as number;
  const from = row[COLUMN.lesson] as number;
  const to = (row[COLUMN.lessonTo] as number | null) ?? from;
  return (to - from + 1) * LESSON_MINUTES;
}
const code = (row: readonly GeneratedCell[]): string => String(row[COLUMN.code]).toLowerCase();
const isLate = (row: readonly GeneratedCell[]): boolean => row[COLUMN.kind] === 'Te laat' && row[COLUMN.authorised] !== 'Ja';
const isSick = (row: readonly GeneratedCell[]): boolean => row[COLUMN.kind] === 'Ziek';
const isUnauthorised = (row: readonly GeneratedCell[]): boolean =>
  !isLate(row) && row[COLUMN.authorised] !== 'Ja' && (UNAUTHORISED.has(code(row)) || code(row) === 'lv');

function byPupil(register: GeneratedRegister): Map<string, GeneratedCell[][]> {
  const out = new Map<string, GeneratedCell[][]>();
  for (const row of register.rows) {
    const id = String(row[COLUMN.studentId]);
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push(row);
  }
  return out;
}

function minutesPerDay(rows: readonly GeneratedCell[][], keep: (r: readonly GeneratedCell[]) => boolean): Map<DayNumber, number> {
  const out = new Map<DayNumber, number>();
  for (const r of rows) if (keep(r)) out.set(day(r), (out.get(day(r)) ?? 0) + minutes(r));
  return out;
}

function calendarFor(region: 'noord' | 'midden' | 'zuid'): SchoolCalendar {
  return createSchoolCalendar(parseSettings({ calendar: { region } }).calendar, {
    from: dayFromYmd(2025, 8, 1),
    to: dayFromYmd(2026, 7, 31),
  });
}

const iso = (s: string): DayNumber => dayFromIso(s) as DayNumber;

describe('generateRegister', () => {
  const school = generateRegister({ pupils: 300, seed: 42 });
  const pupils = byPupil(school);
  const calendar = calendarFor('midden');
  const schoolDays: DayNumber[] = [];
  for (let d = iso('2025-08-01'); d <= iso('2026-07-31'); d++) if (calendar.isSchoolDay(d)) schoolDays.push(d);

  it('has the Dutch export headers and settings that make it analysable', () => {
    expect(school.headers).toEqual([
      'Leerlingnummer', 'Voornaam', 'Tussenvoegsel', 'Achternaam', 'Klas', 'Mentor', 'Geboortedatum',
      'Datum', 'Lesuur', 'Tot lesuur', 'Minuten', 'Code', 'Soort', 'Geoorloofd', 'Opmerking',
    ]);
    expect(school.settings).toEqual({
      school: { name: 'Het Voorbeeldcollege', brin: '99XX', location: 'Hoofdlocatie' },
      calendar: { region: 'midden' },
    });
    expect(() => parseSettings(school.settings)).not.toThrow();
    for (const row of school.rows.slice(0, 50)) {
      expect(row).toHaveLength(15);
      expect(row[COLUMN.date]).toMatch(/^\d{2}-\d{2}-\d{4}$/);
      expect(row[COLUMN.dateOfBirth]).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    }
  });

  it('is reproducible from its seed and differs for another seed', () => {
    const again = generateRegister({ pupils: 300, seed: 42 });
    expect(again.rows).toEqual(school.rows);
    const other = generateRegister({ pupils: 300, seed: 43 });
    expect(other.rows).not.toEqual(school.rows);
    expect(other.rows[0]).not.toEqual(school.rows[0]);
  });

  it('writes 50 to 150 rows per pupil, in date order, one row per pupil and lesson', () => {
    expect(pupils.size).toBe(300);
    expect(school.rows.length).toBeGreaterThanOrEqual(300 * 50);
    expect(school.rows.length).toBeLessThanOrEqual(300 * 150);
    const seen = new Set<string>();
    let last = 0;
    for (const row of school.rows) {
      expect(day(row)).toBeGreaterThanOrEqual(last);
      last = day(row);
      const from = row[COLUMN.lesson] as number;
      const to = (row[COLUMN.lessonTo] as number | null) ?? from;
      for (let l = from; l <= to; l++) {
        const key = `${row[COLUMN.studentId]}|${last}|${l}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });

  it('puts every row on a school day of the midden calendar: no weekends, holidays or public holidays', () => {
    const closed = [
      ['2025-08-01', '2025-08-31'], // end of the 2025 summer holiday (midden)
      ['2025-10-18', '2025-10-26'], // herfstvakantie
      ['2025-12-20', '2026-01-04'], // kerstvakantie
      ['2026-02-14', '2026-02-22'], // voorjaarsvakantie midden
      ['2026-04-06', '2026-04-06'], // Easter Monday
      ['2026-04-25', '2026-05-03'], // meivakantie (King's Day inside)
      ['2026-05-14', '2026-05-14'], // Ascension Day
      ['2026-05-25', '2026-05-25'], // Whit Monday
      ['2026-07-18', '2026-07-31'], // zomervakantie midden
    ].map(([a, b]) => [iso(a), iso(b)]);
    const days = new Set(school.rows.map(day));
    for (const d of days) {
      expect(calendar.isSchoolDay(d)).toBe(true);
      expect(isoWeekday(d)).toBeLessThanOrEqual(5);
      for (const [a, b] of closed) if (d >= a && d <= b) throw new Error(`row on ${isoFromDay(d)}`);
    }
    expect(isoFromDay(Math.min(...days))).toBe('2025-09-01');
    expect(isoFromDay(Math.max(...days))).toBe('2026-07-17');
  });

  it('follows the region: zuid has its herfstvakantie a week earlier', () => {
    const zuid = generateRegister({ pupils: 120, seed: 7, region: 'zuid' });
    expect(zuid.settings.calendar).toEqual({ region: 'zuid' });
    const days = new Set(zuid.rows.map(day));
    for (let d = iso('2025-10-11'); d <= iso('2025-10-19'); d++) expect(days.has(d)).toBe(false);
    // 20-24 October 2025 is herfstvakantie in midden and noord but school days in zuid.
    expect([...days].some((d) => d >= iso('2025-10-20') && d <= iso('2025-10-24'))).toBe(true);
    // The zuid summer holiday of 2025 ended on 17 August.
    expect(isoFromDay(Math.min(...days))).toBe('2025-08-18');
  });

  it('gives classes 1A..6V with a mentor and dates of birth that fit the year group', () => {
    const classes = new Set(school.rows.map((r) => String(r[COLUMN.className])));
    expect(classes).toContain('1A');
    // 300 pupils: three first-year classes 1A-1C, two vwo-6 classes 6V1 and 6V2 (28 per class).
    expect([...classes].filter((c) => c.startsWith('1')).sort()).toEqual(['1A', '1B', '1C']);
    expect([...classes].filter((c) => c.startsWith('6')).sort()).toEqual(['6V1', '6V2']);
    const firstSchoolDay = iso('2025-09-01');
    let adultsInTopYear = 0;
    for (const rows of pupils.values()) {
      const r = rows[0];
      const year = Number(String(r[COLUMN.className])[0]);
      expect(String(r[COLUMN.className])).toMatch(/^[1-6][A-Z]\d?$/);
      expect(String(r[COLUMN.mentor])).toMatch(/^(Mw|Dhr)\. [A-Z]\. /);
      const [d, m, y] = String(r[COLUMN.dateOfBirth]).split('-').map(Number);
      // 1 October: a first-year is 12, one more per year group, one more after repeating a year.
      const age = ageOn(dayFromYmd(y, m, d), iso('2025-10-01'));
      expect([11 + year, 12 + year]).toContain(age);
      if (year === 6 && ageOn(dayFromYmd(y, m, d), firstSchoolDay) >= 18) adultsInTopYear++;
      for (const other of rows) expect(other.slice(0, 7)).toEqual(r.slice(0, 7));
    }
    expect(adultsInTopYear).toBeGreaterThan(0);
  });

  it('has a truant with at least 16 hours unauthorised in four weeks', () => {
    let best = 0;
    for (const rows of pupils.values()) {
      const perDay = minutesPerDay(rows, isUnauthorised);
      for (const d of perDay.keys()) {
        let sum = 0;
        for (const [e, m] of perDay) if (e > d - 28 && e <= d) sum += m;
        best = Math.max(best, sum);
      }
    }
    expect(best).toBeGreaterThanOrEqual(16 * 60);
  });

  it('has luxury absence (code LV) on the school days just before or after a holiday', () => {
    // Near-holiday days worked out by hand for the herfstvakantie (midden, 18-26 Oct 2025) and
    // kerstvakantie (20 Dec 2025 - 4 Jan 2026): two school days on each side.
    const herfstKerst = ['2025-10-16', '2025-10-17', '2025-10-27', '2025-10-28', '2025-12-18', '2025-12-19', '2026-01-05', '2026-01-06'].map(iso);
    const near = new Set<DayNumber>(herfstKerst);
    for (const p of calendar.holidayPeriods()) {
      for (let d = calendar.previousSchoolDay(p.start), k = 0; d !== undefined && k < 2; d = calendar.previousSchoolDay(d), k++) near.add(d);
      for (let d = calendar.nextSchoolDay(p.end), k = 0; d !== undefined && k < 2; d = calendar.nextSchoolDay(d), k++) near.add(d);
    }
    for (const d of herfstKerst) expect(calendar.isSchoolDay(d)).toBe(true);
    const luxuryPupils = [...pupils.values()].filter((rows) => rows.some((r) => code(r) === 'lv' && near.has(day(r))));
    expect(luxuryPupils.length).toBeGreaterThan(0);
    // and a pupil back late after a holiday: ≥ 3 hours unauthorised on a near-holiday day without LV
    const backLate = [...pupils.values()].filter((rows) =>
      [...minutesPerDay(rows, (r) => isUnauthorised(r) && code(r) !== 'lv')].some(([d, m]) => near.has(d) && m >= 180),
    );
    expect(backLate.length).toBeGreaterThan(0);
  });

  it('has a long-term absentee: 20 consecutive school days of at least 4 hours unauthorised', () => {
    let longest = 0;
    for (const rows of pupils.values()) {
      const perDay = minutesPerDay(rows, isUnauthorised);
      let run = 0;
      for (const d of schoolDays) {
        run = (perDay.get(d) ?? 0) >= 240 ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
    }
    expect(longest).toBeGreaterThanOrEqual(20);
  });

  it('has latecomers with 9 or more late rows, each with the minutes late', () => {
    const lateCounts = [...pupils.values()].map((rows) => rows.filter(isLate).length);
    expect(Math.max(...lateCounts)).toBeGreaterThanOrEqual(9);
    for (const row of school.rows.filter(isLate)) {
      expect(row[COLUMN.minutes]).toBeGreaterThanOrEqual(2);
      expect(row[COLUMN.minutes]).toBeLessThanOrEqual(25);
    }
  });

  it('has frequent sickness (4 sick reports within 12 weeks) and long sickness (7+ school days)', () => {
    let frequent = 0;
    let longest = 0;
    for (const rows of pupils.values()) {
      const sickDays = new Set(rows.filter(isSick).map(day));
      const reports: DayNumber[] = [];
      let run = 0;
      for (let i = 0; i < schoolDays.length; i++) {
        if (sickDays.has(schoolDays[i])) {
          if (run === 0) reports.push(schoolDays[i]);
          run++;
          longest = Math.max(longest, run);
        } else run = 0;
      }
      for (let i = 3; i < reports.length; i++) if (reports[i] - reports[i - 3] < 12 * 7) frequent++;
    }
    expect(frequent).toBeGreaterThan(0);
    expect(longest).toBeGreaterThanOrEqual(7);
  });

  it('has a few rows with school-specific codes that still need a mapping', () => {
    const odd = school.rows.filter((r) => ['RT', 'TS', 'MZ'].includes(String(r[COLUMN.code])));
    expect(odd.length).toBeGreaterThan(0);
    expect(odd.length).toBeLessThan(school.rows.length / 100);
  });

  it('cuts the register at `until`: the start of the full year, unchanged', () => {
    const autumn = generateRegister({ pupils: 300, seed: 42, until: '2025-12-19' });
    const cut = iso('2025-12-19');
    expect(autumn.rows).toEqual(school.rows.filter((r) => day(r) <= cut));
    expect(isoFromDay(day(autumn.rows[autumn.rows.length - 1]))).toBe('2025-12-19');
  });

  it('brings its own holidays for a school year without a known holiday table, and refuses nonsense options', () => {
    const invented = generateRegister({ pupils: 10, schoolYearStart: '2030-08-01' });
    expect(invented.settings.calendar?.holidays?.map((h) => h.name)).toEqual([
      'Zomervakantie', 'Herfstvakantie', 'Kerstvakantie', 'Voorjaarsvakantie', 'Meivakantie', 'Zomervakantie',
    ]);
    expect(invented.rows.length).toBeGreaterThan(0);
    expect(() => generateRegister({ pupils: 0 })).toThrow(RangeError);
    expect(() => generateRegister({ pupils: 10, until: '2025-13-01' })).toThrow(/until/);
  });
});

describe('generateRegisterCsv', () => {
  it('writes semicolon-separated text with the header first and CRLF line ends', () => {
    const csv = generateRegisterCsv({ pupils: 20, seed: 3 });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(REGISTER_HEADERS.join(';'));
    expect(lines[lines.length - 1]).toBe('');
    const register = generateRegister({ pupils: 20, seed: 3 });
    expect(lines).toHaveLength(register.rows.length + 2);
    const first = register.rows[0].map((c) => (c === null ? '' : String(c))).join(';');
    expect(lines[1]).toBe(first);
    for (const line of lines.slice(1, -1)) expect(line.split(';')).toHaveLength(15);
  });
});
