import type { FileIssue } from '../../core/register/types';
import { CsvRecords, RECORD_LOOKAHEAD_LINES } from './csvRecords';
import { accountCsvLines, CsvLineCount, PhysicalLines } from './csvRowAccount';
import type { RegisterFile } from './registerFile';

export { MAX_CELL_LINE_BREAKS } from './csvRecords';

const CANDIDATES = [';', ',', '\t'] as const;
const SAMPLE_LINES = 20;
const CR = 13;

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
 * The pieces of a text, one after the other (chunks of a decoded file, or the whole text at
 * once), handed to `visit` until it returns false. A source can be read more than once.
 */
export type TextSource = (visit: (text: string) => boolean) => void;

/**
 * A CSV text as the parser reads it, piece by piece: the byte order mark off its start, and line
 * ends made LF where a piece holds a lone CR (old Mac line ends). The parser reads CRLF and LF
 * alike, so a piece without a lone CR may keep its CRLFs; a CR at the end of a piece waits for
 * the next, as it may be half of a CRLF.
 */
export class CsvBody {
  private started = false;
  private cr = false;

  piece(text: string): string {
    let t = this.cr ? `\r${text}` : text;
    this.cr = false;
    if (!this.started) {
      if (t === '') return '';
      this.started = true;
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    }
    if (t.charCodeAt(t.length - 1) === CR) {
      this.cr = true;
      t = t.slice(0, -1);
    }
    return lineEnds(t);
  }

  /** What is left at the end of the text. */
  end(): string {
    const t = this.cr ? '\r' : '';
    this.cr = false;
    return lineEnds(t);
  }
}

function lineEnds(text: string): string {
  return text.indexOf('\r') !== -1 && LONE_CR.test(text) ? text.replace(/\r\n?/g, '\n') : text;
}

/** Counts line feeds in `text`, stopping at `most`. */
function lineFeeds(text: string, most: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && n < most; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** What parsing a CSV text gives before its rows are accounted for. */
export interface ParsedCsv {
  records: CsvRecords;
  /** The body's lines, counted apart from the parser. */
  lines: number;
}

/**
 * Reads the records of a CSV text given in pieces. Pieces are gathered until enough lines follow
 * for the records at their start to read as from the whole text (RECORD_LOOKAHEAD_LINES); the
 * records are read and the rest, a few lines, goes in front of the next piece. The separator is
 * taken from the first lines once they are in.
 */
export class CsvTextReader {
  private readonly body = new CsvBody();
  private readonly count = new CsvLineCount();
  private pending: string[] = [];
  private pendingLines = 0;
  private records: CsvRecords | undefined;

  push(text: string): void {
    const piece = this.body.piece(text);
    if (piece !== '') this.take(piece, false);
  }

  finish(): ParsedCsv {
    this.take(this.body.end(), true);
    return { records: this.records ?? new CsvRecords(detectDelimiter('')), lines: this.count.lines };
  }

  private take(piece: string, last: boolean): void {
    this.count.push(piece);
    if (piece !== '') this.pending.push(piece);
    if (!last) {
      this.pendingLines += lineFeeds(piece, RECORD_LOOKAHEAD_LINES);
      if (this.pendingLines < RECORD_LOOKAHEAD_LINES) return;
    }
    const window = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.records ??= new CsvRecords(detectDelimiter(window));
    const rest = window.slice(this.records.read(window, last));
    this.pending = rest === '' ? [] : [rest];
    this.pendingLines = lineFeeds(rest, RECORD_LOOKAHEAD_LINES);
  }
}

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
export function parseCsvText(text: string): RegisterFile {
  return parseCsvSource((visit) => {
    visit(text);
  });
}

/** parseCsvText for a text given in pieces (read again, for the row account, only when the grid does not take every line). */
export function parseCsvSource(source: TextSource): RegisterFile {
  const reader = new CsvTextReader();
  source((text) => {
    reader.push(text);
    return true;
  });
  const { records, lines } = reader.finish();
  const issues: FileIssue[] = records.issues;
  const account = accountCsvLines(lines, records.cells, records.multiLine, records.delimiter, (visit) => {
    const body = new CsvBody();
    const split = new PhysicalLines(visit);
    source((text) => split.push(body.piece(text)));
    split.push(body.end());
    split.end();
  });
  if (account) issues.push(account);
  const out: RegisterFile = { cells: records.cells, date1904: false };
  if (issues.length > 0) out.issues = issues;
  return out;
}
