import { accountCsvRows, countCsvLines } from '../../../src/adapters/files/csvRowAccount';
import { MAX_CELL_LINE_BREAKS, parseCsvText } from '../../../src/adapters/files/parseCsvText';
import { importRegister } from '../../../src/core/register/importRegister';
import type { CellValue } from '../../../src/core/register/types';
import { exampleSettings } from '../../fixtures/helpers/registerFixtures';

const HEADER = 'Leerlingnummer;Naam;Datum;Code;Opmerking';

/** Five data rows on school days (Monday 7 to Friday 11 September 2026), each an S (unauthorised) lesson. */
function dataLines(): string[] {
  return [
    '1001;Zoë Claes;07-09-2026;S;',
    '1002;Bram Jansen;08-09-2026;S;',
    '1003;Femke de Wit;09-09-2026;S;',
    '1004;Daan Öztürk;10-09-2026;S;',
    '1005;Lars Ünal;11-09-2026;S;',
  ];
}

function idsOf(cells: readonly (readonly CellValue[])[]): CellValue[] {
  return cells.slice(1).map((r) => r[0]);
}

describe('a stray or unbalanced quote does not swallow the rest of the file', () => {
  it('reads a remark whose quote is never closed as plain text, reports it, and keeps every later row', () => {
    const lines = dataLines();
    lines[1] = '1002;Bram Jansen;08-09-2026;S;"moeder belde';
    const read = parseCsvText([HEADER, ...lines].join('\r\n') + '\r\n');
    expect(idsOf(read.cells)).toEqual(['1001', '1002', '1003', '1004', '1005']);
    expect(read.cells[2]).toEqual(['1002', 'Bram Jansen', '08-09-2026', 'S', '"moeder belde']);
    expect(read.issues).toEqual([expect.objectContaining({ row: 2, col: 4, kind: 'unbalanced-quotes' })]);

    // Through the import: all five rows count; the plain-text line is a warning naming row 3, cell E3.
    const imp = importRegister(read.cells, exampleSettings(), { fileIssues: read.issues });
    expect(imp.counts).toEqual({ rowsRead: 5, rowsCounted: 5, rowsNotCounted: 0, blankRows: 0 });
    expect(imp.problems).toEqual([
      expect.objectContaining({ row: 3, cell: 'E3', column: 'Opmerking', kind: 'unbalanced-quotes', warning: true }),
    ]);
    expect(imp.problems[0].message).toMatch(/^Rij 3, cel E3 \(Opmerking\): losse of niet gesloten aanhalingstekens .*«"moeder belde»/);
  });

  it('reads a name with text after its closing quote ("Bram" Jansen) as written', () => {
    const lines = dataLines();
    lines[1] = '1002;"Bram" Jansen;08-09-2026;S;';
    const read = parseCsvText([HEADER, ...lines].join('\n'));
    expect(read.cells[2]).toEqual(['1002', '"Bram" Jansen', '08-09-2026', 'S', null]);
    expect(idsOf(read.cells)).toHaveLength(5);
    expect(read.issues).toEqual([expect.objectContaining({ row: 2, col: 1, kind: 'unbalanced-quotes' })]);
  });

  it('still reads a properly quoted remark over two lines as one row, and doubled quotes as one', () => {
    const lines = dataLines();
    lines[0] = '1001;"Claes, Zoë";07-09-2026;S;"zei: ""bus te laat"";\r\nbelt terug"';
    const read = parseCsvText([HEADER, ...lines].join('\r\n'));
    expect(read.cells[1]).toEqual(['1001', 'Claes, Zoë', '07-09-2026', 'S', 'zei: "bus te laat";\nbelt terug']);
    expect(idsOf(read.cells)).toEqual(['1001', '1002', '1003', '1004', '1005']);
    expect(read.issues).toBeUndefined();
  });

  it('does not let a quote that never closes join the lines after it, however many quotes follow', () => {
    const lines = dataLines().map((l, i) => (i === 0 ? l.replace(/;$/, ';"begin') : l.replace(/;$/, ';"ok"')));
    const read = parseCsvText([HEADER, ...lines].join('\n'));
    expect(idsOf(read.cells)).toEqual(['1001', '1002', '1003', '1004', '1005']);
    expect(read.cells[2][4]).toBe('ok');
    expect(read.issues?.map((i) => i.row)).toEqual([1]);
  });

  it(`reads a quoted cell that would run over more than ${MAX_CELL_LINE_BREAKS} lines as plain text`, () => {
    const filler = Array.from({ length: MAX_CELL_LINE_BREAKS + 5 }, (_, i) => `${2000 + i};Leerling ${i};07-09-2026;A`);
    const text = [HEADER, '1001;Zoë;07-09-2026;S;"open', ...filler, 'einde";"'].join('\n');
    const read = parseCsvText(text);
    expect(read.cells).toHaveLength(filler.length + 3);
    expect(read.cells[1][4]).toBe('"open');
    expect(read.cells[2]).toEqual(['2000', 'Leerling 0', '07-09-2026', 'A']);
  });

  it('refuses a multi-line cell that would make the row wider than the header', () => {
    // The quote opened on row 2 closes on row 3 just before a separator: joined they are 8 cells wide.
    const text = [HEADER, '1001;Zoë;07-09-2026;S;"vergeten', '1002";Bram;08-09-2026;S;'].join('\n');
    const read = parseCsvText(text);
    expect(idsOf(read.cells)).toEqual(['1001', '1002"']);
    // A quote inside a cell (not at its start) is a character like any other, as in Excel.
    expect(read.issues?.map((i) => [i.row, i.kind])).toEqual([[1, 'unbalanced-quotes']]);
  });
});

describe('line ends', () => {
  it('reads CRLF rows followed by LF rows (a tool appended to the file) and old-Mac CR rows alike', () => {
    const lines = dataLines();
    const text = `${HEADER}\r\n${lines[0]}\r\n${lines[1]}\r\n${lines[2]}\n${lines[3]}\r${lines[4]}\n`;
    const read = parseCsvText(text);
    expect(idsOf(read.cells)).toEqual(['1001', '1002', '1003', '1004', '1005']);
    expect(read.cells.every((r) => r.every((v) => typeof v !== 'string' || !/[\r\n]/.test(v)))).toBe(true);
    expect(read.issues).toBeUndefined();
  });

  it('reads LF rows after CRLF rows in a quoted file too', () => {
    const lines = dataLines().map((l) => l.replace('S;', '"S";'));
    const text = `${HEADER}\r\n${lines.slice(0, 2).join('\r\n')}\r\n${lines.slice(2).join('\n')}`;
    expect(idsOf(parseCsvText(text).cells)).toEqual(['1001', '1002', '1003', '1004', '1005']);
  });
});

describe('the row account (csvRowAccount)', () => {
  it('counts lines by any line end, a last line without one included', () => {
    expect(countCsvLines('')).toBe(0);
    expect(countCsvLines('a\nb')).toBe(2);
    expect(countCsvLines('a\r\nb\r\n')).toBe(2);
    expect(countCsvLines('a\n\nb\n')).toBe(3);
  });

  it('accepts a grid that takes every line, a two-line cell included', () => {
    const body = 'a;b\n1;"x\ny"\n2;z\n';
    const read = parseCsvText(body);
    expect(read.cells).toEqual([['a', 'b'], ['1', 'x\ny'], ['2', 'z']]);
    expect(accountCsvRows(body, read.cells, new Map([[1, 1]]))).toBeUndefined();
  });

  it('names the first row where a grid that lost a line parts from the file', () => {
    const body = [HEADER, ...dataLines()].join('\n');
    const cells = parseCsvText(body).cells.slice();
    cells.splice(3, 1); // the parser "lost" the line of 1003
    const issue = accountCsvRows(body, cells, new Map());
    expect(issue).toMatchObject({ row: 3, kind: 'row-account', missingRows: 1 });
    expect(issue?.detail).toContain('het bestand heeft 6 regels, de gelezen rijen verantwoorden er 5; ze lopen uiteen bij regel 4 van het bestand ("1003;Femke de Wit;09-09-2026;S;")');
  });

  it('names the row whose claimed line breaks are not in its cells (two records merged into one)', () => {
    const body = 'a;b\n1;x\n2;y\n3;z\n';
    const merged: CellValue[][] = [['a', 'b'], ['1', 'x'], ['3', 'z']];
    expect(accountCsvRows(body, merged, new Map([[1, 1]]))).toMatchObject({ row: 2, kind: 'row-account', missingRows: 1 });
  });

  it('reports a cell holding a line break the parser did not claim', () => {
    const body = 'a;b\n1;x\n2;y\n3;z\n';
    // Two lines taken as one row without saying so: the totals differ as for a lost line.
    const hidden: CellValue[][] = [['a', 'b'], ['1', 'x\n2;y'], ['3', 'z']];
    expect(accountCsvRows(body, hidden, new Map())).toMatchObject({ kind: 'row-account', missingRows: 1 });
    // The break claimed for another row than the one holding it.
    expect(accountCsvRows(body, hidden, new Map([[2, 1]]))).toMatchObject({ kind: 'row-account' });
    // Claimed where it is, it is accounted for.
    expect(accountCsvRows(body, hidden, new Map([[1, 1]]))).toBeUndefined();
  });

  it('a lost row reaches the import as a problem of its own, with the rows missing counted', () => {
    const body = [HEADER, ...dataLines()].join('\n');
    const cells = parseCsvText(body).cells.slice(0, 4);
    const issue = accountCsvRows(body, cells, new Map());
    const imp = importRegister(cells, exampleSettings(), { fileIssues: issue ? [issue] : [] });
    expect(imp.counts).toEqual({ rowsRead: 3, rowsCounted: 3, rowsNotCounted: 0, blankRows: 0, rowsMissing: 2 });
    expect(imp.problems).toEqual([expect.objectContaining({ row: 5, kind: 'row-account' })]);
    expect(imp.problems[0].message).toMatch(/^Rij 5: het bestand heeft 6 regels/);
  });
});
