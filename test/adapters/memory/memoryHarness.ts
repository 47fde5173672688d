import { MemoryWorkbook, type MemoryTable } from '../../../src/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../../src/core/register/types';
import type { PortHarness } from '../excel/portContract';

/** The memory workbook seen through the port harness (the same contract as the Office adapter). */

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

/** What the user set on a table in Excel, kept in MemoryTable.userView (the demo does not apply it). */
interface UserView {
  filter: (Record<string, unknown> | null)[];
  sort: { key: number; ascending: boolean }[];
}

export function memoryHarness(): PortHarness & { wb: MemoryWorkbook } {
  const wb = new MemoryWorkbook();
  const sheet = (name: string) => {
    const s = wb.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  // The table object itself: a refill that replaced it would lose what the user set on it.
  const table = (name: string) => {
    const t = wb.tableList().find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new Error(`no table ${name}`);
    return t as MemoryTable;
  };
  const view = (t: MemoryTable): UserView => (t.userView ? (JSON.parse(t.userView) as UserView) : { filter: [], sort: [] });
  // COUNTIF over a table column, the one formula on another sheet the contract reads back calculated.
  const calculated = (v: CellValue): CellValue => {
    const m = typeof v === 'string' ? /^=COUNTIF\(([^[]+)\[([^\]]+)\],"([^"]*)"\)$/.exec(v) : null;
    if (!m) return v;
    const t = wb.tableList().find((x) => x.name === m[1]);
    if (!t) return '#REF!';
    const cells = sheet(t.sheetName).cells;
    const c = (cells[t.firstRow] ?? []).slice(t.firstColumn, t.firstColumn + t.columnCount).indexOf(m[2]);
    if (c < 0) return '#REF!';
    let n = 0;
    for (let r = t.firstRow + 1; r < t.firstRow + t.rowCount; r++) if (cells[r]?.[t.firstColumn + c] === m[3]) n += 1;
    return n;
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
    value: (s, r, c) => calculated(sheet(s).cells[r]?.[c] ?? null),
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
    async addTableColumn(name, header) {
      const t = table(name);
      const cells = sheet(t.sheetName).cells;
      cells[t.firstRow] ??= [];
      cells[t.firstRow][t.firstColumn + t.columnCount] = header;
      t.columnCount += 1;
      t.columnIds.push(`user-${t.columnIds.length}`);
    },
    async setNumberFormat(s, r, c, format) {
      sheet(s).numberFormats.set(`${r},${c}`, format);
    },
    async filterTable(name, column, values) {
      const t = table(name);
      const v = view(t);
      v.filter[column] = { filterOn: 'Values', values };
      t.userView = JSON.stringify(v);
    },
    async tableFilter(name) {
      const t = table(name);
      const v = view(t);
      return Array.from({ length: t.columnCount }, (_x, c) => (v.filter[c] ?? { filterOn: 'Custom' }) as unknown as Excel.FilterCriteria);
    },
    // Sorts the body rows as Excel does (whole rows, with their number formats) and keeps the field.
    async sortTable(name, column, ascending) {
      const t = table(name);
      const st = sheet(t.sheetName);
      const rows = Array.from({ length: t.rowCount - 1 }, (_x, i) => t.firstRow + 1 + i);
      const slice = (r: number) => ({
        cells: (st.cells[r] ?? []).slice(t.firstColumn, t.firstColumn + t.columnCount),
        formats: Array.from({ length: t.columnCount }, (_x, c) => st.numberFormats.get(`${r},${t.firstColumn + c}`)),
      });
      const body = rows.map(slice);
      const text = (v: CellValue) => String(v ?? '');
      body.sort((a, b) => (ascending ? 1 : -1) * text(a.cells[column]).localeCompare(text(b.cells[column])));
      body.forEach((row, i) => {
        const r = rows[i];
        st.cells[r] ??= [];
        row.cells.forEach((v, c) => (st.cells[r][t.firstColumn + c] = v));
        row.formats.forEach((f, c) => (f === undefined ? st.numberFormats.delete(`${r},${t.firstColumn + c}`) : st.numberFormats.set(`${r},${t.firstColumn + c}`, f)));
      });
      const v = view(t);
      v.sort = [{ key: column, ascending }];
      t.userView = JSON.stringify(v);
    },
    async tableSort(name) {
      return view(table(name)).sort;
    },
    dispose: () => undefined,
  };
}
