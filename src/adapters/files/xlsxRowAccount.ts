import type { CellGrid, CellValue, FileIssue } from '../../core/register/types';

/**
 * The readers' own account of an .xlsx sheet's rows, kept apart from the cell parser: the sheet's
 * XML is scanned on its own for the `<row>` elements that hold a value (a cell with a `<v>`, an
 * inline string or a formula), and the grid the parser built must hold exactly those rows. A row
 * lost on the way (two rows with the same number, where the later one overwrites the earlier; a
 * row whose values fall under merged cells; a shared string that does not exist) is then one
 * named problem at the first row where file and grid part, instead of a row gone without a word.
 */

export interface SheetRowCounter {
  write(chunk: string): void;
  /** The same as write, for the sheet's bytes (UTF-8 read as Latin-1: the markup is ASCII). */
  writeBytes(chunk: Buffer): void;
  /** Sheet row numbers (1-based) of the `<row>` elements that hold a value, in file order. */
  rows(): number[];
}

/** A cell's own XML could in theory be long (a formula of 8,000 characters); past this it is taken as filled. */
const MAX_CELL_CHARS = 1 << 20;

const isNameEnd = (c: number): boolean => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/** String.prototype.trim's white space, as far as a sheet's ASCII markup can hold it. */
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0;

/** Where the element `open` (e.g. "<v") starts in buf[from, to), with its name complete there; -1 if nowhere. */
function elementAt(buf: string, open: string, from: number, to: number): number {
  // Step from '<' to '<' (a cell's body has a few): a plain indexOf(open) would run on to the end
  // of the chunk for every cell without one.
  for (let at = buf.indexOf('<', from); at !== -1 && at + open.length < to; at = buf.indexOf('<', at + 1)) {
    if (buf.startsWith(open, at) && isNameEnd(buf.charCodeAt(at + open.length))) return at;
  }
  return -1;
}

/** The text range of the element starting at `at` (up to the next '<', within `to`); undefined for a self-closing one. */
function textRange(buf: string, at: number, to: number): [number, number] | undefined {
  const gt = buf.indexOf('>', at);
  if (gt === -1 || gt >= to || buf.charCodeAt(gt - 1) === 47) return undefined;
  const lt = buf.indexOf('<', gt + 1);
  return [gt + 1, lt === -1 || lt > to ? to : lt];
}

/**
 * The row number of the `r` attribute in buf[from, to) (a row's start tag), read in place: white
 * space, r, optional spaces, =, optional spaces, a quote, digits (spaces around them allowed), the
 * same quote. Undefined when there is none.
 */
function rowNumberIn(buf: string, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    if (!isSpaceCode(buf.charCodeAt(i)) || buf.charCodeAt(i + 1) !== 114) continue;
    let j = i + 2;
    while (j < to && isSpaceCode(buf.charCodeAt(j))) j++;
    if (buf.charCodeAt(j) !== 61) continue;
    j++;
    while (j < to && isSpaceCode(buf.charCodeAt(j))) j++;
    const quote = buf.charCodeAt(j);
    if (quote !== 34 && quote !== 39) continue;
    j++;
    while (j < to && isSpaceCode(buf.charCodeAt(j))) j++;
    let n = 0;
    const digits = j;
    for (let d = buf.charCodeAt(j) - 48; j < to && d >= 0 && d <= 9; d = buf.charCodeAt(++j) - 48) n = n * 10 + d;
    if (j === digits) continue;
    while (j < to && isSpaceCode(buf.charCodeAt(j))) j++;
    if (buf.charCodeAt(j) === quote) return n;
  }
  return undefined;
}

/**
 * Counts, chunk by chunk, the `<row>` elements with a value. `emptySharedString(i)` says whether
 * shared string i is the empty string, so a cell that points to one is empty, as Excel shows it.
 */
export function sheetRowCounter(emptySharedString: (index: number) => boolean): SheetRowCounter {
  const found: number[] = [];
  let pending = '';
  let prefix: string | undefined;
  let rowOpen = '';
  let rowClose = '';
  let cellOpen = '';
  let cellClose = '';
  let inRow = false;
  let filled = false;
  let rowNo = 0;

  /** The namespace prefix of the root element (`x:` for `<x:worksheet>`), so prefixed sheets are counted too. */
  const findPrefix = (buf: string): boolean => {
    for (let i = buf.indexOf('<'); i !== -1; i = buf.indexOf('<', i + 1)) {
      const c = buf.charCodeAt(i + 1);
      if (Number.isNaN(c)) return false;
      if (c === 63 || c === 33) continue;
      let end = i + 1;
      while (end < buf.length && !isNameEnd(buf.charCodeAt(end))) end++;
      if (end >= buf.length) return false;
      const name = buf.slice(i + 1, end);
      const colon = name.indexOf(':');
      prefix = colon === -1 ? '' : name.slice(0, colon + 1);
      rowOpen = `<${prefix}row`;
      rowClose = `</${prefix}row>`;
      cellOpen = `<${prefix}c`;
      cellClose = `</${prefix}c>`;
      return true;
    }
    return false;
  };

  /**
   * Whether the cell at buf[c, ce) (its start tag ends at gt, its end tag starts at ce) holds a
   * value. Read in place, by offsets: a sheet has millions of cells, and cutting each one's tag and
   * body out (with arrays of their texts) was most of this counter's time.
   */
  const cellHoldsValue = (buf: string, c: number, gt: number, ce: number): boolean => {
    if (elementAt(buf, `<${prefix}f`, gt + 1, ce) !== -1) return true;
    let shared: boolean | undefined;
    const v = `<${prefix}v`;
    for (let at = elementAt(buf, v, gt + 1, ce); at !== -1; at = elementAt(buf, v, at + 1, ce)) {
      const range = textRange(buf, at, ce);
      if (range === undefined) continue;
      let from = range[0];
      let to = range[1];
      while (from < to && isSpaceCode(buf.charCodeAt(from))) from++;
      while (to > from && isSpaceCode(buf.charCodeAt(to - 1))) to--;
      if (from === to) continue;
      shared ??= /\st\s*=\s*["']s["']/.test(buf.slice(c, gt));
      if (shared) {
        const text = buf.slice(from, to);
        if (/^\d+$/.test(text) && emptySharedString(Number(text))) continue;
      }
      return true;
    }
    const t = `<${prefix}t`;
    for (let at = elementAt(buf, t, gt + 1, ce); at !== -1; at = elementAt(buf, t, at + 1, ce)) {
      const range = textRange(buf, at, ce);
      if (range !== undefined && range[1] > range[0]) return true;
    }
    return false;
  };

  /**
   * The next end tag of a row from `from`. Searched by its last two characters: V8 looks for a
   * short pattern by its first character, and '<' comes every few characters in a sheet, where
   * "w>" ends little but a row.
   */
  const rowCloseAt = (buf: string, from: number): number => {
    const back = rowClose.length - 2;
    for (let at = buf.indexOf('w>', from + back); at !== -1; at = buf.indexOf('w>', at + 1)) {
      if (buf.startsWith(rowClose, at - back)) return at - back;
    }
    return -1;
  };

  const run = (buf: string): void => {
    const len = buf.length;
    let i = 0;
    for (;;) {
      if (!inRow) {
        const k = buf.indexOf(rowOpen, i);
        if (k === -1) {
          pending = buf.slice(Math.max(i, len - rowOpen.length));
          return;
        }
        if (k + rowOpen.length >= len) {
          pending = buf.slice(k);
          return;
        }
        if (!isNameEnd(buf.charCodeAt(k + rowOpen.length))) {
          i = k + 1;
          continue;
        }
        const gt = buf.indexOf('>', k);
        if (gt === -1) {
          pending = buf.slice(k);
          return;
        }
        rowNo = rowNumberIn(buf, k, gt) ?? rowNo + 1;
        i = gt + 1;
        if (buf.charCodeAt(gt - 1) === 47) continue;
        inRow = true;
        filled = false;
        continue;
      }
      const end = rowCloseAt(buf, i);
      const limit = end === -1 ? len : end;
      while (!filled) {
        const c = buf.indexOf(cellOpen, i);
        if (c === -1 || c >= limit) break;
        if (c + cellOpen.length >= len) {
          pending = buf.slice(c);
          return;
        }
        if (!isNameEnd(buf.charCodeAt(c + cellOpen.length))) {
          i = c + 1;
          continue;
        }
        const gt = buf.indexOf('>', c);
        if (gt === -1) {
          pending = buf.slice(c);
          return;
        }
        if (buf.charCodeAt(gt - 1) === 47) {
          i = gt + 1;
          continue;
        }
        const ce = buf.indexOf(cellClose, gt);
        if (ce === -1) {
          if (len - c > MAX_CELL_CHARS) {
            filled = true;
            break;
          }
          pending = buf.slice(c);
          return;
        }
        if (cellHoldsValue(buf, c, gt, ce)) filled = true;
        i = ce + cellClose.length;
      }
      if (end === -1) {
        // Keep enough to see a </row> that starts in this chunk and ends in the next.
        pending = buf.slice(Math.max(i, len - rowClose.length));
        return;
      }
      if (filled) found.push(rowNo);
      inRow = false;
      i = end + rowClose.length;
    }
  };

  const take = (buf: string): void => {
    pending = '';
    if (prefix === undefined && !findPrefix(buf)) {
      pending = buf;
      return;
    }
    run(buf);
  };

  return {
    write(chunk) {
      take(pending ? pending + chunk : chunk);
    },
    writeBytes(chunk) {
      // Joined as bytes and read as one Latin-1 text: a megabyte chunk then lives outside V8's
      // heap, where `pending + chunk` made V8 copy each one into it (and collect it again).
      take((pending ? Buffer.concat([Buffer.from(pending, 'latin1'), chunk]) : chunk).toString('latin1'));
    },
    rows: () => found,
  };
}

const hasValue = (row: readonly CellValue[] | undefined): boolean => {
  if (!row) return false;
  for (let c = 0; c < row.length; c++) if (row[c] !== null && row[c] !== undefined) return true;
  return false;
};

/**
 * Compares the rows the file holds (`physical`, from sheetRowCounter) with the grid: every row
 * with a value must be a grid row with a value, or a row the reader already named in an issue (a
 * formula without a result). Returns the 'row-account' issue at the first row where they part.
 */
export function accountXlsxRows(physical: readonly number[], cells: CellGrid, issues: readonly FileIssue[]): FileIssue | undefined {
  const named = new Set(issues.map((i) => i.row));
  const read: number[] = [];
  for (let r = 0; r < cells.length; r++) if (hasValue(cells[r]) || named.has(r)) read.push(r + 1);
  let sorted = physical;
  for (let k = 1; k < physical.length; k++) {
    if (physical[k] < physical[k - 1]) {
      sorted = [...physical].sort((a, b) => a - b);
      break;
    }
  }
  let matched = 0;
  let first: { row: number; why: 'duplicate' | 'unread' | 'extra' } | undefined;
  let i = 0;
  let j = 0;
  while (i < sorted.length || j < read.length) {
    if (i < sorted.length && j < read.length && sorted[i] === read[j]) {
      matched++;
      i++;
      j++;
    } else if (j >= read.length || (i < sorted.length && sorted[i] < read[j])) {
      first ??= { row: sorted[i], why: i > 0 && sorted[i - 1] === sorted[i] ? 'duplicate' : 'unread' };
      i++;
    } else {
      first ??= { row: read[j], why: 'extra' };
      j++;
    }
  }
  if (!first) return undefined;
  const r = first.row;
  const why = {
    duplicate: [
      ` (rijnummer ${r} staat meer dan eens in het bestand, en een latere rij met dat nummer overschrijft de eerdere)`,
      ` (row number ${r} occurs more than once in the file, and a later row with that number overwrites the earlier one)`,
    ],
    unread: [
      ' (die rij heeft in het bestand een waarde, maar er is niets uit gelezen: valt ze onder samengevoegde cellen, of verwijst ze naar een gedeelde tekst die ontbreekt?)',
      ' (that row holds a value in the file, but nothing was read from it: is it under merged cells, or does it point to a shared string that is missing?)',
    ],
    extra: [' (uit die rij is een waarde gelezen die het bestand niet als gevulde rij telt)', ' (a value was read from that row that the file does not count as a filled row)'],
  }[first.why];
  return {
    row: r - 1,
    kind: 'row-account',
    missingRows: sorted.length - matched,
    detail:
      `het werkblad heeft ${sorted.length} rijen met een waarde, de gelezen rijen verantwoorden er ${matched}; ze lopen uiteen bij rij ${r} van het werkblad${why[0]}. ` +
      'Controleer het werkblad vanaf hier: rijen kunnen ontbreken of samengevoegd zijn.',
    detailEn:
      `the sheet has ${sorted.length} rows with a value, the rows read account for ${matched}; they part at row ${r} of the sheet${why[1]}. ` +
      'Check the sheet from here: rows may be missing or merged.',
  };
}
