import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { draftsFromAnalysis } from '../../src/core/drafts/buildDrafts';
import { parentLetters } from '../../src/core/drafts/letters';
import type { DraftReportingEntry } from '../../src/core/drafts/types';
import { allDocumentsZip, draftsXlsxFile, letterDocuments, meldingDocument, meldingDocuments } from '../../src/documents';
import { tablesToXlsx } from '../../src/documents/xlsxExport';
import { parseSettings } from '../../src/core/settings/validateSettings';
import { flags, rows, settings, students } from '../core/drafts/fixtures';
import { docxAllParts, docxText, docxXml } from './docText';

/** Drafts made on 1 October 2026: before the report-by dates of the fixtures. */
const TODAY = '2026-10-01';

const entries = new Map<string, DraftReportingEntry>([['es2001a', { actions: 'Gesprek met ouders op 18-09-2026' }]]);
const drafts = draftsFromAnalysis({ flags }, { rows, students }, settings, entries, undefined, TODAY);

describe('melding documents', () => {
  it('writes one document per pupil, named by pupil number, kind and date', async () => {
    const files = await meldingDocuments(drafts, '2026-12-04');
    expect(files.map((f) => f.name)).toEqual(['melding-2001-2026-12-04.docx', 'melding-2002-2026-12-04.docx']);
  });

  it('holds the school, the pupil, the melding fields, the actions and the specification', async () => {
    const [file] = await meldingDocuments(drafts, '2026-12-04');
    const text = await docxText(file.data);
    for (const expected of [
      'Conceptmelding verzuim: Bram Hendriks',
      'Stedelijk Lyceum Noord, Locatie Parkweg (BRIN 12AB)',
      'Opgesteld op 4 december 2026',
      'Ongeoorloofd verzuim 16 uur of meer in 4 lesweken (V3): 7 september 2026 t/m 28 september 2026',
      'PGN (BSN of onderwijsnummer)\n123456782\n',
      'Geboortedatum\n10 mei 2012\n',
      'Verzuimuren\n17,5\n',
      'Alle lessen verzuimd\nNee\n',
      'Acties van de school\n—\n',
      'Eerdere signalen\nVroegsignaal ongeoorloofd verzuim: 7 september 2026 t/m 16 september 2026 (10 uur); acties: Gesprek met ouders op 18-09-2026\n',
      'Actie gemeente gewenst\nJa\n',
      'Toelichting actie gemeente\n—\n',
      'M. de Groot',
      '050-7654321',
      'verzuim@slnoord.nl',
      '28 september 2026\n10:20-12:50\n150\nS\n',
    ]) {
      expect(text).toContain(expected);
    }
    // Specification: one line per day, lessons combined.
    expect(text.match(/\nlesuur 3-5\n150\nS\n/g)).toHaveLength(6);
    // Complete and on time: no alert, and no internal notes such as column names.
    expect(text).not.toContain('Vul aan');
    expect(text).not.toContain('TE LAAT');
    expect(text).not.toContain('kolom');
  });

  it('is set in one font and size, in Dutch, with the school and "Vertrouwelijk" in the header and page numbers', async () => {
    const [file] = await meldingDocuments(drafts, '2026-12-04');
    const styles = await docxXml(file.data, 'word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Calibri"[^>]*>.*<w:sz w:val="22"\/>.*<w:lang w:val="nl-NL"\/>/s);
    // Headings stay with the table under them.
    expect(styles).toMatch(/w:styleId="Heading2".*?<w:keepNext\/>/s);
    const zip = await JSZip.loadAsync(file.data);
    const header = await zip.file(/word\/header\d\.xml/)[0].async('string');
    expect(header).toContain('Stedelijk Lyceum Noord, Locatie Parkweg (BRIN 12AB)');
    expect(header).toContain('Vertrouwelijk');
    const footer = await zip.file(/word\/footer\d\.xml/)[0].async('string');
    expect(footer).toMatch(/PAGE.*NUMPAGES/s);
    const body = await docxXml(file.data);
    // Dates do not break: no-break spaces inside "28 september 2026".
    expect(body).toContain('28\u00A0september\u00A02026');
    expect(body).toContain('<w:keepNext/>');
    // Table rows never split over a page.
    expect(body).toContain('<w:cantSplit/>');
  });

  it('never breaks a phone number or a date across lines (document XML)', async () => {
    const [file] = await meldingDocuments(drafts, '2026-12-04');
    const body = await docxXml(file.data);
    // The phone number with a non-breaking hyphen (U+2011), never a plain one Word may break at.
    expect(body).toContain('050\u20117654321');
    expect(body).not.toContain('050-7654321');
    // Every long date in the document keeps its parts together: no "28 september" with a plain space.
    const months = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
    expect(body).not.toMatch(new RegExp(`\\d (${months})|(${months}) \\d{4}`));
    expect(body.match(new RegExp(`\\d\u00A0(${months})\u00A0\\d{4}`, 'g'))?.length).toBeGreaterThan(10);
    const spaced = parseSettings({ ...settings, school: { ...settings.school, reporter: { ...settings.school.reporter, phone: '050 - 765 43 21' } } });
    const [letterFile] = await letterDocuments(parentLetters(flags, students, spaced, '2026-12-04').slice(1, 2));
    const letterXml = await docxXml(letterFile.data);
    expect(letterXml).toContain('op 050\u00A0\u2011\u00A0765\u00A043\u00A021,');
    expect(letterXml).toContain('Datum: 4\u00A0december\u00A02026');
    expect(letterXml).not.toMatch(new RegExp(`\\d (${months})|(${months}) \\d{4}`));
  });

  it('says prominently that the report-by date has passed', async () => {
    const late = draftsFromAnalysis({ flags }, { rows, students }, settings, entries, undefined, '2026-10-07');
    const [file] = await meldingDocuments(late, '2026-10-07');
    const text = await docxText(file.data);
    const alert = 'TE LAAT: de meldtermijn is verstreken. Melden moest uiterlijk op 5 oktober 2026. Meld zo snel mogelijk.';
    expect(text).toContain(alert);
    // Right under the heading, before every field.
    expect(text.indexOf(alert)).toBeLessThan(text.indexOf('PGN (BSN of onderwijsnummer)'));
  });

  it('shows what is missing at the top of an incomplete draft', async () => {
    const files = await meldingDocuments(drafts, '2026-12-04');
    const text = await docxText(files[1].data);
    expect(text).toContain('Vul aan voordat u meldt:\n• Leerling 2002: PGN (BSN of onderwijsnummer) ontbreekt');
    expect(text).toContain('Leerling 2002: geen acties van school vastgelegd');
    expect(text).toContain('Luxe verzuim (L): 15 oktober 2026 t/m 16 oktober 2026');
    expect(text).toContain('Alle lessen verzuimd\nJa\n');
    expect(text).toContain('15 oktober 2026\nhele dag\n300\nA\n');
  });

  it('leaves out sickness, remarks, the mentor and other pupils, also from the file properties', async () => {
    const files = await meldingDocuments(drafts, '2026-12-04');
    for (const f of files) {
      const all = await docxAllParts(f.data);
      for (const forbidden of ['migraine', 'huisarts', 'zat bij vriend', 'Turkije', 'tijdens vakantie', 'Kees Vos', '987654321', 'Dhr. Smit', '25-09-2026', '25\u00A0september', '25 september']) {
        expect(all).not.toContain(forbidden);
      }
    }
    expect(await docxAllParts(files[1].data)).not.toContain('Bram Hendriks');
    expect(await docxAllParts(files[0].data)).not.toContain('Yara');
  });

  it('carries the coordinator’s addition from the drafts sheet into the document and the xlsx', async () => {
    const withAddition = draftsFromAnalysis({ flags }, { rows, students }, settings, entries, new Map([['v3n2001b', { addition: 'Moeder spreekt alleen Engels' }]]), TODAY);
    const [file] = await meldingDocuments(withAddition, '2026-12-04');
    expect(await docxText(file.data)).toContain('Aanvulling voor leerplicht\nMoeder spreekt alleen Engels\n');
    const ws = new Workbook();
    await ws.xlsx.load(Buffer.from((await draftsXlsxFile(withAddition)).data) as unknown as ArrayBuffer);
    const sheet = ws.getWorksheet('Meldingen');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(sheet?.getRow(2).getCell(header.indexOf('Aanvulling voor leerplicht') + 1).value).toBe('Moeder spreekt alleen Engels');
  });

  it('refuses to put two pupils in one document', async () => {
    await expect(meldingDocument(drafts, '2026-12-04')).rejects.toThrow('één leerling per document');
  });
});

describe('parent letter documents', () => {
  it('write one letter per signal in plain language, without BSN or sickness', async () => {
    const letters = parentLetters(flags, students, settings, '2026-12-04');
    const files = await letterDocuments(letters, (id) => students.get(id)?.bsn);
    expect(files.map((f) => f.name)).toEqual([
      'brief-vroegsignaal-2001-2026-09-16.docx',
      'brief-16-uur-2001-2026-09-28.docx',
      'brief-vroegsignaal-2002-2026-10-16.docx',
      'brief-luxe-verzuim-2002-2026-10-16.docx',
    ]);
    const text = await docxText(files[1].data);
    expect(text).toContain('Aan de ouder(s) of verzorger(s) van Bram Hendriks');
    expect(text).toContain('Betreft: Melding bij leerplicht: afwezigheid van Bram Hendriks');
    expect(text).toContain(
      'Van 7 september 2026 tot en met 28 september 2026 was Bram Hendriks uit klas 2C 17 en een half uur afwezig zonder geldige reden. Dat was op 7 schooldagen.',
    );
    expect(text).toContain('Dat staat in de Leerplichtwet 1969 (artikel 21a).');
    expect(text).toContain('Bel dan met M. de Groot (Verzuimcoördinator) op 050-7654321, of mail naar verzuim@slnoord.nl.');
    expect(text).toContain('Datum: 4 december 2026');
    const styles = await docxXml(files[1].data, 'word/styles.xml');
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
    expect(await docxAllParts(files[1].data)).toContain('Vertrouwelijk');
    for (const f of files) {
      const all = await docxAllParts(f.data);
      expect(all).not.toContain('123456782');
      expect(all).not.toContain('migraine');
      expect(all).not.toContain('Turkije');
    }
  });
});

describe('xlsx export', () => {
  async function readBack(data: Uint8Array): Promise<Workbook> {
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
    return wb;
  }

  it('writes sheets Meldingen and Specificatie with real dates and numbers', async () => {
    const file = await draftsXlsxFile(drafts);
    expect(file.name).toBe('meldingen.xlsx');
    const wb = await readBack(file.data);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Meldingen', 'Specificatie']);
    const ws = wb.getWorksheet('Meldingen');
    const header = (ws?.getRow(1).values as unknown[]).slice(1);
    const at = (row: number, h: string): unknown => ws?.getRow(row).getCell(header.indexOf(h) + 1).value;
    expect(at(2, 'Leerlingnummer')).toBe('2001');
    expect(at(2, 'Begindatum')).toEqual(new Date(Date.UTC(2026, 8, 7)));
    expect(at(2, 'Verzuimuren')).toBe(17.5);
    expect(at(3, 'Alle lessen verzuimd')).toBe('Ja');
    const spec = wb.getWorksheet('Specificatie');
    expect(spec?.rowCount).toBe(1 + 7 + 2);
    expect(spec?.getRow(9).values).toEqual([undefined, 'lx2002a', '2002', new Date(Date.UTC(2026, 9, 15)), 'hele dag', 300, 'A']);
    expect(spec?.getRow(2).getCell(4).value).toBe('lesuur 3-5');
  });

  it('prints landscape, fit to the page width, with the header row repeated, in a set font and readable widths', async () => {
    const wb = await readBack((await draftsXlsxFile(drafts)).data);
    const ws = wb.getWorksheet('Meldingen')!;
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect(ws.getRow(2).getCell(4).font).toMatchObject({ name: 'Calibri', size: 11 });
    expect(ws.getRow(1).getCell(1).font).toMatchObject({ name: 'Calibri', size: 11, bold: true });
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    expect(ws.getColumn(header.indexOf('Naam') + 1).width).toBe(24);
    expect(ws.getColumn(header.indexOf('Specificatie verzuim') + 1).width).toBe(50);
  });

  it('writes text cells as text, without an apostrophe and never as a formula, and keeps numbers', async () => {
    const data = await tablesToXlsx([
      {
        name: 'T',
        columns: [{ header: '=kop', kind: 'text' }, { header: 'n', kind: 'number' }],
        rows: [['=1+1', -3], ['+31 6', 1], ['-x', 2], ['@SUM(A1)', 3], ['\tx', 4], ['\rx', 5], ['veilig', 6]],
      },
    ]);
    const ws = (await readBack(data)).getWorksheet('T');
    const col1 = [1, 2, 3, 4, 5, 6, 7, 8].map((r) => ws?.getRow(r).getCell(1).value);
    // A string cell of an .xlsx is never run as a formula: no apostrophe that would show in the cell.
    expect(col1.slice(0, 6)).toEqual(['=kop', '=1+1', '+31 6', '-x', '@SUM(A1)', '\tx']);
    expect(col1[6]).toMatch(/^[\r\n]x$/);
    expect(col1[7]).toBe('veilig');
    expect(ws?.getRow(2).getCell(2).value).toBe(-3);
    // Nothing is stored as a formula.
    ws?.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
  });
});

describe('download all', () => {
  it('zips the xlsx, the melding documents and the letters under their own names', async () => {
    const letters = parentLetters(flags, students, settings, '2026-12-04');
    const zipped = await allDocumentsZip(drafts, letters, '2026-12-04');
    expect(zipped.name).toBe('verzuimsignaal-documenten-2026-12-04.zip');
    const zip = await JSZip.loadAsync(zipped.data);
    expect(Object.keys(zip.files).sort()).toEqual([
      'brief-16-uur-2001-2026-09-28.docx',
      'brief-luxe-verzuim-2002-2026-10-16.docx',
      'brief-vroegsignaal-2001-2026-09-16.docx',
      'brief-vroegsignaal-2002-2026-10-16.docx',
      'melding-2001-2026-12-04.docx',
      'melding-2002-2026-12-04.docx',
      'meldingen.xlsx',
    ]);
    const inner = await zip.file('melding-2002-2026-12-04.docx')?.async('uint8array');
    expect(await docxText(inner ?? new Uint8Array())).toContain('Yara el Amrani');
  });
});
