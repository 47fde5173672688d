import { MemoryWorkbook, type WorkbookChange } from '../../../src/adapters/memory/memoryWorkbook';
import { buildReportingSheet, REPORTING_SHEET_NAME } from '../../../src/core/reporting/reportingSheet';
import { analysis, sanneSixteen } from '../../core/reporting/flagFixtures';
import { describePortContract, type PortHarness } from '../excel/portContract';
import { makeRegister } from '../excel/registerFixture';

function parseAt(at: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(at);
  if (!m) throw new Error(at);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, c - 1];
}

function letters(c: number): string {
  let out = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function memoryHarness(): PortHarness & { wb: MemoryWorkbook } {
  const wb = new MemoryWorkbook();
  const sheet = (name: string) => {
    const s = wb.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    wb,
    port: wb,
    addSheet(name, values, at = 'A1') {
      const [r0, c0] = parseAt(at);
      const cells: (typeof values)[number][] = [];
      values.forEach((row, r) => {
        cells[r0 + r] = [];
        row.forEach((v, c) => (cells[r0 + r][c0 + c] = v));
      });
      wb.addSheet(name, cells);
    },
    addTable: (name, s, r, c, rows, cols) => wb.addTable(name, s, r, c, rows, cols),
    select: (s, r, c, rows, cols) => wb.setSelection({ sheetName: s, areas: [{ firstRow: r, rowCount: rows, firstColumn: c, columnCount: cols }] }),
    setCell(s, r, c, v) {
      const st = sheet(s);
      st.cells[r] ??= [];
      st.cells[r][c] = v;
    },
    setFill: (s, r, c, fill) => void sheet(s).fills.set(`${r},${c}`, fill.toUpperCase()),
    fill: (s, r, c) => wb.fillAt(s, r, c),
    value: (s, r, c) => sheet(s).cells[r]?.[c] ?? null,
    numberFormat: (s, r, c) => sheet(s).numberFormats.get(`${r},${c}`),
    note: (s, r, c) => sheet(s).notes.get(`${r},${c}`),
    list: (s, r, c) => sheet(s).lists.find((l) => l.column === c && r >= l.firstRow && r <= l.lastRow)?.values,
    visibility: (s) => wb.sheet(s)?.visibility,
    tablesOn: (s) => wb.tableList().filter((t) => t.sheetName === s).map((t) => t.name),
    frozenRows: (s) => sheet(s).frozenRows,
    selection: () => wb.selection,
    snapshot: (s) => JSON.stringify({ cells: sheet(s).cells, fills: [...sheet(s).fills].sort() }),
    renameSheet: (from, to) => wb.renameSheet(from, to),
    // The memory workbook keeps a formula as its text: a refill that rewrote the cell would lose it.
    setFormula(s, r, c, formula) {
      const st = sheet(s);
      st.cells[r] ??= [];
      st.cells[r][c] = formula;
    },
    formula: (s, r, c) => {
      const v = sheet(s).cells[r]?.[c];
      return typeof v === 'string' && v.startsWith('=') ? v : undefined;
    },
    addNote: (s, r, c, text) => void sheet(s).notes.set(`${r},${c}`, text),
    conditionalFormats: (s) =>
      sheet(s).conditionalRules.map((cf) => ({
        address: `${letters(cf.column)}${cf.firstRow + 1}:${letters(cf.column + cf.columnCount - 1)}${cf.firstRow + cf.rowCount}`,
        formula: cf.formula,
        fill: cf.fill,
      })),
    protectSheet: (s) => void (sheet(s).protected = true),
    dispose: () => undefined,
  };
}

describePortContract('memory workbook', memoryHarness);

describe('MemoryWorkbook for the demo', () => {
  it('notifies subscribers of sheet, selection and highlight changes, and stops after unsubscribe', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: makeRegister(20) }] });
    const seen: WorkbookChange[] = [];
    const off = wb.subscribe((c) => seen.push(c));
    await wb.writeTable(buildReportingSheet(analysis([sanneSixteen]), undefined).spec);
    await wb.selectRows('Absenties', [3, 4, 9], 0, 10);
    await wb.highlightRows('Absenties', [3], 0, 10);
    await wb.clearHighlight();
    off();
    await wb.selectRows('Absenties', [5], 0, 10);
    expect(seen).toEqual([
      { kind: 'sheets' },
      { kind: 'cells', sheetName: REPORTING_SHEET_NAME },
      { kind: 'selection' },
      { kind: 'highlight', sheetName: 'Absenties' },
      { kind: 'highlight', sheetName: 'Absenties' },
    ]);
    expect(wb.selection?.areas).toEqual([{ firstRow: 4, rowCount: 1, firstColumn: 0, columnCount: 10 }]);
  });

  it('shows cells as Dutch Excel would: dates dd-mm-jjjj, hours with a comma', async () => {
    const wb = new MemoryWorkbook();
    await wb.writeTable(buildReportingSheet(analysis([sanneSixteen]), undefined).spec);
    expect(wb.displayText(REPORTING_SHEET_NAME, 1, 8)).toBe('05-10-2026');
    expect(wb.displayText(REPORTING_SHEET_NAME, 1, 10)).toBe('16,67');
    expect(wb.displayText(REPORTING_SHEET_NAME, 1, 5)).toBe('16 uur in 4 lesweken');
    expect(wb.visibleSheets().map((s) => s.name)).toEqual([REPORTING_SHEET_NAME]);
  });

  it('lists highlighted rows for the grid view', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: makeRegister(20) }] });
    await wb.highlightRows('Absenties', [8, 6, 7], 0, 10);
    expect(wb.highlightedRows()).toEqual({ sheetName: 'Absenties', rows: [6, 7, 8] });
    await wb.clearHighlight();
    expect(wb.highlightedRows()).toBeUndefined();
  });
});
