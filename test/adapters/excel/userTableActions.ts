/**
 * What a user does to the reporting table in Excel that the contract needs set up and read back:
 * an own column, a number format, a filter and a sort. Through Excel.run with the plainest API
 * that does each job, so the same code runs against the gated fake (jest, the harness page in
 * Chromium) and against a real Excel (the test pane).
 *
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)
 * (add(index, values, name): name from ExcelApi 1.4), https://learn.microsoft.com/en-us/javascript/api/excel/excel.autofilter
 * (Table.autoFilter, ExcelApi 1.9: apply(range, columnIndex, criteria), criteria) and
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablesort (apply(fields), fields; ExcelApi 1.2).
 */

export interface UserTableActions {
  /** The user adds a column at the right end of a table, with this header. */
  addTableColumn(tableName: string, header: string): Promise<void>;
  /** The user formats one cell (0-based), e.g. as a date. */
  setNumberFormat(sheetName: string, row: number, column: number, format: string): Promise<void>;
  /** The user filters a table column (0-based) to these values. */
  filterTable(tableName: string, column: number, values: string[]): Promise<void>;
  /** The filter criteria of every table column, as AutoFilter.criteria gives them. */
  tableFilter(tableName: string): Promise<Excel.FilterCriteria[]>;
  /** The user sorts a table on a column (0-based). */
  sortTable(tableName: string, column: number, ascending: boolean): Promise<void>;
  /** The sort fields the table keeps (TableSort.fields). */
  tableSort(tableName: string): Promise<{ key: number; ascending: boolean }[]>;
}

export const userTableActions: UserTableActions = {
  addTableColumn: (tableName, header) =>
    Excel.run(async (context) => {
      context.workbook.tables.getItem(tableName).columns.add(undefined, undefined, header);
      await context.sync();
    }),

  setNumberFormat: (sheetName, row, column, format) =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(row, column, 1, 1).numberFormat = [[format]];
      await context.sync();
    }),

  filterTable: (tableName, column, values) =>
    Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(tableName);
      table.autoFilter.apply(table.getRange(), column, { filterOn: Excel.FilterOn.values, values });
      await context.sync();
    }),

  tableFilter: (tableName) =>
    Excel.run(async (context) => {
      const filter = context.workbook.tables.getItem(tableName).autoFilter;
      filter.load('criteria');
      await context.sync();
      return filter.criteria;
    }),

  sortTable: (tableName, column, ascending) =>
    Excel.run(async (context) => {
      context.workbook.tables.getItem(tableName).sort.apply([{ key: column, ascending }]);
      await context.sync();
    }),

  tableSort: (tableName) =>
    Excel.run(async (context) => {
      const sort = context.workbook.tables.getItem(tableName).sort;
      sort.load('fields');
      await context.sync();
      return sort.fields.map((f) => ({ key: f.key, ascending: f.ascending !== false }));
    }),
};
