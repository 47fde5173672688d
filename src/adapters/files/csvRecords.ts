import { shortText } from '../../core/register/cellText';
import type { CellValue, FileIssue } from '../../core/register/types';
import { excelSafeText } from './xlsxSheetCells';

const QUOTE = 34;
const LF = 10;
const CR = 13;
/**
 * A quoted cell may run over this many line breaks (a remark of several lines); a quote that
 * would swallow more is a stray one.
 */
export const MAX_CELL_LINE_BREAKS = 50;
/**
 * Line feeds that must follow the start of a record before it is read from a piece of a longer
 * text: a record spans at most MAX_CELL_LINE_BREAKS + 1 lines, and a quote that finds no closing
 * quote within them is a stray one, so with this many lines ahead the record reads exactly as it
 * would from the whole text.
 */
export const RECORD_LOOKAHEAD_LINES = MAX_CELL_LINE_BREAKS + 2;
/** Cell text quoted in a problem message. */
const SHOWN = 40;
/**
 * Distinct texts remembered per column. A column of mostly distinct texts (a free remark, a time
 * stamp) would otherwise hold an entry per row; past this the column's memory starts afresh.
 */
const INTERNED_PER_COLUMN = 1 << 16;
/** V8 cuts shorter slices as copies; longer ones point into (and keep alive) the text they were cut from. */
const MIN_SLICE_LENGTH = 13;

/** A copy of `text` that does not keep the text it was cut from alive (join writes a new string). */
function detached(text: string): string {
  if (text.length < MIN_SLICE_LENGTH) return text;
  const half = text.length >> 1;
  return [text.slice(0, half), text.slice(half)].join('');
}

/**
 * The records of a CSV body (line ends LF or CRLF), read piece by piece so that the whole text of
 * a large file never has to exist at once. Lines without a quote are split directly; each row's
 * cells are finished while they are new: empty cells become null, a cell equal to the one above it
 * becomes that same string, and every other text becomes the one copy kept for its column, so the
 * grid holds one string per distinct date, class, code or name instead of one per row (less
 * memory, and the import compares such cells without reading their characters), and no cell keeps
 * the piece of text it was cut from in memory.
 */
export class CsvRecords {
  readonly cells: CellValue[][] = [];
  readonly issues: FileIssue[] = [];
  /** Grid rows that span more than one line, with their line breaks inside cells. */
  readonly multiLine = new Map<number, number>();
  private above: CellValue[] = [];
  private width = 0;
  private readonly kept: Map<string, string>[] = [];

  constructor(readonly delimiter: string) {}

  /**
   * Reads the records at the start of `text`, up to the last one that RECORD_LOOKAHEAD_LINES line
   * feeds still follow, or all of them when `last` (no text follows). Returns where the first
   * record not read starts: that rest goes in front of the next piece.
   */
  read(text: string, last: boolean): number {
    const limit = last ? text.length : lookaheadLimit(text);
    const delimiter = this.delimiter;
    const cells = this.cells;
    const n = text.length;
    let nextQuote = text.indexOf('"');
    let pos = 0;
    while (pos < n && (last || pos <= limit)) {
      let eol = text.indexOf('\n', pos);
      if (eol === -1) eol = n;
      const lineEnd = eol > pos && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
      let row: CellValue[];
      if (nextQuote === -1 || nextQuote >= lineEnd) {
        row = text.slice(pos, lineEnd).split(delimiter);
        pos = eol + 1;
      } else {
        let record = readRecord(text, pos, delimiter, true);
        // Two stray quotes can pair up over the lines between them: no cell may then run over a line end.
        if (record.lineBreaks > 0 && swallowsRecords(record.fields, delimiter, this.width)) record = readRecord(text, pos, delimiter, false);
        row = record.fields;
        if (record.lineBreaks > 0) this.multiLine.set(cells.length, record.lineBreaks);
        if (record.strayAt >= 0) this.issues.push(strayQuote(cells.length, record.strayAt, record.fields));
        pos = record.next;
      }
      this.finishRow(row);
      cells.push(row);
    }
    return Math.min(pos, n);
  }

  private finishRow(row: CellValue[]): void {
    const above = this.above;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === '') row[c] = null;
      else if (v === above[c]) row[c] = above[c];
      else if (typeof v === 'string') {
        let text = v;
        if (v.charCodeAt(0) === 61) {
          // ="02001": Excel-safe text that keeps leading zeros; the text is 02001.
          const safe = excelSafeText(v);
          if (safe === '') {
            row[c] = null;
            continue;
          }
          if (safe !== undefined) text = safe;
        }
        row[c] = this.keep(c, text);
      }
    }
    if (row.length > this.width) this.width = row.length;
    this.above = row;
  }

  /** The one copy of `text` kept for column `c`. */
  private keep(c: number, text: string): string {
    let seen = this.kept[c];
    if (seen === undefined) {
      seen = new Map();
      this.kept[c] = seen;
    }
    let kept = seen.get(text);
    if (kept === undefined) {
      kept = detached(text);
      if (seen.size >= INTERNED_PER_COLUMN) seen.clear();
      seen.set(kept, kept);
    }
    return kept;
  }
}

/** The last position in `text` with RECORD_LOOKAHEAD_LINES line feeds at or after it; -1 when there are fewer. */
function lookaheadLimit(text: string): number {
  let at = text.length;
  for (let k = 0; k < RECORD_LOOKAHEAD_LINES; k++) {
    if (at <= 0) return -1;
    at = text.lastIndexOf('\n', at - 1);
    if (at === -1) return -1;
  }
  return at;
}

function strayQuote(row: number, col: number, fields: readonly string[]): FileIssue {
  const text = fields[col] ?? '';
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
