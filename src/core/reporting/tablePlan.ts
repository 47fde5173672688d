import type { CellValue } from '../register/types';
import { headerKey, idKey } from './refillTable';
import type { SheetTableSpec } from './sheetTable';

/**
 * How a sheet table the user works in is brought up to date in place: which cells change, which
 * rows and columns are added, and nothing else. Both workbook adapters write exactly this plan,
 * so "a refill touches only what changed" is decided once, here, without Excel.
 *
 * The table as it is (header first, in the user's column and row order) is matched to the spec
 * by header text and row id (column 0 of the spec). Existing rows keep their place (a sort the
 * user made stays); a spec row whose id is not in the table is appended; a spec column missing
 * from the table is appended only when it is newer than the layout last written there
 * (`since` > layoutVersion) — any other missing column is a renamed or deleted header, refused.
 */

export interface CurrentTable {
  /** Header cells as canonical names (a header the column map recognised under its known name). */
  header: readonly CellValue[];
  /** Body rows, dates as 1900-system serials. */
  rows: readonly (readonly CellValue[])[];
  /** Layout version last written to this table (1 when unknown: a table from before versions). */
  layoutVersion?: number;
}

export interface CellRun {
  /** Body row (0-based) in the table. */
  row: number;
  /** First table column (0-based) of the run. */
  column: number;
  values: CellValue[];
  /** Spec column of each value. */
  specColumns: number[];
}

export interface TablePlan {
  /** Spec column → table column (0-based), after the appended columns. */
  columnIndex: number[];
  /** Table width after the plan. */
  width: number;
  /** Columns added at the right end: spec column and the body values for the existing rows. */
  newColumns: { specColumn: number; column: number; values: CellValue[] }[];
  /** Changed cells of existing rows, in runs of adjacent columns. */
  runs: CellRun[];
  /** Rows to append, as wide as the table; null = leave the cell as Excel makes it. */
  appended: CellValue[][];
  /** Spec row of each appended row. */
  appendedSpecRows: number[];
  /** Spec row → body row (0-based) after the plan. */
  bodyRowOfSpecRow: number[];
  /** Body rows whose cells changed (for fills that follow a row's state). */
  changedRows: number[];
  cellsWritten: number;
}

export class TablePlanError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
    readonly missing: string[],
  ) {
    super(message);
    this.name = 'TablePlanError';
  }
}

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v === '');
}

/** Two cells hold the same thing as Excel would show it (blank = blank, 12 ≠ "12"). */
export function sameCell(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (a instanceof Date || b instanceof Date) return String(a) === String(b);
  return typeof a === typeof b && a === b;
}

export function planTableWrite(current: CurrentTable, spec: SheetTableSpec): TablePlan {
  const layoutVersion = current.layoutVersion ?? 1;
  const at = new Map<string, number>();
  current.header.forEach((h, i) => {
    const k = headerKey(h);
    if (k !== '' && !at.has(k)) at.set(k, i);
  });
  let width = current.header.length;
  const columnIndex: number[] = [];
  const newColumns: TablePlan['newColumns'] = [];
  const missing: string[] = [];
  spec.columns.forEach((col, j) => {
    const i = at.get(headerKey(col.header));
    if (i !== undefined) {
      columnIndex.push(i);
    } else if ((col.since ?? 1) > layoutVersion) {
      columnIndex.push(width);
      newColumns.push({ specColumn: j, column: width, values: [] });
      width += 1;
    } else {
      columnIndex.push(-1);
      missing.push(col.header);
    }
  });
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m}"`).join(', ');
    throw new TablePlanError(
      `De tabel "${spec.tableName}" mist de kolom ${list}. Is de kop hernoemd of de kolom verwijderd? Zet de kop terug (of de kolom, met Ctrl+Z) en probeer het opnieuw; er is niets geschreven.`,
      `The table "${spec.tableName}" lacks the column ${list}. Was the header renamed or the column deleted? Put the header (or the column, with Ctrl+Z) back and try again; nothing was written.`,
      missing,
    );
  }

  const idColumn = columnIndex[0];
  const rowOfId = new Map<string, number>();
  current.rows.forEach((row, r) => {
    const id = idKey(row[idColumn]);
    if (id !== '' && !rowOfId.has(id)) rowOfId.set(id, r);
  });

  const runs: CellRun[] = [];
  const appended: CellValue[][] = [];
  const appendedSpecRows: number[] = [];
  const bodyRowOfSpecRow: number[] = [];
  const changed = new Set<number>();
  const seen = new Set<string>();
  let cellsWritten = 0;
  // Table column order of the spec columns that already exist, for runs of adjacent cells.
  const existingOrder = spec.columns
    .map((_, j) => j)
    .filter((j) => columnIndex[j] < current.header.length)
    .sort((a, b) => columnIndex[a] - columnIndex[b]);

  spec.rows.forEach((row, s) => {
    const id = idKey(row[0]);
    const r = id === '' || seen.has(id) ? undefined : rowOfId.get(id);
    if (id !== '') seen.add(id);
    if (r === undefined) {
      if (id === '') {
        bodyRowOfSpecRow.push(-1);
        return;
      }
      const out: CellValue[] = Array.from({ length: width }, () => null);
      spec.columns.forEach((_, j) => (out[columnIndex[j]] = isBlank(row[j]) ? null : row[j]));
      bodyRowOfSpecRow.push(current.rows.length + appended.length);
      appended.push(out);
      appendedSpecRows.push(s);
      cellsWritten += out.filter((v) => v !== null).length;
      return;
    }
    bodyRowOfSpecRow.push(r);
    const cur = current.rows[r];
    let run: CellRun | undefined;
    for (const j of existingOrder) {
      const c = columnIndex[j];
      const want = isBlank(row[j]) ? null : row[j];
      if (sameCell(want, cur[c])) {
        run = undefined;
        continue;
      }
      if (run && run.column + run.values.length === c) {
        run.values.push(want);
        run.specColumns.push(j);
      } else {
        run = { row: r, column: c, values: [want], specColumns: [j] };
        runs.push(run);
      }
      changed.add(r);
      cellsWritten += 1;
    }
  });

  // Values of the added columns for the rows already there (blank when the spec has none).
  const specRowOfBody = new Map<number, number>();
  bodyRowOfSpecRow.forEach((b, s) => b >= 0 && b < current.rows.length && specRowOfBody.set(b, s));
  for (const nc of newColumns) {
    nc.values = current.rows.map((_, b) => {
      const s = specRowOfBody.get(b);
      const v = s === undefined ? null : spec.rows[s][nc.specColumn];
      return isBlank(v) ? null : v;
    });
    cellsWritten += nc.values.filter((v) => v !== null).length + 1;
  }

  return { columnIndex, width, newColumns, runs, appended, appendedSpecRows, bodyRowOfSpecRow, changedRows: [...changed].sort((a, b) => a - b), cellsWritten };
}
