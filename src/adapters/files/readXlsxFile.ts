import { readFile, stat } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import JSZip from 'jszip';
import { Workbook, ValueType, type Worksheet } from 'exceljs';
import type { CellValue } from '../../core/register/types';
import { RegisterFileError } from './errors';
import { normalizeExcelValue } from './normalizeExcelValue';
import { fileError } from './readCsvFile';
import type { RegisterFile } from './registerFile';
import { sheetCellsBuilder } from './xlsxSheetCells';
import { parseCellStyles, parseRelsXml, parseWorkbookXml, sharedStringsBuilder, SharedStringsTooLarge, worksheetEntries, type SheetEntry } from './xlsxParts';

/**
 * Reads one sheet of an .xlsx (the first, or the one named) into a grid from cell A1. Merged cells
 * other than the top-left one are empty, as Excel shows them to formulas.
 *
 * Only the chosen sheet is inflated, and as a stream: its XML is parsed chunk by chunk into the
 * grid, so memory follows the grid (plus the compressed file and the shared strings), not
 * exceljs's model of the whole workbook. The cells are the ones exceljs's in-memory reader gives
 * (`readXlsxFileInMemory`, kept as the reference the tests compare against).
 */
export async function readXlsxFile(path: string, sheetName?: string): Promise<RegisterFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw fileError(path, e);
  }
  refuseNonWorkbook(bytes, path);
  try {
    const zip = await JSZip.loadAsync(bytes);
    const partText = async (name: string): Promise<string | undefined> => zipEntry(zip, name)?.async('string');
    const workbookXml = await partText('xl/workbook.xml');
    if (workbookXml === undefined) throw new Error('xl/workbook.xml ontbreekt');
    const workbook = parseWorkbookXml(workbookXml);
    const rels = parseRelsXml((await partText('xl/_rels/workbook.xml.rels')) ?? '<Relationships/>');
    const sheets = worksheetEntries(workbook, rels, (name) => zipEntry(zip, name) !== undefined);
    const sheet = pickSheet(sheets, path, sheetName);
    const stylesXml = await partText('xl/styles.xml');
    const styles = stylesXml === undefined ? undefined : parseCellStyles(stylesXml);
    // Streamed and bounded: a shared-strings part can inflate to far more than the file's size.
    const shared = sharedStringsBuilder();
    if (zipEntry(zip, 'xl/sharedStrings.xml')) await streamEntry(zip, 'xl/sharedStrings.xml', (text) => shared.write(text));
    const builder = sheetCellsBuilder({
      sharedStrings: shared.finish(),
      dateStyles: styles?.date ?? [],
      timeStyles: styles?.timeOnly,
      elapsedStyles: styles?.elapsed,
      zeroPad: styles?.zeroPad,
      date1904: workbook.date1904,
    });
    await streamEntry(zip, sheet.path, (text) => builder.write(text));
    const out: RegisterFile = { cells: builder.finish(), date1904: workbook.date1904, sheetName: sheet.name };
    const others = sheets.filter((s) => s !== sheet).map((s) => s.name);
    if (others.length > 0) out.otherSheets = others;
    const issues = builder.issues();
    if (issues.length > 0) out.issues = issues;
    return out;
  } catch (e) {
    if (e instanceof RegisterFileError) throw e;
    if (e instanceof SharedStringsTooLarge) {
      throw new RegisterFileError('unreadable', `${path}: de gedeelde teksten van de werkmap zijn onredelijk groot (${e.message}); dit is geen gewoon register. Sla het bestand opnieuw op in Excel.`);
    }
    const why = e instanceof Error ? e.message : String(e);
    throw new RegisterFileError('unreadable', `bestand niet te lezen als .xlsx: ${path} (${why})`);
  }
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * A file that is no .xlsx gets its own plain message: an OLE container is either a workbook with a
 * password (Excel encrypts into one, with an "EncryptionInfo" stream) or an old .xls; anything
 * else that is not a zip is no workbook at all (a renamed CSV, a web page).
 */
function refuseNonWorkbook(bytes: Buffer, path: string): void {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return;
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    if (bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      throw new RegisterFileError(
        'unsupported',
        `${path} is beveiligd met een wachtwoord; open het in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen) en sla het op, of sla het op als .csv`,
      );
    }
    throw new RegisterFileError('unsupported', `${path} is een oud Excel-bestand (.xls-formaat); sla het in Excel op als .xlsx of .csv en probeer het opnieuw`);
  }
  throw new RegisterFileError('unreadable', `${path} is geen Excel-werkmap (.xlsx): het is geen zip-bestand; is het een hernoemd .csv- of ander bestand?`);
}

function pickSheet(sheets: SheetEntry[], path: string, sheetName: string | undefined): SheetEntry {
  if (sheetName === undefined) {
    // The first sheet the user can see: a hidden one (a lookup list, a template) is never the default.
    const first = sheets.find((s) => !s.hidden) ?? sheets[0];
    if (!first) throw new RegisterFileError('no-sheet', `${path} heeft geen werkbladen`);
    return first;
  }
  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (!sheet) {
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    throw new RegisterFileError('no-sheet', `werkblad "${sheetName}" bestaat niet in ${path}; werkbladen: ${names || 'geen'}`);
  }
  return sheet;
}

// Some writers store entries as "/xl/…"; exceljs accepts both.
function zipEntry(zip: JSZip, name: string): JSZip.JSZipObject | undefined {
  return zip.file(name) ?? zip.file(`/${name}`) ?? undefined;
}

/** Inflates one entry chunk by chunk; a UTF-8 character split over two chunks stays whole. */
function streamEntry(zip: JSZip, name: string, onText: (text: string) => void): Promise<void> {
  const entry = zipEntry(zip, name);
  if (!entry) return Promise.reject(new Error(`${name} ontbreekt`));
  const decoder = new TextDecoder('utf-8');
  const deflated = deflatedBytes(entry);
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    // Node's zlib inflates about seven times faster than jszip's JavaScript inflate.
    const stream = deflated ? createInflateRaw() : entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        onText(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        fail(e);
        stream.pause();
      }
    });
    stream.on('error', fail);
    stream.on('end', () => {
      if (failed) return;
      try {
        const rest = decoder.decode();
        if (rest) onText(rest);
        resolve();
      } catch (e) {
        fail(e);
      }
    });
    if (deflated && 'end' in stream) stream.end(deflated);
  });
}

interface JSZipEntryInternals {
  _data?: { compressedContent?: unknown; compression?: { magic?: unknown } };
}

/** The raw deflate data jszip holds for an entry it has not inflated, when it looks as expected. */
function deflatedBytes(entry: JSZip.JSZipObject): Uint8Array | undefined {
  const data = (entry as unknown as JSZipEntryInternals)._data;
  const content = data?.compressedContent;
  return content instanceof Uint8Array && data?.compression?.magic === '\x08\x00' ? content : undefined;
}

/**
 * The former reader: exceljs's whole-workbook model. Kept as the reference for the streaming
 * reader's tests (same files, same cells); it needs about 7 KB of memory per register row (756 MB peak for 100,000 rows).
 */
export async function readXlsxFileInMemory(path: string, sheetName?: string): Promise<RegisterFile> {
  try {
    await stat(path);
  } catch (e) {
    throw fileError(path, e);
  }
  const workbook = new Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new RegisterFileError('unreadable', `bestand niet te lezen als .xlsx: ${path} (${why})`);
  }
  const sheets = workbook.worksheets;
  let sheet: Worksheet | undefined;
  if (sheetName !== undefined) {
    sheet = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
    if (!sheet) {
      const names = sheets.map((s) => `"${s.name}"`).join(', ');
      throw new RegisterFileError('no-sheet', `werkblad "${sheetName}" bestaat niet in ${path}; werkbladen: ${names || 'geen'}`);
    }
  } else {
    sheet = sheets[0];
    if (!sheet) throw new RegisterFileError('no-sheet', `${path} heeft geen werkbladen`);
  }
  const date1904 = workbook.properties?.date1904 === true;
  return { cells: sheetCells(sheet, date1904), date1904, sheetName: sheet.name };
}

function sheetCells(sheet: Worksheet, date1904: boolean): CellValue[][] {
  const cells: CellValue[][] = [];
  const last = sheet.rowCount;
  for (let r = 0; r < last; r++) cells.push([]);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out = cells[rowNumber - 1];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ValueType.Merge) return;
      // cell.value drops a formula's result when it is 0, FALSE or "": Excel shows those, so read them.
      const value = cell.type === ValueType.Formula ? (cell.result ?? null) : cell.value;
      out[colNumber - 1] = normalizeExcelValue(value, date1904);
    });
    // Fill the holes of the sparse row so every cell is null rather than missing.
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
  });
  return cells;
}
