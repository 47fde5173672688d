/**
 * Fidelity of the Excel fake for updating a table in place: rows, columns, filter, sort, conditional
 * formats, column widths, structured references and the per-request write figures.
 */
import { createExcelFake, type ExcelFake } from '../../fakes/excel';

let fake: ExcelFake;
/** Verzuimsignalen!B2:D5: a header and three flags, a formula using it on another sheet. */
function reporting(excelApi = '1.18'): ExcelFake {
  fake = createExcelFake({ excelApi });
  fake.install();
  fake.addSheet(
    'Verzuimsignalen',
    [
      ['Leerling', 'Klas', 'Status'],
      ['Sanne', '2A', 'Gemeld'],
      ['Daan', '3B', 'Nieuw'],
      ['Emma', '1C', 'Gemeld'],
    ],
    'B2',
  );
  fake.addSheet('Overzicht');
  fake.addTable('Verzuimsignalen', 'Verzuimsignalen', { r0: 1, c0: 1, rows: 4, cols: 3 });
  const cell = fake.state.sheets[1].cells;
  cell.set(0, new Map([[0, { value: '', numberFormat: 'General', formula: '=COUNTIF(Verzuimsignalen[Status],"Gemeld")' }]]));
  return fake;
}
afterEach(() => fake?.uninstall());

async function overzichtA1(): Promise<[unknown, unknown]> {
  return Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem('Overzicht').getRange('A1').load('values,formulas');
    await context.sync();
    return [r.values[0][0], r.formulas[0][0]];
  });
}

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.table (getRange, getHeaderRowRange,
// getDataBodyRange) and https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection
// (add(index, values): "1.1 for adding a single row; 1.4 allows adding of multiple rows"; count).
describe('table rows', () => {
  it('gives the table, header and body ranges', async () => {
    reporting();
    const addresses = await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Verzuimsignalen');
      const all = t.getRange().load('address');
      const header = t.getHeaderRowRange().load('address');
      const body = t.getDataBodyRange().load('address');
      await context.sync();
      return [all.address, header.address, body.address];
    });
    expect(addresses).toEqual(['Verzuimsignalen!B2:D5', 'Verzuimsignalen!B2:D2', 'Verzuimsignalen!B3:D5']);
  });

  it('appends rows with values, moving what is below the table down', async () => {
    const f = reporting();
    f.state.sheets[0].cells.set(6, new Map([[2, { value: 'onder de tabel', numberFormat: 'General' }]])); // C7
    const count = await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Verzuimsignalen');
      t.rows.add(undefined, [['Noah', '4D', 'Nieuw'], ['Lotte', '2A', 'Gemeld']]);
      const rows = t.rows.load('count');
      await context.sync();
      return rows.count;
    });
    expect(count).toBe(5);
    expect(f.valuesOf('Verzuimsignalen', 'B6:D7')).toEqual([['Noah', '4D', 'Nieuw'], ['Lotte', '2A', 'Gemeld']]);
    expect(f.valuesOf('Verzuimsignalen', 'C9')).toEqual([['onder de tabel']]);
    expect(f.state.tables[0].box).toEqual({ r0: 1, c0: 1, rows: 6, cols: 3 });
  });

  it('needs ExcelApi 1.4 to add several rows at once', async () => {
    reporting('1.3');
    const err = await Excel.run(async (context) => {
      context.workbook.tables.getItem('Verzuimsignalen').rows.add(undefined, [['a', 'b', 'c'], ['d', 'e', 'f']]);
      await context.sync();
    }).catch((e: { code?: string }) => e);
    expect((err as { code?: string }).code).toBe('ApiNotFound');
  });
});

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection and
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumn (id, name, index;
// add(index, values, name) with the header in values).
describe('table columns', () => {
  it('lists columns by id and name, adds one with values at the end, and finds it by name', async () => {
    const f = reporting();
    const [before, added] = await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Verzuimsignalen');
      const cols = t.columns.load('items/id,items/name');
      await context.sync();
      const names = cols.items.map((c) => c.name);
      t.columns.add(undefined, [['Notitie'], ['gebeld'], [''], ['brief']]);
      const notitie = t.columns.getItem('Notitie').load('index,name');
      await context.sync();
      return [names, [notitie.index, notitie.name]];
    });
    expect(before).toEqual(['Leerling', 'Klas', 'Status']);
    expect(added).toEqual([3, 'Notitie']);
    expect(f.valuesOf('Verzuimsignalen', 'E2:E5')).toEqual([['Notitie'], ['gebeld'], [''], ['brief']]);
  });

  it('keeps a column id when the user renames its header', async () => {
    const f = reporting();
    const idBefore = f.state.tables[0].columnIds[2];
    f.state.sheets[0].cells.get(1)!.get(3)!.value = 'Stand van zaken'; // the user types over D2
    const [id, name] = await Excel.run(async (context) => {
      const col = context.workbook.tables.getItem('Verzuimsignalen').columns.getItemAt(2).load('id,name');
      await context.sync();
      return [col.id, col.name];
    });
    expect(id).toBe(idBefore);
    expect(name).toBe('Stand van zaken');
  });
});

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.autofilter (ExcelApi 1.9) and
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablesort (apply, fields, reapply):
// the user's filter and sort belong to the table and stay while its cells are rewritten.
describe('table filter and sort', () => {
  it('keeps filter criteria when the body is rewritten, until clearCriteria()', async () => {
    reporting();
    const criteria = await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Verzuimsignalen');
      t.autoFilter.apply(t.getRange(), 2, { filterOn: 'Values', values: ['Gemeld'] });
      await context.sync();
      t.getDataBodyRange().values = [['Sanne', '2A', 'Nieuw'], ['Daan', '3B', 'Gemeld'], ['Emma', '1C', 'Gemeld']];
      const f = t.autoFilter.load('criteria,isDataFiltered');
      await context.sync();
      return [f.criteria[2], f.isDataFiltered];
    });
    expect(criteria).toEqual([{ filterOn: 'Values', values: ['Gemeld'] }, true]);
    const after = await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Verzuimsignalen');
      t.autoFilter.clearCriteria();
      const f = t.autoFilter.load('isDataFiltered');
      await context.sync();
      return f.isDataFiltered;
    });
    expect(after).toBe(false);
  });

  it('sorts the body rows, keeps the fields through a rewrite and sorts again on reapply()', async () => {
    const f = reporting();
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Verzuimsignalen').sort.apply([{ key: 0, ascending: true }]);
      await context.sync();
    });
    expect(f.valuesOf('Verzuimsignalen', 'B3:B5')).toEqual([['Daan'], ['Emma'], ['Sanne']]);
    const fields = await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Verzuimsignalen');
      t.getDataBodyRange().getColumn(0).values = [['Zoë'], ['Anna'], ['Mila']];
      const sort = t.sort.load('fields');
      await context.sync();
      t.sort.reapply();
      await context.sync();
      return sort.fields;
    });
    expect(fields).toEqual([{ key: 0, ascending: true }]);
    expect(f.valuesOf('Verzuimsignalen', 'B3:B5')).toEqual([['Anna'], ['Mila'], ['Zoë']]);
  });
});

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection (add,
// getCount, clearAll) and https://learn.microsoft.com/en-us/javascript/api/excel/excel.customconditionalformat.
describe('conditional formats', () => {
  it('adds a custom rule with a formula and fill, counts it, grows it with the rows, and clears it', async () => {
    const f = reporting();
    const count = await Excel.run(async (context) => {
      const body = context.workbook.tables.getItem('Verzuimsignalen').getDataBodyRange();
      const cf = body.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=$D3="Gemeld"';
      cf.custom.format.fill.color = '#ffc7ce';
      const n = body.conditionalFormats.getCount();
      await context.sync();
      // A ClientResult has no load(): its value is there after the sync.
      // eslint-disable-next-line office-addins/load-object-before-read
      return n.value;
    });
    expect(count).toBe(1);
    expect(f.state.sheets[0].conditionalFormats).toEqual([{ box: { r0: 2, c0: 1, rows: 3, cols: 3 }, type: 'Custom', formula: '=$D3="Gemeld"', fill: '#FFC7CE' }]);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Verzuimsignalen').rows.add(undefined, [['Noah', '4D', 'Nieuw']]);
      await context.sync();
    });
    expect(f.state.sheets[0].conditionalFormats[0].box.rows).toBe(4);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Verzuimsignalen').getRange().conditionalFormats.clearAll();
      await context.sync();
    });
    expect(f.state.sheets[0].conditionalFormats).toEqual([]);
  });
});

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member
describe('column widths', () => {
  it('keeps a column width the user set, readable through format.columnWidth', async () => {
    const f = reporting();
    f.state.sheets[0].columnWidths.set(3, 120);
    const width = await Excel.run(async (context) => {
      const fmt = context.workbook.worksheets.getItem('Verzuimsignalen').getRange('D:D').format.load('columnWidth');
      await context.sync();
      return fmt.columnWidth;
    });
    expect(width).toBe(120);
  });
});

// Structured references (Microsoft Support, "Using structured references with Excel tables"): a formula
// naming Verzuimsignalen[Status] follows the table; deleting the table leaves #REF!.
describe('formulas elsewhere that use the table', () => {
  it('count the table column, follow a rename, and become #REF! when the table is deleted', async () => {
    reporting();
    expect(await overzichtA1()).toEqual([2, '=COUNTIF(Verzuimsignalen[Status],"Gemeld")']);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Verzuimsignalen').rows.add(undefined, [['Noah', '4D', 'Gemeld']]);
      await context.sync();
    });
    expect((await overzichtA1())[0]).toBe(3);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Verzuimsignalen').name = 'Signalen';
      await context.sync();
    });
    expect(await overzichtA1()).toEqual([3, '=COUNTIF(Signalen[Status],"Gemeld")']);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Signalen').delete();
      await context.sync();
    });
    expect(await overzichtA1()).toEqual(['#REF!', '=COUNTIF(#REF!,"Gemeld")']);
  });
});

describe('write figures per request', () => {
  it('counts the cells and bytes a request writes', async () => {
    const f = reporting();
    f.resetStats();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Verzuimsignalen').getRange('D3:D4').values = [['Nieuw'], ['Gemeld']];
      await context.sync();
    });
    expect(f.stats.perRequest).toHaveLength(1);
    expect(f.stats.perRequest[0].cellsWritten).toBe(2);
    // The JSON of [["Nieuw"],["Gemeld"]] is 22 bytes, plus the fake's 60-byte operation overhead.
    expect(f.stats.perRequest[0].writeBytes).toBe(22 + 60);
  });
});
