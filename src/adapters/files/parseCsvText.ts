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

/** Parses CSV text (BOM already removed or not) into a grid of strings, empty cells as null. */
export function parseCsvText(text: string): RegisterFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), skipEmptyLines: false });
  // Empty cells become null in place: a million-row register should not be copied.
  const cells = parsed.data as CellValue[][];
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    for (let c = 0; c < row.length; c++) if (row[c] === '') row[c] = null;
  }
  // A file ending in a newline gives one empty last line: drop it, it is no row of the sheet.
  if (cells.length > 0 && cells[cells.length - 1].every((v) => v === null)) cells.pop();
  return { cells, date1904: false };
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
