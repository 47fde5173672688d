import { createSchoolCalendar, outsideCalendarMessage, type SchoolCalendar } from '../calendar';
import { dayFromYmd, isoFromDay, schoolYearStart, ymdFromDay, type DayNumber } from '../dates';
import type { Category, Settings } from '../settings/schema';
import { columnLetters } from './cellAddress';
import { cellDisplay, cellText, isBlankCell } from './cellText';
import { authorisedOf, CodeMapper, kindOf, type CodeLookup, type KindMeaning } from './categorize';
import { ValueReader, type ValueEntry } from './valueSummary';
import { durationReader, type DurationCells, type DurationReader } from './duration';
import { MEMO_LIMIT } from './memoText';
import { dayFromCell, dayFromText, type DateOrder, type ParsedDate } from './parseDate';
import { dutchDate, nonSchoolDayReason, where, type Text2 } from './problemMessages';
import { SameDayRows } from './sameDayRows';
import { isErrorValue } from './errorValues';
import type { AbsenceRow, CellGrid, CellValue, FileIssue, Problem, ProblemKind, RegisterField, Student } from './types';

/**
 * Register dates are accepted from school year 2000-2001 to 2098-2099: anything else is a typing
 * error (a year 2062 or 1926), and keeping the span under a century keeps the calendar small.
 */
const FIRST_REGISTER_DAY = dayFromYmd(2000, 8, 1);
const LAST_REGISTER_DAY = dayFromYmd(2099, 7, 31);
const UNDER_FIVE_AGE = 5;
const OUTSIDE_REGISTER_YEARS: ParsedDate = { ok: false, reason: 'jaar buiten 2000-2099', reasonEn: 'year outside 2000-2099' };

export type Columns = Record<RegisterField, number>;

/** What one distinct date cell reads as: a register has a few hundred dates, each on thousands of rows. */
interface DateEntry {
  blank: boolean;
  /** After the 2000-2099 check. */
  parsed: ParsedDate;
  /** For text: in which orders the text is a date (for the month-first warning). */
  order: DateOrder | undefined;
}

const BLANK_DATE: DateEntry = { blank: true, parsed: { ok: false, reason: 'leeg', reasonEn: 'empty' }, order: undefined };

interface CodeTally {
  lookup: CodeLookup;
  rows: number;
  /** Its place in the tallies: equal for two rows exactly when their codes have the same mapping key. */
  index: number;
}

/** One distinct code cell text, with what it maps to and where its rows are counted. */
interface CodeEntry {
  lookup: CodeLookup | null;
  /** The code as written, trimmed. */
  code: string;
  tally: CodeTally | null;
  /** The tally's index, -1 without a code. */
  id: number;
}

/** Per pupil: what is known of them so far. */
interface PupilState {
  student: Student;
  /** Position in the pupil list, for the typed arrays of the second pass. */
  index: number;
  /** Every field the register's columns can give is known: later rows of the pupil need not be read for it. */
  complete: boolean;
  /** The "Acties school" texts seen for this pupil (student.schoolActions, without repeats). */
  actionsSeen?: Set<string>;
  /** The day of the pupil's latest row waiting for the calendar, to tell whether its rows come in day order. */
  lastDay: number;
}

export interface RowReaderSetup {
  cells: CellGrid;
  settings: Settings;
  col: Columns;
  headers: readonly string[];
  headerIndex: number;
  firstSheetRow: number;
  firstSheetColumn: number;
  date1904: boolean;
  /** What the file reader found, by grid row (RegisterFile.issues); row-account issues are the import's. */
  fileIssues?: readonly FileIssue[];
}

/** What the duplicate check compares besides pupil, date and code (register.md). */
const DUPLICATE_FIELDS: readonly RegisterField[] = ['lesson', 'lessonTo', 'startTime', 'endTime', 'minutes', 'hours'];

/**
 * Fields whose value decides whether and how a row counts: an error value, an uncalculated formula
 * or undecodable bytes in one of them keeps the row from counting. In the other fields (names,
 * class, remark, …) they are a warning and the row counts.
 */
const DECIDING_FIELDS: readonly RegisterField[] = [
  'studentId', 'date', 'code', 'kind', 'authorised', 'minutes', 'hours', 'startTime', 'endTime', 'lesson', 'lessonTo',
];

/**
 * The two passes of importRegister over the rows below the header (see there for the rules).
 *
 * Built for registers of a million rows: every distinct date, code, kind, lesson and time text is
 * read once, consecutive rows of the same pupil, date or code reuse the previous answer, the rows
 * waiting for the calendar live in typed arrays rather than one object each, and duplicates are
 * compared cell by cell only when a pupil has two counted rows on one day. The per-row work is in
 * small methods rather than one long function: V8 optimises those after a few thousand rows, while
 * a loop inside one long function runs unoptimised until the whole function has been compiled.
 */
export class RowReader {
  readonly problems: Problem[] = [];
  readonly students = new Map<string, Student>();
  readonly rows: AbsenceRow[] = [];
  blankRows = 0;
  rowsRead = 0;
  /** Text dates that are dates only day-first / only month-first, and the first month-first one. */
  dayFirstOnly = 0;
  monthFirstOnly = 0;
  monthFirstExample = '';
  lastDay: DayNumber | undefined;

  private readonly cells: CellGrid;
  private readonly settings: Settings;
  private readonly col: Columns;
  private readonly headers: readonly string[];
  private readonly firstSheetRow: number;
  private readonly firstSheetColumn: number;
  private readonly date1904: boolean;
  private readonly letters: string[] = [];

  private readonly codes: CodeMapper;
  private readonly codeEntries = new Map<string, CodeEntry>();
  private readonly tallies: CodeTally[] = [];
  private readonly tallyOf = new Map<CodeLookup, CodeTally>();
  private readonly pupils = new Map<string, PupilState>();
  private readonly pupilsByNumber = new Map<number, PupilState>();
  private readonly pupilList: PupilState[] = [];
  private readonly textDates = new Map<string, DateEntry>();
  private readonly serialDates = new Map<number, DateEntry>();
  private readonly dobCache = new Map<string, ParsedDate>();
  readonly kinds: ValueReader<KindMeaning>;
  readonly authorised: ValueReader<'yes' | 'no'>;
  private readonly readDuration: DurationReader;
  private readonly durationCells: DurationCells = {};
  private readonly noNameColumns: boolean;
  private readonly issuesByRow = new Map<number, FileIssue[]>();
  /** Mapped columns, and per column whether it is a deciding field. */
  private readonly mappedCols: number[] = [];
  private readonly deciding = new Set<number>();

  // The rows with a pupil and a date, waiting for the calendar: one slot per grid row at most.
  // Typed arrays, 17 bytes a row: as plain arrays (heapArrays.ts) they take 40, which showed in
  // the peak memory of a large file. With the analysis' few typed arrays they stay under the
  // margin at which V8 starts a full collection for external memory (16 + 7 MB for a million rows).
  private readonly pendingGridRow: Int32Array;
  private readonly pendingDay: Int32Array;
  /** 1 when the row's outcome is an AbsenceRow, 0 when it is a problem found before the calendar check. */
  private readonly pendingCounts: Uint8Array;
  private readonly pendingPupil: Int32Array;
  private readonly pendingCode: Int32Array;
  private readonly pendingOutcome: (AbsenceRow | Problem)[];
  /** The mapped columns the duplicate check compares, and their cells per pending row (dupColumns.length a row). */
  private readonly dupColumns: number[] = [];
  private readonly dupCells: CellValue[];
  private pendingCount = 0;
  private minDay = Infinity;
  private maxDay = -Infinity;
  /** Every pupil's waiting rows are in day order (the duplicate check then needs one slot per pupil). */
  private pupilsInDayOrder = true;

  // Registers are sorted by date and list a pupil's lessons together: most rows repeat the previous
  // row's date and many its pupil and code, so the previous answer is checked before any lookup.
  private lastIdCell: CellValue = undefined;
  private lastPupil: PupilState | null = null;
  private lastDateCell: CellValue = undefined;
  private lastDate: DateEntry | null = null;
  private lastCodeText = '';
  private lastCode: CodeEntry | null = null;

  constructor(setup: RowReaderSetup) {
    this.cells = setup.cells;
    this.settings = setup.settings;
    this.col = setup.col;
    this.headers = setup.headers;
    this.firstSheetRow = setup.firstSheetRow;
    this.firstSheetColumn = setup.firstSheetColumn;
    this.date1904 = setup.date1904;
    this.codes = new CodeMapper(setup.settings.codes);
    this.kinds = new ValueReader<KindMeaning>((v) => kindOf(v), setup.settings.kinds);
    const yesNo: Record<string, 'yes' | 'no'> = {};
    for (const [text, yes] of Object.entries(setup.settings.authorisedValues ?? {})) yesNo[text] = yes ? 'yes' : 'no';
    this.authorised = new ValueReader<'yes' | 'no'>((v) => authorisedOf(v), yesNo, false);
    this.readDuration = durationReader(setup.settings.counting);
    const col = setup.col;
    this.noNameColumns = col.studentName < 0 && col.firstName < 0 && col.lastName < 0;
    for (const issue of setup.fileIssues ?? []) {
      if (issue.kind === 'row-account') continue;
      const list = this.issuesByRow.get(issue.row);
      if (list) list.push(issue);
      else this.issuesByRow.set(issue.row, [issue]);
    }
    for (const f of Object.keys(col) as RegisterField[]) {
      const c = col[f];
      if (c < 0 || this.mappedCols.includes(c)) continue;
      this.mappedCols.push(c);
    }
    for (const f of DECIDING_FIELDS) if (col[f] >= 0) this.deciding.add(col[f]);
    const capacity = Math.max(0, setup.cells.length - setup.headerIndex - 1);
    this.pendingGridRow = new Int32Array(capacity);
    this.pendingDay = new Int32Array(capacity);
    this.pendingCounts = new Uint8Array(capacity);
    this.pendingPupil = new Int32Array(capacity);
    this.pendingCode = new Int32Array(capacity);
    // Sized once: grown by push, a million-slot array is copied some twenty times on the way.
    this.pendingOutcome = new Array<AbsenceRow | Problem>(capacity);
    for (const f of DUPLICATE_FIELDS) if (col[f] >= 0 && !this.dupColumns.includes(col[f])) this.dupColumns.push(col[f]);
    // Copied in the first pass so that the second needs no grid row: the caller may let them go (consumeRows).
    this.dupCells = new Array<CellValue>(capacity * this.dupColumns.length);
  }

  letterOf(c: number): string {
    return (this.letters[c] ??= columnLetters(c + this.firstSheetColumn));
  }

  headerOf(c: number): string | null {
    return c >= 0 ? this.headers[c] || this.letterOf(c) : null;
  }

  /** Rows per code mapping, in the order the codes first appear. */
  codeRows(): Map<CodeLookup, number> {
    const out = new Map<CodeLookup, number>();
    for (const t of this.tallies) out.set(t.lookup, t.rows);
    return out;
  }

  private problem(sheetRow: number, field: RegisterField | null, kind: ProblemKind, nl: string, en: string): Problem {
    return this.problemAt(sheetRow, field ? this.col[field] : -1, kind, nl, en);
  }

  private problemAt(sheetRow: number, c: number, kind: ProblemKind, nl: string, en: string): Problem {
    const cell = c >= 0 ? `${this.letterOf(c)}${sheetRow}` : undefined;
    const column = this.headerOf(c);
    const w = where(sheetRow, cell, column);
    const p: Problem = { row: sheetRow, column, kind, message: w.nl + nl, messageEn: w.en + en };
    if (cell) p.cell = cell;
    return p;
  }

  /** First pass, one grid row: parse and classify it, or report why it cannot count whatever the calendar says. */
  readRow(r: number): void {
    const row = this.cells[r] ?? NO_CELLS;
    const col = this.col;
    const issues = this.issuesByRow.size > 0 ? this.issuesByRow.get(r) : undefined;
    const blocking = issues ? this.reportIssues(r, issues) : undefined;
    if (!blocking && isBlankRow(row, col.studentId)) {
      this.blankRows++;
      return;
    }
    this.rowsRead++;
    const sheetRow = this.firstSheetRow + r;

    const code = this.codeEntry(row[col.code]);
    if (code.tally) code.tally.rows++;
    const kind = col.kind >= 0 ? this.kinds.read(row[col.kind]) : undefined;
    if (kind) kind.rows++;
    const authorised = col.authorised >= 0 ? this.authorised.read(row[col.authorised]) : undefined;
    if (authorised) authorised.rows++;
    if (blocking) {
      this.problems.push(blocking);
      return;
    }
    const error = this.errorValue(row, sheetRow);
    if (error) {
      this.problems.push(error);
      return;
    }

    const pupil = this.pupilOf(row[col.studentId]);
    if (!pupil) {
      this.problems.push(
        this.problem(sheetRow, 'studentId', 'missing-student', 'geen leerlingnummer; de rij telt niet mee.', 'no pupil number; the row is not counted.'),
      );
      return;
    }
    if (!pupil.complete) this.collectStudent(pupil, row);
    if (col.schoolActions >= 0) this.collectActions(pupil, row[col.schoolActions]);

    const dateCell = row[col.date];
    const date = this.lastDate !== null && dateCell === this.lastDateCell ? this.lastDate : this.dateEntry(dateCell);
    this.lastDateCell = dateCell;
    this.lastDate = date;
    if (date.blank) {
      this.problems.push(this.problem(sheetRow, 'date', 'missing-date', 'geen datum; de rij telt niet mee.', 'no date; the row is not counted.'));
      return;
    }
    if (date.order === 'day-first') this.dayFirstOnly++;
    else if (date.order === 'month-first') {
      this.monthFirstOnly++;
      if (!this.monthFirstExample) this.monthFirstExample = (dateCell as string).trim();
    }
    const parsed = date.parsed;
    if (!parsed.ok) {
      this.problems.push(this.badDate(sheetRow, dateCell, parsed.reason, parsed.reasonEn));
      return;
    }
    const day = parsed.day;
    if (day < this.minDay) this.minDay = day;
    if (day > this.maxDay) this.maxDay = day;
    if (day < pupil.lastDay) this.pupilsInDayOrder = false;
    pupil.lastDay = day;

    const n = this.pendingCount++;
    this.pendingGridRow[n] = r;
    this.pendingDay[n] = day;
    this.pendingPupil[n] = pupil.index;
    this.pendingCode[n] = code.id;
    const dup = this.dupColumns;
    for (let k = 0, at0 = n * dup.length; k < dup.length; k++) this.dupCells[at0 + k] = row[dup[k]];
    this.settle(n, row, sheetRow, code, kind, authorised, pupil, day);
  }

  /**
   * The reader's issues of one row as problems: warnings go straight to the list; the first issue
   * in a deciding field is returned, to be the row's one reason for not counting.
   */
  private reportIssues(r: number, issues: readonly FileIssue[]): Problem | undefined {
    const sheetRow = this.firstSheetRow + r;
    let blocking: Problem | undefined;
    for (const issue of issues) {
      const c = issue.col ?? -1;
      const stops = issue.kind !== 'unbalanced-quotes' && c >= 0 && this.deciding.has(c) && blocking === undefined;
      const p = this.problemAt(sheetRow, c, issue.kind, stops ? `${issue.detail} De rij telt niet mee.` : issue.detail, stops ? `${issue.detailEn} The row is not counted.` : issue.detailEn);
      if (stops) blocking = p;
      else {
        p.warning = true;
        this.problems.push(p);
      }
    }
    return blocking;
  }

  /**
   * An Excel error value (#N/A, #REF!, …) in a mapped cell: in a deciding field the row's problem
   * (returned), elsewhere a warning. Never read as a pupil number, date or code.
   */
  private errorValue(row: readonly CellValue[], sheetRow: number): Problem | undefined {
    const cols = this.mappedCols;
    let blocking: Problem | undefined;
    for (let i = 0; i < cols.length; i++) {
      const v = row[cols[i]];
      if (typeof v !== 'string' || v.length < 2) continue;
      // isErrorValue's own first test, here: nearly every cell starts with a printable character
      // other than "#", and a call per cell shows while the import still runs unoptimised.
      const first = v.charCodeAt(0);
      if ((first > 32 && first < 127 && first !== 35) || !isErrorValue(v)) continue;
      const c = cols[i];
      const stops = this.deciding.has(c);
      const shown = v.trim();
      const p = this.problemAt(
        sheetRow,
        c,
        'error-value',
        stops
          ? `foutwaarde ${shown} van Excel in plaats van een waarde; herstel de cel (of de formule erachter), anders telt de rij niet mee.`
          : `foutwaarde ${shown} van Excel in plaats van een waarde; herstel de cel (of de formule erachter). De rij telt wel mee.`,
        stops
          ? `Excel error value ${shown} instead of a value; fix the cell (or the formula behind it), otherwise the row is not counted.`
          : `Excel error value ${shown} instead of a value; fix the cell (or the formula behind it). The row is still counted.`,
      );
      if (stops) {
        blocking ??= p;
      } else {
        p.warning = true;
        this.problems.push(p);
      }
    }
    return blocking;
  }

  /** Pending row `n`'s outcome: its AbsenceRow, or the duration or code problem that keeps it from counting. */
  private settle(
    n: number,
    row: readonly CellValue[],
    sheetRow: number,
    code: CodeEntry,
    kind: ValueEntry<KindMeaning> | undefined,
    authorised: ValueEntry<'yes' | 'no'> | undefined,
    pupil: PupilState,
    day: DayNumber,
  ): void {
    const col = this.col;
    const lookup = code.lookup;
    const category = this.codes.refine(lookup ? lookup.category : null, kind?.meaning ?? undefined, authorised?.meaning === 'yes');
    const cells = this.durationCells;
    cells.minutes = at(row, col.minutes);
    cells.hours = at(row, col.hours);
    cells.startTime = at(row, col.startTime);
    cells.endTime = at(row, col.endTime);
    cells.lesson = at(row, col.lesson);
    cells.lessonTo = at(row, col.lessonTo);
    const dur = this.readDuration(cells, category === 'late');
    let outcome: AbsenceRow | Problem;
    if (kind && kind.meaning === null) {
      outcome = this.problem(
        sheetRow,
        'kind',
        'unknown-kind',
        `soort "${kind.value}" is onbekend; zeg in de instellingen (soorten) wat "${kind.value}" betekent (te laat, verwijderd, ziek of absent), dan telt de rij mee.`,
        `kind "${kind.value}" is not known; say in the settings (kinds) what "${kind.value}" means (late, removed, sick or absent), and the row will be counted.`,
      );
    } else if (authorised && authorised.meaning === null) {
      outcome = this.problem(
        sheetRow,
        'authorised',
        'unknown-authorised',
        `geoorloofd "${authorised.value}" is geen ja of nee; zeg in de instellingen (geoorloofd-waarden) of "${authorised.value}" ja of nee betekent, dan telt de rij mee.`,
        `authorised "${authorised.value}" is neither yes nor no; say in the settings (authorised values) whether "${authorised.value}" means yes or no, and the row will be counted.`,
      );
    } else if (!dur.ok) {
      const shown = cellDisplay(at(row, col[dur.field]));
      outcome = this.problem(
        sheetRow,
        dur.field,
        dur.multiDay ? 'multi-day' : 'bad-duration',
        `duur niet te bepalen uit "${shown}" (${dur.reason}); de rij telt niet mee.`,
        `duration cannot be determined from "${shown}" (${dur.reasonEn}); the row is not counted.`,
      );
    } else if (category === null) {
      outcome = code.code
        ? this.problem(
            sheetRow,
            'code',
            'unmapped-code',
            `code "${code.code}" hoort nog bij geen categorie; koppel de code aan een categorie, dan telt de rij mee.`,
            `code "${code.code}" is not mapped to a category yet; map the code and the row will be counted.`,
          )
        : this.problem(
            sheetRow,
            'code',
            'unmapped-code',
            'geen code; vul de code in, anders telt de rij niet mee.',
            'no code; fill in the code, otherwise the row is not counted.',
          );
    } else {
      // Most remarks are text: trimmed here rather than through cellText, a call per row into another module.
      const remarkCell = at(row, col.remark);
      const remark = typeof remarkCell === 'string' ? remarkCell.trim() : remarkCell === null || remarkCell === undefined ? '' : cellText(remarkCell);
      this.pendingCounts[n] = 1;
      outcome = {
        sheetRow,
        studentId: pupil.student.id,
        day,
        minutes: dur.minutes,
        category: category as Category,
        code: code.code,
        lesson: dur.lesson,
        lessonTo: dur.lessonTo,
        startTime: dur.startTime,
        endTime: dur.endTime,
        remark: remark || undefined,
      };
    }
    this.pendingOutcome[n] = outcome;
  }

  private badDate(sheetRow: number, dateCell: CellValue, reason: string, reasonEn: string): Problem {
    const shown = cellDisplay(dateCell);
    return this.problem(
      sheetRow,
      'date',
      'bad-date',
      `"${shown}" is geen leesbare datum (${reason}); de rij telt niet mee.`,
      `"${shown}" cannot be read as a date (${reasonEn}); the row is not counted.`,
    );
  }

  /** Second pass: with the calendar built over the dates found, decide which rows count. */
  countRows(): void {
    const n = this.pendingCount;
    if (n === 0) return;
    const minDay = this.minDay;
    const calendar = createSchoolCalendar(this.settings.calendar, { from: schoolYearStart(minDay), to: this.maxDay });
    const days = new DayChecks(calendar, this.settings.calendar.region, minDay, this.maxDay);
    // The day each pupil turns 5; -Infinity without a date of birth.
    const fifth = new Float64Array(this.pupilList.length);
    for (const p of this.pupilList) {
      const dob = p.student.dateOfBirth;
      fifth[p.index] = dob === undefined ? -Infinity : fifthBirthday(dob);
    }
    const sameDay = new SameDayRows(n, this.pupilsInDayOrder ? this.pupilList.length : undefined);
    for (let i = 0; i < n; i++) this.countRow(i, days, fifth, sameDay);
  }

  private countRow(i: number, days: DayChecks, fifth: Float64Array, sameDay: SameDayRows): void {
    const day = this.pendingDay[i];
    const sheetRow = this.firstSheetRow + this.pendingGridRow[i];
    const state = days.state(day);
    if (state !== SCHOOL_DAY) {
      const m = state === OUTSIDE_CALENDAR ? days.outsideMessage(day) : days.noSchoolMessage(day);
      this.problems.push(this.problem(sheetRow, 'date', state === OUTSIDE_CALENDAR ? 'outside-calendar' : 'non-school-day', m.nl, m.en));
      return;
    }
    if (this.pendingCounts[i] === 0) {
      this.problems.push(this.pendingOutcome[i] as Problem);
      return;
    }
    const pupil = this.pendingPupil[i];
    if (day < fifth[pupil]) {
      this.problems.push(this.underFive(sheetRow, this.pupilList[pupil].student.dateOfBirth as DayNumber, day));
      return;
    }
    // The chain runs from the latest counted row back to the first, and the first copy is reported.
    const slot = sameDay.slot(pupil, day);
    let first = -1;
    for (let j = sameDay.head(slot); j >= 0; j = sameDay.previous(j)) if (this.sameCells(j, i)) first = j;
    if (first >= 0) {
      this.problems.push(this.duplicate(sheetRow, this.firstSheetRow + this.pendingGridRow[first]));
      return;
    }
    sameDay.add(slot, pupil, day, i);
    const absence = this.pendingOutcome[i] as AbsenceRow;
    this.rows.push(absence);
    if (this.lastDay === undefined || absence.day > this.lastDay) this.lastDay = absence.day;
  }

  private underFive(sheetRow: number, dob: DayNumber, day: DayNumber): Problem {
    return this.problem(
      sheetRow,
      this.col.dateOfBirth >= 0 ? 'dateOfBirth' : 'date',
      'under-five',
      `de leerling (geboren ${dutchDate(dob)}) was op ${dutchDate(day)} nog geen 5 jaar en dus niet leerplichtig; de rij telt niet mee.`,
      `the pupil (born ${isoFromDay(dob)}) was not yet 5 on ${isoFromDay(day)} and so not of compulsory school age; the row is not counted.`,
    );
  }

  private duplicate(sheetRow: number, firstRow: number): Problem {
    return this.problem(
      sheetRow,
      'studentId',
      'duplicate',
      `exacte kopie van rij ${firstRow} (zelfde leerling, datum, lesuren, tijden, duur en code); alleen rij ${firstRow} telt mee.`,
      `exact copy of row ${firstRow} (same pupil, date, lessons, times, duration and code); only row ${firstRow} is counted.`,
    );
  }

  /** The code cell's mapping, looked up once per distinct text; its rows are tallied per mapping. */
  private codeEntry(cell: CellValue): CodeEntry {
    const text = typeof cell === 'string' ? cell : cellText(cell);
    if (text === this.lastCodeText && this.lastCode !== null) return this.lastCode;
    let entry = this.codeEntries.get(text);
    if (!entry) {
      const trimmed = text.trim();
      const lookup = trimmed === '' ? null : this.codes.lookup(text);
      let tally: CodeTally | null = null;
      if (lookup) {
        tally = this.tallyOf.get(lookup) ?? null;
        if (!tally) {
          tally = { lookup, rows: 0, index: this.tallies.length };
          this.tallyOf.set(lookup, tally);
          this.tallies.push(tally);
        }
      }
      entry = { lookup, code: trimmed, tally, id: tally ? tally.index : -1 };
      this.codeEntries.set(text, entry);
    }
    this.lastCodeText = text;
    this.lastCode = entry;
    return entry;
  }

  /** The pupil of a pupil-number cell, or null when the cell is empty. */
  private pupilOf(idCell: CellValue): PupilState | null {
    if (this.lastPupil !== null && idCell === this.lastIdCell) return this.lastPupil;
    // The map's keys are trimmed ids, so a text cell found as it is needs no trim (nearly every row);
    // a number cell (Excel's pupil numbers) has its own map rather than a new string per row.
    let pupil = typeof idCell === 'string' ? this.pupils.get(idCell) : typeof idCell === 'number' ? this.pupilsByNumber.get(idCell) : undefined;
    if (pupil) {
      this.lastIdCell = idCell;
      this.lastPupil = pupil;
      return pupil;
    }
    const id = cellText(idCell);
    if (!id) return null;
    pupil = this.pupils.get(id);
    if (!pupil) {
      pupil = { student: { id, name: '', className: '', mentor: '' }, index: this.pupilList.length, complete: false, lastDay: -Infinity };
      this.pupils.set(id, pupil);
      this.pupilList.push(pupil);
      this.students.set(id, pupil.student);
    }
    if (typeof idCell === 'number' && this.pupilsByNumber.size < MEMO_LIMIT) this.pupilsByNumber.set(idCell, pupil);
    this.lastIdCell = idCell;
    this.lastPupil = pupil;
    return pupil;
  }

  private dateEntry(cell: CellValue): DateEntry {
    if (typeof cell === 'string') {
      let entry = this.textDates.get(cell);
      if (!entry) {
        entry = this.readDate(cell);
        if (this.textDates.size < MEMO_LIMIT) this.textDates.set(cell, entry);
      }
      return entry;
    }
    if (typeof cell === 'number') {
      let entry = this.serialDates.get(cell);
      if (!entry) {
        entry = this.readDate(cell);
        if (this.serialDates.size < MEMO_LIMIT) this.serialDates.set(cell, entry);
      }
      return entry;
    }
    return this.readDate(cell);
  }

  private readDate(cell: CellValue): DateEntry {
    if (isBlankCell(cell)) return BLANK_DATE;
    let parsed: ParsedDate;
    let order: DateOrder | undefined;
    if (typeof cell === 'string') {
      const text = dayFromText(cell);
      parsed = text;
      order = text.order;
    } else parsed = dayFromCell(cell, this.date1904);
    if (parsed.ok && (parsed.day < FIRST_REGISTER_DAY || parsed.day > LAST_REGISTER_DAY)) parsed = OUTSIDE_REGISTER_YEARS;
    return { blank: false, parsed, order };
  }

  /**
   * The school's recorded actions: unlike the other pupil fields, every distinct text counts (a
   * register notes each conversation or letter on the row it belongs to), kept in register order.
   */
  private collectActions(pupil: PupilState, cell: CellValue): void {
    if (isBlankCell(cell)) return;
    const text = cellText(cell);
    // An error value is already reported as a warning on its cell; it is no action.
    if (!text || isErrorValue(text)) return;
    const seen = (pupil.actionsSeen ??= new Set());
    if (seen.has(text)) return;
    seen.add(text);
    (pupil.student.schoolActions ??= []).push(text);
  }

  /** Fills what is still unknown of a pupil from this row (the first row that gives a field wins). */
  private collectStudent(pupil: PupilState, row: readonly CellValue[]): void {
    const col = this.col;
    const s = pupil.student;
    if (!s.name) s.name = this.nameOf(row);
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
          const hit = this.dobCache.get(v);
          if (hit) d = hit;
          else {
            d = dayFromText(v);
            this.dobCache.set(v, d);
          }
        } else d = dayFromCell(v, this.date1904);
        if (d.ok) s.dateOfBirth = d.day;
      }
    }
    pupil.complete =
      (s.name !== '' || this.noNameColumns) &&
      (s.className !== '' || col.className < 0) &&
      (s.mentor !== '' || col.mentor < 0) &&
      (s.bsn !== undefined || col.bsn < 0) &&
      (s.dateOfBirth !== undefined || col.dateOfBirth < 0);
  }

  private nameOf(row: readonly CellValue[]): string {
    const col = this.col;
    if (col.studentName >= 0) {
      const n = cellText(row[col.studentName]);
      if (n) return n;
    }
    if (col.firstName < 0 && col.lastName < 0) return '';
    const parts = [cellText(at(row, col.firstName)), cellText(at(row, col.infix)), cellText(at(row, col.lastName))];
    return parts.filter((p) => p !== '').join(' ');
  }

  /**
   * Whether two counted rows of one pupil and day are exact copies: the fields register.md compares
   * besides pupil and date, each trimmed and case-insensitive, the code by its mapping key. Equal
   * lesson cells always give equal lesson numbers, so rows with different numbers are told apart
   * without reading their cells (in a register, the usual case: one row per lesson).
   */
  private sameCells(a: number, b: number): boolean {
    if (this.pendingCode[a] !== this.pendingCode[b]) return false;
    const ra = this.pendingOutcome[a] as AbsenceRow;
    const rb = this.pendingOutcome[b] as AbsenceRow;
    if (ra.lesson !== rb.lesson || ra.lessonTo !== rb.lessonTo) return false;
    const width = this.dupColumns.length;
    const cells = this.dupCells;
    for (let k = 0, x = a * width, y = b * width; k < width; k++) if (!samePart(cells[x + k], cells[y + k])) return false;
    return true;
  }
}

const OUTSIDE_CALENDAR = 1;
const NO_SCHOOL_DAY = 2;
const SCHOOL_DAY = 3;

/** The calendar's verdict per day of the register's range, and its messages, worked out once per day. */
class DayChecks {
  private readonly states: Uint8Array;
  private readonly messages = new Map<DayNumber, Text2>();
  private periods: ReturnType<SchoolCalendar['holidayPeriods']> | null = null;

  constructor(
    private readonly calendar: SchoolCalendar,
    private readonly region: Settings['calendar']['region'],
    private readonly minDay: DayNumber,
    maxDay: DayNumber,
  ) {
    this.states = new Uint8Array(maxDay - minDay + 1);
  }

  state(day: DayNumber): number {
    let s = this.states[day - this.minDay];
    if (s === 0) {
      s = !this.calendar.isCovered(day) ? OUTSIDE_CALENDAR : !this.calendar.isSchoolDay(day) ? NO_SCHOOL_DAY : SCHOOL_DAY;
      this.states[day - this.minDay] = s;
    }
    return s;
  }

  outsideMessage(day: DayNumber): Text2 {
    let m = this.messages.get(day);
    if (!m) {
      const o = outsideCalendarMessage(day, this.region);
      m = { nl: o.message, en: o.messageEn };
      this.messages.set(day, m);
    }
    return m;
  }

  noSchoolMessage(day: DayNumber): Text2 {
    let m = this.messages.get(day);
    if (!m) {
      const why = nonSchoolDayReason(day, this.calendar.dayKind(day), this.periodName(day));
      m = { nl: `${dutchDate(day)} is ${why.nl}; de rij telt niet mee.`, en: `${isoFromDay(day)} is ${why.en}; the row is not counted.` };
      this.messages.set(day, m);
    }
    return m;
  }

  /** Name of the holiday period holding a day, looked up only for the (few) days that need it. */
  private periodName(day: DayNumber): string | undefined {
    this.periods ??= this.calendar.holidayPeriods();
    for (const p of this.periods) if (day >= p.start && day <= p.end) return p.name || undefined;
    return undefined;
  }
}

/**
 * Whether a row is empty. A filled pupil number starting with a printable ASCII character settles
 * it without looking at the other cells (whitespace that trim() removes is never in that range).
 */
function isBlankRow(row: readonly CellValue[], idCol: number): boolean {
  const id = row[idCol];
  if (typeof id === 'string' && id.length > 0) {
    const c = id.charCodeAt(0);
    if (c > 32 && c < 127) return false;
  }
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

const NO_CELLS: readonly CellValue[] = [];

function at(row: readonly CellValue[], col: number): CellValue {
  return col < 0 ? null : row[col];
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

function samePart(a: CellValue, b: CellValue): boolean {
  return a === b || keyPart(a) === keyPart(b);
}

function keyPart(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim().toLowerCase();
  return cellText(v).toLowerCase();
}
