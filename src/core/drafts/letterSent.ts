import type { CellGrid, CellValue } from '../register/types';
import { serialFromIso, isoFromCell } from '../reporting/excelDate';
import { headerKey, idKey } from '../reporting/refillTable';
import { DATE_FORMAT, H } from '../reporting/reportingSheet';
import type { SheetTableSpec } from '../reporting/sheetTable';
import { LETTER_SENT_HEADER } from './draftColumns';

/**
 * The reporting table (header row first) with "Brief verstuurd op" set to `date` for the given
 * signals: the column is added at the right end when the table has none, and a date already
 * there is kept (the first letter counts). Other cells are untouched. Pure: the pane writes the
 * result through the workbook port.
 */
export function withLetterSent(table: CellGrid, flagIds: readonly string[], date: string): { grid: CellValue[][]; added: boolean; changed: number } {
  const grid = table.map((r) => [...r]);
  if (grid.length === 0) return { grid, added: false, changed: 0 };
  const header = grid[0];
  const idCol = header.findIndex((c) => headerKey(c) === headerKey(H.id));
  let col = header.findIndex((c) => headerKey(c) === headerKey(LETTER_SENT_HEADER));
  const added = col < 0;
  if (added) {
    col = header.length;
    header.push(LETTER_SENT_HEADER);
    for (const r of grid.slice(1)) r.push(null);
  }
  const want = new Set(flagIds);
  const serial = serialFromIso(date) ?? null;
  let changed = 0;
  for (const r of grid.slice(1)) {
    if (idCol < 0 || !want.has(idKey(r[idCol]))) continue;
    if (isoFromCell(r[col]) !== undefined) continue;
    while (r.length <= col) r.push(null);
    r[col] = serial;
    changed += 1;
  }
  return { grid, added, changed };
}

/**
 * The column spec of "Brief verstuurd op" in a refilled reporting table: a date, and, when the
 * table did not have it yet, newer than the layout written there, so the adapters add it at the
 * right end instead of refusing a column they do not find.
 */
export function letterSentColumnSpec(spec: SheetTableSpec, added: boolean): SheetTableSpec {
  const layout = spec.layoutVersion ?? 1;
  return {
    ...spec,
    columns: spec.columns.map((c) =>
      headerKey(c.header) === headerKey(LETTER_SENT_HEADER)
        ? { ...c, header: LETTER_SENT_HEADER, numberFormat: DATE_FORMAT, width: 14, since: added ? layout + 1 : c.since }
        : c,
    ),
  };
}
