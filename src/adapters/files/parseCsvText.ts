import Papa from 'papaparse';
import type { CellValue } from '../../core/register/types';
import type { RegisterFile } from './registerFile';

const CANDIDATES = [';', ',', '\t'] as const;
const SAMPLE_LINES = 20;

/**
 * The separator of a CSV: the candidate seen most often outside quotes in the first lines. Dutch
 * Excel writes semicolons (the comma is the decimal sign); a ";"-file with "1,5" in it still has
 * more semicolons than commas on every line, and a ","-file quotes its decimal commas.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < SAMPLE_LINES; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') lines++;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = CANDIDATES[0];
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** Characters per papaparse call for a text without quotes (each block runs on to a line end). */
const QUOTE_FREE_BLOCK = 1 << 21;
/** papaparse guesses the line end from the first 1 MB of its input (after a byte order mark): give it the same sample. */
const LINE_END_SAMPLE = 1 << 20;

/** Parses CSV text (BOM already removed or not) into a grid of strings, empty cells as null. */
export function parseCsvText(text: string): RegisterFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const cells = body.indexOf('"') === -1 ? parseQuoteFree(body, delimiter) : parseQuoted(body, delimiter);
  // A file ending in a newline gives one empty last line: drop it, it is no row of the sheet.
  if (cells.length > 0 && cells[cells.length - 1].every((v) => v === null)) cells.pop();
  return { cells, date1904: false };
}

function parseQuoted(body: string, delimiter: string): CellValue[][] {
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, fastMode: false });
  // Empty cells become null in place: a million-row register should not be copied.
  const cells = parsed.data as CellValue[][];
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    for (let c = 0; c < row.length; c++) if (row[c] === '') row[c] = null;
  }
  return cells;
}

/**
 * A text without a quote character: what papaparse's full parser would give, through its fast mode
 * (split on line ends, then on the separator). Registers exported by Magister, SOMtoday and
 * ParnasSys rarely quote anything. The text goes to papaparse in blocks of whole lines, and each
 * block's rows are finished while they are new: empty cells become null, and a cell equal to the
 * one above it becomes that same string, so the grid holds one copy of a date, class or code
 * repeated down a column instead of one per row (about half the cells of a register; less memory,
 * less garbage collection, and the import compares such cells without reading their characters).
 * `blockChars` (at least 1) is for tests.
 */
export function parseQuoteFree(body: string, delimiter: string, blockChars = QUOTE_FREE_BLOCK): CellValue[][] {
  const cells: CellValue[][] = [];
  if (body === '') return cells;
  // papaparse guesses the line end from the first 1 MB; guess once, then pass it to every block.
  const sample = body.slice(0, body.charCodeAt(0) === 0xfeff ? LINE_END_SAMPLE + 1 : LINE_END_SAMPLE);
  const newline = lineEnd(Papa.parse<string[]>(sample, { delimiter, preview: 1 }).meta.linebreak);
  let above: CellValue[] = [];
  let start = 0;
  while (start < body.length) {
    let end = body.length;
    let from = start + blockChars;
    while (from < body.length) {
      const next = body.indexOf(newline, from);
      if (next === -1) break;
      end = next + newline.length;
      // papaparse drops a byte order mark at the start of its input: a block never starts on one.
      if (body.charCodeAt(end) !== 0xfeff) break;
      from = end;
      end = body.length;
    }
    const rows = Papa.parse<string[]>(body.slice(start, end), { delimiter, newline, skipEmptyLines: false, fastMode: true })
      .data as CellValue[][];
    // A block that stops after a line end has an empty last line: it is the next block's first.
    if (end < body.length) rows.pop();
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === '') row[c] = null;
        else if (v === above[c]) row[c] = above[c];
      }
      above = row;
      cells.push(row);
    }
    start = end;
  }
  return cells;
}

/** papaparse only ever reports one of the three; anything else is its default, "\n". */
function lineEnd(guess: string): '\r\n' | '\r' | '\n' {
  return guess === '\r\n' || guess === '\r' ? guess : '\n';
}

/**
 * Text of a CSV file: UTF-8 (with or without BOM), or Windows-1252 when the bytes are not valid
 * UTF-8 — what Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)" writes, so "Zoë" reads
 * as "Zoë" and not as "Zo�".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
