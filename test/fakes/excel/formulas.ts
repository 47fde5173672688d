import { getCell, type CellState, type TableState, type WorkbookState } from './state';

/**
 * Formulas are kept as typed. Structured references (`Verzuimsignalen[Status]`) follow the table as
 * Excel makes them: a renamed table or column is renamed in every formula, and deleting the table
 * turns its references into #REF! (so a test can tell a table kept from one deleted and rebuilt).
 * A few formulas over one table column are evaluated (COUNTIF with a text criterion, COUNTA, ROWS);
 * any other formula keeps the value last stored.
 */

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `Name[...]` with one level of nested brackets (`Name[[#This Row],[Status]]`). */
function referencePattern(table: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_.])${escape(table)}\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]`, 'gi');
}

function everyFormula(state: WorkbookState, fn: (cell: CellState) => void): void {
  for (const sheet of state.sheets) for (const row of sheet.cells.values()) for (const cell of row.values()) if (cell.formula) fn(cell);
}

export function invalidateTableReferences(state: WorkbookState, table: string): void {
  const pattern = referencePattern(table);
  everyFormula(state, (cell) => {
    const next = cell.formula!.replace(pattern, '#REF!');
    if (next !== cell.formula) {
      cell.formula = next;
      cell.value = '#REF!';
    }
  });
}

export function renameTableReferences(state: WorkbookState, from: string, to: string): void {
  const pattern = new RegExp(`(?<![A-Za-z0-9_.])${escape(from)}\\[`, 'gi');
  everyFormula(state, (cell) => (cell.formula = cell.formula!.replace(pattern, `${to}[`)));
}

export function renameColumnReferences(state: WorkbookState, table: string, from: string, to: string): void {
  if (from === to) return;
  const pattern = referencePattern(table);
  const column = new RegExp(`\\[${escape(from)}\\]`, 'gi');
  everyFormula(state, (cell) => (cell.formula = cell.formula!.replace(pattern, (ref) => ref.replace(column, `[${to}]`))));
}

const COUNTIF = /^=COUNTIF\(\s*([A-Za-z_][\w.]*)\[([^\][]+)\]\s*,\s*"([^"]*)"\s*\)$/i;
const ONE_COLUMN = /^=(COUNTA|ROWS)\(\s*([A-Za-z_][\w.]*)\[([^\][]+)\]\s*\)$/i;

function columnBody(state: WorkbookState, tableName: string, column: string): CellState[] | undefined {
  const t: TableState | undefined = state.tables.find((x) => x.name.toLowerCase() === tableName.toLowerCase());
  if (!t) return undefined;
  let c = -1;
  for (let j = 0; j < t.box.cols; j++) {
    const h = getCell(t.sheet, t.box.r0, t.box.c0 + j);
    if (h && String(h.value).toLowerCase() === column.toLowerCase()) c = j;
  }
  if (c < 0) return undefined;
  const out: CellState[] = [];
  for (let r = 1; r < t.box.rows; r++) out.push(getCell(t.sheet, t.box.r0 + r, t.box.c0 + c) ?? { value: '', numberFormat: 'General' });
  return out;
}

/** The value a formula cell shows. */
export function formulaValue(state: WorkbookState, cell: CellState): CellState['value'] {
  const f = cell.formula;
  if (!f) return cell.value;
  const countif = COUNTIF.exec(f);
  if (countif) {
    const body = columnBody(state, countif[1], countif[2]);
    if (!body) return '#REF!';
    const want = countif[3].toLowerCase();
    return body.filter((c) => String(c.value).toLowerCase() === want).length;
  }
  const one = ONE_COLUMN.exec(f);
  if (one) {
    const body = columnBody(state, one[2], one[3]);
    if (!body) return '#REF!';
    return one[1].toUpperCase() === 'ROWS' ? body.length : body.filter((c) => c.value !== '').length;
  }
  return cell.value;
}
