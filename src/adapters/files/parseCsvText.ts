import { shortText } from '../../core/register/cellText';
import type { CellValue, FileIssue } from '../../core/register/types';
import { accountCsvRows } from './csvRowAccount';
import { fromUtf8Bytes } from './utf8Bytes';
import { excelSafeText } from './xlsxSheetCells';
import type { RegisterFile } from './registerFile';

const CANDIDATES = [';', ',', '\t'] as const;
const SAMPLE_LINES = 20;
const QUOTE = 34;
const LF = 10;
const CR = 13;
/**
 * A quoted cell may run over this many line breaks (a remark of several lines); a quote that
 * would swallow more is a stray one.
 */
export const MAX_CELL_LINE_BREAKS = 50;
/** Cell text quoted in a problem message. */
const SHOWN = 40;

/**
 * The separator of a CSV: the candidate seen most often outside quotes in the first lines. Dutch
 * Excel writes semicolons (the comma is the decimal sign); a ";"-file with "1,5" in it still has
 * more semicolons than commas on every line, and a ","-file quotes its decimal commas. Excel's
 * "Unicode-tekst" and .tsv files use tabs.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < SAMPLE_LINES; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n') {
      lines++;
      // A stray quote does not blind the count for the rest of the sample.
      inQuotes = false;
    } else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = CANDIDATES[0];
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** A lone CR (old Mac line end) anywhere: then every CR, LF and CRLF is made one LF first. */
const LONE_CR = /\r(?!\n)/;

/**
 * Parses CSV text (a byte order mark removed or not) into a grid of strings, empty cells as null,
 * one grid row per record, blank lines included (the import skips them), so grid row i is the
 * row Excel shows as i + 1 when it opens the file.
 *
 * - Any line end per line: CRLF, LF and CR may be mixed (a file another tool appended to).
 * - Quotes as Excel writes them: a cell that starts with a quote runs to the closing quote, ""
 *   inside is one quote, and it may hold separators and line breaks. A cell whose quotes do not
 *   fit that (a remark `"moeder belde` never closed, a name `"Bram" Jansen`, a quoted cell that
 *   would run over more than MAX_CELL_LINE_BREAKS lines or widen the row past the header) is read
 *   as plain text up to the next separator or line end, its quotes kept, and reported, instead of
 *   swallowing the lines after it.
 * - The rows returned are then checked against the file's lines (csvRowAccount): any line the
 *   grid does not account for is reported by the row where they part.
 */
export function parseCsvText(text: string, options: { utf8InLatin1?: boolean } = {}): RegisterFile {
  const utf8InLatin1 = options.utf8InLatin1 === true;
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.indexOf('\r') !== -1 && LONE_CR.test(body)) body = body.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(body);
  const parsed = splitRecords(body, delimiter, utf8InLatin1);
  const issues = parsed.issues;
  const account = accountCsvRows(body, parsed.cells, parsed.multiLine, delimiter, utf8InLatin1 ? fromUtf8Bytes : undefined);
  if (account) issues.push(account);
  const out: RegisterFile = { cells: parsed.cells, date1904: false };
  if (issues.length > 0) out.issues = issues;
  return out;
}

interface Split {
  cells: CellValue[][];
  issues: FileIssue[];
  /** Grid rows that span more than one line, with their line breaks inside cells. */
  multiLine: Map<number, number>;
}

/**
 * The records of a CSV body (line ends LF or CRLF). Lines without a quote are split directly; each
 * row's cells are finished while they are new: empty cells become null, and a cell equal to the
 * one above it becomes that same string, so the grid holds one copy of a date, class or code
 * repeated down a column instead of one per row (less memory, and the import compares such cells
 * without reading their characters).
 */
export function splitRecords(body: string, delimiter: string, utf8InLatin1 = false): Split {
  const cells: CellValue[][] = [];
  const issues: FileIssue[] = [];
  const multiLine = new Map<number, number>();
  const n = body.length;
  // A small file's copies and slices cost little; its cells are only decoded.
  const decode = utf8InLatin1 ? fromUtf8Bytes : (text: string): string => text;
  const keep = n >= KEEP_FROM_CHARS ? cellKeeper(decode) : decode;
  // A small decoded file keeps its cells as split: no call per cell.
  const keeping = utf8InLatin1 || n >= KEEP_FROM_CHARS;
  let above: CellValue[] = [];
  // A cell is compared with the one above as the file has it: read as bytes (utf8InLatin1), a
  // stray byte 0xEB has the same text as the "ë" decoded above it, yet decodes to U+FFFD.
  let aboveAsRead: readonly string[] = [];
  let width = 0;
  let nextQuote = body.indexOf('"');
  let strayAt = -1;
  let pos = 0;
  while (pos < n) {
    let eol = body.indexOf('\n', pos);
    if (eol === -1) eol = n;
    const lineEnd = eol > pos && body.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = body.indexOf('"', pos);
    let read: string[];
    if (nextQuote === -1 || nextQuote >= lineEnd) {
      read = body.slice(pos, lineEnd).split(delimiter);
      pos = eol + 1;
    } else {
      let record = readRecord(body, pos, delimiter, true);
      // Two stray quotes can pair up over the lines between them: no cell may then run over a line end.
      if (record.lineBreaks > 0 && swallowsRecords(record.fields, delimiter, width)) record = readRecord(body, pos, delimiter, false);
      read = record.fields;
      if (record.lineBreaks > 0) multiLine.set(cells.length, record.lineBreaks);
      strayAt = record.strayAt;
      pos = record.next;
    }
    // Text as read is text as decoded unless the file is held as bytes: then the row is a new array.
    const row: CellValue[] = utf8InLatin1 ? new Array<CellValue>(read.length) : read;
    const same = utf8InLatin1 ? aboveAsRead : (above as readonly CellValue[]);
    for (let c = 0; c < read.length; c++) {
      const v = read[c];
      if (v === '') row[c] = null;
      else if (v === same[c]) row[c] = above[c];
      else if (v.charCodeAt(0) === 61) {
        // ="02001": Excel-safe text that keeps leading zeros; the text is 02001.
        const safe = excelSafeText(v);
        row[c] = safe === undefined ? keep(v) : safe === '' ? null : keep(safe);
      } else if (keeping) row[c] = keep(v);
    }
    if (strayAt >= 0) {
      issues.push(strayQuote(cells.length, strayAt, row));
      strayAt = -1;
    }
    if (row.length > width) width = row.length;
    above = row;
    if (utf8InLatin1) aboveAsRead = read;
    cells.push(row);
  }
  return { cells, issues, multiLine };
}

/** From this size of file on, each distinct text is kept once (below it, the lookups cost more than the memory they save). */
const KEEP_FROM_CHARS = 8 * 1024 * 1024;
/** Distinct short texts kept once; past this a register's column is free text, not worth remembering. */
const KEPT_TEXTS = 100_000;
/** Texts up to this length are looked up (numbers, dates, names, codes); longer ones are remarks. */
const KEPT_LENGTH = 40;

/**
 * What becomes of a cell's text in the grid. A register repeats its pupil numbers, names, classes,
 * mentors, codes and remarks on many rows (not always on the row above): the grid holds one copy
 * of each. Every text is also its own copy, never a slice of the file's text, which V8 would
 * otherwise keep whole (100 MB for a 100 MB file, twice that with one Turkish or Polish letter in
 * it) for as long as a single longer cell lives.
 */
function cellKeeper(decode: (text: string) => string): (text: string) => string {
  const kept = new Map<string, string>();
  return (text) => {
    if (text.length > KEPT_LENGTH) return decode(flatCopy(text));
    let one = kept.get(text);
    if (one === undefined) {
      // Looked up by the text as the file has it, which is what the next row holds too.
      const own = text.length >= 13 ? flatCopy(text) : text;
      one = decode(own);
      if (kept.size < KEPT_TEXTS) kept.set(own, one);
    }
    return one;
  };
}

/**
 * A copy of the characters, detached from the string it was cut from. (V8 cuts texts of 13 or more
 * characters as a view on their source; shorter ones are copied anyway.)
 */
function flatCopy(text: string): string {
  return (' ' + text).slice(1);
}

function strayQuote(row: number, col: number, fields: readonly CellValue[]): FileIssue {
  const text = typeof fields[col] === 'string' ? fields[col] : '';
  const shown = shortText(text, SHOWN);
  return {
    row,
    col,
    kind: 'unbalanced-quotes',
    detail: `losse of niet gesloten aanhalingstekens in de cel «${shown}»; de regel is als gewone tekst gelezen (aanhalingstekens blijven staan), controleer de cellen van deze rij.`,
    detailEn: `stray or unclosed quotes in the cell «${shown}»; the line was read as plain text (quotes kept), check the cells of this row.`,
  };
}

/**
 * Whether a record with a multi-line cell looks like several records joined by two stray quotes:
 * it is two or more cells wider than the widest row so far (once that is a header's width, 3 or
 * more), or a line
 * inside one of its cells holds as many separators as a row of its own would.
 */
function swallowsRecords(fields: readonly string[], delimiter: string, width: number): boolean {
  if (width < 3) return false;
  // One cell too many is a shifted row; two records joined are far wider.
  if (fields.length >= width + 2) return true;
  const enough = Math.max(2, width - 2);
  for (const f of fields) {
    if (f.indexOf('\n') === -1) continue;
    for (const line of f.split('\n').slice(1)) if (line.split(delimiter).length - 1 >= enough) return true;
  }
  return false;
}

interface CsvRecord {
  fields: string[];
  next: number;
  lineBreaks: number;
  /** The first cell whose quotes did not fit the rules and was read as written; -1 when none. */
  strayAt: number;
}

/**
 * One record from `pos` by Excel's quoting rules, cell by cell: a cell that starts with a quote
 * runs to its closing quote (over line breaks when `allowBreaks`, at most MAX_CELL_LINE_BREAKS),
 * which must end the cell. A cell whose quote never closes, or has text after its closing quote,
 * is read as written up to the next separator or the end of its line (and `strayAt` says which).
 */
function readRecord(body: string, pos: number, delimiter: string, allowBreaks: boolean): CsvRecord {
  const n = body.length;
  const fields: string[] = [];
  let lineBreaks = 0;
  let strayAt = -1;
  let i = pos;
  for (;;) {
    if (body.charCodeAt(i) === QUOTE) {
      const quoted = quotedCell(body, i, delimiter, allowBreaks, MAX_CELL_LINE_BREAKS - lineBreaks);
      if (quoted) {
        fields.push(quoted.value);
        lineBreaks += quoted.lineBreaks;
        i = quoted.end;
        if (i < n && body.startsWith(delimiter, i)) {
          i += delimiter.length;
          continue;
        }
        return { fields, next: afterLineEnd(body, i), lineBreaks, strayAt };
      }
      if (strayAt < 0) strayAt = fields.length;
    }
    let e = body.indexOf('\n', i);
    if (e === -1) e = n;
    const lineEnd = e > i && body.charCodeAt(e - 1) === CR ? e - 1 : e;
    const d = body.indexOf(delimiter, i);
    if (d !== -1 && d < lineEnd) {
      fields.push(body.slice(i, d));
      i = d + delimiter.length;
      continue;
    }
    fields.push(body.slice(i, lineEnd));
    return { fields, next: afterLineEnd(body, lineEnd), lineBreaks, strayAt };
  }
}

/** A quoted cell from the quote at `at`, or null when it does not close properly. `end` is just past the closing quote. */
function quotedCell(
  body: string,
  at: number,
  delimiter: string,
  allowBreaks: boolean,
  breaksLeft: number,
): { value: string; end: number; lineBreaks: number } | null {
  let j = at + 1;
  let value = '';
  let breaks = 0;
  for (;;) {
    const q = body.indexOf('"', j);
    if (q === -1) return null;
    for (let nl = body.indexOf('\n', j); nl !== -1 && nl < q; nl = body.indexOf('\n', nl + 1)) {
      if (!allowBreaks || ++breaks > breaksLeft) return null;
    }
    if (body.charCodeAt(q + 1) === QUOTE) {
      value += body.slice(j, q + 1);
      j = q + 2;
      continue;
    }
    value += body.slice(j, q);
    const end = q + 1;
    const c = body.charCodeAt(end);
    // The closing quote must end the cell: text after it ("Bram" Jansen) means it was no quoting.
    if (!(end >= body.length || c === LF || (c === CR && body.charCodeAt(end + 1) === LF) || body.startsWith(delimiter, end))) return null;
    return { value: breaks > 0 ? value.replace(/\r\n/g, '\n') : value, end, lineBreaks: breaks };
  }
}

/** Just past the line end at `at` (LF, or the CR of CRLF), or the end of the text. */
function afterLineEnd(body: string, at: number): number {
  if (at >= body.length) return body.length;
  return body.charCodeAt(at) === CR ? at + 2 : at + 1;
}
