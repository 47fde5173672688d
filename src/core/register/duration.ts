import type { Settings } from '../settings/schema';
import { isBlankCell } from './cellText';
import { parseNumber, roundHalfUp } from './parseNumber';
import { formatTime, minutesOfDay } from './parseTime';
import { MEMO_LIMIT, memoText } from './memoText';
import type { CellValue, RegisterField } from './types';

const MAX_MINUTES = 24 * 60;
// "3", "3-5", "3 t/m 5", "3 tot 5" in one lesson cell. Compiled once.
const LESSON_RE = /^(\d{1,2})(?:\s*(?:-|t\/m|tm|tot)\s*(\d{1,2}))?$/i;

export interface DurationCells {
  minutes?: CellValue;
  hours?: CellValue;
  startTime?: CellValue;
  endTime?: CellValue;
  lesson?: CellValue;
  lessonTo?: CellValue;
}

export type DurationResult =
  | {
      ok: true;
      minutes: number;
      /** Which rule of register.md gave the minutes. */
      rule: 'minutes' | 'hours' | 'times' | 'lessons' | 'day' | 'late-without-minutes';
      lesson?: number;
      lessonTo?: number;
      startTime?: string;
      endTime?: string;
    }
  | { ok: false; field: RegisterField; reason: string; reasonEn: string; multiDay?: true };

function fail(field: RegisterField, reason: string, reasonEn: string): DurationResult {
  return { ok: false, field, reason, reasonEn };
}

interface LessonCell {
  from: number;
  to?: number;
}

function parseLessonCell(value: CellValue): LessonCell | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? { from: value } : null;
  if (typeof value !== 'string') return null;
  const m = LESSON_RE.exec(value.trim());
  if (!m) return null;
  return m[2] === undefined ? { from: Number(m[1]) } : { from: Number(m[1]), to: Number(m[2]) };
}

/**
 * How rowDuration reads its cells; a register import swaps in remembering versions of the same
 * functions. `blank` and `round` are here too, so the import's per-row calls are method calls on
 * this object rather than calls through another module's exports (which the CommonJS output the
 * bench runs on turns into a getter lookup per call, several per row).
 */
interface CellReaders {
  lesson(value: CellValue): LessonCell | null;
  number(value: CellValue): number;
  time(value: CellValue): number;
  clock(minutes: number): string;
  blank(value: CellValue): boolean;
  round(x: number): number;
  /** A Minuten or Uren cell written as a time ("0:50"): its minutes, NaN for any other cell. */
  span(value: CellValue): number;
}

function spanOf(value: CellValue): number {
  return typeof value === 'string' ? clockSpan(value) : NaN;
}

const PLAIN_READERS: CellReaders = {
  lesson: parseLessonCell,
  number: parseNumber,
  time: minutesOfDay,
  clock: formatTime,
  blank: isBlankCell,
  round: roundHalfUp,
  span: spanOf,
};

function memoClock(): (minutes: number) => string {
  const memo = new Map<number, string>();
  return (minutes) => {
    let r = memo.get(minutes);
    if (r === undefined) {
      r = formatTime(minutes);
      if (memo.size < MEMO_LIMIT) memo.set(minutes, r);
    }
    return r;
  };
}

export type DurationReader = (cells: DurationCells, late: boolean) => DurationResult;

/**
 * rowDuration for one register: the same rules, but each distinct lesson, number and time text is
 * parsed once (a register repeats "3", "50" and "08:30" hundreds of thousands of times).
 */
export function durationReader(counting: Settings['counting']): DurationReader {
  const readers: CellReaders = {
    lesson: memoText(parseLessonCell),
    number: memoText(parseNumber),
    time: memoText(minutesOfDay),
    clock: memoClock(),
    blank: isBlankCell,
    round: roundHalfUp,
    span: memoText(spanOf),
  };
  return (cells, late) => durationWith(readers, cells, counting, late);
}

/**
 * The minutes of one row, by the first rule of register.md that applies: (1) minutes, or hours ×
 * 60; (2) end − start; (3) lessons × lessonMinutes (60 when lessons count as hours); (4) a whole
 * day. A late row only takes rules 1 and 2 and is otherwise 0 minutes. A rule applies when its
 * cells are filled; a filled cell that cannot be read is an error, never a reason to fall through
 * to a guess. Lesson numbers are read for every row (the drafts list them), late or not.
 */
export function rowDuration(cells: DurationCells, counting: Settings['counting'], late: boolean): DurationResult {
  return durationWith(PLAIN_READERS, cells, counting, late);
}

function durationWith(read: CellReaders, cells: DurationCells, counting: Settings['counting'], late: boolean): DurationResult {
  let lesson: number | undefined;
  let lessonTo: number | undefined;
  const hasLesson = !read.blank(cells.lesson);
  const hasLessonTo = !read.blank(cells.lessonTo);
  if (hasLesson) {
    const l = read.lesson(cells.lesson);
    if (!l) return fail('lesson', 'lesuur is geen getal', 'lesson is not a number');
    lesson = l.from;
    lessonTo = l.to;
  }
  if (hasLessonTo) {
    const t = read.lesson(cells.lessonTo);
    if (!t || t.to !== undefined) return fail('lessonTo', 'lesuur is geen getal', 'lesson is not a number');
    lessonTo = t.from;
    if (lesson === undefined) lesson = lessonTo;
  }

  const byMinutes = !read.blank(cells.minutes);
  if (byMinutes || !read.blank(cells.hours)) {
    const field: RegisterField = byMinutes ? 'minutes' : 'hours';
    const cell = byMinutes ? cells.minutes : cells.hours;
    // A cell Excel shows as a time ("0:50", "4:00" in [h]:mm) is a span of hours and minutes, in either column.
    const clock = read.span(cell);
    const n = Number.isNaN(clock) ? read.number(cell) : clock;
    if (Number.isNaN(n)) return fail(field, 'geen getal', 'not a number');
    if (n < 0) return rangeError(field, true);
    const minutes = read.round(byMinutes || !Number.isNaN(clock) ? n : n * 60);
    if (minutes > MAX_MINUTES) return rangeError(field, false);
    return { ok: true, minutes, rule: byMinutes ? 'minutes' : 'hours', lesson, lessonTo };
  }

  if (!read.blank(cells.startTime) && !read.blank(cells.endTime)) {
    const days = spanDays(cells.startTime, cells.endTime);
    if (days) {
      return {
        ok: false,
        field: 'endTime',
        multiDay: true,
        reason: `Van en Tot liggen op verschillende dagen (${days.nl}); zet elke schooldag op een eigen rij`,
        reasonEn: `start and end are on different days (${days.en}); put each school day on a row of its own`,
      };
    }
    const start = read.time(cells.startTime);
    if (Number.isNaN(start)) return fail('startTime', 'geen tijd', 'not a time');
    const end = read.time(cells.endTime);
    if (Number.isNaN(end)) return fail('endTime', 'geen tijd', 'not a time');
    const diff = end - start;
    if (diff < 0) return fail('endTime', 'eindtijd ligt vóór begintijd', 'end time is before start time');
    const minutes = read.round(diff);
    if (minutes > MAX_MINUTES) return rangeError('endTime', false);
    return { ok: true, minutes, rule: 'times', lesson, lessonTo, startTime: read.clock(start), endTime: read.clock(end) };
  }

  if (late) return { ok: true, minutes: 0, rule: 'late-without-minutes', lesson, lessonTo };

  if (lesson !== undefined) {
    const last = lessonTo ?? lesson;
    if (last < lesson) return fail('lessonTo', 'tot-lesuur ligt vóór het begin-lesuur', 'last lesson is before first lesson');
    const perLesson = counting.countLessonsAsHours ? 60 : counting.lessonMinutes;
    const minutes = read.round((last - lesson + 1) * perLesson);
    if (minutes > MAX_MINUTES) return rangeError('lessonTo', false);
    return { ok: true, minutes, rule: 'lessons', lesson, lessonTo };
  }

  return { ok: true, minutes: read.round(counting.dayHours * 60), rule: 'day' };
}

function rangeError(field: RegisterField, negative: boolean): DurationResult {
  return negative
    ? fail(field, 'negatieve duur', 'negative duration')
    : fail(field, 'duur langer dan 24 uur', 'duration over 24 hours');
}

// "0:50", "4:00", "26:30", "1:30:00": hours (any number) and minutes, as Excel shows a time or [h]:mm cell.
const CLOCK_SPAN_RE = /^(\d{1,4}):([0-5]\d)(?::([0-5]\d))?$/;

/** Minutes of a span written as h:mm (an Excel duration shown as time), NaN otherwise. */
function clockSpan(text: string): number {
  const m = CLOCK_SPAN_RE.exec(text.trim());
  if (!m) return NaN;
  return Number(m[1]) * 60 + Number(m[2]) + (m[3] === undefined ? 0 : Number(m[3]) / 60);
}

const MS_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The calendar day of a Van/Tot cell that carries a date (a date-time serial or Date), else undefined. */
function dayOfDateTime(v: CellValue): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 1 ? Math.floor(v) : undefined;
  if (v instanceof Date) {
    const ms = v.getTime();
    if (Number.isNaN(ms) || (ms >= EXCEL_EPOCH_MS && ms < EXCEL_EPOCH_MS + MS_DAY)) return undefined;
    return Math.floor((ms - EXCEL_EPOCH_MS) / MS_DAY);
  }
  return undefined;
}

/**
 * Van and Tot as date-times on different days (a sick leave from Monday 8:30 to Wednesday 12:00):
 * one row cannot say how many minutes fall on each school day, so it is a problem naming the row,
 * never a guess. Returns the two days as text, or undefined when they are one day (or carry no date).
 */
function spanDays(start: CellValue, end: CellValue): { nl: string; en: string } | undefined {
  const a = dayOfDateTime(start);
  const b = dayOfDateTime(end);
  if (a === undefined || b === undefined || a === b) return undefined;
  const iso = (d: number): string => new Date(EXCEL_EPOCH_MS + d * MS_DAY).toISOString().slice(0, 10);
  const nl = (d: number): string => iso(d).split('-').reverse().join('-');
  return { nl: `${nl(a)} en ${nl(b)}`, en: `${iso(a)} and ${iso(b)}` };
}
