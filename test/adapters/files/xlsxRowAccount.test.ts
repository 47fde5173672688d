import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { readXlsxFile } from '../../../src/adapters/files/readXlsxFile';
import { sheetRowCounter } from '../../../src/adapters/files/xlsxRowAccount';
import { importRegister } from '../../../src/core/register/importRegister';
import { exampleSettings } from '../../fixtures/helpers/registerFixtures';

/*
 * The .xlsx row account: the sheet's <row> elements with a value are counted on the raw XML, apart
 * from the parser, and a row the grid lacks is one named problem at the first row where they part.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-xlsx-account-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

/** One sheet "Absenties", written part by part as an exporter writes it. */
async function writeSheet(name: string, sheetXml: string, sharedStrings?: string[]): Promise<string> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('xl/workbook.xml', `<workbook ${NS}><sheets><sheet name="Absenties" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}" Target="worksheets/sheet1.xml"/></Relationships>`);
  if (sharedStrings) zip.file('xl/sharedStrings.xml', `<sst ${NS}>${sharedStrings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`);
  zip.file('xl/worksheets/sheet1.xml', sheetXml.startsWith('<x:') ? sheetXml : `<worksheet ${NS}>${sheetXml}</worksheet>`);
  const file = path.join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const text = (ref: string, t: string): string => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const num = (ref: string, n: number): string => `<c r="${ref}"><v>${n}</v></c>`;
const HEADER = `<row r="1">${text('A1', 'Leerlingnummer')}${text('B1', 'Naam')}${text('C1', 'Datum')}${text('D1', 'Code')}${text('E1', 'Minuten')}</row>`;
/** A register row with its own row number r: pupil, name, date (7-9-2026 + day), code, minutes. */
const dataRow = (r: number, pupil: number, name: string, day = 0, code = 'S'): string =>
  `<row r="${r}">${num(`A${r}`, pupil)}${text(`B${r}`, name)}${text(`C${r}`, `${7 + day}-09-2026`)}${text(`D${r}`, code)}${num(`E${r}`, 50)}</row>`;

describe('the .xlsx row account', () => {
  it('finds nothing to say on a register exceljs wrote (data descriptors, shared strings, dates), over many inflate chunks', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Absenties');
    ws.addRow(['Leerlingnummer', 'Naam', 'Datum', 'Code', 'Minuten', 'Opmerking']);
    for (let i = 0; i < 3000; i++) ws.addRow([1000 + (i % 90), `Leerling ${i % 90}`, new Date(Date.UTC(2026, 8, 7 + (i % 20))), i % 3 ? 'S' : 'L', 50, i % 7 ? null : 'moeder belde']);
    // A blank row in the middle and a merged note below the data: rows without a value do not count.
    ws.getCell('A3003').value = 'Opgesteld door de verzuimcoördinator';
    ws.mergeCells('A3003:D3004');
    const file = path.join(dir, 'exceljs.xlsx');
    await wb.xlsx.writeFile(file);
    const read = await readXlsxFile(file);
    expect(read.cells).toHaveLength(3004);
    expect(read.issues).toBeUndefined();
  });

  it('names the first duplicated row number, whose later row overwrites the earlier one, and imports it as rows missing', async () => {
    // An exporter that numbered two rows 3: the second overwrites the first, a pupil's absence is gone.
    const file = await writeSheet('dubbel.xlsx', `<sheetData>${HEADER}${dataRow(2, 1001, 'Femke de Wit')}${dataRow(3, 1002, 'Sanne Bakker')}${dataRow(3, 1003, 'Daan Öztürk')}${dataRow(4, 1004, 'Lars Ünal', 1)}</sheetData>`);
    const read = await readXlsxFile(file);
    expect(read.cells.map((r) => r[0])).toEqual(['Leerlingnummer', 1001, 1003, 1004]);
    expect(read.issues).toEqual([
      expect.objectContaining({ kind: 'row-account', row: 2, missingRows: 1, detail: expect.stringMatching(/^het werkblad heeft 5 rijen met een waarde, de gelezen rijen verantwoorden er 4; ze lopen uiteen bij rij 3 van het werkblad \(rijnummer 3 staat meer dan eens/) }),
    ]);
    const imported = importRegister(read.cells, exampleSettings(), { date1904: read.date1904, fileIssues: read.issues });
    expect(imported.counts.rowsMissing).toBe(1);
    expect(imported.counts.rowsRead).toBe(3);
    const problem = imported.problems.find((p) => p.kind === 'row-account');
    expect(problem?.row).toBe(3);
    expect(problem?.message).toMatch(/^Rij 3.*ze lopen uiteen bij rij 3 van het werkblad/);
    expect(problem?.messageEn).toMatch(/they part at row 3 of the sheet \(row number 3 occurs more than once/);
  });

  it('names a data row whose values fall under merged cells, and a row that points to shared strings that do not exist', async () => {
    // Someone merged A3:E4 to make a block: Excel shows only A3, the values of row 4 are not read.
    const merged = await writeSheet(
      'samengevoegd.xlsx',
      `<sheetData>${HEADER}${dataRow(2, 1001, 'Femke de Wit')}${dataRow(3, 1002, 'Sanne Bakker')}<row r="4"><c r="B4" t="inlineStr"><is><t>Daan Öztürk</t></is></c><c r="D4" t="inlineStr"><is><t>L</t></is></c></row>${dataRow(5, 1004, 'Lars Ünal')}</sheetData><mergeCells count="1"><mergeCell ref="A3:E4"/></mergeCells>`,
    );
    const read = await readXlsxFile(merged);
    expect(read.cells[3]).toEqual([]);
    expect(read.issues).toEqual([expect.objectContaining({ kind: 'row-account', row: 3, missingRows: 1, detail: expect.stringContaining('bij rij 4 van het werkblad (die rij heeft in het bestand een waarde, maar er is niets uit gelezen') })]);

    // Shared strings 0-1 exist; row 3 points to 7 and 8, which a damaged or cut-off part lacks.
    const shared = await writeSheet(
      'gedeeld.xlsx',
      `<sheetData>${HEADER}<row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="s"><v>0</v></c></row><row r="3"><c r="B3" t="s"><v>7</v></c><c r="D3" t="s"><v>8</v></c></row><row r="4"><c r="A4"><v>1003</v></c><c r="B4" t="s"><v>1</v></c></row></sheetData>`,
      ['Femke de Wit', 'Daan Öztürk'],
    );
    const sharedRead = await readXlsxFile(shared);
    expect(sharedRead.issues).toEqual([expect.objectContaining({ kind: 'row-account', row: 2, missingRows: 1 })]);
  });

  it('does not count rows without a value: empty cells, an empty shared string, empty rows; a formula without a result is named once, by its own problem', async () => {
    const file = await writeSheet(
      'leeg.xlsx',
      `<sheetData>${HEADER}${dataRow(2, 1001, 'Femke de Wit')}<row r="3" spans="1:5"/><row r="4"><c r="A4" s="0"/><c r="B4" t="s"><v>1</v></c><c r="C4"><v></v></c></row>` +
        `<row r="5"><c r="A5"><f>A2+1</f></c></row>${dataRow(6, 1003, 'Lars Ünal')}</sheetData>`,
      ['Femke de Wit', ''],
    );
    const read = await readXlsxFile(file);
    expect(read.issues).toEqual([expect.objectContaining({ kind: 'formula-not-calculated', row: 4, col: 0 })]);
  });

  it('counts the rows of a sheet whose elements carry a namespace prefix (<x:row>), as the Open XML SDK writes them', async () => {
    const x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rows = [HEADER, dataRow(2, 1001, 'Femke de Wit'), dataRow(3, 1002, 'Sanne Bakker')].join('').replace(/<(\/?)(row|c|is|t|v)([ >])/g, '<$1x:$2$3');
    const file = await writeSheet('prefix.xlsx', `<x:worksheet ${x}><x:sheetData>${rows}</x:sheetData></x:worksheet>`);
    const read = await readXlsxFile(file);
    expect(read.cells.map((r) => r[0])).toEqual(['Leerlingnummer', 1001, 1002]);
    expect(read.issues).toBeUndefined();
  });

  it('counts the same rows whatever the chunks the XML arrives in, down to one character at a time', () => {
    const xml =
      `<?xml version="1.0"?><worksheet ${NS}><sheetData>${HEADER}${dataRow(2, 1001, 'Zoë Ağaoğlu')}<row r="3"/><row>${num('A4', 1002)}</row>` +
      `<row r="5"><c r="A5" t="s"><v>0</v></c></row><row r="6"><c r="A6"><f>1+1</f><v>2</v></c></row><row r="7"><c r="A7" t="s"><v>1</v></c></row></sheetData></worksheet>`;
    const emptyShared = (i: number): boolean => i === 0;
    const whole = sheetRowCounter(emptyShared);
    whole.write(xml);
    expect(whole.rows()).toEqual([1, 2, 4, 6, 7]);
    for (const size of [1, 2, 3, 7, 64]) {
      const counter = sheetRowCounter(emptyShared);
      for (let i = 0; i < xml.length; i += size) counter.write(xml.slice(i, i + size));
      expect({ size, rows: counter.rows() }).toEqual({ size, rows: [1, 2, 4, 6, 7] });
    }
    // As the reader gives them: UTF-8 bytes in chunks that may cut a character (ë, ğ) or a </row>.
    const bytes = Buffer.from(xml, 'utf8');
    for (const size of [1, 5, 13, 64, bytes.length]) {
      const counter = sheetRowCounter(emptyShared);
      for (let i = 0; i < bytes.length; i += size) counter.writeBytes(bytes.subarray(i, i + size));
      expect({ size, rows: counter.rows() }).toEqual({ size, rows: [1, 2, 4, 6, 7] });
    }
  });
});
