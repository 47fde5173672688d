import fc from 'fast-check';
import iconv from 'iconv-lite';
import { parseCsvBytes } from '../../../src/adapters/files/readCsvFile';
import { importRegister } from '../../../src/core/register/importRegister';
import { exampleSettings } from '../../fixtures/helpers/registerFixtures';

/*
 * Valid registers, mutated the way real files go wrong: stray and unbalanced quotes, quoted
 * remarks with separators and line breaks, mixed line ends, blank lines, shifted and blank cells,
 * and the file written in one of the encodings Excel writes. Whatever happens, every physical
 * data row must be counted or named in a problem, and none may go missing.
 */

const HEADER = ['Leerlingnummer', 'Naam', 'Datum', 'Lesuur', 'Code', 'Opmerking'];
const DAYS = ['07-09-2026', '08-09-2026', '09-09-2026', '10-09-2026', '11-09-2026', '14-09-2026'];
const NAMES = ['Zoë Claes', 'Daniël Öztürk', 'Renée Müller', 'Bram Jansen', 'Vries, de'];
const REMARKS = ['', 'bus te laat', 'zo’n € 5 – boete', 'moeder belde; komt later', 'zei "hoi"', 'twee\nregels'];

type Mutation = 'none' | 'stray-open' | 'stray-name' | 'shift' | 'blank-id' | 'drop-cell' | 'blank-line-before';

const rowArb = fc.record({
  name: fc.constantFrom(...NAMES),
  day: fc.constantFrom(...DAYS),
  lesson: fc.integer({ min: 1, max: 8 }),
  code: fc.constantFrom('S', 'Z', 'A', 'XQ'),
  remark: fc.constantFrom(...REMARKS),
  mutation: fc.constantFrom<Mutation>('none', 'none', 'none', 'stray-open', 'stray-name', 'shift', 'blank-id', 'drop-cell', 'blank-line-before'),
  lineEnd: fc.constantFrom('\r\n', '\n', '\r'),
});

/** A cell as Excel writes it to CSV: quoted when it holds the separator, a quote or a line break. */
function csvCell(v: string): string {
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function encode(text: string, encoding: string): Buffer {
  switch (encoding) {
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'windows-1252':
      return iconv.encode(text, 'win1252');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    default:
      return Buffer.from(text, 'utf8');
  }
}

describe('every physical data row of a mutated register is counted or named in a problem', () => {
  it('holds for random registers, mutations and encodings', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 25 }),
        fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le', 'utf-16be'),
        (rows, encoding) => {
          let text = HEADER.join(';') + '\r\n';
          // The sheet row of each data record as Excel would number it (blank lines are records too).
          const dataRows: number[] = [];
          let record = 2;
          rows.forEach((r, i) => {
            if (r.mutation === 'blank-line-before') {
              // CRLF: a lone LF after the previous line's CR would make one CRLF of the two.
              text += '\r\n';
              record++;
            }
            const cells = [String(1001 + i), csvCell(r.name), r.day, String(r.lesson), r.code, csvCell(r.remark)];
            if (r.mutation === 'stray-open') cells[5] = `"${r.remark.replace(/[\r\n"]/g, ' ')}`;
            if (r.mutation === 'stray-name') cells[1] = `"${r.name.split(' ')[0].replace(',', '')}" ${r.name.split(' ').slice(1).join(' ')}`;
            if (r.mutation === 'shift') cells.unshift('');
            if (r.mutation === 'blank-id') cells[0] = '';
            if (r.mutation === 'drop-cell') cells.splice(2, 1);
            text += cells.join(';') + r.lineEnd;
            dataRows.push(record++);
          });
          const bytes = encode(text, encoding);
          const read = parseCsvBytes(bytes);
          // Held as bytes (as a large UTF-8 file is), the grid is the same.
          expect(parseCsvBytes(bytes, { utf8AsBytes: true })).toEqual(read);
          const imp = importRegister(read.cells, exampleSettings(), { fileIssues: read.issues });

          const counted = new Set(imp.rows.map((r) => r.sheetRow));
          const named = new Set(imp.problems.map((p) => p.row));
          const lost = dataRows.filter((row) => !counted.has(row) && !named.has(row));
          expect({ lost, missing: imp.counts.rowsMissing ?? 0 }).toEqual({ lost: [], missing: 0 });
          // Every data record was read (none merged into another or dropped), blank ones skipped.
          expect(imp.counts.rowsRead).toBe(rows.length);
          expect(imp.counts.rowsRead + imp.counts.blankRows).toBe(read.cells.length - 1);
          // Unmutated rows with a known code on a school day count, with their own pupil number.
          const plain = rows.flatMap((r, i) => (r.mutation === 'none' && r.code !== 'XQ' ? [{ row: dataRows[i], id: String(1001 + i) }] : []));
          const byRow = new Map(imp.rows.map((r) => [r.sheetRow, r.studentId]));
          expect(plain.filter((p) => byRow.get(p.row) !== p.id)).toEqual([]);
        },
      ),
      { numRuns: 120, seed: 20261201 },
    );
  });
});
