import type { Settings } from '../settings/schema';
import { findHeader } from './detectHeader';
import { RegisterHeaderError } from './headerError';
import { dateOrderWarning } from './problemMessages';
import { summarizeCodes } from './codeSummary';
import { RowReader, type Columns } from './rowReader';
import type { CellGrid, FieldMapping, ImportOptions, RegisterField, RegisterImport } from './types';

const ALL_FIELDS: readonly RegisterField[] = [
  'studentId', 'studentName', 'firstName', 'infix', 'lastName', 'className', 'mentor', 'dateOfBirth', 'bsn', 'date',
  'lesson', 'lessonTo', 'startTime', 'endTime', 'minutes', 'hours', 'code', 'kind', 'authorised', 'remark',
];

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
  const reader = new RowReader({ cells, settings, col, headers, headerIndex, firstSheetRow, firstSheetColumn, date1904 });
  for (let r = headerIndex + 1; r < cells.length; r++) reader.readRow(r);
  reader.countRows();

  const { rows, problems, rowsRead } = reader;
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
  if (reader.lastDay !== undefined) result.lastDay = reader.lastDay;
  if (reader.monthFirstOnly > 0 && reader.dayFirstOnly === 0) {
    const c = col.date;
    result.dateOrderWarning = dateOrderWarning(`${reader.headerOf(c)} (${reader.letterOf(c)})`, reader.monthFirstExample, reader.monthFirstOnly);
  }
  return result;
}
