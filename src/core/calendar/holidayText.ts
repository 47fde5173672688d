import { dayFromYmd, isoFromDay, isoWeekday, ymdFromDay, type DayNumber } from '../dates';
import { easterSunday } from './publicHolidays';
import { schoolYearOf } from './schoolHolidayTable';
import { FILLER_WORDS, isHeaderLine, tokenize, type Token } from './holidayTextTokens';

/**
 * Reads a school's holiday list as it is pasted from its schoolgids, website or a PDF:
 *
 *   Herfstvakantie: maandag 19 oktober t/m vrijdag 23 oktober 2026
 *   Kerstvakantie 21 december 2026 - 1 januari 2027
 *   Voorjaarsvakantie\t22-02-2027\t26-02-2027          (a table copied from a web page)
 *   Studiedag 12 november                               (one day: a day off)
 *   Goede Vrijdag                                       (a named day: computed for the school year)
 *
 * Dutch and English month and weekday names and their abbreviations, numeric dd-mm-jjjj (and
 * d-m, d/m/jj, ISO) dates, "t/m", "tot en met", "-", "to", "until". Years left out are taken from
 * the other dates of the line (the end's year: "21 december t/m 1 januari 2027"), from a school
 * year in the text ("Vakantierooster 2026-2027"), from `options.schoolYear`, or from the dated
 * lines of the text; August to December fall in the school year's first year, January to July in
 * the second.
 *
 * A period of two days or more becomes a holiday, widened to the weekend around it as holidays.md
 * holds them (Saturday to Sunday: "maandag 19 t/m vrijdag 23 oktober 2026" is 2026-10-17 to
 * 2026-10-25); a single day becomes a day off. "tot" before a Monday is read as "until school
 * starts again" (that Monday is not part of the holiday). Nothing is guessed silently: every
 * line that held text but gave no holiday is in `unread`, and a weekday that does not match its
 * date ("maandag 20 oktober 2026") is in `warnings`. The result is a proposal for the user to
 * confirm; nothing here changes settings.
 */

export interface ParsedHoliday {
  name: string;
  /** ISO, widened to the weekend before (a Monday start becomes the Saturday). */
  start: string;
  /** ISO, widened to the weekend after (a Friday end becomes the Sunday). */
  end: string;
  /** 1-based line of the pasted text the holiday was read from. */
  sourceLine: number;
  /** The first and last day as the text gave them, before widening. */
  statedStart: string;
  statedEnd: string;
  /** The school year ("2026-2027") the holiday starts in. */
  schoolYear: string;
}

export interface ParsedDayOff {
  name: string;
  date: string;
  sourceLine: number;
  schoolYear: string;
}

export interface UnreadLine {
  /** 1-based line number. */
  line: number;
  text: string;
  reason: string;
  reasonEn: string;
}

export interface HolidayTextWarning {
  line: number;
  message: string;
  messageEn: string;
}

export interface HolidayTextResult {
  holidays: ParsedHoliday[];
  daysOff: ParsedDayOff[];
  /** Lines with text that gave no holiday or day off (a table header or blank line is not listed). */
  unread: UnreadLine[];
  /** Things read but worth a second look (a weekday that does not match its date). */
  warnings: HolidayTextWarning[];
  /** The school year used for dates without a year, when one was known. */
  schoolYear?: string;
}

export interface HolidayTextOptions {
  /** "2026-2027": the school year of dates written without a year, unless the text names one. */
  schoolYear?: string;
}

/** Longer than any school holiday (the summer is six weeks and a bit): a misread, not a holiday. */
const MAX_HOLIDAY_DAYS = 70;

interface PartialDate {
  day: number;
  month?: number;
  year?: number;
  weekday?: number;
  /** Month taken from the following date although the day is larger ("30 t/m 3 januari"). */
  monthBefore?: boolean;
}

type Link = 'none' | 'range' | 'until' | 'and';

interface DateElement {
  date: PartialDate;
  /** How this date is joined to the one before it. */
  link: Link;
  /** Words between the previous date and this one (outside parentheses). */
  wordsBefore: string[];
}

interface LineShape {
  dates: DateElement[];
  /** Words before the first date, and after the last. */
  lead: string[];
  trail: string[];
  /** A year written before any date ("Herfstvakantie 2026: 19 t/m 23 oktober"). */
  lineYear?: number;
  /** "2026-2027" in the line. */
  schoolYear?: number;
  /** Whether the line holds anything date-like (digits, month names). */
  dateLike: boolean;
}

function isSkippable(t: Token): boolean {
  return t.kind === 'punct' && t.text !== ',' && t.text !== '(' && t.text !== ')';
}

/** The next token that is not punctuation (a "." after "okt" or a ":"), from index i. */
function nextSignificant(tokens: readonly Token[], i: number): { t: Token | undefined; i: number } {
  let j = i;
  while (j < tokens.length && isSkippable(tokens[j])) j++;
  return { t: tokens[j], i: j };
}

function yearValue(t: Token | undefined): number | undefined {
  return t?.kind === 'num' && t.digits === 4 && t.value >= 1990 && t.value <= 2100 ? t.value : undefined;
}

function dayValue(t: Token | undefined): number | undefined {
  return t?.kind === 'num' && t.digits <= 2 && t.value >= 1 && t.value <= 31 ? t.value : undefined;
}

/** Reads one line's tokens into dates, the links between them and the words around them. */
function shapeOf(tokens: readonly Token[]): LineShape {
  const shape: LineShape = { dates: [], lead: [], trail: [], dateLike: false };
  let link: Link = 'none';
  let words: string[] = [];
  let weekday: number | undefined;
  let depth = 0;
  const push = (date: PartialDate) => {
    date.weekday ??= weekday;
    weekday = undefined;
    if (shape.dates.length === 0) shape.lead = words;
    shape.dates.push({ date, link: shape.dates.length === 0 ? 'none' : link, wordsBefore: shape.dates.length === 0 ? [] : words });
    words = [];
    link = 'none';
  };
  /** A year right after a date ("23 oktober 2026", "October 23, 2026"). */
  const takeYear = (i: number): { year?: number; i: number } => {
    let n = nextSignificant(tokens, i);
    if (n.t?.kind === 'punct' && n.t.text === ',') n = nextSignificant(tokens, n.i + 1);
    const y = yearValue(n.t);
    return y === undefined ? { i } : { year: y, i: n.i + 1 };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'num' || t.kind === 'ndate' || t.kind === 'month' || t.kind === 'schoolYear') shape.dateLike = true;
    switch (t.kind) {
      case 'schoolYear':
        shape.schoolYear = t.first;
        break;
      case 'weekday': {
        let n = nextSignificant(tokens, i + 1);
        if (n.t?.kind === 'punct' && n.t.text === ',') n = nextSignificant(tokens, n.i + 1);
        if (n.t?.kind === 'ndate' || dayValue(n.t) !== undefined) weekday = t.weekday;
        else if (n.t?.kind === 'month' && dayValue(nextSignificant(tokens, n.i + 1).t) !== undefined) weekday = t.weekday;
        else if (!t.abbreviated && depth === 0) words.push(t.text);
        break;
      }
      case 'ndate': {
        const n = nextSignificant(tokens, i + 1);
        if (t.year === undefined && n.t?.kind === 'month') {
          // "1-5 november": a range of days of that month, not 1 May
          push({ day: t.day });
          link = 'range';
          const y = takeYear(n.i + 1);
          push({ day: t.month, month: n.t.month, year: y.year });
          i = y.i - 1;
          break;
        }
        if (t.year === undefined) {
          const y = takeYear(i + 1);
          push({ day: t.day, month: t.month, year: y.year });
          i = y.i - 1;
        } else push({ day: t.day, month: t.month, year: t.year });
        break;
      }
      case 'num': {
        const year = yearValue(t);
        if (year !== undefined) {
          const last = shape.dates[shape.dates.length - 1];
          if (last && last.date.year === undefined && words.length === 0) last.date.year = year;
          else if (shape.dates.length === 0) shape.lineYear = year;
          break;
        }
        const day = dayValue(t);
        const n = nextSignificant(tokens, i + 1);
        if (day !== undefined && depth === 0 && n.t?.kind === 'month') {
          const y = takeYear(n.i + 1);
          push({ day, month: n.t.month, year: y.year });
          i = y.i - 1;
        } else if (
          day !== undefined &&
          depth === 0 &&
          ((link !== 'none' && words.length === 0 && shape.dates.length > 0) || isJoinedToDay(tokens, n.i))
        ) {
          // a day whose month comes from its neighbour: "19 t/m 23 oktober", "October 19 - 23"
          const y = takeYear(i + 1);
          push({ day, year: y.year });
          i = y.i - 1;
        } else if (depth === 0) words.push(t.text);
        break;
      }
      case 'month': {
        const n = nextSignificant(tokens, i + 1);
        const day = dayValue(n.t);
        if (day !== undefined && !(nextSignificant(tokens, n.i + 1).t?.kind === 'month')) {
          const y = takeYear(n.i + 1);
          push({ day, month: t.month, year: y.year });
          i = y.i - 1;
        } else if (depth === 0) words.push(t.text);
        break;
      }
      case 'range':
        if (link !== 'range' && link !== 'until') link = t.until ? 'until' : 'range';
        break;
      case 'and':
        if (link === 'none') link = 'and';
        break;
      case 'punct':
        if (t.text === '(') depth++;
        else if (t.text === ')') depth = Math.max(0, depth - 1);
        else if (t.text === ',' && link === 'none' && shape.dates.length > 0) link = 'and';
        break;
      case 'word':
        if (depth === 0) words.push(t.text);
        break;
      case 'week':
        break;
    }
  }
  if (shape.dates.length === 0) shape.lead = words;
  else shape.trail = words;
  return shape;
}

/** "19 t/m 23 oktober", "13 en 14 mei": a bare day followed by a connector and another day. */
function isJoinedToDay(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'range' && t?.kind !== 'and') return false;
  let n = nextSignificant(tokens, i + 1);
  if (n.t?.kind === 'weekday') n = nextSignificant(tokens, n.i + 1);
  if (n.t?.kind === 'ndate') return true;
  return dayValue(n.t) !== undefined && nextSignificant(tokens, n.i + 1).t?.kind === 'month';
}

/** Gives each bare day the month of the date after it (or, failing that, before it). */
function fillMonths(dates: PartialDate[]): void {
  for (let k = dates.length - 1; k >= 0; k--) {
    const d = dates[k];
    if (d.month !== undefined) continue;
    const next = dates[k + 1];
    if (next?.month !== undefined) {
      if (d.day > next.day) {
        d.month = next.month === 1 ? 12 : next.month - 1;
        d.monthBefore = true;
      } else d.month = next.month;
      if (d.year === undefined && next.year !== undefined) d.year = next.year - (d.month > next.month ? 1 : 0);
    }
  }
  for (let k = 1; k < dates.length; k++) {
    const d = dates[k];
    const prev = dates[k - 1];
    if (d.month === undefined && prev.month !== undefined) d.month = d.day < prev.day ? (prev.month % 12) + 1 : prev.month;
  }
}

/**
 * Fills in missing years: from a later date of the line, then from an earlier one, then from the
 * line's own year, then from the school year (August-December: its first year). False when a
 * date is left without a year.
 */
function fillYears(dates: PartialDate[], lineYear: number | undefined, schoolYearFirst: number | undefined): boolean {
  for (let k = dates.length - 2; k >= 0; k--) {
    const d = dates[k];
    const next = dates[k + 1];
    if (d.year === undefined && next.year !== undefined && d.month !== undefined && next.month !== undefined) {
      d.year = next.year - (d.month > next.month ? 1 : 0);
    }
  }
  const first = dates[0];
  if (first && first.year === undefined && first.month !== undefined) {
    if (lineYear !== undefined) first.year = lineYear;
    else if (schoolYearFirst !== undefined) first.year = first.month >= 8 ? schoolYearFirst : schoolYearFirst + 1;
  }
  for (let k = 1; k < dates.length; k++) {
    const d = dates[k];
    const prev = dates[k - 1];
    if (d.year === undefined && prev.year !== undefined && d.month !== undefined && prev.month !== undefined) {
      d.year = prev.year + (d.month < prev.month ? 1 : 0);
    }
  }
  return dates.every((d) => d.year !== undefined && d.month !== undefined);
}

function realDay(d: PartialDate): DayNumber | undefined {
  if (d.year === undefined || d.month === undefined) return undefined;
  const day = dayFromYmd(d.year, d.month, d.day);
  const back = ymdFromDay(day);
  return back.month === d.month && back.day === d.day ? day : undefined;
}

/** Widens a period to the weekends it touches: a Monday start to the Saturday, a Friday end to the Sunday. */
export function widenToWeekends(start: DayNumber, end: DayNumber): { start: DayNumber; end: DayNumber } {
  let s = start;
  let e = end;
  while (isoWeekday(s - 1) >= 6) s--;
  while (isoWeekday(e + 1) >= 6) e++;
  return { start: s, end: e };
}

const WEEKDAY_NL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const WEEKDAY_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function dutchDate(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(d).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}

/** Named days without a date in the text, computed for the school year (the second calendar year). */
const NAMED_DAYS: readonly { pattern: RegExp; name: string; day: (year: number) => DayNumber }[] = [
  { pattern: /goede\s*vrijdag|good\s+friday/i, name: 'Goede Vrijdag', day: (y) => easterSunday(y) - 2 },
  { pattern: /(tweede|2e)\s+paasdag|paasmaandag|easter\s+monday/i, name: 'Tweede paasdag', day: (y) => easterSunday(y) + 1 },
  {
    pattern: /koningsdag|king'?s\s+day/i,
    name: 'Koningsdag',
    day: (y) => (isoWeekday(dayFromYmd(y, 4, 27)) === 7 ? dayFromYmd(y, 4, 26) : dayFromYmd(y, 4, 27)),
  },
  { pattern: /bevrijdingsdag|liberation\s+day/i, name: 'Bevrijdingsdag', day: (y) => dayFromYmd(y, 5, 5) },
  { pattern: /(vrijdag|dag)\s+na\s+hemelvaart|friday\s+after\s+ascension/i, name: 'Vrijdag na Hemelvaart', day: (y) => easterSunday(y) + 40 },
  { pattern: /hemelvaart(?!\S*\s+(?:vrijdag|dag))|ascension/i, name: 'Hemelvaartsdag', day: (y) => easterSunday(y) + 39 },
  { pattern: /(tweede|2e)\s+pinksterdag|pinkstermaandag|whit\s+monday/i, name: 'Tweede pinksterdag', day: (y) => easterSunday(y) + 50 },
];

function namedDaysIn(text: string): typeof NAMED_DAYS[number][] {
  const found = NAMED_DAYS.filter((n) => n.pattern.test(text));
  // "Vrijdag na Hemelvaart" names one day, not Ascension Day as well.
  if (found.some((n) => n.name === 'Vrijdag na Hemelvaart')) return found.filter((n) => n.name !== 'Hemelvaartsdag');
  return found;
}

/** Words of a title that a line copied without its breaks puts before the first name. */
const TITLE_WORDS = new Set(['vakanties', 'vakantierooster', 'schoolvakanties', 'vakantieregeling', 'overzicht', 'schooljaar', 'holidays']);

/** A holiday named with one date only: its end is missing, it is not a day off. */
const HOLIDAY_NAME = /vakantie|holiday|half\s*term|break\b/i;

/** A name from the words around a date: fillers and separators trimmed, first letter upper case. */
function cleanName(words: readonly string[]): string {
  const list = [...words];
  while (list.length > 1 && TITLE_WORDS.has(list[0].toLowerCase())) list.shift();
  while (list.length && FILLER_WORDS.has(list[0].toLowerCase())) list.shift();
  while (list.length && FILLER_WORDS.has(list[list.length - 1].toLowerCase())) list.pop();
  const name = list.join(' ').replace(/\s+/g, ' ').replace(/^[\s:*•·\-–,.]+|[\s:*•·\-–,.]+$/g, '');
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : '';
}

function schoolYearFirstOf(label: string | undefined): number | undefined {
  const m = label ? /^(\d{4})\s*[-/]\s*(\d{4})$/.exec(label.trim()) : null;
  return m && Number(m[2]) === Number(m[1]) + 1 ? Number(m[1]) : undefined;
}

interface Segment {
  name: string;
  dates: DateElement[];
}

/**
 * Splits a line into its holidays: words between two dates that are not joined by "t/m" start a
 * new one ("Herfstvakantie 19 t/m 23 oktober Kerstvakantie 21 december t/m 1 januari"), as a page
 * copied without its line breaks reads. A name before the dates names the dates after it; a line
 * that starts with a date has its names after the dates (a table with the name in the last column).
 */
function segmentsOf(shape: LineShape, inheritedName: string): Segment[] {
  const nameFirst = cleanName(shape.lead) !== '' || shape.trail.length === 0 || inheritedName !== '';
  const groups: { words: string[]; dates: DateElement[] }[] = [];
  for (const el of shape.dates) {
    const split = groups.length === 0 || (cleanName(el.wordsBefore) !== '' && el.link !== 'range' && el.link !== 'until');
    if (split) groups.push({ words: groups.length === 0 ? shape.lead : el.wordsBefore, dates: [{ ...el, link: 'none' }] });
    else groups[groups.length - 1].dates.push(el);
  }
  return groups.map((g, k) => {
    let name: string;
    if (nameFirst) name = cleanName(g.words) || (k === 0 ? inheritedName : '');
    else name = cleanName(k + 1 < groups.length ? groups[k + 1].words : shape.trail);
    return { name, dates: g.dates };
  });
}

/** Reads pasted holiday text; see the module comment. Pure: the same text gives the same result. */
export function parseHolidayText(text: string, options: HolidayTextOptions = {}): HolidayTextResult {
  const lines = text.split(/\r\n|\r|\n/);
  const tokens = lines.map((l) => tokenize(l));
  const shapes = tokens.map((t) => shapeOf(t));

  // The school year for dates without a year: one named in the text, the caller's, or the one
  // most of the fully dated lines fall in.
  const named = shapes.find((s) => s.schoolYear !== undefined && s.dates.length === 0)?.schoolYear ?? shapes.find((s) => s.schoolYear !== undefined)?.schoolYear;
  let defaultFirst = schoolYearFirstOf(options.schoolYear);
  if (named !== undefined && defaultFirst === undefined) defaultFirst = named;
  if (defaultFirst === undefined) {
    const votes = new Map<number, number>();
    // Each line votes with its first date, its year taken from the line's later dates: a summer
    // holiday "17 juli t/m 29 augustus 2027" belongs to 2026-2027, not to the year of its end.
    for (const s of shapes) {
      const dates = s.dates.map((el) => ({ ...el.date }));
      fillMonths(dates);
      fillYears(dates, s.lineYear, undefined);
      const d = dates[0];
      if (d?.year !== undefined && d.month !== undefined) {
        const first = d.month >= 8 ? d.year : d.year - 1;
        votes.set(first, (votes.get(first) ?? 0) + 1);
      }
    }
    let best = 0;
    for (const [first, n] of votes) if (n > best) [best, defaultFirst] = [n, first];
  }

  const result: HolidayTextResult = { holidays: [], daysOff: [], unread: [], warnings: [] };
  if (defaultFirst !== undefined) result.schoolYear = `${defaultFirst}-${defaultFirst + 1}`;
  let pending: { name: string; line: number } | undefined;
  let contextFirst = defaultFirst;

  const unread = (line: number, reason: string, reasonEn: string) => {
    result.unread.push({ line, text: lines[line - 1].trim(), reason, reasonEn });
  };
  const flushPending = () => {
    if (pending) unread(pending.line, 'geen datum gevonden', 'no date found');
    pending = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i].trim();
    if (!raw) continue;
    const shape = shapes[i];
    // A school year in a title applies to the lines after it ("Schooljaar 2027-2028").
    if (shape.schoolYear !== undefined && shape.dates.length === 0) {
      contextFirst = shape.schoolYear;
    }
    if (shape.dates.length === 0) {
      const days = namedDaysIn(raw);
      if (days.length > 0) {
        flushPending();
        if (contextFirst === undefined) {
          unread(lineNo, 'schooljaar onbekend: geef het schooljaar op', 'school year unknown: give the school year');
          continue;
        }
        for (const n of days) {
          const day = n.day(contextFirst + 1);
          result.daysOff.push({ name: n.name, date: isoFromDay(day), sourceLine: lineNo, schoolYear: schoolYearOf(day) });
        }
        continue;
      }
      if (isHeaderLine(tokens[i])) continue;
      if (shape.dateLike) {
        flushPending();
        unread(lineNo, 'geen datum te lezen', 'no date could be read');
        continue;
      }
      // A name on its own line, its dates on the next (a card on a web page, a PDF table).
      flushPending();
      pending = { name: cleanName(shape.lead), line: lineNo };
      continue;
    }

    // A name line followed by two lines of one date each: first and last day.
    let dateShape = shape;
    let inherited = '';
    let source = lineNo;
    const hasOwnName = cleanName(shape.lead) !== '' || cleanName(shape.trail) !== '';
    if (pending && !hasOwnName) {
      inherited = pending.name;
      source = pending.line;
      pending = undefined;
      const next = shapes[i + 1];
      if (shape.dates.length === 1 && next && next.dates.length === 1 && cleanName(next.lead) === '' && cleanName(next.trail) === '') {
        dateShape = { ...shape, dates: [...shape.dates, { ...next.dates[0], link: 'range' }] };
        i++;
      }
    } else flushPending();

    for (const seg of segmentsOf(dateShape, inherited)) {
      const dates = seg.dates.map((el) => ({ ...el.date }));
      fillMonths(dates);
      const lineYear = dateShape.lineYear ?? undefined;
      if (!fillYears(dates, lineYear, dateShape.schoolYear ?? contextFirst)) {
        unread(source, 'jaar onbekend: zet het jaar erbij of geef het schooljaar op', 'year unknown: add the year or give the school year');
        continue;
      }
      const days = dates.map(realDay);
      const badIndex = days.findIndex((d) => d === undefined);
      if (badIndex >= 0) {
        const d = dates[badIndex];
        unread(source, `${d.day}-${d.month}-${d.year} bestaat niet`, `${d.year}-${d.month}-${d.day} does not exist`);
        continue;
      }
      const real = days as DayNumber[];
      dates.forEach((d, k) => {
        if (d.weekday !== undefined && isoWeekday(real[k]) !== d.weekday) {
          result.warnings.push({
            line: source,
            message: `${dutchDate(real[k])} is een ${WEEKDAY_NL[isoWeekday(real[k]) - 1]}, geen ${WEEKDAY_NL[d.weekday - 1]}: controleer de datum`,
            messageEn: `${isoFromDay(real[k])} is a ${WEEKDAY_EN[isoWeekday(real[k]) - 1]}, not a ${WEEKDAY_EN[d.weekday - 1]}: check the date`,
          });
        }
      });
      const links = seg.dates.map((el) => el.link);
      for (let k = 0; k < real.length; ) {
        const pairLink = links[k + 1];
        const isRange = k + 1 < real.length && (pairLink === 'range' || pairLink === 'until' || (pairLink === 'none' && real.length === 2));
        if (!isRange) {
          if (HOLIDAY_NAME.test(seg.name) && real.length === 1) {
            unread(source, 'één datum bij een vakantie: geef de eerste en de laatste dag', 'one date for a holiday: give the first and the last day');
            k += 1;
            continue;
          }
          result.daysOff.push({ name: seg.name || 'Vrije dag', date: isoFromDay(real[k]), sourceLine: source, schoolYear: schoolYearOf(real[k]) });
          k += 1;
          continue;
        }
        const first = real[k];
        let last = real[k + 1];
        // "tot maandag 26 oktober": back at school that Monday.
        if (pairLink === 'until' && isoWeekday(last) === 1 && last > first) last -= 1;
        k += 2;
        if (last < first) {
          unread(source, `de einddatum ${dutchDate(last)} ligt vóór de begindatum ${dutchDate(first)}`, `the end ${isoFromDay(last)} is before the start ${isoFromDay(first)}`);
          continue;
        }
        if (last - first + 1 > MAX_HOLIDAY_DAYS) {
          unread(source, `${last - first + 1} dagen is te lang voor één vakantie`, `${last - first + 1} days is too long for one holiday`);
          continue;
        }
        if (last === first) {
          result.daysOff.push({ name: seg.name || 'Vrije dag', date: isoFromDay(first), sourceLine: source, schoolYear: schoolYearOf(first) });
          continue;
        }
        const wide = widenToWeekends(first, last);
        result.holidays.push({
          name: seg.name || 'Vakantie',
          start: isoFromDay(wide.start),
          end: isoFromDay(wide.end),
          sourceLine: source,
          statedStart: isoFromDay(first),
          statedEnd: isoFromDay(last),
          schoolYear: schoolYearOf(first),
        });
      }
    }
  }
  flushPending();
  return result;
}
