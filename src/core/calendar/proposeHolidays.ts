import { dayFromIso, isoFromDay, isoWeekday, ymdFromDay, type DayNumber } from '../dates';
import { publicHolidayLookup } from './publicHolidays';
import { schoolYearOf } from './schoolHolidayTable';

/**
 * Holidays read from the register itself: in a register of a whole school, every school day has
 * absences (a 300-pupil school has dozens of absent lessons a day), so a run of weekdays without a
 * single row, while the weeks around it have rows as usual, is almost certainly a holiday. These
 * are proposals, shown as "waarschijnlijk vakantie" for the user to confirm or reject; nothing
 * here changes settings. A small register (a class, a test file) has empty days by chance and
 * proposes nothing.
 *
 * API (used by the pane's paste-holidays flow and by `verzuimsignaal init`):
 *   proposeHolidays(rows, options) → { proposals, pupils, rowsPerDay, enough, reason? }
 *   - rows: one { day, pupil } per register row, every row of the register (also the rows the
 *     import did not count because their school year had no holidays: see datedRegisterRows in
 *     holidayCoverage.ts);
 *   - options.known: holidays already in the settings (never proposed again);
 *   - options.schoolYear: only propose inside that school year ("2026-2027").
 */

/** One register row as the proposal needs it. */
export interface DatedRow {
  day: DayNumber;
  /** Pupil number (or name): only distinct values are counted. */
  pupil: string;
}

export interface HolidayProposal {
  /** A guess from the time of year ("Herfstvakantie"); the user may rename it. */
  name: string;
  /** Widened to the weekends around it (and public holidays next to it), ISO. */
  start: string;
  end: string;
  /** The first and last weekday without rows, ISO. */
  firstEmptyDay: string;
  lastEmptyDay: string;
  /** School weekdays in the run without a single row (public holidays not counted). */
  emptyWeekdays: number;
  /** Average rows per school weekday in the week before and the week after. */
  rowsPerDayAround: number;
  schoolYear: string;
  /** "waarschijnlijk vakantie": how the pane and CLI label it until the user confirms. */
  status: 'waarschijnlijk vakantie';
  message: string;
  messageEn: string;
}

export interface ProposalResult {
  proposals: HolidayProposal[];
  /** Distinct pupils in the rows. */
  pupils: number;
  /** Median rows per school weekday that has rows. */
  rowsPerDay: number;
  /** Whether the register is large enough to tell a holiday from a quiet day. */
  enough: boolean;
  /** Why nothing can be proposed, when `enough` is false. */
  reason?: { message: string; messageEn: string };
}

export interface ProposalOptions {
  /** Fewer distinct pupils than this: no proposals (default 100). */
  minPupils?: number;
  /** A typical school day with fewer rows than this: no proposals (default 10). */
  minRowsPerDay?: number;
  /** Shortest run of empty school weekdays proposed (default 3: a long weekend is not a holiday). */
  minEmptyWeekdays?: number;
  /** ISO weekdays with lessons (default Monday-Friday). */
  schoolDays?: readonly number[];
  /** Public holidays: they neither break a run nor count in it (default "nl"). */
  publicHolidays?: 'nl' | readonly string[];
  /** Holidays and days off already known: left out of runs, never proposed again. */
  known?: readonly { start: string; end: string }[];
  /** Only propose holidays that start in this school year ("2026-2027"). */
  schoolYear?: string;
}

const DEFAULT_MIN_PUPILS = 100;
const DEFAULT_MIN_ROWS_PER_DAY = 10;
const DEFAULT_MIN_EMPTY_WEEKDAYS = 3;
/** School weekdays looked at on each side of a run ("the weeks around it"). */
const FLANK_DAYS = 5;
/** Of those, how many must have rows (a study day or a quiet day may be among them). */
const FLANK_MIN_WITH_ROWS = 3;

function guessName(first: DayNumber, last: DayNumber): string {
  const { month } = ymdFromDay(Math.floor((first + last) / 2));
  if (month === 10 || month === 11) return 'Herfstvakantie';
  if (month === 12 || month === 1) return 'Kerstvakantie';
  if (month === 2 || month === 3) return 'Voorjaarsvakantie';
  if (month === 4 || month === 5) return 'Meivakantie';
  if (month === 7 || month === 8) return 'Zomervakantie';
  return 'Vakantie';
}

function dutch(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(d).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Proposes holidays from the days a large register has no rows at all; see the module comment. */
export function proposeHolidays(rows: Iterable<DatedRow>, options: ProposalOptions = {}): ProposalResult {
  const minPupils = options.minPupils ?? DEFAULT_MIN_PUPILS;
  const minRows = options.minRowsPerDay ?? DEFAULT_MIN_ROWS_PER_DAY;
  const minEmpty = options.minEmptyWeekdays ?? DEFAULT_MIN_EMPTY_WEEKDAYS;
  const schoolDays = new Set(options.schoolDays ?? [1, 2, 3, 4, 5]);
  const ph = options.publicHolidays ?? 'nl';
  const isPublic = publicHolidayLookup(
    ph === 'nl' ? 'nl' : ph.map((s) => dayFromIso(s)).filter((d): d is DayNumber => d !== undefined),
  );
  const known = (options.known ?? [])
    .map((k) => ({ start: dayFromIso(k.start), end: dayFromIso(k.end) }))
    .filter((k): k is { start: DayNumber; end: DayNumber } => k.start !== undefined && k.end !== undefined);
  const isKnown = (day: DayNumber) => known.some((k) => k.start <= day && day <= k.end);

  const perDay = new Map<DayNumber, number>();
  const pupils = new Set<string>();
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    if (!Number.isInteger(r.day)) continue;
    perDay.set(r.day, (perDay.get(r.day) ?? 0) + 1);
    pupils.add(r.pupil);
    if (r.day < first) first = r.day;
    if (r.day > last) last = r.day;
  }
  /** A day that is a school weekday unless it turns out to be a holiday: the days the runs are made of. */
  const isCandidate = (day: DayNumber) => schoolDays.has(isoWeekday(day)) && isPublic(day) === undefined && !isKnown(day);
  const counts: number[] = [];
  for (const [day, n] of perDay) if (isCandidate(day)) counts.push(n);
  const rowsPerDay = median(counts);
  const result: ProposalResult = { proposals: [], pupils: pupils.size, rowsPerDay, enough: false };
  if (pupils.size < minPupils) {
    result.reason = {
      message: `Het register heeft ${pupils.size} leerlingen: te weinig om vakanties uit af te leiden (vanaf ${minPupils}).`,
      messageEn: `The register has ${pupils.size} pupils: too few to infer holidays from (${minPupils} or more needed).`,
    };
    return result;
  }
  if (rowsPerDay < minRows) {
    result.reason = {
      message: `Het register heeft op een gewone schooldag ${rowsPerDay} rijen: te weinig om vakanties uit af te leiden (vanaf ${minRows}).`,
      messageEn: `The register has ${rowsPerDay} rows on a usual school day: too few to infer holidays from (${minRows} or more needed).`,
    };
    return result;
  }
  result.enough = true;

  // The candidate days in order, with their row counts: runs of zeros are the gaps.
  const days: DayNumber[] = [];
  for (let d = first; d <= last; d++) if (isCandidate(d)) days.push(d);
  const count = (i: number) => perDay.get(days[i]) ?? 0;
  for (let i = 0; i < days.length; i++) {
    if (count(i) !== 0) continue;
    let j = i;
    while (j + 1 < days.length && count(j + 1) === 0) j++;
    const runStart = i;
    const runEnd = j;
    i = j;
    const empty = runEnd - runStart + 1;
    if (empty < minEmpty) continue;
    const before = days.slice(Math.max(0, runStart - FLANK_DAYS), runStart);
    const after = days.slice(runEnd + 1, runEnd + 1 + FLANK_DAYS);
    const withRows = (list: DayNumber[]) => list.filter((d) => (perDay.get(d) ?? 0) > 0);
    if (withRows(before).length < FLANK_MIN_WITH_ROWS || withRows(after).length < FLANK_MIN_WITH_ROWS) continue;
    const around = [...before, ...after];
    const rowsAround = around.reduce((s, d) => s + (perDay.get(d) ?? 0), 0) / around.length;

    const firstEmpty = days[runStart];
    const lastEmpty = days[runEnd];
    const schoolYear = schoolYearOf(firstEmpty);
    if (options.schoolYear !== undefined && schoolYear !== options.schoolYear) continue;
    // Widen over the weekend and public holidays next to the run, as holidays are held (Sat-Sun).
    const free = (d: DayNumber) => !schoolDays.has(isoWeekday(d)) || isPublic(d) !== undefined;
    let start = firstEmpty;
    while (free(start - 1) && !isKnown(start - 1)) start--;
    let end = lastEmpty;
    while (free(end + 1) && !isKnown(end + 1)) end++;
    const name = guessName(firstEmpty, lastEmpty);
    const rounded = Math.round(rowsAround);
    result.proposals.push({
      name,
      start: isoFromDay(start),
      end: isoFromDay(end),
      firstEmptyDay: isoFromDay(firstEmpty),
      lastEmptyDay: isoFromDay(lastEmpty),
      emptyWeekdays: empty,
      rowsPerDayAround: rounded,
      schoolYear,
      status: 'waarschijnlijk vakantie',
      message:
        `Waarschijnlijk vakantie (${name.toLowerCase()}?): ${dutch(start)} t/m ${dutch(end)}. Het register heeft geen enkele rij ` +
        `op ${empty} schooldagen (${dutch(firstEmpty)} t/m ${dutch(lastEmpty)}), terwijl de weken ervoor en erna ` +
        `gemiddeld ${rounded} rijen per dag hebben. Controleer dit in de schoolgids.`,
      messageEn:
        `Probably a holiday (${name}?): ${isoFromDay(start)} to ${isoFromDay(end)}. The register has no rows at all on ` +
        `${empty} school days (${isoFromDay(firstEmpty)} to ${isoFromDay(lastEmpty)}), while the weeks around it have ` +
        `${rounded} rows a day on average. Check this against the school guide.`,
    });
  }
  return result;
}
