import type { ExportValue } from '../export/table';
import { evaluationTables } from './tables';
import type { EvaluationFigures } from './types';

/**
 * The "Evaluatie" sheet: the figure tables one below the other in columns A-H, and native Excel
 * charts beside them (from column J) over those very cells, so a chart shows what the table shows.
 * The sheet belongs to the add-in: a refill rewrites columns A-H and its own charts (named with
 * CHART_PREFIX), and leaves the user's other charts and columns from I on alone.
 */

export const EVALUATION_SHEET_NAME = 'Evaluatie';
export const CHART_PREFIX = 'Verzuimsignaal_';
/** Columns A-H hold the tables; what the user puts from column I on is kept. */
export const EVALUATION_COLUMNS = 8;
export const CHART_FIRST_COLUMN = 9;
const CHART_WIDTH_COLUMNS = 8;
const CHART_HEIGHT_ROWS = 16;

export type EvaluationChartType = 'ColumnStacked' | 'BarClustered';

export interface EvaluationBlock {
  name: string;
  /** 0-based row of the block's title; the header follows on the next row. */
  row: number;
  header: string[];
  rows: ExportValue[][];
}

export interface EvaluationChartSpec {
  name: string;
  title: string;
  type: EvaluationChartType;
  /** Source cells, 0-based, header row included: labels in the first column, a series per further column. */
  source: { row: number; column: number; rowCount: number; columnCount: number };
  /** Placement, 0-based cells: top-left and bottom-right. */
  position: { row: number; column: number; rowCount: number; columnCount: number };
}

export interface EvaluationSheetSpec {
  sheetName: string;
  title: string;
  subtitle: string;
  blocks: EvaluationBlock[];
  charts: EvaluationChartSpec[];
  /** Rows the tables take (title rows included). */
  rowCount: number;
  columnWidths: number[];
}

const CHARTS: { block: string; title: string; type: EvaluationChartType; dropLastColumn?: boolean }[] = [
  { block: 'Per maand', title: 'Signalen per maand, per soort', type: 'ColumnStacked', dropLastColumn: true },
  { block: 'Meldingen', title: 'Meldingen: op tijd, te laat, niet gemeld, open', type: 'BarClustered' },
  { block: 'Routes', title: 'Gekozen routes', type: 'BarClustered' },
  { block: 'Resultaten', title: 'Resultaten', type: 'BarClustered' },
];

export function evaluationSheet(figures: EvaluationFigures, options: { school?: string } = {}): EvaluationSheetSpec {
  const tables = evaluationTables(figures);
  const order = ['Overzicht', 'Meldingen', 'Per maand', 'Routes', 'Resultaten', 'Per klas', 'Niet gemeld'];
  const blocks: EvaluationBlock[] = [];
  let row = 3;
  for (const name of order) {
    const t = tables.find((x) => x.name === name);
    if (!t) continue;
    const header = t.columns.map((c) => c.header).slice(0, EVALUATION_COLUMNS);
    const rows = t.rows.map((r) => [...r].slice(0, EVALUATION_COLUMNS));
    blocks.push({ name, row, header, rows: rows.length > 0 ? rows : [['Nog niets ingevuld.']] });
    row += 2 + Math.max(rows.length, 1) + 1;
  }
  const charts: EvaluationChartSpec[] = [];
  CHARTS.forEach((c) => {
    const block = blocks.find((b) => b.name === c.block);
    const table = tables.find((t) => t.name === c.block);
    if (!block || !table || table.rows.length === 0) return;
    const columnCount = block.header.length - (c.dropLastColumn ? 1 : 0);
    charts.push({
      name: `${CHART_PREFIX}${c.block.replace(/\s+/g, '_')}`,
      title: c.title,
      type: c.type,
      source: { row: block.row + 1, column: 0, rowCount: 1 + table.rows.length, columnCount },
      position: { row: 3 + charts.length * (CHART_HEIGHT_ROWS + 1), column: CHART_FIRST_COLUMN, rowCount: CHART_HEIGHT_ROWS, columnCount: CHART_WIDTH_COLUMNS },
    });
  });
  return {
    sheetName: EVALUATION_SHEET_NAME,
    title: `Evaluatie schoolverzuim ${figures.schoolYear}`,
    subtitle: `${options.school ? `${options.school} · ` : ''}MAS stap 10 · peildatum ${figures.asOf} · bijgewerkt door Verzuimsignaal`,
    blocks,
    charts,
    rowCount: row,
    columnWidths: [40, 14, 14, 14, 14, 14, 14, 10],
  };
}

/** The sheet as a grid of values (columns A-H), for hosts that write cells. */
export function evaluationSheetGrid(spec: EvaluationSheetSpec): ExportValue[][] {
  const grid: ExportValue[][] = Array.from({ length: spec.rowCount }, () => Array.from({ length: EVALUATION_COLUMNS }, () => null));
  grid[0][0] = spec.title;
  grid[1][0] = spec.subtitle;
  for (const b of spec.blocks) {
    grid[b.row][0] = b.name;
    b.header.forEach((h, c) => (grid[b.row + 1][c] = h));
    b.rows.forEach((r, i) => r.forEach((v, c) => (grid[b.row + 2 + i][c] = v)));
  }
  return grid;
}
