import type { Box } from './address';
import type { CellState, SheetState } from './state';

/**
 * Moving cells as Excel does when a table grows by rows or columns: what lies below (or right of) the
 * insertion point within the table's columns (or rows) moves along, with its formats and formulas.
 */

export function shiftRowsDown(sheet: SheetState, fromRow: number, c0: number, cols: number, n: number): void {
  const rows = [...sheet.cells.keys()].filter((r) => r >= fromRow).sort((a, b) => b - a);
  for (const r of rows) {
    const row = sheet.cells.get(r);
    if (!row) continue;
    for (const c of [...row.keys()]) {
      if (c < c0 || c >= c0 + cols) continue;
      const cell = row.get(c) as CellState;
      row.delete(c);
      let to = sheet.cells.get(r + n);
      if (!to) {
        to = new Map();
        sheet.cells.set(r + n, to);
      }
      to.set(c, cell);
    }
  }
  for (const [key, text] of [...sheet.notes]) {
    const [r, c] = key.split(',').map(Number);
    if (r >= fromRow && c >= c0 && c < c0 + cols) {
      sheet.notes.delete(key);
      sheet.notes.set(`${r + n},${c}`, text);
    }
  }
}

export function shiftColumnsRight(sheet: SheetState, fromCol: number, r0: number, rows: number, n: number): void {
  for (const [r, row] of sheet.cells) {
    if (r < r0 || r >= r0 + rows) continue;
    const cols = [...row.keys()].filter((c) => c >= fromCol).sort((a, b) => b - a);
    for (const c of cols) {
      const cell = row.get(c) as CellState;
      row.delete(c);
      row.set(c + n, cell);
    }
  }
}

/** A box that ends on the table's last body row and lies in its columns grows with the table. */
export function growsWithTable(b: Box, table: Box): boolean {
  return b.r0 + b.rows === table.r0 + table.rows && b.r0 > table.r0 - 1 && b.c0 >= table.c0 && b.c0 + b.cols <= table.c0 + table.cols;
}

/** Removes `n` rows from `fromRow` within the columns and moves what is below up. */
export function shiftRowsUp(sheet: SheetState, fromRow: number, c0: number, cols: number, n: number): void {
  for (let r = fromRow; r < fromRow + n; r++) {
    const row = sheet.cells.get(r);
    if (row) for (const c of [...row.keys()]) if (c >= c0 && c < c0 + cols) row.delete(c);
  }
  const rows = [...sheet.cells.keys()].filter((r) => r >= fromRow + n).sort((a, b) => a - b);
  for (const r of rows) {
    const row = sheet.cells.get(r);
    if (!row) continue;
    for (const c of [...row.keys()]) {
      if (c < c0 || c >= c0 + cols) continue;
      const cell = row.get(c) as CellState;
      row.delete(c);
      let to = sheet.cells.get(r - n);
      if (!to) {
        to = new Map();
        sheet.cells.set(r - n, to);
      }
      to.set(c, cell);
    }
  }
}

/**
 * After `shiftRowsUp` removed one row within the columns: notes move up with their cells (the
 * deleted row's go), and validations and conditional formats lying in those columns lose the row
 * (or move up when below it), as Excel keeps them on the cells they were on.
 */
export function afterRowRemoved(sheet: SheetState, row: number, c0: number, cols: number): void {
  for (const [key, text] of [...sheet.notes]) {
    const [r, c] = key.split(',').map(Number);
    if (r < row || c < c0 || c >= c0 + cols) continue;
    sheet.notes.delete(key);
    if (r > row) sheet.notes.set(`${r - 1},${c}`, text);
  }
  const inColumns = (b: Box): boolean => b.c0 >= c0 && b.c0 + b.cols <= c0 + cols;
  const shrink = <T extends { box: Box }>(items: T[]): T[] =>
    items.flatMap((item) => {
      const b = item.box;
      if (!inColumns(b) || b.r0 + b.rows <= row) return [item];
      if (b.r0 > row) return [{ ...item, box: { ...b, r0: b.r0 - 1 } }];
      return b.rows > 1 ? [{ ...item, box: { ...b, rows: b.rows - 1 } }] : [];
    });
  sheet.validations = shrink(sheet.validations);
  sheet.conditionalFormats = shrink(sheet.conditionalFormats);
}

/**
 * Removes one column within the rows r0..r0+rows-1 and moves what is right of it left (a table
 * column deleted), with notes, validations and conditional formats on those rows.
 */
export function removeColumn(sheet: SheetState, col: number, r0: number, rows: number): void {
  for (const [r, row] of sheet.cells) {
    if (r < r0 || r >= r0 + rows) continue;
    row.delete(col);
    for (const c of [...row.keys()].filter((x) => x > col).sort((a, b) => a - b)) {
      const cell = row.get(c) as CellState;
      row.delete(c);
      row.set(c - 1, cell);
    }
  }
  for (const [key, text] of [...sheet.notes]) {
    const [r, c] = key.split(',').map(Number);
    if (r < r0 || r >= r0 + rows || c < col) continue;
    sheet.notes.delete(key);
    if (c > col) sheet.notes.set(`${r},${c - 1}`, text);
  }
  const inRows = (b: Box): boolean => b.r0 >= r0 && b.r0 + b.rows <= r0 + rows;
  const shrink = <T extends { box: Box }>(items: T[]): T[] =>
    items.flatMap((item) => {
      const b = item.box;
      if (!inRows(b) || b.c0 + b.cols <= col) return [item];
      if (b.c0 > col) return [{ ...item, box: { ...b, c0: b.c0 - 1 } }];
      return b.cols > 1 ? [{ ...item, box: { ...b, cols: b.cols - 1 } }] : [];
    });
  sheet.validations = shrink(sheet.validations);
  sheet.conditionalFormats = shrink(sheet.conditionalFormats);
}
