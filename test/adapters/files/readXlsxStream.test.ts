import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { Workbook, type CellValue as ExcelCellValue } from 'exceljs';
import { normalizeExcelValue } from '../../../src/adapters/files/normalizeExcelValue';
import { readXlsxFile } from '../../../src/adapters/files/readXlsxFile';
import { readXlsxFileInMemory } from './xlsxReference';
import { writeBasicExampleXlsx } from '../../fixtures/helpers/basicExampleXlsx';

/*
 * The streaming reader must give the cells exceljs's whole-workbook reader gave: every workbook
 * here is read through both and compared, and the expected cells are spelled out as well.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-xlsx-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utc = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min));

async function bothPaths(file: string, sheet?: string): Promise<Awaited<ReturnType<typeof readXlsxFile>>> {
  const streamed = await readXlsxFile(file, sheet);
  const inMemory = await readXlsxFileInMemory(file, sheet);
  // A time-formatted cell is read as Excel shows it ("8:30"); exceljs gives its day fraction: the two must agree.
  const reference = inMemory.cells.map((row, r) =>
    row.map((v, c) => {
      const shown = streamed.cells[r]?.[c];
      if (typeof v !== 'number' || typeof shown !== 'string') return v;
      const m = /^(\d+):(\d\d)$/.exec(shown);
      return m && Math.abs(Number(m[1]) * 60 + Number(m[2]) - v * 1440) < 0.5 ? shown : v;
    }),
  );
  // The row account agrees with the parser on every one of these workbooks.
  expect((streamed.issues ?? []).filter((i) => i.kind === 'row-account')).toEqual([]);
  expect({ cells: streamed.cells, date1904: streamed.date1904, sheetName: streamed.sheetName }).toEqual({
    cells: reference,
    date1904: inMemory.date1904,
    sheetName: inMemory.sheetName,
  });
  return streamed;
}

/** A workbook as a school's own spreadsheet holds it: formatted, linked, merged, with formulas. */
async function writeSchoolWorkbook(file: string): Promise<void> {
  const wb = new Workbook();
  const cover = wb.addWorksheet('Voorblad');
  cover.getCell('A1').value = 'Verzuimoverzicht Het Baken, schooljaar 2026-2027';
  cover.mergeCells('A1:D1');
  const ws = wb.addWorksheet('Absenties');
  ws.addRow(['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Code', 'Van', 'Tot', 'Opmerking', 'Geteld']);
  ws.addRow([1001, 'Zoë Ağaoğlu', '2B', utc(2026, 9, 7), 'S', 510 / 1440, 527 / 1440, { richText: [{ text: 'Ziek ' }, { text: 'gemeld', font: { bold: true } }] }, { formula: 'E2="S"', result: true }]);
  ws.addRow([{ formula: 'A2', result: 1001 }, { formula: 'B2', result: 'Zoë Ağaoğlu' }, null, { formula: 'D2+1', result: utc(2026, 9, 8) }, 'L', null, null, { text: 'dossier', hyperlink: 'https://school.example/d/1001' }, { sharedFormula: 'I2', result: false }]);
  ws.addRow([1002, 'Daan Öztürk', '3A', utc(2026, 9, 9, 13, 15), { error: '#N/A' }, null, null, { text: 1002, hyperlink: 'https://school.example/d/1002' }, '']);
  for (const row of [2, 3, 4]) {
    ws.getCell(row, 4).numFmt = 'dd-mm-yyyy';
    ws.getCell(row, 6).numFmt = 'hh:mm';
    ws.getCell(row, 7).numFmt = 'hh:mm';
  }
  ws.getCell('D4').numFmt = 'dd-mm-yyyy hh:mm';
  ws.mergeCells('C2:C3');
  // A note merged over three rows below the data: the rows exist, empty.
  ws.getCell('A7').value = 'Opgesteld door de verzuimcoördinator';
  ws.mergeCells('A7:C8');
  wb.addWorksheet('Codes').addRow(['S', 'Ziek']);
  await wb.xlsx.writeFile(file);
}

describe('normalizeExcelValue on linked cells', () => {
  it('reads a linked cell as the value it shows, whatever its type, and a link on an empty cell as empty', () => {
    expect(normalizeExcelValue({ text: 'dossier', hyperlink: 'https://school.example/d/1001' }, false)).toBe('dossier');
    // exceljs types the text as a string, but a linked number or date arrives as one.
    const linkedNumber = { text: 1002, hyperlink: 'https://school.example/d/1002' } as unknown as ExcelCellValue;
    expect(normalizeExcelValue(linkedNumber, false)).toBe(1002);
    const linkedTime = { text: utc(1899, 12, 30, 8, 30), hyperlink: 'https://school.example/t' } as unknown as ExcelCellValue;
    expect(normalizeExcelValue(linkedTime, false)).toBeCloseTo(510 / 1440, 12);
    const linkedEmpty = { hyperlink: 'https://school.example/leeg' } as unknown as ExcelCellValue;
    expect(normalizeExcelValue(linkedEmpty, false)).toBeNull();
  });
});

describe('readXlsxFile (streaming) gives the same cells as the in-memory reader', () => {
  it('reads typed dates, times, rich text, formulas, hyperlinks, errors and merged cells of a named second sheet', async () => {
    const file = path.join(dir, 'school.xlsx');
    await writeSchoolWorkbook(file);
    const read = await bothPaths(file, 'absenties');
    expect(read.sheetName).toBe('Absenties');
    expect(read.date1904).toBe(false);
    expect(read.cells).toEqual([
      ['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Code', 'Van', 'Tot', 'Opmerking', 'Geteld'],
      [1001, 'Zoë Ağaoğlu', '2B', utc(2026, 9, 7), 'S', '8:30', '8:47', 'Ziek gemeld', true],
      [1001, 'Zoë Ağaoğlu', null, utc(2026, 9, 8), 'L', null, null, 'dossier', false],
      [1002, 'Daan Öztürk', '3A', utc(2026, 9, 9, 13, 15), '#N/A', null, null, '1002', null],
      [],
      [],
      ['Opgesteld door de verzuimcoördinator'],
      [],
    ]);
  });

  it('reads the first sheet by default, its merged title in the first cell only', async () => {
    const file = path.join(dir, 'school-first.xlsx');
    await writeSchoolWorkbook(file);
    const read = await bothPaths(file);
    expect(read.sheetName).toBe('Voorblad');
    expect(read.cells).toEqual([['Verzuimoverzicht Het Baken, schooljaar 2026-2027']]);
  });

  it('reads a 1904-system workbook below a title row to the same dates and day fractions', async () => {
    const file = path.join(dir, 'basic-1904.xlsx');
    await writeBasicExampleXlsx(file, { date1904: true, title: true });
    const read = await bothPaths(file, 'Absenties');
    expect(read.date1904).toBe(true);
    expect(read.cells[0]).toEqual(['Absentieoverzicht Voorbeeldcollege']);
    expect(read.cells[1]).toEqual([]);
    expect(read.cells[3].slice(0, 6)).toEqual([3001, 'Yara Bos', '2C', utc(2012, 4, 11), utc(2026, 9, 7), 3]);
    // hh:mm cells are read as Excel shows them.
    expect(read.cells[10][6]).toBe('8:30');
    expect(read.cells[10][7]).toBe('8:47');
  });

  it('names the sheets in workbook order when the asked one does not exist', async () => {
    const file = path.join(dir, 'school-missing.xlsx');
    await writeSchoolWorkbook(file);
    const message = `werkblad "Blad1" bestaat niet in ${file}; werkbladen: "Voorblad", "Absenties", "Codes"`;
    await expect(readXlsxFile(file, 'Blad1')).rejects.toMatchObject({ kind: 'no-sheet', message });
    await expect(readXlsxFileInMemory(file, 'Blad1')).rejects.toMatchObject({ kind: 'no-sheet', message });
  });
});

/** An .xlsx written part by part, as other exporters write them (sheet order, inline strings, …). */
async function writeRawXlsx(file: string, parts: Record<string, string>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<void> {
  const zip = new JSZip();
  for (const [name, xml] of Object.entries(parts)) zip.file(name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression }));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

function exportParts(sheet1: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    // The register sheet is sheet1.xml but listed second; its target is written absolute.
    'xl/workbook.xml': `<workbook ${NS}><sheets><sheet name="Codes" sheetId="2" r:id="rId2"/><sheet name="Verzuim export" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}" Target="worksheets/sheet2.xml"/></Relationships>`,
    'xl/styles.xml': `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<sst ${NS} count="4" uniqueCount="4"><si><t>Leerlingnummer</t></si><si><r><t xml:space="preserve">Femke </t></r><r><rPr><b/></rPr><t>de Wit</t></r></si><si><t>Sanne</t><rPh sb="0" eb="1"><t>SAN</t></rPh></si><si><t>Regel_x000D_twee</t></si></sst>`,
    'xl/worksheets/sheet1.xml': `<worksheet ${NS}>${sheet1}</worksheet>`,
    'xl/worksheets/sheet2.xml': `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>S</t></is></c></row></sheetData></worksheet>`,
    ...extra,
  };
}

describe('readXlsxFile on exports written by other tools', () => {
  it('finds the named sheet through an absolute target and reads inline, rich, boolean, error and string results', async () => {
    const file = path.join(dir, 'export.xlsx');
    await writeRawXlsx(
      file,
      exportParts(
        '<sheetData>' +
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Naam</t></is></c><c r="C1" t="inlineStr"><is><t>Datum</t></is></c><c r="D1" t="inlineStr"><is><t>Van</t></is></c><c r="E1" t="inlineStr"><is><t>Uren</t></is></c></row>' +
          '<row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="1"><v>46272</v></c><c r="D2" s="2"><v>0.3541666666666667</v></c><c r="E2" s="3"><v>1.5</v></c><c r="F2"><f>E2*0</f><v>0</v></c></row>' +
          '<row r="3"><c r="A3" s="0"><v>1002</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" s="1"><f>C2+1</f><v>46273</v></c><c r="D3" t="b"><f>A3&gt;1000</f><v>1</v></c><c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
          '<row r="4"><c r="A4" t="str"><f>"A&amp;amp;B"</f><v>A&amp;amp;B</v></c><c r="B4" t="inlineStr"><is><r><t>Lars </t></r><r><rPr><i/></rPr><t>Ünal</t></r></is></c><c r="C4" t="e"><v>#N/A</v></c><c r="D4" t="s"><v>3</v></c><c r="E4" t="b"><v>0</v></c></row>' +
          '<row r="5" spans="1:5"/>' +
          '<row r="6"><c r="A6"><v>7</v></c><c r="B6" t="inlineStr"><is><t>niet zichtbaar</t></is></c><c r="C6" s="1"/></row>' +
          '</sheetData><mergeCells count="1"><mergeCell ref="A6:B6"/></mergeCells>',
      ),
    );
    const read = await bothPaths(file, 'Verzuim export');
    expect(read.sheetName).toBe('Verzuim export');
    expect(read.cells).toEqual([
      ['Leerlingnummer', 'Naam', 'Datum', 'Van', 'Uren'],
      // A formula's cached 0 is read as 0 (exceljs's cell.value drops falsy results).
      [1001, 'Femke de Wit', utc(2026, 9, 7), '8:30', 1.5, 0],
      [1002, 'Sanne', utc(2026, 9, 8), true, '#DIV/0!'],
      ['A&B', 'Lars Ünal', '#N/A', 'Regel\rtwee', false],
      [],
      [7],
    ]);
    // The first sheet is the first in the workbook, not the first file in the zip.
    const first = await bothPaths(file);
    expect(first).toMatchObject({ cells: [['S']], date1904: false, sheetName: 'Codes' });
  });

  it('reads a sheet part that is not called sheetN.xml, which exceljs does not find', async () => {
    const file = path.join(dir, 'data-part.xlsx');
    const parts = exportParts('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Leerlingnummer</t></is></c></row><row r="2"><c r="A2"><v>1001</v></c></row></sheetData>');
    parts['xl/worksheets/verzuim.xml'] = parts['xl/worksheets/sheet1.xml'];
    delete parts['xl/worksheets/sheet1.xml'];
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace('/xl/worksheets/sheet1.xml', 'worksheets/verzuim.xml');
    await writeRawXlsx(file, parts);
    await expect(readXlsxFile(file, 'Verzuim export')).resolves.toMatchObject({ cells: [['Leerlingnummer'], [1001]], date1904: false, sheetName: 'Verzuim export' });
    await expect(readXlsxFileInMemory(file, 'Verzuim export')).rejects.toMatchObject({ kind: 'no-sheet' });
  });

  it('keeps characters whole across chunk boundaries in a sheet of many inflate chunks', async () => {
    const names = ['Zoë Ağaoğlu', 'Daan Öztürk', 'Chloé Müller', 'Søren Ŋguyen', '李 Wei', 'Ava 😀 Ünal'];
    // Shared strings with non-ASCII text, a character reference and an escaped line break.
    const shared = ['Ziek (griep) – ’s ochtends', 'Afspraak &#233;én', 'Té laat_x000D_gemeld'];
    const sharedRead = ['Ziek (griep) – ’s ochtends', 'Afspraak één', 'Té laat\rgemeld'];
    const rows: string[] = [];
    // About 1.6 MB of XML: more than one inflate chunk of 1 MB, so characters fall on their edges.
    for (let r = 1; r <= 12_000; r++) {
      rows.push(
        `<row r="${r}"><c r="A${r}"><v>${100000 + r}</v></c><c r="B${r}" t="inlineStr"><is><t>${names[r % names.length]}</t></is></c>` +
          `<c r="C${r}" t="s"><v>${r % shared.length}</v></c><c r="D${r}" t="str"><v>${names[(r + 1) % names.length]}</v></c></row>`,
      );
    }
    const sst = `<sst ${NS} count="${shared.length}" uniqueCount="${shared.length}">${shared.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
    // Deflated parts are inflated by Node's zlib, stored ones sliced from the file: both are checked.
    for (const compression of ['DEFLATE', 'STORE'] as const) {
      const file = path.join(dir, `many-${compression}.xlsx`);
      await writeRawXlsx(file, exportParts(`<sheetData>${rows.join('')}</sheetData>`, { 'xl/sharedStrings.xml': sst }), compression);
      const read = await bothPaths(file, 'Verzuim export');
      expect(read.cells).toHaveLength(12_000);
      const wrong = read.cells.filter(
        (row, i) =>
          row[0] !== 100001 + i ||
          row[1] !== names[(i + 1) % names.length] ||
          row[2] !== sharedRead[(i + 1) % shared.length] ||
          row[3] !== names[(i + 2) % names.length],
      );
      expect(wrong).toEqual([]);
    }
  });

  it('refuses a zip that is no workbook, and a sheet with broken XML, with one clear line', async () => {
    const noWorkbook = path.join(dir, 'geen-werkmap.xlsx');
    await writeRawXlsx(noWorkbook, { 'word/document.xml': '<document/>' });
    await expect(readXlsxFile(noWorkbook)).rejects.toMatchObject({
      kind: 'unreadable',
      message: `bestand niet te lezen als .xlsx: ${noWorkbook} (xl/workbook.xml ontbreekt)`,
    });
    const broken = path.join(dir, 'kapotte-xml.xlsx');
    await writeRawXlsx(broken, exportParts('<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>'));
    await expect(readXlsxFile(broken, 'Verzuim export')).rejects.toMatchObject({
      kind: 'unreadable',
      message: expect.stringMatching(/^bestand niet te lezen als \.xlsx: .*kapotte-xml\.xlsx \(.+\)$/),
    });
    // A sheet whose compressed data is damaged: the zip directory is intact, the inflate fails.
    const good = path.join(dir, 'goed.xlsx');
    await writeRawXlsx(good, exportParts(`<sheetData>${'<row><c t="inlineStr"><is><t>Leerling</t></is></c></row>'.repeat(2000)}</sheetData>`));
    const bytes = readFileSync(good);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml.length).toBeGreaterThan(60_000);
    // Overwrite bytes of the sheet's deflate data, just after its local header's file name.
    const damaged = path.join(dir, 'beschadigd.xlsx');
    const at = bytes.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length + 20;
    bytes.fill(0xff, at, at + 40);
    writeFileSync(damaged, bytes);
    await expect(readXlsxFile(damaged, 'Verzuim export')).rejects.toMatchObject({
      kind: 'unreadable',
      message: expect.stringMatching(/^bestand niet te lezen als \.xlsx: .*beschadigd\.xlsx \(.+\)$/),
    });
  });
});
