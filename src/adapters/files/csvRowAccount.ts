import { shortText } from '../../core/register/cellText';
import type { CellGrid, CellValue, FileIssue } from '../../core/register/types';

const SHOWN = 40;

/** Lines of a CSV body whose line ends are LF or CRLF; a last line without a line end counts, an empty one after the last line end does not. */
export function countCsvLines(body: string): number {
  if (body === '') return 0;
  let lines = 0;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lines++;
  return body.charCodeAt(body.length - 1) === 10 ? lines : lines + 1;
}

/**
 * The readers' own account of a CSV's rows, kept apart from the parser: the file's lines are
 * counted on their own, and every line must be taken by the grid, one line per row plus one per
 * line break inside a cell of that row (a quoted remark over two lines). When the numbers differ,
 * or a row the parser said spans several lines does not hold those line breaks, the grid is walked
 * against the lines to find the first row that does not match its line (compared without quote
 * characters), and that row is reported: the rows from there on may be lost or merged.
 * `multiLine` is the parser's claim (grid row → line breaks in its cells), checked, not trusted.
 */
export function accountCsvRows(
  body: string,
  cells: CellGrid,
  multiLine: ReadonlyMap<number, number>,
  delimiter = ';',
  decodeLine: (line: string) => string = (line) => line,
): FileIssue | undefined {
  const lines = countCsvLines(body);
  // Each row takes one line plus the line breaks in its cells. Only the rows the parser says span
  // several lines are searched for them: a line break hidden in any other row makes that row take
  // a line more than it is counted for, and the totals then differ just as for a lost line.
  let taken = cells.length;
  let claimsHold = true;
  for (const [r, claimed] of multiLine) {
    const breaks = lineBreaksIn(cells[r]);
    if (breaks !== claimed) claimsHold = false;
    taken += breaks;
  }
  if (taken === lines && claimsHold) return undefined;
  return divergence(body, cells, lines, taken, delimiter, decodeLine);
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

function divergence(body: string, cells: CellGrid, lines: number, taken: number, delimiter: string, decodeLine: (line: string) => string): FileIssue {
  // The lines as text (a file read as its UTF-8 bytes is decoded line by line here, on this rare path).
  const physical = body.split('\n').map(decodeLine);
  if (physical.length > 0 && physical[physical.length - 1] === '') physical.pop();
  let line = 0;
  let row = 0;
  for (; row < cells.length; row++) {
    const cellsOfRow = cells[row] ?? [];
    const joined = cellsOfRow.map((v) => (v === null || v === undefined ? '' : String(v))).join(delimiter);
    const firstLine = joined.split('\n')[0];
    if (line >= physical.length || withoutQuotes(physical[line] ?? '') !== withoutQuotes(firstLine)) break;
    line += 1 + lineBreaksIn(cellsOfRow);
  }
  const text = physical[line] ?? '';
  const shown = shortText(text, SHOWN);
  const missing = Math.max(0, lines - taken);
  const at = line < physical.length ? ` regel ${line + 1} van het bestand ("${shown}")` : ' het einde van het bestand';
  const atEn = line < physical.length ? ` line ${line + 1} of the file ("${shown}")` : ' the end of the file';
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
