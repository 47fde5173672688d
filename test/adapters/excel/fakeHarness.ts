import { OfficeWorkbook } from '../../../src/adapters/excel/officeWorkbook';
import type { CellValue } from '../../../src/core/register/types';
import { createExcelFake, type ExcelFake, type ExcelFakeOptions } from '../../fakes/excel';
import { boxAddress, columnLetters } from '../../fakes/excel/address';
import { formulaValue } from '../../fakes/excel/formulas';
import { ensureCell, getCell } from '../../fakes/excel/state';
import type { PortHarness } from './portContract';
import { userTableActions } from './userTableActions';

/** The Office adapter over the in-house Excel fake, seen through the port harness. */
export function fakeHarness(options: ExcelFakeOptions = {}): PortHarness & { fake: ExcelFake } {
  const fake = createExcelFake(options);
  fake.install();
  const sheet = (name: string) => {
    const s = fake.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  const vis = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;
  return {
    ...userTableActions,
    fake,
    port: new OfficeWorkbook(),
    addSheet(name, values, at = 'A1') {
      fake.addSheet(name, values.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v))), at);
    },
    addTable(name, sheetName, firstRow, firstColumn, rowCount, columnCount) {
      fake.addTable(name, sheetName, { r0: firstRow, c0: firstColumn, rows: rowCount, cols: columnCount });
    },
    select(sheetName, firstRow, firstColumn, rowCount, columnCount) {
      fake.select(`${sheetName}!${columnLetters(firstColumn)}${firstRow + 1}:${columnLetters(firstColumn + columnCount - 1)}${firstRow + rowCount}`);
    },
    setCell(sheetName, row, column, value) {
      ensureCell(sheet(sheetName), row, column).value = value === null || value === undefined ? '' : (value as string | number | boolean);
    },
    setFill(sheetName, row, column, fill) {
      ensureCell(sheet(sheetName), row, column).fill = fill.toUpperCase();
    },
    fill: (s, r, c) => getCell(sheet(s), r, c)?.fill,
    value: (s, r, c) => {
      const cell = getCell(sheet(s), r, c);
      const v = cell && formulaValue(fake.state, cell);
      return v === '' || v === undefined ? null : v;
    },
    numberFormat: (s, r, c) => getCell(sheet(s), r, c)?.numberFormat,
    note: (s, r, c) => sheet(s).notes.get(`${r},${c}`),
    list: (s, r, c) => {
      const v = sheet(s).validations.find((x) => r >= x.box.r0 && r < x.box.r0 + x.box.rows && c >= x.box.c0 && c < x.box.c0 + x.box.cols);
      const source = (v?.rule as { list?: { source?: string } } | undefined)?.list?.source;
      return source === undefined ? undefined : source.split(',');
    },
    visibility: (s) => {
      const st = fake.sheet(s);
      return st ? vis[st.visibility] : undefined;
    },
    tablesOn: (s) => fake.state.tables.filter((t) => t.sheet === fake.sheet(s)).map((t) => t.name),
    frozenRows: (s) => sheet(s).frozenRows,
    selection: () => {
      const sel = fake.state.selection;
      return sel && {
        sheetName: sel.sheet.name,
        areas: sel.areas.map((b) => ({ firstRow: b.r0, rowCount: b.rows, firstColumn: b.c0, columnCount: b.cols })),
      };
    },
    snapshot: (s) => {
      const out: string[] = [];
      const st = sheet(s);
      for (const [r, row] of [...st.cells].sort((a, b) => a[0] - b[0])) {
        for (const [c, cell] of [...row].sort((a, b) => a[0] - b[0])) {
          if (cell.value !== '' || cell.fill !== undefined || cell.numberFormat !== 'General') out.push(`${r},${c}=${JSON.stringify(cell)}`);
        }
      }
      return out.join('\n');
    },
    renameSheet: (from, to) => void (sheet(from).name = to),
    // Through Range.formulas, so the fake calculates it as Excel would (COUNTIF over a table column).
    setFormula: (s, r, c, formula) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(s).getRangeByIndexes(r, c, 1, 1).formulas = [[formula]];
        await context.sync();
      }),
    // As Range.formulas shows it: a formula typed into a text ("@") cell stays its text.
    formula: (s, r, c) => {
      const cell = getCell(sheet(s), r, c);
      const f = cell?.formula ?? cell?.value;
      return typeof f === 'string' && f.startsWith('=') ? f : undefined;
    },
    addNote: (s, r, c, text) => void sheet(s).notes.set(`${r},${c}`, text),
    conditionalFormats: (s) =>
      (sheet(s).conditionalFormats ?? []).map((cf) => ({
        address: boxAddress(s, cf.box).split('!')[1],
        formula: cf.formula ?? '',
        fill: cf.fill ?? '',
      })),
    protectSheet: (s) => fake.protectSheet(s),
    dispose: () => fake.uninstall(),
  };
}

export type { CellValue };
