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
