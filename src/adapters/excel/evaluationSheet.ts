import { EVALUATION_COLUMNS, evaluationSheetGrid, type EvaluationSheetSpec } from '../../core/evaluation/evaluationSheet';

/**
 * Fills the "Evaluatie" sheet in Excel: the figure tables in columns A-H and native charts over
 * them (ChartCollection.add, ExcelApi 1.1; getRangeByIndexes 1.7, getItemOrNullObject and
 * getUsedRangeOrNullObject 1.4: all within the add-in's ExcelApi 1.12). A refill clears only
 * columns A-H and deletes only the charts it made itself (by name prefix), so what the user added
 * beside them stays. Three syncs.
 */

const POINTS_PER_CHAR = 7;

export async function writeEvaluationSheetInExcel(context: Excel.RequestContext, spec: EvaluationSheetSpec, chartPrefix: string): Promise<void> {
  // 1: the sheet, its used rows and its charts.
  const existing = context.workbook.worksheets.getItemOrNullObject(spec.sheetName);
  existing.load('name');
  await context.sync();
  let sheet: Excel.Worksheet;
  if (existing.isNullObject) {
    sheet = context.workbook.worksheets.add(spec.sheetName);
  } else {
    sheet = existing;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
    sheet.charts.load('items/name');
    await context.sync();
    // 2: clear what the previous fill wrote, and its charts.
    for (const chart of sheet.charts.items) if (chart.name.startsWith(chartPrefix)) chart.delete();
    const usedRows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    const rows = Math.max(usedRows, spec.rowCount);
    if (rows > 0) sheet.getRangeByIndexes(0, 0, rows, EVALUATION_COLUMNS).clear();
  }

  // 3: values (text cells formatted as text first, so "2026-12-04" stays text), widths, charts.
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const grid = evaluationSheetGrid(spec);
  const range = sheet.getRangeByIndexes(0, 0, grid.length, EVALUATION_COLUMNS);
  range.numberFormat = grid.map((row) => row.map((v) => (typeof v === 'string' ? '@' : 'General')));
  range.values = grid.map((row) => row.map((v) => (v === null ? '' : typeof v === 'boolean' ? (v ? 'Ja' : 'Nee') : v)));
  spec.columnWidths.forEach((w, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHAR;
  });
  for (const c of spec.charts) {
    const source = sheet.getRangeByIndexes(c.source.row, c.source.column, c.source.rowCount, c.source.columnCount);
    const chart = sheet.charts.add(c.type as Excel.ChartType, source, 'Columns' as Excel.ChartSeriesBy);
    chart.name = c.name;
    chart.title.text = c.title;
    chart.legend.position = 'Bottom' as Excel.ChartLegendPosition;
    chart.setPosition(
      sheet.getRangeByIndexes(c.position.row, c.position.column, 1, 1),
      sheet.getRangeByIndexes(c.position.row + c.position.rowCount - 1, c.position.column + c.position.columnCount - 1, 1, 1),
    );
  }
  await context.sync();
}
