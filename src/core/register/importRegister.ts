import { createSchoolCalendar, outsideCalendarMessage, type SchoolCalendar } from '../calendar';
import { dayFromYmd, isoFromDay, schoolYearStart, ymdFromDay, type DayNumber } from '../dates';
import type { Category, Settings } from '../settings/schema';
import { columnLetters } from './cellAddress';
import { cellDisplay, cellText, isBlankCell } from './cellText';
import { CodeMapper, isAuthorisedYes, kindOf, refineCategory, type CodeLookup } from './categorize';
import { findHeader } from './detectHeader';
import { rowDuration, type DurationCells } from './duration';
import { RegisterHeaderError } from './headerError';
import { dayFromCell, dayFromText, type ParsedDate } from './parseDate';
import { dateOrderWarning, dutchDate, nonSchoolDayReason, where } from './problemMessages';
import { summarizeCodes } from './codeSummary';
import type {
  AbsenceRow,
  CellGrid,
  CellValue,
  FieldMapping,
  ImportOptions,
  Problem,
  ProblemKind,
  RegisterField,
  RegisterImport,
  Student,
} from './types';

type TextDate = ReturnType<typeof dayFromText>;

/**
 * Register dates are accepted from school year 2000-2001 to 2098-2099: anything else is a typing
 * error (a year 2062 or 1926), and keeping the span under a century keeps the calendar small.
 */
const FIRST_REGISTER_DAY = dayFromYmd(2000, 8, 1);
const LAST_REGISTER_DAY = dayFromYmd(2099, 7, 31);
const UNDER_FIVE_AGE = 5;

/** A row that has a pupil and a date; whether it counts is decided once the calendar is known. */
interface Pending {
  sheetRow: number;
  pupil: PupilState;
  day: DayNumber;
  /** The problem found before the calendar check (bad-duration, unmapped-code), to report if the day is fine. */
  deferred: Problem | null;
  row: AbsenceRow | null;
  /** The grid row and code, to build the duplicate key only when the pupil has another row that day. */
  cells: readonly CellValue[];
  codeKey: string;
  dupKey: string | null;
}

/**
 * Per pupil: what is known of them, and the rows already counted per day, for duplicates (most
 * rows are the only one of their pupil and day, and then no key is built at all).
 */
interface PupilState {
  student: Student;
  counted: Map<DayNumber, Pending[]>;
}

type Columns = Record<RegisterField, number>;

const ALL_FIELDS: readonly RegisterField[] = [
  'studentId', 'studentName', 'firstName', 'infix', 'lastName', 'className', 'mentor', 'dateOfBirth', 'bsn', 'date',
  'lesson', 'lessonTo', 'startTime', 'endTime', 'minutes', 'hours', 'code', 'kind', 'authorised', 'remark',
];

function columnsOf(mapping: FieldMapping): Columns {
  const cols = {} as Columns;
  for (const f of ALL_FIELDS) cols[f] = mapping[f] ?? -1;
  return cols;
}

function isBlankRow(row: readonly CellValue[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

function at(row: readonly CellValue[], col: number): CellValue {
  return col < 0 ? null : row[col];
}

/**
 * Reads a register grid into counted absence rows, pupils, codes and problems (register.md).
 * One pass over the rows parses and classifies them; the school calendar is then built once over
 * the dates found and a second pass over the rows with a date decides which count. Every row that
 * is not counted gives exactly one problem, by this precedence: missing-student, missing-date,
 * bad-date, outside-calendar, non-school-day, bad-duration, unmapped-code, under-five, duplicate
 * (a row on a day without lessons never counts, whatever its code, so that is said first).
 * Throws RegisterHeaderError when no header row with a pupil, date and code column is found.
 */
export function importRegister(cells: CellGrid, settings: Settings, options: ImportOptions = {}): RegisterImport {
  const firstSheetRow = options.firstSheetRow ?? 1;
  const firstSheetColumn = options.firstSheetColumn ?? 0;
  const date1904 = options.date1904 ?? false;
  // The mapping the user saved with the workbook (settings.mapping) applies unless the caller passes its own.
  const saved = settings.mapping;
  const override = options.mappingOverride ?? saved?.fields;
  const headerRow = options.headerRow ?? (options.mappingOverride ? undefined : saved?.headerRow);
  const atRow = headerRow !== undefined ? headerRow - firstSheetRow : undefined;
  const search = findHeader(cells, override, atRow);
  if (!search.ok) {
    throw new RegisterHeaderError(search.found, search.rowIndex === null ? null : search.rowIndex + firstSheetRow);
  }
  const { rowIndex: headerIndex, headers, mapping } = search.header;
  const col = columnsOf(mapping);
  const letters: string[] = [];
  const letterOf = (c: number): string => (letters[c] ??= columnLetters(c + firstSheetColumn));
  const headerOf = (c: number): string | null => (c >= 0 ? headers[c] || letterOf(c) : null);

  const problems: Problem[] = [];
  const problem = (sheetRow: number, field: RegisterField | null, kind: ProblemKind, nl: string, en: string): Problem => {
    const c = field ? col[field] : -1;
    const cell = c >= 0 ? `${letterOf(c)}${sheetRow}` : undefined;
    const column = headerOf(c);
    const w = where(sheetRow, cell, column);
    const p: Problem = { row: sheetRow, column, kind, message: w.nl + nl, messageEn: w.en + en };
    if (cell) p.cell = cell;
    return p;
  };

  const codes = new CodeMapper(settings.codes);
  const codeRows = new Map<CodeLookup, number>();
  const students = new Map<string, Student>();
  const pupils = new Map<string, PupilState>();
  const dateCache = new Map<string, TextDate>();
  const dobCache = new Map<string, ParsedDate>();
  const pending: Pending[] = [];
  const counting = settings.counting;
  const durationCells: DurationCells = {};
  let blankRows = 0;
  let rowsRead = 0;
  let dayFirstOnly = 0;
  let monthFirstOnly = 0;
  let monthFirstExample = '';
  let minDay = Infinity;
  let maxDay = -Infinity;

  for (let r = headerIndex + 1; r < cells.length; r++) {
    const row = cells[r];
    if (!row || isBlankRow(row)) {
      blankRows++;
      continue;
    }
    rowsRead++;
    const sheetRow = firstSheetRow + r;

    const codeCell = at(row, col.code);
    const codeText = typeof codeCell === 'string' ? codeCell : cellText(codeCell);
    const lookup = codeText.trim() === '' ? null : codes.lookup(codeText);
    if (lookup) codeRows.set(lookup, (codeRows.get(lookup) ?? 0) + 1);

    const studentId = cellText(at(row, col.studentId));
    if (!studentId) {
      problems.push(problem(sheetRow, 'studentId', 'missing-student', 'geen leerlingnummer; de rij telt niet mee.', 'no pupil number; the row is not counted.'));
      continue;
    }
    const pupil = collectStudent(studentId, row);

    const dateCell = at(row, col.date);
    if (isBlankCell(dateCell)) {
      problems.push(problem(sheetRow, 'date', 'missing-date', 'geen datum; de rij telt niet mee.', 'no date; the row is not counted.'));
      continue;
    }
    let parsed: ParsedDate;
    if (typeof dateCell === 'string') {
      let text = dateCache.get(dateCell);
      if (!text) {
        text = dayFromText(dateCell);
        dateCache.set(dateCell, text);
      }
      parsed = text;
      const order = text.order;
      if (order === 'day-first') dayFirstOnly++;
      else if (order === 'month-first') {
        monthFirstOnly++;
        if (!monthFirstExample) monthFirstExample = dateCell.trim();
      }
    } else parsed = dayFromCell(dateCell, date1904);
    if (parsed.ok && (parsed.day < FIRST_REGISTER_DAY || parsed.day > LAST_REGISTER_DAY)) {
      parsed = { ok: false, reason: 'jaar buiten 2000-2099', reasonEn: 'year outside 2000-2099' };
    }
    if (!parsed.ok) {
      const shown = cellDisplay(dateCell);
      problems.push(
        problem(
          sheetRow,
          'date',
          'bad-date',
          `"${shown}" is geen leesbare datum (${parsed.reason}); de rij telt niet mee.`,
          `"${shown}" cannot be read as a date (${parsed.reasonEn}); the row is not counted.`,
        ),
      );
      continue;
    }
    const day = parsed.day;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;

    const kindCell = at(row, col.kind);
    const category = refineCategory(lookup ? lookup.category : null, kindOf(kindCell), isAuthorisedYes(at(row, col.authorised)));

    durationCells.minutes = at(row, col.minutes);
    durationCells.hours = at(row, col.hours);
    durationCells.startTime = at(row, col.startTime);
    durationCells.endTime = at(row, col.endTime);
    durationCells.lesson = at(row, col.lesson);
    durationCells.lessonTo = at(row, col.lessonTo);
    const dur = rowDuration(durationCells, counting, category === 'late');

    let deferred: Problem | null = null;
    let absence: AbsenceRow | null = null;
    if (!dur.ok) {
      const shown = cellDisplay(at(row, col[dur.field]));
      deferred = problem(
        sheetRow,
        dur.field,
        'bad-duration',
        `duur niet te bepalen uit "${shown}" (${dur.reason}); de rij telt niet mee.`,
        `duration cannot be determined from "${shown}" (${dur.reasonEn}); the row is not counted.`,
      );
    } else if (category === null) {
      const code = codeText.trim();
      deferred = code
        ? problem(
            sheetRow,
            'code',
            'unmapped-code',
            `code "${code}" hoort nog bij geen categorie; koppel de code aan een categorie, dan telt de rij mee.`,
            `code "${code}" is not mapped to a category yet; map the code and the row will be counted.`,
          )
        : problem(
            sheetRow,
            'code',
            'unmapped-code',
            'geen code; vul de code in, anders telt de rij niet mee.',
            'no code; fill in the code, otherwise the row is not counted.',
          );
    } else {
      const remark = cellText(at(row, col.remark));
      absence = {
        sheetRow,
        studentId,
        day,
        minutes: dur.minutes,
        category: category as Category,
        code: codeText.trim(),
        lesson: dur.lesson,
        lessonTo: dur.lessonTo,
        startTime: dur.startTime,
        endTime: dur.endTime,
        remark: remark || undefined,
      };
    }
    pending.push({ sheetRow, pupil, day, deferred, row: absence, cells: row, codeKey: lookup ? lookup.key : '', dupKey: null });
  }

  const rows: AbsenceRow[] = [];
  let lastDay: DayNumber | undefined;
  if (pending.length > 0) {
    const calendar = createSchoolCalendar(settings.calendar, { from: schoolYearStart(minDay), to: maxDay });
    const periodName = holidayNameLookup(calendar);
    for (const p of pending) {
      if (!calendar.isCovered(p.day)) {
        const m = outsideCalendarMessage(p.day, settings.calendar.region);
        problems.push(problem(p.sheetRow, 'date', 'outside-calendar', m.message, m.messageEn));
        continue;
      }
      if (!calendar.isSchoolDay(p.day)) {
        const why = nonSchoolDayReason(p.day, calendar.dayKind(p.day), periodName(p.day));
        problems.push(
          problem(
            p.sheetRow,
            'date',
            'non-school-day',
            `${dutchDate(p.day)} is ${why.nl}; de rij telt niet mee.`,
            `${isoFromDay(p.day)} is ${why.en}; the row is not counted.`,
          ),
        );
        continue;
      }
      if (p.deferred) {
        problems.push(p.deferred);
        continue;
      }
      const dob = p.pupil.student.dateOfBirth;
      if (dob !== undefined && p.day < fifthBirthday(dob)) {
        problems.push(
          problem(
            p.sheetRow,
            col.dateOfBirth >= 0 ? 'dateOfBirth' : 'date',
            'under-five',
            `de leerling (geboren ${dutchDate(dob)}) was op ${dutchDate(p.day)} nog geen 5 jaar en dus niet leerplichtig; de rij telt niet mee.`,
            `the pupil (born ${isoFromDay(dob)}) was not yet 5 on ${isoFromDay(p.day)} and so not of compulsory school age; the row is not counted.`,
          ),
        );
        continue;
      }
      const sameDay = p.pupil.counted.get(p.day);
      const first = sameDay ? findDuplicate(sameDay, p) : undefined;
      if (first !== undefined) {
        problems.push(
          problem(
            p.sheetRow,
            'studentId',
            'duplicate',
            `exacte kopie van rij ${first} (zelfde leerling, datum, lesuren, tijden, duur en code); alleen rij ${first} telt mee.`,
            `exact copy of row ${first} (same pupil, date, lessons, times, duration and code); only row ${first} is counted.`,
          ),
        );
        continue;
      }
      if (sameDay) sameDay.push(p);
      else p.pupil.counted.set(p.day, [p]);
      const absence = p.row as AbsenceRow;
      rows.push(absence);
      if (lastDay === undefined || absence.day > lastDay) lastDay = absence.day;
    }
  }
  // Calendar problems were found in the second pass: put every problem back in sheet order.
  problems.sort((a, b) => a.row - b.row);

  const result: RegisterImport = {
    header: { row: firstSheetRow + headerIndex, headers, mapping },
    rows,
    students,
    problems,
    codes: summarizeCodes(codeRows),
    counts: { rowsRead, rowsCounted: rows.length, rowsNotCounted: rowsRead - rows.length, blankRows },
  };
  if (lastDay !== undefined) result.lastDay = lastDay;
  if (monthFirstOnly > 0 && dayFirstOnly === 0) {
    const c = col.date;
    result.dateOrderWarning = dateOrderWarning(`${headerOf(c)} (${letterOf(c)})`, monthFirstExample, monthFirstOnly);
  }
  return result;

  function collectStudent(id: string, row: readonly CellValue[]): PupilState {
    let pupil = pupils.get(id);
    if (!pupil) {
      pupil = { student: { id, name: '', className: '', mentor: '' }, counted: new Map() };
      pupils.set(id, pupil);
      students.set(id, pupil.student);
    }
    const s = pupil.student;
    if (!s.name) s.name = nameOf(row);
    if (!s.className && col.className >= 0) s.className = cellText(row[col.className]);
    if (!s.mentor && col.mentor >= 0) s.mentor = cellText(row[col.mentor]);
    if (s.bsn === undefined && col.bsn >= 0) {
      const bsn = cellText(row[col.bsn]);
      if (bsn) s.bsn = bsn;
    }
    if (s.dateOfBirth === undefined && col.dateOfBirth >= 0) {
      const v = row[col.dateOfBirth];
      if (!isBlankCell(v)) {
        let d: ParsedDate;
        if (typeof v === 'string') {
          const hit = dobCache.get(v);
          if (hit) d = hit;
          else {
            d = dayFromText(v);
            dobCache.set(v, d);
          }
        } else d = dayFromCell(v, date1904);
        if (d.ok) s.dateOfBirth = d.day;
      }
    }
    return pupil;
  }

  function nameOf(row: readonly CellValue[]): string {
    if (col.studentName >= 0) {
      const n = cellText(row[col.studentName]);
      if (n) return n;
    }
    if (col.firstName < 0 && col.lastName < 0) return '';
    const parts = [cellText(at(row, col.firstName)), cellText(at(row, col.infix)), cellText(at(row, col.lastName))];
    return parts.filter((p) => p !== '').join(' ');
  }

  /** The sheet row of an earlier counted row that `p` copies exactly, if any. */
  function findDuplicate(sameDay: Pending[], p: Pending): number | undefined {
    const key = (p.dupKey ??= duplicateKey(p));
    for (const q of sameDay) if ((q.dupKey ??= duplicateKey(q)) === key) return q.sheetRow;
    return undefined;
  }

  /** The fields register.md compares for duplicates besides pupil and date (already equal here). */
  function duplicateKey(p: Pending): string {
    const row = p.cells;
    const S = '\u0001';
    return (
      keyPart(at(row, col.lesson)) + S + keyPart(at(row, col.lessonTo)) + S +
      keyPart(at(row, col.startTime)) + S + keyPart(at(row, col.endTime)) + S +
      keyPart(at(row, col.minutes)) + S + keyPart(at(row, col.hours)) + S +
      p.codeKey
    );
  }


}

/** The day a pupil turns 5 (a 29 February birthday is reached on 1 March, as ageOn has it). */
const fifthBirthdays = new Map<DayNumber, DayNumber>();
function fifthBirthday(dob: DayNumber): DayNumber {
  let d = fifthBirthdays.get(dob);
  if (d === undefined) {
    const b = ymdFromDay(dob);
    d = dayFromYmd(b.year + UNDER_FIVE_AGE, b.month, b.day);
    fifthBirthdays.set(dob, d);
  }
  return d;
}

function keyPart(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim().toLowerCase();
  return cellText(v).toLowerCase();
}

/** Name of the holiday period holding a day, looked up only for the (few) rows that need it. */
function holidayNameLookup(calendar: SchoolCalendar): (day: DayNumber) => string | undefined {
  let periods: ReturnType<SchoolCalendar['holidayPeriods']> | null = null;
  return (day) => {
    periods ??= calendar.holidayPeriods();
    for (const p of periods) if (day >= p.start && day <= p.end) return p.name || undefined;
    return undefined;
  };
}
