import type { Settings } from '../settings/schema';
import { findHeader } from './detectHeader';
import { RegisterHeaderError } from './headerError';
import { dateOrderWarning } from './problemMessages';
import { summarizeCodes } from './codeSummary';
import { RowReader, type Columns } from './rowReader';
import { columnLetters } from './cellAddress';
import { where } from './problemMessages';
import type { CellGrid, CellValue, FieldMapping, FileIssue, ImportOptions, Problem, RegisterField, RegisterImport } from './types';

const ALL_FIELDS: readonly RegisterField[] = [
  'studentId', 'studentName', 'firstName', 'infix', 'lastName', 'className', 'mentor', 'dateOfBirth', 'bsn', 'date',
  'lesson', 'lessonTo', 'startTime', 'endTime', 'minutes', 'hours', 'code', 'kind', 'authorised', 'remark',
  'schoolActions',
];

/** How often (in rows, a power of two) onRowsRead is called. */
const ROWS_READ_EVERY = 65_536;

function columnsOf(mapping: FieldMapping): Columns {
  const cols = {} as Columns;
  for (const f of ALL_FIELDS) cols[f] = mapping[f] ?? -1;
  return cols;
}

/**
 * Reads a register grid into counted absence rows, pupils, codes and problems (register.md).
 * One pass over the rows parses and classifies them; the school calendar is then built once over
 * the dates found and a second pass over the rows with a date decides which count. Every row that
 * is not counted gives exactly one problem, by this precedence: missing-student, missing-date,
 * bad-date, outside-calendar, non-school-day, bad-duration, unmapped-code, under-five, duplicate
 * (a row on a day without lessons never counts, whatever its code, so that is said first).
 * Throws RegisterHeaderError when no header row with a pupil, date and code column is found.
 * The passes themselves, and how they stay fast on a million rows, are in RowReader.
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
  const fileIssues = options.fileIssues ?? [];
  const reader = new RowReader({ cells, settings, col, headers, headerIndex, firstSheetRow, firstSheetColumn, date1904, fileIssues });
  const owned = options.consumeRows ? (cells as (readonly CellValue[] | undefined)[]) : undefined;
  const onRows = options.onRowsRead;
  const total = cells.length - headerIndex - 1;
  for (let r = headerIndex + 1; r < cells.length; r++) {
    reader.readRow(r);
    if (owned) owned[r] = undefined;
    if (onRows && ((r - headerIndex) & (ROWS_READ_EVERY - 1)) === 0) onRows(r - headerIndex, total);
  }
  reader.countRows();

  const { rows, problems, rowsRead } = reader;
  let rowsMissing = 0;
  for (const issue of fileIssues) {
    if (issue.kind === 'row-account') {
      rowsMissing += issue.missingRows ?? 0;
      problems.push(fileProblem(issue, firstSheetRow, firstSheetColumn, headers, false));
    } else if (issue.row <= headerIndex) {
      // Above the register (a title, the header itself): nothing to count, but still said.
      problems.push(fileProblem(issue, firstSheetRow, firstSheetColumn, headers, true));
    }
  }
  // Calendar problems were found in the second pass: put every problem back in sheet order.
  problems.sort((a, b) => a.row - b.row);
  const result: RegisterImport = {
    header: { row: firstSheetRow + headerIndex, headers, mapping },
    rows,
    students: reader.students,
    problems,
    codes: summarizeCodes(reader.codeRows()),
    counts: { rowsRead, rowsCounted: rows.length, rowsNotCounted: rowsRead - rows.length, blankRows: reader.blankRows },
  };
  if (rowsMissing > 0) result.counts.rowsMissing = rowsMissing;
  if (col.kind >= 0) result.kinds = reader.kinds.summary();
  if (col.authorised >= 0) result.authorisedValues = reader.authorised.summary();
  if (reader.lastDay !== undefined) result.lastDay = reader.lastDay;
  if (reader.monthFirstOnly > 0 && reader.dayFirstOnly === 0) {
    const c = col.date;
    result.dateOrderWarning = dateOrderWarning(`${reader.headerOf(c)} (${reader.letterOf(c)})`, reader.monthFirstExample, reader.monthFirstOnly);
  }
  return result;
}

/** A reader's issue outside the rows read (above the header, or the row account) as a problem. */
function fileProblem(issue: FileIssue, firstSheetRow: number, firstSheetColumn: number, headers: readonly string[], warning: boolean): Problem {
  const sheetRow = firstSheetRow + issue.row;
  const cell = issue.col !== undefined ? `${columnLetters(issue.col + firstSheetColumn)}${sheetRow}` : undefined;
  const column = issue.col !== undefined ? headers[issue.col] || null : null;
  const w = where(sheetRow, cell, column);
  const p: Problem = { row: sheetRow, column, kind: issue.kind, message: w.nl + issue.detail, messageEn: w.en + issue.detailEn };
  if (cell) p.cell = cell;
  if (warning) p.warning = true;
  return p;
}
