import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * Small parsers for the workbook-level parts of an .xlsx (workbook.xml, its rels, styles.xml,
 * sharedStrings.xml). They follow exceljs's in-memory reader rule for rule, so the streamed sheet
 * reads to the same cells as `Workbook.xlsx.readFile` did.
 */

export interface SheetEntry {
  name: string;
  /** Zip entry name of the sheet's XML, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

/** Feeds text to saxes and calls back per event; CDATA is ignored, as exceljs ignores it. */
export function xmlEvents(handlers: {
  open?: (node: SaxesTagPlain) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}): SaxesParser {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (node) => close(node.name));
  }
  const write = parser.write.bind(parser);
  // saxes reports errors through the event; rethrow so a broken part fails the read.
  parser.write = (chunk: string | null) => {
    write(chunk);
    if (failure) throw failure;
    return parser;
  };
  return parser;
}

export function parseXml(xml: string, handlers: Parameters<typeof xmlEvents>[0]): void {
  const parser = xmlEvents(handlers);
  parser.write(xml);
  parser.close();
}

/** Sheet names and rIds in workbook order, and the 1904 flag (exceljs reads only date1904="1"). */
export function parseWorkbookXml(xml: string): { sheets: { name: string; rId: string }[]; date1904: boolean } {
  const sheets: { name: string; rId: string }[] = [];
  let date1904 = false;
  parseXml(xml, {
    open(node) {
      if (node.name === 'sheet') sheets.push({ name: node.attributes.name ?? '', rId: node.attributes['r:id'] ?? '' });
      else if (node.name === 'workbookPr') date1904 = node.attributes.date1904 === '1';
    },
  });
  return { sheets, date1904 };
}

export function parseRelsXml(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  parseXml(xml, {
    open(node) {
      if (node.name === 'Relationship' && node.attributes.Id !== undefined) targets.set(node.attributes.Id, node.attributes.Target ?? '');
    },
  });
  return targets;
}

/**
 * The workbook's worksheets in order; chart sheets and dangling relations are left out, as exceljs
 * does. Unlike exceljs, a sheet part need not be called sheetN.xml.
 */
export function worksheetEntries(
  workbook: { sheets: { name: string; rId: string }[] },
  rels: Map<string, string>,
  hasEntry: (path: string) => boolean,
): SheetEntry[] {
  const out: SheetEntry[] = [];
  for (const sheet of workbook.sheets) {
    const target = rels.get(sheet.rId);
    if (target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (/^xl\/worksheets\/[^/]+[.]xml$/.test(path) && hasEntry(path)) out.push({ name: sheet.name, path });
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

/** For each cellXfs index (the `s` of a cell): does its number format show a date or time? */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const xfNumFmt: number[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(node) {
      if (node.name === 'numFmt') custom.set(Number.parseInt(node.attributes.numFmtId ?? '', 10), node.attributes.formatCode ?? '');
      else if (node.name === 'cellXfs') inCellXfs = true;
      else if (node.name === 'xf' && inCellXfs) xfNumFmt.push(Number.parseInt(node.attributes.numFmtId ?? '0', 10));
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
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** exceljs's second entity pass over `t="str"` values. */
export function xmlDecode(text: string): string {
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
  const out: (string | null)[] = [];
  let plain: string | undefined;
  let runs: string[] | undefined;
  let runText: string | undefined;
  let tParts: string[] | undefined;
  let inPhonetic = false;
  let inRun = false;
  parseXml(xml, {
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
      if (tParts) tParts.push(text);
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
          const text = runs ? runs.join('') : (plain ?? '');
          // A copy, so the whole XML text is not kept alive by slices of it.
          out.push(text === '' ? null : (' ' + text).slice(1));
          break;
        }
      }
    },
  });
  return out;
}
