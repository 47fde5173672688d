/**
 * Fidelity of the Excel fake for taking rows and columns out of a table, as a rolled-back refill
 * does: TableRow.delete and TableColumn.delete (both ExcelApi 1.1), and the counts read first.
 */
import { createExcelFake, type ExcelFake } from '../../fakes/excel';

let fake: ExcelFake;
/** Verzuimsignalen!A1:C4 as a table, a drop-down on its Status column and a note on Daan. */
function reporting(): ExcelFake {
  fake = createExcelFake({ excelApi: '1.12' });
  fake.install();
  fake.addSheet('Verzuimsignalen', [
    ['Leerling', 'Klas', 'Status'],
    ['Sanne', '2A', 'Gemeld'],
    ['Daan', '3B', 'Nieuw'],
    ['Emma', '1C', 'Gemeld'],
  ]);
  fake.addTable('Verzuimsignalen', 'Verzuimsignalen', { r0: 0, c0: 0, rows: 4, cols: 3 });
  const sheet = fake.sheet('Verzuimsignalen')!;
  sheet.validations.push({ box: { r0: 1, c0: 2, rows: 3, cols: 1 }, rule: { list: { inCellDropDown: true, source: 'Nieuw,Gemeld' } } });
  sheet.notes.set('2,0', 'Vader belt terug');
  return fake;
}
afterEach(() => fake?.uninstall());

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection (count) and
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection (count): the
// collections' own properties, loaded without their items.
describe('row and column counts', () => {
  it('load without the items', async () => {
    reporting();
    const counts = await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Verzuimsignalen');
      const rows = t.rows.load('count');
      const columns = t.columns.load('count');
      await context.sync();
      return [rows.count, columns.count];
    });
    expect(counts).toEqual([3, 3]);
  });
});

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerow#excel-excel-tablerow-delete-member(1):
// "Deletes the row from the table." The rows below move up with their notes; the column's list
// covers one row less.
describe('TableRow.delete', () => {
  it('takes the row out of the table, moving the rows below up with their notes and validation', async () => {
    const f = reporting();
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Verzuimsignalen').rows.getItemAt(0).delete();
      await context.sync();
    });
    expect(f.valuesOf('Verzuimsignalen', 'A1:C3')).toEqual([
      ['Leerling', 'Klas', 'Status'],
      ['Daan', '3B', 'Nieuw'],
      ['Emma', '1C', 'Gemeld'],
    ]);
    expect(f.valuesOf('Verzuimsignalen', 'A4:C4')).toEqual([['', '', '']]);
    expect(f.state.tables[0].box).toEqual({ r0: 0, c0: 0, rows: 3, cols: 3 });
    const sheet = f.sheet('Verzuimsignalen')!;
    expect([...sheet.notes]).toEqual([['1,0', 'Vader belt terug']]);
    expect(sheet.validations.map((v) => v.box)).toEqual([{ r0: 1, c0: 2, rows: 2, cols: 1 }]);
  });
});

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumn#excel-excel-tablecolumn-delete-member(1):
// "Deletes the column from the table." The columns right of it move left; its filter and sort go.
describe('TableColumn.delete', () => {
  it('takes the column out of the table, moving the columns right of it left, and drops its filter and sort field', async () => {
    const f = reporting();
    await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Verzuimsignalen');
      t.autoFilter.apply(t.getRange(), 1, { filterOn: Excel.FilterOn.values, values: ['3B'] });
      t.sort.apply([{ key: 1, ascending: true }]);
      await context.sync();
      t.columns.getItemAt(1).delete();
      await context.sync();
    });
    // Sorted on Klas first: 1C, 2A, 3B.
    expect(f.valuesOf('Verzuimsignalen', 'A1:C4').map((r) => r.slice(0, 2))).toEqual([
      ['Leerling', 'Status'],
      ['Emma', 'Gemeld'],
      ['Sanne', 'Gemeld'],
      ['Daan', 'Nieuw'],
    ]);
    expect(f.valuesOf('Verzuimsignalen', 'C1:C4')).toEqual([[''], [''], [''], ['']]);
    const t = f.state.tables[0];
    expect(t.box).toEqual({ r0: 0, c0: 0, rows: 4, cols: 2 });
    expect(t.autoFilter.criteria.filter((c) => c !== undefined)).toEqual([]);
    expect(t.sort?.fields).toEqual([]);
    expect(f.sheet('Verzuimsignalen')!.validations.map((v) => v.box)).toEqual([{ r0: 1, c0: 1, rows: 3, cols: 1 }]);
  });
});
