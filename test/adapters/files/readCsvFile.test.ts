import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCsvFile } from '../../../src/adapters/files/readCsvFile';
import { detectDelimiter, parseCsvText } from '../../../src/adapters/files/parseCsvText';
import { decodeRegisterBytes } from '../../../src/adapters/files/decodeText';
import { RegisterFileError } from '../../../src/adapters/files/errors';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-csv-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('detectDelimiter', () => {
  it('picks semicolons in a Dutch export with decimal commas', () => {
    expect(detectDelimiter('Leerlingnummer;Datum;Uren;Code\n1001;07-09-2026;1,5;S\n')).toBe(';');
  });
  it('picks commas in an English export, ignoring commas inside quotes', () => {
    expect(detectDelimiter('Student ID,Date,Hours,Reason,Remark\n1001,2026-09-07,"1,5",A,"late; bus"\n')).toBe(',');
  });
  it('picks tabs in a tab-separated export', () => {
    expect(detectDelimiter('Leerlingnummer\tDatum\tCode\n1001\t07-09-2026\tS\n')).toBe('\t');
  });
});

describe('parseCsvText', () => {
  it('reads quoted fields with separators, quotes and line breaks inside; empty cells are null', () => {
    const text = 'Leerlingnummer;Naam;Datum;Code;Opmerking\r\n1001;"Vries, de";07-09-2026;S;"zei: ""bus te laat"";\nbelt terug"\r\n1002;;08-09-2026;A;\r\n';
    expect(parseCsvText(text)).toEqual({
      cells: [
        ['Leerlingnummer', 'Naam', 'Datum', 'Code', 'Opmerking'],
        ['1001', 'Vries, de', '07-09-2026', 'S', 'zei: "bus te laat";\nbelt terug'],
        ['1002', null, '08-09-2026', 'A', null],
      ],
      date1904: false,
    });
  });

  it('strips a UTF-8 byte order mark so the first header is found', () => {
    const { cells } = parseCsvText('\ufeffLeerlingnummer,Datum,Code\n1001,2026-09-07,A');
    expect(cells[0][0]).toBe('Leerlingnummer');
    expect(cells).toHaveLength(2);
  });

  it('keeps blank lines in the middle as rows (the import counts them as blank rows)', () => {
    const { cells } = parseCsvText('a;b\n1;2\n\n3;4\n');
    expect(cells).toEqual([['a', 'b'], ['1', '2'], [null], ['3', '4']]);
  });
});

describe('decodeRegisterBytes', () => {
  it('reads UTF-8, and Windows-1252 when the bytes are not UTF-8 (Dutch Excel "CSV (gescheiden door lijstscheidingsteken)")', () => {
    expect(decodeRegisterBytes(Buffer.from('Zoë;Daniël', 'utf8'))).toEqual({ text: 'Zoë;Daniël', encoding: 'utf-8', badSequences: 0 });
    expect(decodeRegisterBytes(Buffer.from([0x5a, 0x6f, 0xeb, 0x3b, 0x44, 0x61, 0x6e, 0x69, 0xeb, 0x6c]))).toEqual({
      text: 'Zoë;Daniël',
      encoding: 'windows-1252',
      badSequences: 0,
    });
  });
});

describe('readCsvFile', () => {
  it('reads a semicolon file with a BOM', async () => {
    const file = write('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Leerlingnummer;Naam;Datum;Code\n1001;Zoë Claes;07-09-2026;S\n', 'utf8')]));
    await expect(readCsvFile(file)).resolves.toEqual({
      cells: [
        ['Leerlingnummer', 'Naam', 'Datum', 'Code'],
        ['1001', 'Zoë Claes', '07-09-2026', 'S'],
      ],
      date1904: false,
      encoding: 'utf-8',
    });
  });

  it('reads a comma file without a BOM', async () => {
    const file = write('comma.csv', 'Student ID,Name,Date,Reason\n1001,"Claes, Zoë",2026-09-07,A\n');
    const { cells } = await readCsvFile(file);
    expect(cells[1]).toEqual(['1001', 'Claes, Zoë', '2026-09-07', 'A']);
  });

  it('says which file is missing', async () => {
    const missing = path.join(dir, 'nope.csv');
    await expect(readCsvFile(missing)).rejects.toEqual(new RegisterFileError('not-found', `bestand niet gevonden: ${missing}`));
  });
});
