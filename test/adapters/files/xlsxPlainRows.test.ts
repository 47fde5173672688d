import fc from 'fast-check';
import * as plainCells from '../../../src/adapters/files/xlsxPlainCell';
import { sheetCellsBuilder, type SheetContext } from '../../../src/adapters/files/xlsxSheetCells';

/*
 * Plain rows are read from the sheet's bytes (xlsxPlainCell), everything else by the tokenizer,
 * which the other tests compare with exceljs. So the bytes path must give exactly the tokenizer's
 * grid and issues, on every sheet: plain rows and rows that are not (a formula, inline text, an
 * entity, a prefix, white space between cells, another type), cut into chunks anywhere.
 */

// Style 1 a date, 2 a clock time, 3 an elapsed time, 4 zero-padded to 9 digits.
const ctx = (): SheetContext => ({
  sharedStrings: ['Leerlingnummer', 'Datum', 'Code', 'Yusuf Şahin', '', 'Zoë'],
  dateStyles: [false, true, true, true, false],
  timeStyles: [false, false, true, true, false],
  elapsedStyles: [false, false, false, true, false],
  zeroPad: [0, 0, 0, 0, 9],
  date1904: false,
  utf8InLatin1: true,
});

const CELLS = [
  '<c r="A{r}"><v>110529</v></c>',
  '<c r="B{r}" t="str"><v>Fleur</v></c>',
  '<c r="B{r}" t="str"><v>Daniël Öztürk</v></c>',
  '<c r="C{r}" s="1"><v>45901</v></c>',
  '<c r="D{r}" s="2"><v>0.354166666666667</v></c>',
  '<c r="E{r}" s="3"><v>1.25</v></c>',
  '<c r="F{r}" s="4"><v>12345678</v></c>',
  '<c r="G{r}" t="s"><v>3</v></c>',
  '<c r="G{r}" t="s"><v>4</v></c>',
  '<c r="G{r}" t="s"><v>99</v></c>',
  '<c r="H{r}" t="n"><v>-2.5E-3</v></c>',
  '<c r="I{r}"/>',
  '<c r="I{r}" s="1"></c>',
  '<c r="J{r}" t="str"><v></v></c>',
  '<c r="J{r}" t="str"><v> </v></c>',
  '<c><v>7</v></c>',
  "<c r='K{r}' t='str'><v>enkel</v></c>",
  '<c r="L{r}" cm="1" t="str"><v>met cm</v></c>',
  '<c r="M{r}"><v>12345678901234567890</v></c>',
  '<c t="str" r="U{r}"><v>a>b</v></c>',
  '<c r="u{r}"><v>3</v></c>',
  '<c r="V{r}" s="0"><v>4</v></c>',
  '<c r="V{r}" s="4"><v>1.5</v></c>',
  '<c r="W{r}"><v> 12</v></c>',
  '<c r="W{r}" t="s"><v>0 </v></c>',
  '<c r="X{r}" t="str"><v>Ağaoğlu</v></c>',
  // Not plain: the tokenizer's.
  '<c r="N{r}"><f>1+1</f><v>2</v></c>',
  '<c r="N{r}"><f>1+1</f></c>',
  '<c r="O{r}" t="inlineStr"><is><t>inline</t></is></c>',
  '<c r="P{r}" t="str"><v>Jansen &amp; zn</v></c>',
  '<c r="P{r}" t="str"><v>twee\r\nregels</v></c>',
  '<c r="Q{r}" t="b"><v>1</v></c>',
  '<c r="Q{r}" t="e"><v>#N/A</v></c>',
  '<c r="R{r}" t="d"><v>2026-09-07</v></c>',
  '<c r="S{r}" s=" 1"><v>45901</v></c>',
  '<c r="{r}"><v>5</v></c>',
  '<c  r="T{r}" ><v>8</v> </c>',
];

const ROW_OPENS = ['<row r="{r}">', '<row r="{r}" spans="1:20" x14ac:dyDescent="0.25">', '<row>', "<row r='{r}'>", '<row r="{r}" >', '<row r="0">', '<row r="0{r}">'];

const rowArb = fc.record({
  open: fc.constantFrom(...ROW_OPENS),
  cells: fc.array(fc.constantFrom(...CELLS), { maxLength: 8 }),
  between: fc.constantFrom('', '', '', '\n', ' '),
  selfClosing: fc.boolean(),
  skip: fc.integer({ min: 0, max: 2 }),
});

interface RowSpec {
  open: string;
  cells: string[];
  between: string;
  selfClosing: boolean;
  skip: number;
}

function sheetXml(rows: RowSpec[], tail: string): string {
  let r = 1;
  const body = rows
    .map((row) => {
      r += row.skip;
      const n = String(r++);
      const open = row.open.replace('{r}', n);
      if (row.selfClosing && row.cells.length === 0) return open.replace(/ ?>$/, '/>');
      return `${open}${row.cells.map((c) => c.replace('{r}', n)).join(row.between === ' ' ? '' : row.between)}</row>${row.between}`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:T9"/><sheetData>${body}</sheetData>${tail}</worksheet>`;
}

function viaText(xml: Buffer): unknown {
  const b = sheetCellsBuilder(ctx());
  b.write(xml.toString('latin1'));
  return { cells: b.finish(), issues: b.issues() };
}

function viaBytes(xml: Buffer, cuts: number[]): unknown {
  const b = sheetCellsBuilder(ctx());
  let at = 0;
  for (const cut of [...cuts].sort((x, y) => x - y)) {
    const to = Math.min(xml.length, cut);
    if (to > at) b.writeBytes(xml.subarray(at, to));
    at = Math.max(at, to);
  }
  b.writeBytes(xml.subarray(at));
  return { cells: b.finish(), issues: b.issues() };
}

describe('plain rows read from the bytes', () => {
  it('give the same grid and issues as the tokenizer, however the sheet is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 12 }),
        fc.constantFrom('', '<mergeCells count="1"><mergeCell ref="A2:B3"/></mergeCells>'),
        fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 6 }),
        (rows, tail, cuts) => {
          const xml = Buffer.from(sheetXml(rows, tail), 'utf8');
          expect(viaBytes(xml, cuts)).toEqual(viaText(xml));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads typical register rows from the bytes, to the values the register means', () => {
    const typical = { open: ROW_OPENS[1], between: '', selfClosing: false, skip: 0 };
    const xml = Buffer.from(
      sheetXml(
        [
          { ...typical, cells: [CELLS[0], CELLS[2], CELLS[3], CELLS[4], CELLS[5], CELLS[6], CELLS[7]], skip: 1 },
          { ...typical, cells: [CELLS[0], CELLS[1], CELLS[9]] },
        ],
        '',
      ),
      'utf8',
    );
    const scan = jest.spyOn(plainCells, 'scanPlainRow');
    const grid = viaBytes(xml, [57, 200, 201]) as { cells: unknown[][] };
    // Both rows taken from the bytes (a row cut by a chunk end is scanned again with the next).
    expect(scan.mock.results.filter((r) => typeof r.value === 'number' && r.value >= 0)).toHaveLength(2);
    scan.mockRestore();
    expect(grid.cells.length).toBe(3);
    expect(grid.cells[0]).toEqual([]);
    const [id, name, date, time, span, bsn, shared] = grid.cells[1];
    expect([id, name, time, span, bsn, shared]).toEqual([110529, 'Daniël Öztürk', '8:30', '30:00', '012345678', 'Yusuf Şahin']);
    expect(date).toEqual(new Date(Date.UTC(2025, 8, 1)));
    // A shared string that does not exist is an empty cell (the row account names it).
    expect(grid.cells[2]).toEqual([110529, 'Fleur', null, null, null, null, null]);
  });

  it('leaves a sheetData tag inside a comment, and prefixed elements, to the tokenizer', () => {
    const commented = Buffer.from(
      '<worksheet xmlns="x"><!-- <sheetData> --><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
      'utf8',
    );
    expect(viaBytes(commented, [10, 30])).toEqual(viaText(commented));
    const prefixed = Buffer.from('<x:worksheet xmlns:x="x"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>', 'utf8');
    expect(viaBytes(prefixed, [])).toEqual({ cells: [[1]], issues: [] });
  });
});
