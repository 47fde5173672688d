import type { CellGrid, CellValue } from '../register/types';
import { headerKey, idKey } from '../reporting/refillTable';
import { H, readReportingRows } from '../reporting/reportingSheet';
import { FOLLOW_UP_HEADERS } from './followUpValues';
import type { EvaluationEntry } from './types';

function text(value: CellValue): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/**
 * The evaluation's view of "Verzuimsignalen" (header row first): status, reason and "Gemeld op" as
 * the reporting sheet reads them, plus Route and Resultaat found by their header text.
 */
export function evaluationEntriesFromGrid(grid: CellGrid | undefined): Map<string, EvaluationEntry> {
  const out = new Map<string, EvaluationEntry>();
  if (!grid || grid.length === 0) return out;
  const header = grid[0];
  const col = (h: string): number => header.findIndex((c) => headerKey(c) === headerKey(h));
  const idCol = col(H.id);
  const routeCol = col(FOLLOW_UP_HEADERS.route);
  const resultCol = col(FOLLOW_UP_HEADERS.result);
  const rowById = new Map<string, readonly CellValue[]>();
  for (let r = 1; r < grid.length; r++) {
    const id = idKey(grid[r][idCol]);
    if (id !== '' && !rowById.has(id)) rowById.set(id, grid[r]);
  }
  for (const [id, entry] of readReportingRows(grid)) {
    const row = rowById.get(id) ?? [];
    out.set(id, {
      status: entry.status,
      reason: entry.reason,
      reportedOn: entry.reportedOn,
      route: routeCol < 0 ? '' : text(row[routeCol]),
      result: resultCol < 0 ? '' : text(row[resultCol]),
      lapsed: entry.lapsed,
    });
  }
  return out;
}

/** The table's header row in a sheet's cells: the first row holding the "Signaal-id" header. */
export function reportingTableFromSheetCells(cells: CellGrid): CellGrid | undefined {
  const headerRow = cells.findIndex((row) => row.some((c) => headerKey(c) === headerKey(H.id)));
  return headerRow < 0 ? undefined : cells.slice(headerRow);
}
