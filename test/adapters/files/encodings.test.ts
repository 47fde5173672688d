import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeRegisterBytes } from '../../../src/adapters/files/decodeText';
import { parseCsvBytes } from '../../../src/adapters/files/readCsvFile';
import { readRegisterFile } from '../../../src/adapters/files/readRegisterFile';
import { importRegister } from '../../../src/core/register/importRegister';
import { exampleSettings } from '../../fixtures/helpers/registerFixtures';

/*
 * Every file here is written as bytes, as Excel and student systems write them. The names and
 * remarks use the characters that go wrong: ë é ö ü (letters), ’ € Š Œ – (Windows-1252's
 * 0x80-0x9F, which Latin-1 decoders turn into control codes).
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-enc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Leerlingnummer;Naam;Datum;Code;Opmerking\r\n1001;Zoë Claes;07-09-2026;S;zo’n € 5 – Šimon Œuvre\r\n1002;Daniël Öztürk;08-09-2026;S;\r\n';
const ROWS = [
  ['Leerlingnummer', 'Naam', 'Datum', 'Code', 'Opmerking'],
  ['1001', 'Zoë Claes', '07-09-2026', 'S', 'zo’n € 5 – Šimon Œuvre'],
  ['1002', 'Daniël Öztürk', '08-09-2026', 'S', null],
];

/** Windows-1252 bytes of a text made of ASCII and the characters used above. */
function cp1252(text: string): Buffer {
  const high: Record<string, number> = { '’': 0x92, '€': 0x80, '–': 0x96, Š: 0x8a, Œ: 0x8c, ë: 0xeb, Ö: 0xd6, ü: 0xfc };
  return Buffer.from([...text].map((ch) => high[ch] ?? ch.charCodeAt(0)));
}

/** Mac Roman bytes (ë 0x91, é 0x8E, ö 0x9A, ü 0x9F, Ö 0x85). */
function macRoman(text: string): Buffer {
  const high: Record<string, number> = { ë: 0x91, é: 0x8e, ö: 0x9a, ü: 0x9f, Ö: 0x85 };
  return Buffer.from([...text].map((ch) => high[ch] ?? ch.charCodeAt(0)));
}

function utf16(text: string, order: 'le' | 'be', bom = true): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le).swap16();
  return bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes;
}

describe('register files in the encodings Excel and student systems write', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(parseCsvBytes(Buffer.from(TEXT, 'utf8')).cells).toEqual(ROWS);
    const withBom = parseCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]));
    expect(withBom).toMatchObject({ cells: ROWS, encoding: 'utf-8' });
    expect(withBom.issues).toBeUndefined();
  });

  it('reads Windows-1252 with its characters in 0x80-0x9F (’ € – Š Œ), not as Latin-1 control codes', () => {
    const read = parseCsvBytes(cp1252(TEXT));
    expect(read.encoding).toBe('windows-1252');
    expect(read.cells).toEqual(ROWS);
    expect(read.issues).toBeUndefined();
  });

  it.each([
    ['le', 'export.txt'],
    ['be', 'export.tsv'],
    ['le', 'export.csv'],
  ] as const)('reads UTF-16 %s with a byte order mark, tab separated, from %s', async (order, name) => {
    const file = path.join(dir, `${order}-${name}`);
    writeFileSync(file, utf16(TEXT.replace(/;/g, '\t'), order));
    const read = await readRegisterFile(file);
    expect(read.encoding).toBe(`utf-16${order}`);
    expect(read.cells).toEqual(ROWS);
  });

  it('recognises UTF-16 without a byte order mark by its zero bytes', () => {
    expect(decodeRegisterBytes(utf16(TEXT, 'le', false))).toEqual({ text: TEXT, encoding: 'utf-16le', badSequences: 0 });
    expect(decodeRegisterBytes(utf16(TEXT, 'be', false))).toEqual({ text: TEXT, encoding: 'utf-16be', badSequences: 0 });
  });

  it('reads Mac Roman when that is clearly what it is', () => {
    const text = 'Leerlingnummer;Naam;Datum;Code\r1001;Zoë Claes;07-09-2026;S\r1002;Daniël Öztürk;08-09-2026;S\r1003;Renée Müller;09-09-2026;S\r';
    const read = parseCsvBytes(macRoman(text));
    expect(read.encoding).toBe('macintosh');
    expect(read.cells.slice(1).map((r) => r[1])).toEqual(['Zoë Claes', 'Daniël Öztürk', 'Renée Müller']);
  });

  it('keeps Windows-1252 for a file with only its punctuation in 0x80-0x9F (no letters there to speak for Mac Roman)', () => {
    const read = parseCsvBytes(cp1252('Leerlingnummer;Opmerking\r\n1001;zo’n bus – te laat\r\n1002;m’n fiets\r\n'));
    expect(read.encoding).toBe('windows-1252');
    expect(read.cells[1][1]).toBe('zo’n bus – te laat');
  });

  // A large file is held as its bytes and each cell decoded on its way out (UTF8_AS_BYTES_FROM); a small one is decoded at once.
  it.each([
    ['decoded at once', false],
    ['held as bytes, as a large file is', true],
  ])('reads UTF-8 with one stray byte as UTF-8, that one cell reported, every other name intact (%s)', (_how, utf8AsBytes) => {
    const bytes = Buffer.concat([
      Buffer.from('Leerlingnummer;Naam;Datum;Code;Opmerking\r\n1001;Zoë Claes;07-09-2026;S;\r\n1002;Bram Jansen;08-09-2026;S;moeder belde ', 'utf8'),
      Buffer.from([0xe9]), // a Windows-1252 é pasted into the UTF-8 file
      Buffer.from('\r\n1003;Daniël Öztürk;09-09-2026;S;\r\n', 'utf8'),
    ]);
    const read = parseCsvBytes(bytes, { utf8AsBytes });
    expect(read.encoding).toBe('utf-8');
    expect(read.cells.slice(1).map((r) => r[1])).toEqual(['Zoë Claes', 'Bram Jansen', 'Daniël Öztürk']);
    expect(read.cells[2][4]).toBe('moeder belde \ufffd');
    expect(read.issues).toEqual([expect.objectContaining({ row: 2, col: 4, kind: 'bad-bytes' })]);

    // A remark does not decide the count: the row counts, with a warning naming cell E3.
    const imp = importRegister(read.cells, exampleSettings(), { fileIssues: read.issues });
    expect(imp.counts.rowsCounted).toBe(3);
    expect(imp.problems).toEqual([expect.objectContaining({ row: 3, cell: 'E3', kind: 'bad-bytes', warning: true })]);
  });

  it.each([false, true])('reads a stray byte in a quoted line as U+FFFD even below a cell whose letter it resembles (as bytes: %s)', (utf8AsBytes) => {
    const bytes = Buffer.concat([
      Buffer.from('Leerlingnummer;Naam;Opmerking\n1001;Zoë;x\n1002;Zo', 'utf8'),
      Buffer.from([0xeb]), // "ë" in Windows-1252: one byte, no UTF-8 character
      Buffer.from(';"bus, te laat"\n', 'utf8'),
    ]);
    const read = parseCsvBytes(bytes, { utf8AsBytes });
    expect(read.cells.map((r) => r[1])).toEqual(['Naam', 'Zoë', 'Zo\ufffd']);
    expect(read.issues).toEqual([expect.objectContaining({ row: 2, col: 1, kind: 'bad-bytes' })]);
  });

  it('keeps a row whose code has a stray byte from counting, with the cell named', () => {
    const bytes = Buffer.concat([
      Buffer.from('Leerlingnummer;Naam;Datum;Code\n1001;Zoë;07-09-2026;S\n1002;Bram;08-09-2026;', 'utf8'),
      Buffer.from([0x9f]),
      Buffer.from('\n', 'utf8'),
    ]);
    const read = parseCsvBytes(bytes);
    const imp = importRegister(read.cells, exampleSettings(), { fileIssues: read.issues });
    expect(imp.counts).toEqual({ rowsRead: 2, rowsCounted: 1, rowsNotCounted: 1, blankRows: 0 });
    expect(imp.problems).toEqual([expect.objectContaining({ row: 3, cell: 'D3', kind: 'bad-bytes' })]);
    expect(imp.problems[0].warning).toBeUndefined();
    expect(imp.problems[0].message).toMatch(/De rij telt niet mee\.$/);
  });
});
