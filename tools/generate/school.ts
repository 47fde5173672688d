import { dayFromYmd, type DayNumber } from '../../src/core/dates';
import { FIRST_NAMES, LAST_NAMES, MENTOR_INITIALS } from './names';
import type { Rng } from './prng';

export interface SchoolClass {
  name: string;
  /** Leerjaar 1..6. */
  year: number;
  mentor: string;
  /** Lessons per weekday (index 0 = Monday), the class's timetable length. */
  lessonsPerDay: readonly number[];
}

export interface Pupil {
  index: number;
  id: string;
  firstName: string;
  infix: string;
  lastName: string;
  schoolClass: SchoolClass;
  dateOfBirth: DayNumber;
}

/** Share of pupils per leerjaar in a six-year havo/vwo school with a mavo stream up to year 4. */
const YEAR_SHARE = [0.2, 0.2, 0.19, 0.17, 0.14, 0.1];
const CLASS_SIZE = 28;
/** Upper-school streams per year; mavo ends in year 4, havo in year 5. */
const TRACKS: Record<number, readonly string[]> = { 4: ['H', 'V', 'M'], 5: ['H', 'V'], 6: ['V'] };
const BASE_LESSONS = [8, 7, 6, 8, 6];

function pupilsPerYear(total: number): number[] {
  const counts = YEAR_SHARE.map((s) => Math.floor(s * total));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let y = 0; rest > 0; y = (y + 1) % counts.length, rest--) counts[y] += 1;
  return counts;
}

function mentorName(rng: Rng): string {
  const [infix, last] = rng.pick(LAST_NAMES);
  const title = rng.chance(0.55) ? 'Mw.' : 'Dhr.';
  return `${title} ${rng.pick(MENTOR_INITIALS)} ${infix ? `${infix} ` : ''}${last}`;
}

function classNames(year: number, count: number): string[] {
  if (year <= 3) return Array.from({ length: count }, (_, i) => `${year}${String.fromCharCode(65 + i)}`);
  const tracks = TRACKS[year];
  const perTrack = new Map<string, number>();
  const picked = Array.from({ length: count }, (_, i) => tracks[i % tracks.length]);
  for (const t of picked) perTrack.set(t, (perTrack.get(t) ?? 0) + 1);
  const seen = new Map<string, number>();
  return picked.map((t) => {
    const n = (seen.get(t) ?? 0) + 1;
    seen.set(t, n);
    return (perTrack.get(t) ?? 1) > 1 ? `${year}${t}${n}` : `${year}${t}`;
  });
}

export function createClasses(pupilCount: number, rng: Rng): { classes: SchoolClass[][]; perYear: number[] } {
  const perYear = pupilsPerYear(pupilCount);
  const classes = perYear.map((n, y) => {
    const year = y + 1;
    return classNames(year, Math.max(1, Math.ceil(n / CLASS_SIZE))).map((name, i) => ({
      name,
      year,
      mentor: mentorName(rng),
      // Lower years have a shorter day now and then; classes differ by a lesson on some days.
      lessonsPerDay: BASE_LESSONS.map((l, wd) => Math.max(5, l - (year <= 2 && wd % 2 === 1 ? 1 : 0) - ((i + wd) % 3 === 0 ? 1 : 0))),
    }));
  });
  return { classes, perYear };
}

/**
 * A date of birth fitting the leerjaar: a first-year is 12 on 1 October of the school year, one
 * year more per leerjaar, and some pupils repeated a year (so some 6V pupils are 18 all year).
 */
function dateOfBirth(year: number, schoolYear: number, rng: Rng): DayNumber {
  const repeated = rng.chance(year === 1 ? 0.04 : 0.15);
  const age = 11 + year + (repeated ? 1 : 0);
  const from = dayFromYmd(schoolYear - age - 1, 10, 2);
  const to = dayFromYmd(schoolYear - age, 10, 1);
  return rng.int(from, to);
}

export function createPupils(pupilCount: number, schoolYear: number, rng: Rng): Pupil[] {
  const { classes, perYear } = createClasses(pupilCount, rng);
  const pupils: Pupil[] = [];
  let nextId = 100000 + rng.int(0, 40000);
  for (let y = 0; y < perYear.length; y++) {
    const yearClasses = classes[y];
    for (let k = 0; k < perYear[y]; k++) {
      const [infix, lastName] = rng.pick(LAST_NAMES);
      nextId += rng.int(1, 3);
      pupils.push({
        index: pupils.length,
        id: String(nextId),
        firstName: rng.pick(FIRST_NAMES),
        infix,
        lastName,
        schoolClass: yearClasses[k % yearClasses.length],
        dateOfBirth: dateOfBirth(y + 1, schoolYear, rng),
      });
    }
  }
  return pupils;
}
