import { decodeRegisterBytes } from '../../../src/adapters/files/decodeText';
import { accountCsvRows } from '../../../src/adapters/files/csvRowAccount';
import { collectGarbage } from '../../../src/adapters/files/collectGarbage';
import { parseCsvText } from '../../../src/adapters/files/parseCsvText';
import { parseCsvBytes } from '../../../src/adapters/files/readCsvFile';
import { fromUtf8Bytes } from '../../../src/adapters/files/utf8Bytes';

/*
 * A UTF-8 register is read as its bytes, one character per byte, and each cell is decoded as it is
 * taken out (half the memory of the decoded text once one name holds a ı, Ş or ł). These tests
 * hold that the grid and the problems read exactly as from the decoded text.
 */

const TEXT = [
  'Leerlingnummer;Naam;Klas;Datum;Code;Opmerking',
  '1001;Şükrü Yılmaz;2B;07-09-2026;S;moeder belde: ziek',
  '1002;Łucja Wójcik-Ünal;2B;07-09-2026;T;te laat – bus (’s ochtends)',
  '1001;Şükrü Yılmaz;2B;08-09-2026;S;"opmerking over twee',
  'regels, met één ë"',
  '1003;"Ayşe" Kılıç;3A;08-09-2026;S;',
  '1002;Łucja Wójcik-Ünal;2B;09-09-2026;T;te laat – bus (’s ochtends)',
  '',
].join('\r\n');

describe('UTF-8 registers read as bytes', () => {
  it('decodes to a one-byte text only when asked, with the same encoding and bad-byte count', () => {
    const bytes = Buffer.from(TEXT, 'utf8');
    expect(decodeRegisterBytes(bytes)).toEqual({ text: TEXT, encoding: 'utf-8', badSequences: 0 });
    expect(decodeRegisterBytes(bytes, { utf8AsBytes: true })).toEqual({ text: bytes.toString('latin1'), encoding: 'utf-8', badSequences: 0, utf8InLatin1: true });
    const stray = Buffer.concat([Buffer.from('Naam;Code\r\nZoë;S\r\nJo', 'utf8'), Buffer.from([0xe9]), Buffer.from(';S\r\n')]);
    expect(decodeRegisterBytes(stray, { utf8AsBytes: true })).toMatchObject({ encoding: 'utf-8', badSequences: 1, utf8InLatin1: true });
  });

  it('gives the same grid and problems as the decoded text, multi-line and stray-quote cells included', () => {
    const fromText = parseCsvText(TEXT);
    const fromBytes = parseCsvBytes(Buffer.from(TEXT, 'utf8'));
    expect(fromBytes.cells).toEqual(fromText.cells);
    expect(fromBytes.issues).toEqual(fromText.issues);
    expect(fromBytes.cells[2]).toEqual(['1002', 'Łucja Wójcik-Ünal', '2B', '07-09-2026', 'T', 'te laat – bus (’s ochtends)']);
    expect(fromBytes.cells[3][5]).toBe('opmerking over twee\nregels, met één ë');
    // The stray quote is reported with the name as it reads, not as its UTF-8 bytes.
    expect(fromBytes.issues).toEqual([expect.objectContaining({ row: 4, col: 1, kind: 'unbalanced-quotes', detail: expect.stringContaining('«"Ayşe" Kılıç»') })]);
  });

  it('reports a stray byte in the one cell that holds it, decoded as U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('Leerlingnummer;Naam;Code\r\n1001;Zoë;S\r\n1002;Jo', 'utf8'), Buffer.from([0xe9]), Buffer.from('l;S\r\n1003;Daniël;S\r\n', 'utf8')]);
    const read = parseCsvBytes(bytes);
    expect(read.encoding).toBe('utf-8');
    expect(read.cells.map((r) => r[1])).toEqual(['Naam', 'Zoë', 'Jo\ufffdl', 'Daniël']);
    expect(read.issues).toEqual([expect.objectContaining({ row: 2, col: 1, kind: 'bad-bytes' })]);
  });

  it('names the line where file and grid part as it reads, when the text is held as bytes', () => {
    const bytes = Buffer.from('Naam;Code\nŞükrü;S\nAyşe;T\n', 'utf8').toString('latin1');
    // A grid that lost its last row.
    const issue = accountCsvRows(bytes, [['Naam', 'Code'], ['Şükrü', 'S']], new Map(), ';', fromUtf8Bytes);
    expect(issue).toMatchObject({ row: 2, kind: 'row-account', missingRows: 1 });
    expect(issue?.detail).toContain('regel 3 van het bestand ("Ayşe;T")');
  });

  it('keeps each distinct text once in a large file, with the same cells as read one by one', () => {
    // Over 8 MB: the size from which the parser keeps one copy per distinct text.
    const names = ['Şükrü Yılmaz', 'Łucja Wójcik-Ünal', 'Zoë de Vries', 'Daniël Öztürk-van den Berg', 'Tess'];
    const remarks = ['', 'moeder belde: ziek', 'te laat – bus (’s ochtends) en daarna nog naar de tandarts geweest', 'x'];
    const lines = ['Leerlingnummer;Naam;Datum;Code;Opmerking'];
    for (let i = 0; lines.length < 150_000; i++) {
      lines.push(`${100_000 + (i % 997)};${names[i % names.length]};${String((i % 28) + 1).padStart(2, '0')}-09-2026;${i % 3 === 0 ? 'S' : 'T'};${remarks[i % remarks.length]}${i % 50 === 0 ? ` nr ${i}` : ''}`);
    }
    const text = `${lines.join('\r\n')}\r\n`;
    const bytes = Buffer.from(text, 'utf8');
    expect(bytes.length).toBeGreaterThan(8 * 1024 * 1024);
    const expected = lines.map((l) => l.split(';').map((v) => (v === '' ? null : v)));
    // As JSON: a deep comparison of 150,000 rows is slow in jest, and the grid is strings and nulls.
    const fromBytes = parseCsvBytes(bytes);
    expect(fromBytes.issues).toBeUndefined();
    expect(JSON.stringify(fromBytes.cells)).toBe(JSON.stringify(expected));
    expect(JSON.stringify(parseCsvText(text).cells)).toBe(JSON.stringify(expected));
  });

  it('decodes only pieces that hold a byte past ASCII', () => {
    const ascii = 'Leerlingnummer';
    expect(fromUtf8Bytes(ascii)).toBe(ascii);
    expect(fromUtf8Bytes(Buffer.from('Yılmaz', 'utf8').toString('latin1'))).toBe('Yılmaz');
  });
});

describe('collectGarbage', () => {
  it('collects what nothing refers to any more, without --expose-gc', async () => {
    let big: number[] | undefined = new Array<number>(100_000).fill(1);
    const ref = new WeakRef(big);
    big = undefined;
    // A WeakRef's target lives at least to the end of the job that made or read it.
    await new Promise((done) => setImmediate(done));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});
