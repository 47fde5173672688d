import { readFile } from 'node:fs/promises';
import { RegisterFileError } from './errors';
import { fileError } from './readCsvFile';
import type { RegisterFile } from './registerFile';
import { sheetCellsBuilder } from './xlsxSheetCells';
import { parseCellStyles, parseRelsXml, parseWorkbookXml, sharedStringsBuilder, SharedStringsTooLarge, worksheetEntries, type SheetEntry } from './xlsxParts';
import { accountXlsxRows, sheetRowCounter } from './xlsxRowAccount';
import { ZipArchive } from './zipArchive';

/**
 * Reads one sheet of an .xlsx (the first, or the one named) into a grid from cell A1. Merged cells
 * other than the top-left one are empty, as Excel shows them to formulas.
 *
 * Only the chosen sheet is inflated, and as a stream: its XML is parsed chunk by chunk into the
 * grid, so memory follows the grid (plus the compressed file and the shared strings), not
 * exceljs's model of the whole workbook. The cells are the ones exceljs's in-memory reader gives
 * (the tests compare the two on the same files).
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
    const zip = await ZipArchive.open(bytes);
    const partText = (name: string): Promise<string | undefined> => zip.text(name);
    const workbookXml = await partText('xl/workbook.xml');
    if (workbookXml === undefined) throw new Error('xl/workbook.xml ontbreekt');
    const workbook = parseWorkbookXml(workbookXml);
    const rels = parseRelsXml((await partText('xl/_rels/workbook.xml.rels')) ?? '<Relationships/>');
    const sheets = worksheetEntries(workbook, rels, (name) => zip.has(name));
    const sheet = pickSheet(sheets, path, sheetName);
    const stylesXml = await partText('xl/styles.xml');
    const styles = stylesXml === undefined ? undefined : parseCellStyles(stylesXml);
    // Streamed and bounded: a shared-strings part can inflate to far more than the file's size.
    const shared = sharedStringsBuilder(undefined, { utf8InLatin1: true });
    if (zip.has('xl/sharedStrings.xml')) await zip.stream('xl/sharedStrings.xml', (text) => shared.write(text), 'utf8-as-latin1');
    const sharedStrings = shared.finish();
    const builder = sheetCellsBuilder({
      sharedStrings,
      dateStyles: styles?.date ?? [],
      timeStyles: styles?.timeOnly,
      elapsedStyles: styles?.elapsed,
      zeroPad: styles?.zeroPad,
      date1904: workbook.date1904,
      utf8InLatin1: true,
    });
    // The rows are counted on the raw XML as well, apart from the parser, and the two must agree.
    const counter = sheetRowCounter((i) => i < sharedStrings.length && sharedStrings[i] === null);
    await zip.streamBytes(sheet.path, (chunk) => {
      builder.writeBytes(chunk);
      counter.writeBytes(chunk);
    });
    const cells = builder.finish();
    const out: RegisterFile = { cells, date1904: workbook.date1904, sheetName: sheet.name };
    const others = sheets.filter((s) => s !== sheet).map((s) => s.name);
    if (others.length > 0) out.otherSheets = others;
    const issues = builder.issues();
    const account = accountXlsxRows(counter.rows(), cells, issues);
    if (account) issues.push(account);
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
