import { shortText } from '../../core/register/cellText';
import type { CellGrid, CellValue, FileIssue } from '../../core/register/types';

const SHOWN = 40;

/** Lines of a CSV body whose line ends are LF or CRLF; a last line without a line end counts, an empty one after the last line end does not. */
export function countCsvLines(body: string): number {
  const count = new CsvLineCount();
  count.push(body);
  return count.lines;
}

/**
 * countCsvLines over a body that comes in pieces: the line ends of each piece are counted as it
 * passes, apart from the parser, so the account holds for a file too large to keep as one text.
 */
export class CsvLineCount {
  private lineEnds = 0;
  private lastChar = -1;

  push(piece: string): void {
    if (piece === '') return;
    let n = 0;
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) n++;
    this.lineEnds += n;
    this.lastChar = piece.charCodeAt(piece.length - 1);
  }

  get lines(): number {
    if (this.lastChar === -1) return 0;
    return this.lastChar === 10 ? this.lineEnds : this.lineEnds + 1;
  }
}

/**
 * The lines of a body that comes in pieces, as body.split('\n') gives them (an empty line after
 * the last line end not counted), handed to `visit` one by one until it returns false.
 */
export class PhysicalLines {
  private partial = '';
  private going = true;

  constructor(private readonly visit: (line: string) => boolean) {}

  /** Takes the next piece; false once `visit` has had enough. */
  push(piece: string): boolean {
    if (!this.going) return false;
    let start = 0;
    for (let nl = piece.indexOf('\n'); nl !== -1; nl = piece.indexOf('\n', start)) {
      const line = this.partial === '' ? piece.slice(start, nl) : this.partial + piece.slice(start, nl);
      this.partial = '';
      start = nl + 1;
      if (!this.visit(line)) {
        this.going = false;
        return false;
      }
    }
    this.partial += piece.slice(start);
    return true;
  }

  end(): void {
    if (this.going && this.partial !== '') this.visit(this.partial);
    this.going = false;
  }
}

/** Feeds the lines of the body to `visit` (through PhysicalLines), once more from its start. */
export type BodyLines = (visit: (line: string) => boolean) => void;

/**
 * The readers' own account of a CSV's rows, kept apart from the parser: the file's lines are
 * counted on their own, and every line must be taken by the grid, one line per row plus one per
 * line break inside a cell of that row (a quoted remark over two lines). When the numbers differ,
 * or a row the parser said spans several lines does not hold those line breaks, the grid is walked
 * against the lines to find the first row that does not match its line (compared without quote
 * characters), and that row is reported: the rows from there on may be lost or merged.
 * `multiLine` is the parser's claim (grid row → line breaks in its cells), checked, not trusted.
 */
export function accountCsvRows(body: string, cells: CellGrid, multiLine: ReadonlyMap<number, number>, delimiter = ';'): FileIssue | undefined {
  return accountCsvLines(countCsvLines(body), cells, multiLine, delimiter, (visit) => {
    const lines = new PhysicalLines(visit);
    lines.push(body);
    lines.end();
  });
}

/**
 * accountCsvRows for a body read in pieces: `lines` is its count of lines (CsvLineCount), and
 * `bodyLines` reads the body's lines again, only when the grid does not take them all.
 */
export function accountCsvLines(
  lines: number,
  cells: CellGrid,
  multiLine: ReadonlyMap<number, number>,
  delimiter: string,
  bodyLines: BodyLines,
): FileIssue | undefined {
  let taken = 0;
  let claimsHold = true;
  for (let r = 0; r < cells.length; r++) {
    const breaks = lineBreaksIn(cells[r]);
    if (breaks !== (multiLine.get(r) ?? 0)) claimsHold = false;
    taken += 1 + breaks;
  }
  if (taken === lines && claimsHold) return undefined;
  const walk = new DivergenceWalk(cells, delimiter);
  bodyLines((line) => walk.next(line));
  return walk.issue(lines, taken);
}

function lineBreaksIn(row: readonly CellValue[] | undefined): number {
  if (!row) return 0;
  let n = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    for (let i = v.indexOf('\n'); i !== -1; i = v.indexOf('\n', i + 1)) n++;
  }
  return n;
}

function withoutQuotes(text: string): string {
  return text.replace(/"/g, '').replace(/\r$/, '');
}

/** The grid walked against the file's lines, line by line, to the first row that does not match its line. */
class DivergenceWalk {
  /** Index of the next line given. */
  private index = 0;
  /** The line the next row should start on. */
  private line = 0;
  private row = 0;
  /** The line where grid and file part; undefined when the lines ran out first. */
  private parted: string | undefined;

  constructor(
    private readonly cells: CellGrid,
    private readonly delimiter: string,
  ) {}

  /** Takes the next line of the file; false once the row where they part is found. */
  next(physical: string): boolean {
    // Lines inside a multi-line cell of the row before.
    if (this.index++ < this.line) return true;
    if (this.row < this.cells.length) {
      const cellsOfRow = this.cells[this.row] ?? [];
      const joined = cellsOfRow.map((v) => (v === null || v === undefined ? '' : String(v))).join(this.delimiter);
      const firstLine = joined.split('\n')[0];
      if (withoutQuotes(physical) === withoutQuotes(firstLine)) {
        this.line += 1 + lineBreaksIn(cellsOfRow);
        this.row++;
        return true;
      }
    }
    this.parted = physical;
    return false;
  }

  issue(lines: number, taken: number): FileIssue {
    const row = this.row;
    const missing = Math.max(0, lines - taken);
    const found = this.parted !== undefined;
    const shown = shortText(this.parted ?? '', SHOWN);
    const at = found ? ` regel ${this.line + 1} van het bestand ("${shown}")` : ' het einde van het bestand';
    const atEn = found ? ` line ${this.line + 1} of the file ("${shown}")` : ' the end of the file';
    return {
      row,
      kind: 'row-account',
      missingRows: missing,
      detail:
        `het bestand heeft ${lines} regels, de gelezen rijen verantwoorden er ${taken}; ze lopen uiteen bij${at}. ` +
        'Controleer het bestand vanaf hier: rijen kunnen ontbreken of samengevoegd zijn.',
      detailEn:
        `the file has ${lines} lines, the rows read account for ${taken}; they part at${atEn}. ` +
        'Check the file from here: rows may be missing or merged.',
    };
  }
}
