import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCsvBytes, readCsvFile } from '../../../src/adapters/files/readCsvFile';
import { bytesSource, chooseEncoding, decodeRegisterBytes, decodeSource } from '../../../src/adapters/files/decodeText';

/*
 * The reader takes a file in chunks (readCsvFile, CSV_CHUNK_BYTES): a character, a CRLF or a
 * quoted remark can be cut in two by a chunk's end. Whatever the chunk size, the grid, the
 * problems and the encoding must be those of the file read at once.
 */

const CELLS = ['1001', 'Zoë Claes', 'Daniël Öztürk', 'Şahin', '07-09-2026', 'S', '"zei ""hoi"""', '"twee\r\nregels"', '"open', 'zo’n € 5', '="02001"', ''];
const LINE_ENDS = ['\r\n', '\n', '\r'];

const registerArb = fc.array(
  fc.record({ cells: fc.array(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 6 }), end: fc.constantFrom(...LINE_ENDS) }),
  { minLength: 1, maxLength: 70 },
);

function encode(text: string, encoding: string): Buffer {
  switch (encoding) {
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'windows-1252':
      return iconv.encode(text.replace(/Ş/g, 'S'), 'win1252');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    default:
      return Buffer.from(text, 'utf8');
  }
}

describe('a CSV read in chunks reads as the whole file', () => {
  it('gives the same grid, problems and encoding for any chunk size', () => {
    fc.assert(
      fc.property(
        registerArb,
        fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le', 'utf-16be'),
        fc.integer({ min: 1, max: 97 }),
        fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
        (lines, encoding, chunk, strayAt) => {
          const text = 'Leerlingnummer;Naam;Datum;Code;Opmerking\r\n' + lines.map((l) => l.cells.join(';') + l.end).join('');
          let bytes = encode(text, encoding);
          // A stray byte (a Windows-1252 é in a UTF-8 file) somewhere.
          if (strayAt !== undefined && encoding.startsWith('utf-8')) bytes = Buffer.concat([bytes.subarray(0, strayAt), Buffer.from([0xe9]), bytes.subarray(strayAt)]);
          expect(parseCsvBytes(bytes, chunk)).toEqual(parseCsvBytes(bytes));
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it('decodes random bytes chunk by chunk as at once, bad sequences included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), fc.integer({ min: 1, max: 9 }), (raw, chunk) => {
        const bytes = Buffer.from(raw);
        const source = bytesSource(bytes, chunk);
        const choice = chooseEncoding(source);
        const parts: string[] = [];
        const bad = decodeSource(source, choice, (t) => {
          parts.push(t);
          return true;
        });
        expect({ text: parts.join(''), encoding: choice.encoding, badSequences: bad }).toEqual(decodeRegisterBytes(bytes));
        if (choice.encoding === 'utf-8') expect(parts.join('')).toBe(bytes.subarray(choice.skip).toString('utf8'));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('reads a file of many small chunks as the same bytes read at once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vs-chunks-'));
    try {
      const rows = Array.from({ length: 400 }, (_, i) => `${1000 + i};Şahin ${i % 7};07-09-2026;S;${i === 200 ? '"twee\r\nregels"' : ''}`);
      const text = ['Leerlingnummer;Naam;Datum;Code;Opmerking', ...rows].join('\r\n') + '\r\n';
      const file = path.join(dir, 'groot.csv');
      writeFileSync(file, text, 'utf8');
      const read = await readCsvFile(file, 100);
      expect(read).toEqual(parseCsvBytes(Buffer.from(text, 'utf8')));
      expect(read.cells).toHaveLength(401);
      expect(read.cells[201][4]).toBe('twee\nregels');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
