import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { readXlsxFile } from '../../../src/adapters/files/readXlsxFile';
import { parseCsvText } from '../../../src/adapters/files/parseCsvText';
import { MAX_CELL_CHARS, sharedStringsBuilder, SharedStringsTooLarge } from '../../../src/adapters/files/xlsxParts';
import { importRegister } from '../../../src/core/register/importRegister';
import { exampleSettings } from '../../fixtures/helpers/registerFixtures';

/* Workbooks written part by part, with the cell types and number formats Excel and exporters use. */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-xlsx-values-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

async function writeWorkbook(name: string, sheets: { name: string; xml: string; state?: string }[], styles = ''): Promise<string> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'xl/workbook.xml',
    `<workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`).join('')}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
  );
  if (styles) zip.file('xl/styles.xml', `<styleSheet ${NS}>${styles}</styleSheet>`);
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet ${NS}><sheetData>${s.xml}</sheetData></worksheet>`));
  const file = path.join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER_ROW = `<row r="1">${inline('A1', 'Leerlingnummer')}${inline('B1', 'BSN')}${inline('C1', 'Datum')}${inline('D1', 'Code')}${inline('E1', 'Minuten')}${inline('F1', 'Uren')}</row>`;
// Styles: 1 = 000000000 (BSN), 2 = [h]:mm, 3 = h:mm, 4 = dd-mm-yyyy.
const STYLES =
  '<numFmts count="4"><numFmt numFmtId="164" formatCode="000000000"/><numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="h:mm"/><numFmt numFmtId="167" formatCode="dd\\-mm\\-yyyy"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/></cellXfs>';

describe('.xlsx values read as the register means them', () => {
  it('reads number-typed BSNs with format 000000000 with their zeros, times by their format, t="d" ISO dates as dates', async () => {
    const file = await writeWorkbook(
      'values.xlsx',
      [
        {
          name: 'Absenties',
          xml:
            HEADER_ROW +
            `<row r="2"><c r="A2"><v>1001</v></c><c r="B2" s="1"><v>12345672</v></c><c r="C2" s="4"><v>46272</v></c>${inline('D2', 'S')}<c r="E2" s="3"><v>0.034722222222222224</v></c></row>` +
            `<row r="3"><c r="A3"><v>1002</v></c><c r="B3" s="1"><v>987654321</v></c><c r="C3" t="d"><v>2026-09-08T00:00:00</v></c>${inline('D3', 'S')}<c r="F3" s="2"><v>0.16666666666666666</v></c></row>`,
        },
      ],
      STYLES,
    );
    const read = await readXlsxFile(file);
    expect(read.cells[1].slice(0, 5)).toEqual([1001, '012345672', new Date(Date.UTC(2026, 8, 7)), 'S', '0:50']);
    expect(read.cells[2].slice(0, 4)).toEqual([1002, '987654321', new Date(Date.UTC(2026, 8, 8)), 'S']);
    expect(read.cells[2][5]).toBe('4:00');
    const imp = importRegister(read.cells, exampleSettings(), { fileIssues: read.issues });
    expect(imp.rows.map((r) => [r.studentId, r.minutes])).toEqual([
      ['1001', 50],
      ['1002', 240],
    ]);
    expect(imp.students.get('1001')?.bsn).toBe('012345672');
  });

  it('reports a formula without a result as "open and save in Excel", never as a blank date', async () => {
    const file = await writeWorkbook('formulas.xlsx', [
      {
        name: 'Blad1',
        xml: HEADER_ROW + `<row r="2"><c r="A2"><v>1001</v></c><c r="C2"><f>TODAY()-3</f></c>${inline('D2', 'S')}</row>` + `<row r="3"><c r="A3"><v>1002</v></c><c r="C3"><f>DATE(2026,9,8)</f><v>46273</v></c>${inline('D3', 'S')}</row>`,
      },
    ]);
    const read = await readXlsxFile(file);
    expect(read.issues).toEqual([expect.objectContaining({ row: 1, col: 2, kind: 'formula-not-calculated' })]);
    const imp = importRegister(read.cells, exampleSettings(), { fileIssues: read.issues });
    expect(imp.counts).toEqual({ rowsRead: 2, rowsCounted: 1, rowsNotCounted: 1, blankRows: 0 });
    expect(imp.problems).toEqual([expect.objectContaining({ row: 2, cell: 'C2', kind: 'formula-not-calculated' })]);
    expect(imp.problems[0].message).toBe(
      'Rij 2, cel C2 (Datum): formule niet berekend: open het bestand in Excel en sla het op, dan staat de uitkomst erin. De rij telt niet mee.',
    );
  });

  it('reads Excel-safe text ="02001" in a CSV as 02001', () => {
    const read = parseCsvText('Leerlingnummer;Datum;Code\r\n="02001";07-09-2026;S\r\n"=""00417""";08-09-2026;S\r\n');
    expect(read.cells.slice(1).map((r) => r[0])).toEqual(['02001', '00417']);
  });
});

describe('workbooks', () => {
  it('reads the first visible sheet by default, not a hidden one, and names the other sheets', async () => {
    const file = await writeWorkbook('hidden.xlsx', [
      { name: 'Lijsten', state: 'hidden', xml: `<row r="1">${inline('A1', 'S')}</row>` },
      { name: 'Register', xml: HEADER_ROW },
    ]);
    const read = await readXlsxFile(file);
    expect(read.sheetName).toBe('Register');
    expect(read.otherSheets).toEqual(['Lijsten']);
  });

  it('gives a file that is no zip, an old .xls and a password-protected workbook each their own plain message', async () => {
    const csv = path.join(dir, 'hernoemd.xlsx');
    writeFileSync(csv, 'Leerlingnummer;Datum;Code\n');
    await expect(readXlsxFile(csv)).rejects.toMatchObject({ message: `${csv} is geen Excel-werkmap (.xlsx): het is geen zip-bestand; is het een hernoemd .csv- of ander bestand?` });
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const xls = path.join(dir, 'oud.xlsx');
    writeFileSync(xls, ole);
    await expect(readXlsxFile(xls)).rejects.toMatchObject({ kind: 'unsupported', message: expect.stringContaining('is een oud Excel-bestand (.xls-formaat)') });
    const encrypted = Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le')]);
    const locked = path.join(dir, 'wachtwoord.xlsx');
    writeFileSync(locked, encrypted);
    await expect(readXlsxFile(locked)).rejects.toMatchObject({ kind: 'unsupported', message: expect.stringContaining('is beveiligd met een wachtwoord') });
  });

  it('bounds the shared strings: each cut at the cell limit of Excel, and past the total limit the read stops', () => {
    const b = sharedStringsBuilder(100_000);
    b.write(`<sst ${NS}><si><t>${'x'.repeat(40_000)}</t></si><si><t>Zoë</t></si>`);
    b.write('</sst>');
    expect(b.finish().map((t) => t?.length)).toEqual([MAX_CELL_CHARS, 3]);
    const bomb = sharedStringsBuilder(100_000);
    const chunk = `<si><t>${'a'.repeat(10_000)}</t></si>`;
    expect(() => {
      bomb.write(`<sst ${NS}>`);
      for (let i = 0; i < 20; i++) bomb.write(chunk);
    }).toThrow(SharedStringsTooLarge);
  });
});
