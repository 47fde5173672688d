import { isoWeekday, mondayOf, type DayNumber } from '../../src/core/dates';
import type { Rng } from './prng';
import type { Pupil } from './school';

/** The school days of the year and the days around its holidays, as the generator places absences. */
export interface YearDays {
  schoolDays: readonly DayNumber[];
  /** Index of each school day in schoolDays. */
  indexOf: ReadonlyMap<DayNumber, number>;
  /** Per holiday period: up to two school days just before it and just after it. */
  holidays: readonly { name: string; before: readonly DayNumber[]; after: readonly DayNumber[] }[];
  /** Every day in `holidays`' before and after lists. */
  nearHoliday: ReadonlySet<DayNumber>;
}

/** One register row before it is written out. */
export interface Entry {
  pupil: number;
  day: DayNumber;
  lesson: number;
  lessonTo: number | null;
  minutes: number | null;
  code: string;
  kind: string | null;
  authorised: 'Ja' | 'Nee' | null;
  remark: string | null;
}

export type Profile = 'truant' | 'mild-truant' | 'long-term' | 'luxury' | 'latecomer' | 'sick-frequent' | 'sick-long' | 'odd-codes';

/** Share of pupils per profile (at least one pupil each); a pupil may have several. */
export const PROFILE_SHARE: Readonly<Record<Profile, number>> = {
  'long-term': 0.008,
  truant: 0.03,
  'mild-truant': 0.04,
  luxury: 0.04,
  latecomer: 0.05,
  'sick-frequent': 0.03,
  'sick-long': 0.015,
  'odd-codes': 0.01,
};

/** School-specific codes that no default mapping covers: the school still has to map them. */
export const ODD_CODES: readonly (readonly [string, string])[] = [
  ['RT', 'remedial teaching'],
  ['TS', 'topsportverlof'],
  ['MZ', 'mantelzorg'],
];

const SICK_REMARKS = [null, null, 'ziekgemeld door ouder', 'ziekgemeld door moeder', 'ziekgemeld door vader', 'ziekmelding via ouderportaal'];
const APPOINTMENTS: readonly (readonly [string, string | null])[] = [
  ['M', 'tandarts'],
  ['M', 'huisarts'],
  ['dokter', null],
  ['tandarts', null],
  ['orthodontist', null],
  ['M', 'ziekenhuis (controle)'],
];
const TRUANT_CODES: readonly (readonly [string, string | null])[] = [
  ['S', null],
  ['S', 'gespijbeld'],
  ['A', 'niet in de les, geen afmelding'],
  ['A', null],
  ['ongeoorloofd', null],
];

/** Collects one pupil's rows; never puts two rows on the same lesson. */
class PupilAbsences {
  readonly entries: Entry[] = [];
  private readonly used = new Map<DayNumber, number>();

  constructor(
    private readonly pupil: Pupil,
    private readonly days: YearDays,
    private readonly rng: Rng,
  ) {}

  lessonsOn(day: DayNumber): number {
    return this.pupil.schoolClass.lessonsPerDay[isoWeekday(day) - 1] ?? 6;
  }

  private isFree(day: DayNumber, lesson: number): boolean {
    return ((this.used.get(day) ?? 0) & (1 << lesson)) === 0;
  }

  private take(day: DayNumber, lesson: number): void {
    this.used.set(day, (this.used.get(day) ?? 0) | (1 << lesson));
  }

  dayIsFree(day: DayNumber): boolean {
    return (this.used.get(day) ?? 0) === 0;
  }

  /** One row per free lesson in [from, to]; returns the number of lessons placed. */
  lessons(day: DayNumber, from: number, to: number, row: Omit<Entry, 'pupil' | 'day' | 'lesson' | 'lessonTo'>): number {
    let placed = 0;
    const last = Math.min(to, this.lessonsOn(day));
    for (let l = Math.max(1, from); l <= last; l++) {
      if (!this.isFree(day, l)) continue;
      this.take(day, l);
      this.entries.push({ pupil: this.pupil.index, day, lesson: l, lessonTo: null, ...row, remark: placed === 0 ? row.remark : null });
      placed++;
    }
    return placed;
  }

  /** One row covering lessons [from, to] ("Lesuur 3, Tot lesuur 8"), only when they are all free. */
  range(day: DayNumber, from: number, to: number, row: Omit<Entry, 'pupil' | 'day' | 'lesson' | 'lessonTo'>): boolean {
    const last = Math.min(to, this.lessonsOn(day));
    for (let l = from; l <= last; l++) if (!this.isFree(day, l)) return false;
    for (let l = from; l <= last; l++) this.take(day, l);
    this.entries.push({ pupil: this.pupil.index, day, lesson: from, lessonTo: last > from ? last : null, ...row });
    return true;
  }

  wholeDay(day: DayNumber, row: Omit<Entry, 'pupil' | 'day' | 'lesson' | 'lessonTo'>): number {
    return this.lessons(day, 1, this.lessonsOn(day), row);
  }

  randomDay(): DayNumber {
    return this.days.schoolDays[this.rng.int(0, this.days.schoolDays.length - 1)];
  }
}

function sick(rng: Rng, code = 'Z'): Omit<Entry, 'pupil' | 'day' | 'lesson' | 'lessonTo'> {
  return { minutes: null, code: rng.chance(0.1) ? 'ziek' : code, kind: 'Ziek', authorised: 'Ja', remark: rng.pick(SICK_REMARKS) };
}

function unauthorised(rng: Rng, codes = TRUANT_CODES): Omit<Entry, 'pupil' | 'day' | 'lesson' | 'lessonTo'> {
  const [code, remark] = rng.pick(codes);
  return { minutes: null, code, kind: 'Absent', authorised: 'Nee', remark };
}

/** A sick report of `length` consecutive school days from school-day index `start`. */
function sickReport(a: PupilAbsences, days: YearDays, rng: Rng, start: number, length: number, asRange: boolean): void {
  for (let i = start; i < Math.min(start + length, days.schoolDays.length); i++) {
    const day = days.schoolDays[i];
    const row = sick(rng);
    if (asRange) a.range(day, 1, a.lessonsOn(day), row);
    else a.wholeDay(day, row);
  }
}

/**
 * Unauthorised lessons piling up within four calendar weeks from a Monday: `target` lessons of
 * 50 minutes, two to four lessons on a day (skipping the last hours, leaving after the break).
 */
function truancyBurst(a: PupilAbsences, days: YearDays, rng: Rng, target: number): void {
  const anchor = a.randomDay();
  const monday = mondayOf(anchor);
  const candidates = days.schoolDays.filter((d) => d >= monday && d <= monday + 27);
  let placed = 0;
  for (let pass = 0; pass < 4 && placed < target; pass++) {
    for (const day of rng.shuffled(candidates)) {
      if (placed >= target) break;
      const n = Math.min(rng.int(2, 4), target - placed);
      const last = a.lessonsOn(day);
      const from = rng.chance(0.6) ? last - n + 1 : rng.int(1, Math.max(1, last - n + 1));
      placed += a.lessons(day, from, from + n - 1, unauthorised(rng));
    }
  }
}

function longTermRun(a: PupilAbsences, days: YearDays, rng: Rng): void {
  const length = rng.int(22, 45);
  const n = days.schoolDays.length;
  if (n < 20) return;
  const start = rng.int(0, Math.max(0, n - length));
  for (let i = start; i < Math.min(n, start + length); i++) {
    a.wholeDay(days.schoolDays[i], {
      minutes: null,
      code: 'A',
      kind: 'Absent',
      authorised: 'Nee',
      remark: i === start ? rng.pick(['afwezig zonder bericht', 'thuiszitter, ouders onbereikbaar', 'niet op school verschenen']) : null,
    });
  }
}

function luxury(a: PupilAbsences, days: YearDays, rng: Rng): void {
  const holidays = days.holidays.filter((h) => h.before.length > 0 || h.after.length > 0);
  if (holidays.length === 0) return;
  const h = rng.pick(holidays);
  const variant = rng.next();
  const lv = { minutes: null, code: 'LV', kind: 'Absent', authorised: 'Nee' as const };
  if (variant < 0.5 && h.before.length > 0) {
    // Leaves early for the holiday: the last one or two school days before it, coded LV.
    for (const day of h.before.slice(-rng.int(1, h.before.length))) {
      a.wholeDay(day, { ...lv, remark: rng.pick(['vakantie zonder toestemming', 'eerder op vakantie vertrokken', null]) });
    }
  } else if (variant < 0.8 && h.after.length > 0) {
    // Comes back late, registered as plain unauthorised absence: suspect by its hours alone.
    for (const day of h.after.slice(0, rng.int(1, h.after.length))) {
      a.wholeDay(day, { minutes: null, code: 'A', kind: 'Absent', authorised: 'Nee', remark: rng.pick(['later terug van vakantie', null]) });
    }
  } else {
    // A family trip in term time (a wedding abroad), coded LV, away from any holiday.
    const near = days.nearHoliday;
    const start = days.indexOf.get(a.randomDay()) ?? 0;
    const length = rng.int(2, 3);
    let clear = true;
    for (let i = start; i < start + length; i++) if (i >= days.schoolDays.length || near.has(days.schoolDays[i])) clear = false;
    if (clear) {
      for (let i = start; i < start + length; i++) a.wholeDay(days.schoolDays[i], { ...lv, remark: i === start ? 'bruiloft in het buitenland' : null });
    } else if (h.before.length > 0) {
      for (const day of h.before) a.wholeDay(day, { ...lv, remark: 'vakantie zonder toestemming' });
    }
  }
  // Many families ask first: granted leave before another holiday is authorised, not a signal.
  if (rng.chance(0.4)) {
    const other = rng.pick(holidays);
    const day = other.before[other.before.length - 1];
    if (day !== undefined) a.wholeDay(day, { minutes: null, code: 'V', kind: 'Absent', authorised: 'Ja', remark: 'verlof art. 11f toegekend' });
  }
}

function lateRows(a: PupilAbsences, rng: Rng, count: number, excused: number): void {
  for (let i = 0, tries = 0; i < count + excused && tries < 200; tries++) {
    const day = a.randomDay();
    const lesson = rng.chance(0.8) ? 1 : rng.int(2, Math.min(5, a.lessonsOn(day)));
    const isExcused = i >= count;
    const row = isExcused
      ? { minutes: rng.int(5, 30), code: 'TL', kind: 'Te laat', authorised: 'Ja' as const, remark: rng.pick(['trein vertraagd', 'bus reed niet']) }
      : { minutes: rng.int(2, 25), code: rng.pick(['TL', 'TL', 'TL', 'te laat', 'L']), kind: 'Te laat', authorised: 'Nee' as const, remark: null };
    if (a.lessons(day, lesson, lesson, row) === 1) i++;
  }
}

function frequentSickness(a: PupilAbsences, days: YearDays, rng: Rng): void {
  const n = days.schoolDays.length;
  if (n < 60) return;
  let idx = rng.int(0, n - 60);
  const reports = rng.int(5, 7);
  for (let r = 0; r < reports && idx < n; r++) {
    const length = rng.int(1, 2);
    sickReport(a, days, rng, idx, length, false);
    idx += length + rng.int(3, 8);
  }
}

function longSickness(a: PupilAbsences, days: YearDays, rng: Rng): void {
  const length = rng.int(8, 20);
  const start = rng.int(0, Math.max(0, days.schoolDays.length - length));
  const asRange = rng.chance(0.5);
  for (let i = start; i < Math.min(days.schoolDays.length, start + length); i++) {
    const day = days.schoolDays[i];
    const row = { ...sick(rng), remark: i === start ? rng.pick(['langdurig ziek', 'ziekenhuisopname', 'ziek (ziekte van Pfeiffer)']) : null };
    if (asRange) a.range(day, 1, a.lessonsOn(day), row);
    else a.wholeDay(day, row);
  }
}

/** What every pupil has: some sickness, appointments, a late arrival, forgotten homework. */
function everyday(a: PupilAbsences, pupil: Pupil, days: YearDays, rng: Rng): void {
  const n = days.schoolDays.length;
  const reports = rng.pick([0, 1, 2, 2, 3, 3, 4, 4, 5, 6]);
  for (let r = 0; r < reports; r++) {
    const length = rng.pick([1, 1, 1, 2, 2, 3]);
    const touchesHoliday = (start: number): boolean => {
      for (let i = start; i < Math.min(n, start + length); i++) if (days.nearHoliday.has(days.schoolDays[i])) return true;
      return false;
    };
    let start = rng.int(0, n - 1);
    // Ordinary sickness mostly falls in ordinary weeks; sickness around holidays is a pattern of
    // its own (placed below), and uniform placement would flag half the school for it.
    for (let redraw = 0; redraw < 4 && touchesHoliday(start) && rng.chance(0.9); redraw++) start = rng.int(0, n - 1);
    if (rng.chance(0.2)) {
      // Sent home ill during the day: one row for the rest of the day.
      const day = days.schoolDays[start];
      const last = a.lessonsOn(day);
      a.range(day, rng.int(2, last - 1), last, { minutes: null, code: 'ZH', kind: 'Ziek', authorised: 'Ja', remark: 'ziek naar huis' });
    } else {
      sickReport(a, days, rng, start, length, false);
    }
  }
  for (let i = rng.int(0, 5); i > 0; i--) {
    const [code, remark] = rng.pick(APPOINTMENTS);
    const day = a.randomDay();
    const from = rng.int(1, a.lessonsOn(day) - 1);
    a.lessons(day, from, from + rng.int(0, 1), { minutes: null, code, kind: 'Absent', authorised: 'Ja', remark });
  }
  lateRows(a, rng, rng.pick([0, 0, 1, 1, 2, 3]), 0);
  for (let i = rng.pick([0, 0, 0, 1, 1, 2, 3]); i > 0; i--) {
    const day = a.randomDay();
    const l = rng.int(1, a.lessonsOn(day));
    a.lessons(day, l, l, unauthorised(rng));
  }
  for (let i = rng.pick([0, 0, 0, 0, 1, 2]); i > 0; i--) {
    const day = a.randomDay();
    const l = rng.int(1, a.lessonsOn(day));
    a.lessons(day, l, l, { minutes: null, code: 'U', kind: 'Verwijderd', authorised: null, remark: 'uit de les gestuurd' });
  }
  for (let i = rng.int(10, 40); i > 0; i--) {
    const day = a.randomDay();
    const l = rng.int(1, a.lessonsOn(day));
    const [code, remark] = rng.pick([['HV', 'huiswerk vergeten'], ['HV', null], ['BV', 'boeken vergeten'], ['BV', null]] as const);
    a.lessons(day, l, l, { minutes: null, code, kind: null, authorised: null, remark });
  }
  if (rng.chance(0.08)) {
    const day = a.randomDay();
    if (a.dayIsFree(day)) a.wholeDay(day, { minutes: null, code: 'V', kind: 'Absent', authorised: 'Ja', remark: rng.pick(['bijzonder verlof: huwelijk', 'begrafenis', 'religieuze feestdag']) });
  }
  if (pupil.schoolClass.year >= 4 && rng.chance(0.25)) {
    const day = a.randomDay();
    if (a.dayIsFree(day)) a.wholeDay(day, { minutes: null, code: 'excursie', kind: 'Absent', authorised: 'Ja', remark: null });
  }
}

/** All rows of one pupil for the whole school year, the pupil's profiles first so they stay intact. */
export function pupilEntries(pupil: Pupil, profiles: ReadonlySet<Profile>, days: YearDays, rng: Rng): Entry[] {
  const a = new PupilAbsences(pupil, days, rng);
  if (days.schoolDays.length === 0) return a.entries;
  if (profiles.has('long-term')) longTermRun(a, days, rng);
  if (profiles.has('sick-long')) longSickness(a, days, rng);
  if (profiles.has('luxury')) luxury(a, days, rng);
  if (profiles.has('truant')) {
    truancyBurst(a, days, rng, rng.int(22, 32));
    if (rng.chance(0.4)) truancyBurst(a, days, rng, rng.int(20, 28));
    for (let i = rng.int(5, 15); i > 0; i--) {
      const day = a.randomDay();
      const l = a.lessonsOn(day);
      a.lessons(day, l, l, unauthorised(rng));
    }
  }
  if (profiles.has('mild-truant')) truancyBurst(a, days, rng, rng.int(11, 17));
  if (profiles.has('sick-frequent')) frequentSickness(a, days, rng);
  if (profiles.has('latecomer')) lateRows(a, rng, rng.int(10, 15), rng.int(0, 2));
  if (profiles.has('odd-codes')) {
    for (let i = rng.int(1, 4); i > 0; i--) {
      const [code, remark] = rng.pick(ODD_CODES);
      const day = a.randomDay();
      const l = rng.int(1, a.lessonsOn(day) - 1);
      a.lessons(day, l, l + 1, { minutes: null, code, kind: 'Absent', authorised: 'Ja', remark });
    }
  }
  everyday(a, pupil, days, rng);
  // Sick near a holiday: a day's sickness just before a holiday (a check for the school).
  if (rng.chance(0.03)) {
    const h = days.holidays.filter((x) => x.before.length > 0);
    if (h.length > 0) {
      const day = rng.pick(h).before.at(-1);
      if (day !== undefined) a.wholeDay(day, sick(rng));
    }
  }
  return a.entries;
}
