import type { CellValue, FileIssue } from '../../core/register/types';
import { normalizeExcelValue } from './normalizeExcelValue';
import { decodeOoxmlEscapes, xmlDecode } from './xlsxParts';
import { xmlEvents } from './xmlStream';
import { INCOMPLETE, NOT_PLAIN, PlainRow, scanPlainRow, TYPE_S, TYPE_STR } from './xlsxPlainCell';
import { ByteTexts } from './byteTexts';
import { dateFromSerial } from '../../core/excelSerial';
import { boundedMemo } from '../../core/boundedMemo';

export interface SheetContext {
  sharedStrings: (string | null)[];
  /** Per cellXfs index: is the number format a date or time format? */
  dateStyles: boolean[];
  /** Per cellXfs index: a time-only format (h:mm, [h]:mm): read as shown, "0:50". */
  timeStyles?: boolean[];
  /** Per cellXfs index: the time format counts elapsed time ([h]:mm), so a value over 1 is over 24 hours. */
  elapsedStyles?: boolean[];
  /** Per cellXfs index: digits of a zero-padded format (000000000), 0 otherwise. */
  zeroPad?: number[];
  date1904: boolean;
  /** The chunks are UTF-8 bytes as Latin-1 text (ZipArchive's 'utf8-as-latin1'). */
  utf8InLatin1?: boolean;
}

/** What the grid builder needs from the sheet XML as it streams: text chunks, then the end. */
export interface SheetCellsBuilder {
  write(chunk: string): void;
  /**
   * The sheet's inflated bytes, chunk by chunk (instead of write): plain rows are read from the
   * bytes themselves (xlsxPlainCell), everything else as text by the tokenizer. Needs utf8InLatin1.
   */
  writeBytes(chunk: Buffer): void;
  finish(): CellValue[][];
  /** Formulas saved without a result, by grid row and column (after finish). */
  issues(): FileIssue[];
}

/** A time-of-day fraction or span as Excel shows it in h:mm / [h]:mm: "8:30", "0:50", "26:30". */
function clockText(days: number, elapsed: boolean): string {
  const span = elapsed ? days : days - Math.floor(days);
  const seconds = Math.round(span * 86_400);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const sec = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}${sec ? `:${String(sec).padStart(2, '0')}` : ''}`;
}

/** Excel-safe text a CSV export wraps as a formula, ="02001": the text itself. */
export function excelSafeText(text: string): string | undefined {
  const m = /^="((?:[^"]|"")*)"$/.exec(text);
  return m ? m[1].replace(/""/g, '"') : undefined;
}

// exceljs's utils.excelToDate, coercion of non-numbers included.
function excelToDate(serial: number, date1904: boolean): Date {
  return dateFromSerial(serial, date1904);
}

/**
 * One copy per distinct text: a register repeats its names, classes and codes on every row. The
 * copy is also detached from the XML chunk it was cut from, which would otherwise stay in memory.
 */
export function textInterner(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let kept = seen.get(text);
    if (kept === undefined) {
      kept = (' ' + text).slice(1);
      seen.set(kept, kept);
    }
    return kept;
  };
}

/** The number that b[from, to) spells in decimal digits, exactly; -1 for anything else (or more than 15 digits). */
function digitsIn(b: Uint8Array, from: number, to: number): number {
  if (to - from > 15) return -1;
  let n = 0;
  for (let j = from; j < to; j++) {
    const d = b[j] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function columnNumber(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else break;
  }
  return col;
}

function rowNumber(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  return Number.parseInt(ref.slice(i), 10);
}

/**
 * Builds the grid of one worksheet from its XML, fed in chunks, with exceljs's in-memory reading
 * rules: a cell's value by its type (`t`), date-formatted numbers (and formula results) as Dates,
 * only cells that hold a value or formula widen their row, every <row> and merge counts towards
 * the height, and a merged range keeps its value in the top-left cell only. Holds the grid and the
 * merge list, never the XML.
 */
export function sheetCellsBuilder(ctx: SheetContext): SheetCellsBuilder {
  const rows: CellValue[][] = [];
  const intern = textInterner();
  const merges: string[] = [];
  const issues: FileIssue[] = [];
  let height = 0;
  let hadValue = false;

  let row: CellValue[] | undefined;
  let rowNo = 0;
  let inSheetData = false;
  // The open <c>.
  let cellCol = 0;
  let cellType: string | undefined;
  let cellStyle = 0;
  let lastCol = 0;
  let formula: string | undefined;
  let shareType: string | undefined;
  let value: string | undefined;
  let runs: string[] | undefined;
  let runText: string[] | undefined;
  let capture: 'f' | 'v' | 'run' | undefined;

  // A register repeats its dates down every row: each serial becomes its date (or day fraction)
  // once. The grid's cells are read, never changed, so rows may share one Date.
  const dateOf = boundedMemo((serial: number): CellValue => normalizeExcelValue(excelToDate(serial, ctx.date1904), ctx.date1904), 50_000);

  /** A number cell (no type, or n) by its style: zero-padded, a clock time, a date, or the number. */
  const numberCell = (n: number, style: number): CellValue => {
    if (style === 0) return n;
    const pad = ctx.zeroPad?.[style] ?? 0;
    // A BSN or pupil number typed as a number with format 000000000 keeps its leading zeros.
    if (pad > 0 && Number.isInteger(n) && n >= 0) return intern(String(n).padStart(pad, '0'));
    if (ctx.timeStyles?.[style] && Number.isFinite(n)) return intern(clockText(n, ctx.elapsedStyles?.[style] ?? false));
    return ctx.dateStyles[style] ? dateOf(n) : n;
  };

  const finishCell = (): void => {
    if (!row) return;
    let out: CellValue | undefined;
    if ((formula || shareType) && !hadValue) {
      // Saved by a tool that does not calculate (or with calculation off): no result to read.
      issues.push({
        row: rowNo - 1,
        col: cellCol - 1,
        kind: 'formula-not-calculated',
        detail: 'formule niet berekend: open het bestand in Excel en sla het op, dan staat de uitkomst erin.',
        detailEn: 'formula not calculated: open and save the file in Excel, then its result is stored.',
      });
      row[cellCol - 1] = null;
      return;
    }
    if (value !== undefined && cellType === 'd') {
      // An ISO date cell (t="d"): a date, a time-only one as its day fraction.
      const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.length === 10 ? `${value}T00:00:00` : value}Z`;
      const d = new Date(iso);
      row[cellCol - 1] = Number.isNaN(d.getTime()) ? intern(value) : normalizeExcelValue(d, ctx.date1904);
      return;
    }
    if (value !== undefined && !formula && !shareType && (cellType === undefined || cellType === 'n')) {
      row[cellCol - 1] = numberCell(Number.parseFloat(value), cellStyle);
      return;
    }
    if (formula || shareType) {
      let result: string | number | boolean | Date | { error: string } | undefined;
      if (value) {
        if (cellType === 'str') result = xmlDecode(value);
        else if (cellType === 'b') result = Number.parseInt(value, 10) !== 0;
        else if (cellType === 'e') result = { error: value };
        else result = Number.parseFloat(value);
      }
      if (result !== undefined && cellStyle > 0 && ctx.dateStyles[cellStyle]) result = excelToDate(Number(result), ctx.date1904);
      if (typeof result === 'string') result = intern(result);
      out = result === undefined ? null : typeof result === 'object' && !(result instanceof Date) ? result.error : normalizeExcelValue(result, ctx.date1904);
    } else if (runs) {
      // Rich inline text: exceljs keeps it rich whatever the type says.
      out = intern(runs.join('')) || null;
    } else if (value !== undefined) {
      switch (cellType) {
        case 's':
          out = ctx.sharedStrings[Number.parseInt(value, 10)] ?? null;
          break;
        case 'str':
          out = intern(xmlDecode(value)) || null;
          break;
        case 'inlineStr':
          out = intern(value) || null;
          break;
        case 'b':
          out = Number.parseInt(value, 10) !== 0;
          break;
        case 'e':
          out = intern(value);
          break;
        default: {
          const n = Number.parseFloat(value);
          out = cellStyle > 0 && ctx.dateStyles[cellStyle] ? dateOf(n) : n;
        }
      }
    }
    if (out !== undefined) row[cellCol - 1] = out;
  };

  const parser = xmlEvents({
    open(node) {
      switch (node.name) {
        case 'sheetData':
          inSheetData = true;
          break;
        case 'row':
          if (!inSheetData) break;
        {
          const r = node.attr('r');
          rowNo = r !== undefined ? Number.parseInt(r, 10) : rowNo + 1;
        }
          if (rowNo > height) height = rowNo;
          row = rows[rowNo - 1] ??= [];
          lastCol = 0;
          break;
        case 'c':
          if (!row) break;
        {
          const ref = node.attr('r');
          cellCol = ref !== undefined ? columnNumber(ref) : lastCol + 1;
          lastCol = cellCol;
          cellType = node.attr('t');
          const style = node.attr('s');
          // exceljs ignores style 0 (and so its number format).
          cellStyle = style !== undefined ? Number.parseInt(style, 10) || 0 : 0;
        }
          formula = undefined;
          shareType = undefined;
          value = undefined;
          runs = undefined;
          capture = undefined;
          hadValue = false;
          break;
        case 'is':
          if (row) hadValue = true;
          break;
        case 'f':
          if (!row) break;
          shareType = node.attr('t');
          capture = 'f';
          break;
        case 'v':
        case 't':
          if (!row) break;
          hadValue = true;
          if (capture === 'run') runText = [];
          else capture = 'v';
          break;
        case 'r':
          if (!row) break;
          capture = 'run';
          runText = undefined;
          break;
        case 'mergeCell': {
          const ref = node.attr('ref');
          if (ref) merges.push(ref);
          break;
        }
      }
    },
    text(text) {
      if (capture === 'f') formula = formula === undefined ? text : formula + text;
      else if (capture === 'v') value = value === undefined ? text : value + text;
      else if (capture === 'run' && runText) runText.push(text);
    },
    close(name) {
      switch (name) {
        case 'sheetData':
          inSheetData = false;
          row = undefined;
          break;
        case 'row':
          row = undefined;
          break;
        case 'c':
          finishCell();
          capture = undefined;
          break;
        case 'f':
        case 'v':
        case 'is':
          capture = undefined;
          break;
        case 't':
          if (capture === 'run') break;
          capture = undefined;
          break;
        case 'r':
          if (capture === 'run') {
            (runs ??= []).push(decodeOoxmlEscapes((runText ?? []).join('')));
            runText = undefined;
            capture = undefined;
          }
          break;
      }
    },
  }, { utf8InLatin1: ctx.utf8InLatin1 });

  // Reading from the bytes: 'before' sheetData (all text), in 'rows' (plain rows from the bytes),
  // 'after' the rows (all text again, for good: whatever is not a plain row hands the rest over).
  let mode: 'before' | 'rows' | 'after' = 'before';
  let carry: Buffer | undefined;
  const plain = new PlainRow();
  const texts = new ByteTexts<string>((text) => text);
  const numbers = new ByteTexts<number>((text) => Number.parseFloat(text));

  /** A plain row scanned into `plain`: its cells into the grid as the events would put them. */
  const takePlainRow = (b: Uint8Array): void => {
    rowNo = plain.rowNo > 0 ? plain.rowNo : rowNo + 1;
    if (rowNo > height) height = rowNo;
    let cells = rows[rowNo - 1];
    if (cells === undefined) {
      // Sized at once to the last cell with a value (the width the row will have), rather than
      // grown one cell at a time.
      let width = 0;
      for (let k = 0, c = 0; k < plain.count; k++) {
        c = plain.col[k] > 0 ? plain.col[k] : c + 1;
        if (plain.to[k] > plain.from[k]) width = c;
      }
      cells = rows[rowNo - 1] = new Array<CellValue>(width);
    }
    let col = 0;
    for (let k = 0; k < plain.count; k++) {
      col = plain.col[k] > 0 ? plain.col[k] : col + 1;
      const from = plain.from[k];
      const to = plain.to[k];
      if (to === from) continue;
      const type = plain.type[k];
      if (type === TYPE_STR) cells[col - 1] = texts.get(b, from, to) || null;
      else if (type === TYPE_S) {
        let index = digitsIn(b, from, to);
        if (index < 0) index = Number.parseInt(texts.get(b, from, to), 10);
        cells[col - 1] = ctx.sharedStrings[index] ?? null;
      } else {
        // Digits only (a pupil number, a date serial, a lesson) are read as they are; the rest
        // (decimals, exponents, signs) once per distinct text by parseFloat.
        const n = digitsIn(b, from, to);
        cells[col - 1] = numberCell(n >= 0 ? n : numbers.get(b, from, to), plain.style[k]);
      }
    }
    lastCol = col;
  };

  /** Hands bytes to the tokenizer as its text (the UTF-8 bytes as Latin-1). */
  const asText = (b: Buffer, from: number, to: number = b.length): void => {
    if (to > from) parser.write(b.toString('latin1', from, to));
  };

  const SHEET_DATA = Buffer.from('<sheetData>', 'latin1');
  const ROW_END = Buffer.from('</row>', 'latin1');
  /** A row this long still unfinished goes to the tokenizer, which reads any length chunk by chunk. */
  const MAX_ROW_BYTES = 8 << 20;

  const writeBytes = (chunk: Buffer): void => {
    const b = carry ? Buffer.concat([carry, chunk]) : chunk;
    carry = undefined;
    let i = 0;
    if (mode === 'before') {
      const at = b.indexOf(SHEET_DATA);
      if (at === -1) {
        // Keep what may be the start of the tag for the next chunk.
        const keep = Math.max(0, b.length - SHEET_DATA.length);
        asText(b, 0, keep);
        carry = Buffer.from(b.subarray(keep));
        return;
      }
      i = at + SHEET_DATA.length;
      asText(b, 0, i);
      // Only a real start tag (not one in a comment) with nothing held back turns to the bytes.
      mode = inSheetData && parser.idle() ? 'rows' : 'after';
    }
    while (mode === 'rows' && i < b.length) {
      const c = b[i];
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        i++;
        continue;
      }
      if (b.length - i < 5) break;
      const isRow = c === 60 && b[i + 1] === 114 && b[i + 2] === 111 && b[i + 3] === 119 && (b[i + 4] === 32 || b[i + 4] === 62 || b[i + 4] === 47);
      if (!isRow) {
        mode = 'after';
        break;
      }
      const end = scanPlainRow(b, i, plain);
      if (end >= 0) {
        takePlainRow(b);
        i = end;
        continue;
      }
      if (end === INCOMPLETE) {
        if (b.length - i > MAX_ROW_BYTES) mode = 'after';
        break;
      }
      if (end === NOT_PLAIN) {
        const close = b.indexOf(ROW_END, i);
        if (close === -1) {
          if (b.length - i > MAX_ROW_BYTES) mode = 'after';
          break;
        }
        asText(b, i, close + ROW_END.length);
        i = close + ROW_END.length;
        // The tokenizer must have read the whole row; if not, it reads the rest as well.
        if (row !== undefined || !parser.idle()) mode = 'after';
      }
    }
    if (mode === 'after') asText(b, i);
    else if (i < b.length) carry = Buffer.from(b.subarray(i));
  };

  return {
    write(chunk) {
      parser.write(chunk);
    },
    writeBytes(chunk) {
      if (!ctx.utf8InLatin1) throw new Error('writeBytes needs utf8InLatin1');
      writeBytes(chunk);
    },
    issues: () => issues,
    finish() {
      if (carry) {
        const rest = carry;
        carry = undefined;
        asText(rest, 0);
      }
      parser.close();
      for (const ref of merges) {
        const [from, to = from] = ref.split(':');
        const top = rowNumber(from);
        const left = columnNumber(from);
        const bottom = rowNumber(to);
        const right = columnNumber(to);
        if (!(top > 0 && left > 0 && bottom >= top && right >= left)) continue;
        if (bottom > height) height = bottom;
        for (let r = top; r <= bottom; r++) {
          const cells = rows[r - 1];
          if (!cells) continue;
          for (let c = r === top ? left + 1 : left; c <= right && c <= cells.length; c++) delete cells[c - 1];
          // exceljs skips merged cells, so they do not widen the row.
          while (cells.length > 0 && !(cells.length - 1 in cells)) cells.length--;
        }
      }
      const grid: CellValue[][] = new Array<CellValue[]>(height);
      for (let r = 0; r < height; r++) {
        const cells = rows[r];
        if (!cells) {
          grid[r] = [];
          continue;
        }
        // Fill the holes so every cell is null rather than missing.
        for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
        grid[r] = cells;
      }
      return grid;
    },
  };
}
