import { xmlEvents, type XmlHandlers, type XmlOptions } from './xmlStream';

/**
 * Small parsers for the workbook-level parts of an .xlsx (workbook.xml, its rels, styles.xml,
 * sharedStrings.xml). They follow exceljs's in-memory reader rule for rule, so the streamed sheet
 * reads to the same cells as `Workbook.xlsx.readFile` did.
 */

export interface SheetEntry {
  name: string;
  /** Hidden or very hidden in Excel: never the default sheet. */
  hidden?: boolean;
  /** Zip entry name of the sheet's XML, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

export function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = xmlEvents(handlers);
  parser.write(xml);
  parser.close();
}

/** Sheet names, rIds and visibility in workbook order, and the 1904 flag (exceljs reads only date1904="1"). */
export function parseWorkbookXml(xml: string): { sheets: { name: string; rId: string; hidden?: boolean }[]; date1904: boolean } {
  const sheets: { name: string; rId: string; hidden?: boolean }[] = [];
  let date1904 = false;
  parseXml(xml, {
    open(node) {
      if (node.name === 'sheet') {
        const state = node.attr('state');
        const sheet: { name: string; rId: string; hidden?: boolean } = { name: node.attr('name') ?? '', rId: node.attr('r:id') ?? '' };
        if (state === 'hidden' || state === 'veryHidden') sheet.hidden = true;
        sheets.push(sheet);
      }
      else if (node.name === 'workbookPr') date1904 = node.attr('date1904') === '1';
    },
  });
  return { sheets, date1904 };
}

export function parseRelsXml(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  parseXml(xml, {
    open(node) {
      if (node.name !== 'Relationship') return;
      const id = node.attr('Id');
      if (id !== undefined) targets.set(id, node.attr('Target') ?? '');
    },
  });
  return targets;
}

/**
 * The workbook's worksheets in order; chart sheets and dangling relations are left out, as exceljs
 * does. Unlike exceljs, a sheet part need not be called sheetN.xml.
 */
export function worksheetEntries(
  workbook: { sheets: { name: string; rId: string; hidden?: boolean }[] },
  rels: Map<string, string>,
  hasEntry: (path: string) => boolean,
): SheetEntry[] {
  const out: SheetEntry[] = [];
  for (const sheet of workbook.sheets) {
    const target = rels.get(sheet.rId);
    if (target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (/^xl\/worksheets\/[^/]+[.]xml$/.test(path) && hasEntry(path)) out.push(sheet.hidden ? { name: sheet.name, path, hidden: true } : { name: sheet.name, path });
  }
  return out;
}

// exceljs's built-in number formats that its date test accepts (defaultnumformats.js).
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's date test on a number format: date letters outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/**
 * A number format that shows only a time or a span of time (h:mm, [h]:mm, mm:ss): no year, day or
 * month part. Such a cell is read as Excel shows it ("0:50", "26:30"), not as a fraction of a day.
 */
export function isTimeOnlyFormat(format: string | undefined): boolean {
  if (!format) return false;
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  const bare = unquoted.replace(/\[[^\]]*]/g, '');
  if (/[ydDY]/.test(bare)) return false;
  return /[hHsS]/.test(bare) || /\[(h+|m+|s+)]/i.test(unquoted);
}

/** The digits of a zero-padded whole-number format ("000000000" for a BSN), 0 for any other format. */
export function zeroPadDigits(format: string | undefined): number {
  if (!format) return 0;
  const bare = format.split(';')[0].replace(/\\/g, '');
  return /^0{2,}$/.test(bare) ? bare.length : 0;
}

export interface CellStyles {
  /** Per cellXfs index: a date or time format (exceljs's test). */
  date: boolean[];
  /** Per cellXfs index: a time-only format. */
  timeOnly: boolean[];
  /** Per cellXfs index: digits of a zero-padded format, or 0. */
  zeroPad: number[];
  /** Per cellXfs index: an elapsed-time format ([h]:mm). */
  elapsed: boolean[];
}

// Built-in time-only formats: h:mm AM/PM, h:mm:ss AM/PM, h:mm, h:mm:ss, mm:ss, [h]:mm:ss, mmss.0.
const BUILT_IN_TIME_FORMATS = new Set([18, 19, 20, 21, 45, 46, 47]);

/** The number-format facts per cellXfs index (the `s` of a cell). */
export function parseCellStyles(xml: string): CellStyles {
  const custom = new Map<number, string>();
  const xfNumFmt: number[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(node) {
      if (node.name === 'numFmt') custom.set(Number.parseInt(node.attr('numFmtId') ?? '', 10), node.attr('formatCode') ?? '');
      else if (node.name === 'cellXfs') inCellXfs = true;
      else if (node.name === 'xf' && inCellXfs) xfNumFmt.push(Number.parseInt(node.attr('numFmtId') ?? '0', 10));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  const out: CellStyles = { date: [], timeOnly: [], zeroPad: [], elapsed: [] };
  for (const id of xfNumFmt) {
    const format = id ? custom.get(id) : undefined;
    out.date.push(!id ? false : format ? isDateFormat(format) : BUILT_IN_DATE_FORMATS.has(id));
    out.timeOnly.push(!id ? false : format ? isTimeOnlyFormat(format) : BUILT_IN_TIME_FORMATS.has(id));
    out.zeroPad.push(format ? zeroPadDigits(format) : 0);
    out.elapsed.push(format ? /\[(h+|m+|s+)]/i.test(format) : id === 46);
  }
  return out;
}

/** For each cellXfs index (the `s` of a cell): does its number format show a date or time? */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const xfNumFmt: number[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(node) {
      if (node.name === 'numFmt') custom.set(Number.parseInt(node.attr('numFmtId') ?? '', 10), node.attr('formatCode') ?? '');
      else if (node.name === 'cellXfs') inCellXfs = true;
      else if (node.name === 'xf' && inCellXfs) xfNumFmt.push(Number.parseInt(node.attr('numFmtId') ?? '0', 10));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfNumFmt.map((id) => {
    if (!id) return false;
    const format = custom.get(id);
    return format ? isDateFormat(format) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

/** `_x000D_`-style escapes, decoded as exceljs decodes them in shared and rich-text strings. */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') === -1) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** exceljs's second entity pass over `t="str"` values. */
export function xmlDecode(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

/**
 * The shared strings as the cells will hold them: plain text (rich text joined), null for an
 * empty string. Phonetic runs (<rPh>) are not part of the text.
 */
export function parseSharedStringsXml(xml: string): (string | null)[] {
  const b = sharedStringsBuilder();
  b.write(xml);
  return b.finish();
}

/** Excel keeps at most 32,767 characters in a cell. */
export const MAX_CELL_CHARS = 32_767;

export class SharedStringsTooLarge extends Error {}

/**
 * The shared strings, fed in chunks. Bounded, so a crafted file (a "shared-strings bomb": a few
 * kilobytes that inflate to gigabytes of text) cannot take the memory: each string is cut at
 * Excel's own cell limit, and past `maxChars` characters in all the read stops with an error.
 */
export function sharedStringsBuilder(
  maxChars = 256 * 1024 * 1024,
  options: XmlOptions = {},
): { write(chunk: string): void; finish(): (string | null)[] } {
  const out: (string | null)[] = [];
  let total = 0;
  let written = false;
  let plain: string | undefined;
  let runs: string[] | undefined;
  let runText: string | undefined;
  let tParts: string[] | undefined;
  let inPhonetic = false;
  let inRun = false;
  const parser = xmlEvents({
    open(node) {
      switch (node.name) {
        case 'si':
          plain = undefined;
          runs = undefined;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 'r':
          if (!inPhonetic) {
            inRun = true;
            runText = undefined;
          }
          break;
        case 't':
          if (!inPhonetic) tParts = [];
          break;
      }
    },
    text(text) {
      if (!tParts) return;
      total += text.length;
      if (total > maxChars) throw new SharedStringsTooLarge(`gedeelde teksten groter dan ${maxChars} tekens`);
      tParts.push(text);
    },
    close(name) {
      switch (name) {
        case 't':
          if (tParts) {
            const text = decodeOoxmlEscapes(tParts.join(''));
            if (inRun) runText = text;
            else plain = text;
          }
          tParts = undefined;
          break;
        case 'r':
          if (inRun) (runs ??= []).push(runText ?? '');
          inRun = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'si': {
          let text = runs ? runs.join('') : (plain ?? '');
          if (text.length > MAX_CELL_CHARS) text = text.slice(0, MAX_CELL_CHARS);
          // A copy, so the whole XML text is not kept alive by slices of it.
          out.push(text === '' ? null : (' ' + text).slice(1));
          break;
        }
      }
    },
  }, options);
  return {
    write(chunk) {
      written = true;
      parser.write(chunk);
    },
    finish() {
      // No shared-strings part (inline strings only): nothing to close.
      if (written) parser.close();
      return out;
    },
  };
}
