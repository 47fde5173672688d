import { cellText } from './cellText';
import { matchHeader } from './headerAliases';
import type { CellGrid, CellValue, FieldMapping, RegisterField } from './types';

/** Rows searched for the header (register.md: among the first 20). */
export const HEADER_SEARCH_ROWS = 20;
export const REQUIRED_FIELDS: readonly RegisterField[] = ['studentId', 'date', 'code'];

export interface HeaderCandidate {
  /** 0-based grid row. */
  rowIndex: number;
  headers: string[];
  mapping: FieldMapping;
}

/** The fields one row's cells map, each to its best (lowest rank, then leftmost) column. */
export function mapHeaderRow(row: readonly CellValue[]): { headers: string[]; mapping: FieldMapping } {
  const headers: string[] = [];
  const mapping: FieldMapping = {};
  const ranks: Partial<Record<RegisterField, number>> = {};
  for (let c = 0; c < row.length; c++) {
    const text = cellText(row[c]);
    headers.push(text);
    if (!text) continue;
    const m = matchHeader(text);
    if (!m) continue;
    const prev = ranks[m.field];
    if (prev === undefined || m.rank < prev) {
      mapping[m.field] = c;
      ranks[m.field] = m.rank;
    }
  }
  return { headers, mapping };
}

function hasRequired(mapping: FieldMapping): boolean {
  return REQUIRED_FIELDS.every((f) => mapping[f] !== undefined);
}

/**
 * Merges the user's mapping over a detected one. A field set to undefined or a negative index is
 * removed; a detected field whose column the user gave to another field is dropped.
 */
export function mergeMapping(detected: FieldMapping, override: FieldMapping | undefined): FieldMapping {
  if (!override) return { ...detected };
  const merged: FieldMapping = {};
  const taken = new Set<number>();
  for (const [field, col] of Object.entries(override) as [RegisterField, number | undefined][]) {
    if (col !== undefined && col >= 0) {
      merged[field] = col;
      taken.add(col);
    }
  }
  for (const [field, col] of Object.entries(detected) as [RegisterField, number | undefined][]) {
    if (col === undefined || field in override || taken.has(col)) continue;
    merged[field] = col;
  }
  return merged;
}

export type HeaderSearch =
  | { ok: true; header: HeaderCandidate }
  | { ok: false; found: RegisterField[]; rowIndex: number | null };

function qualifies(mapping: FieldMapping, override: FieldMapping | undefined): boolean {
  if (hasRequired(mapping)) return true;
  if (!override || Object.keys(mapping).length === 0) return false;
  // The row must itself carry every required header the user did not map by hand.
  return REQUIRED_FIELDS.every((f) => mapping[f] !== undefined || (override[f] ?? -1) >= 0);
}

function filledAt(row: readonly CellValue[], cols: number[]): boolean {
  return cols.every((c) => typeof row[c] === 'string' && (row[c] as string).trim() !== '');
}

/**
 * The header row: the first of the first 20 rows whose cells (with the user's override) map the
 * studentId, date and code fields. When the user mapped all three columns by hand and no row has
 * recognisable headers, the first row with text in those three columns is the header. On failure,
 * reports the row that came closest and which required fields it had, for a useful error.
 * `atRow` (0-based) skips the search: the caller knows the header row.
 */
export function findHeader(cells: CellGrid, override?: FieldMapping, atRow?: number): HeaderSearch {
  if (atRow !== undefined) {
    const { headers, mapping } = mapHeaderRow(cells[atRow] ?? []);
    const merged = mergeMapping(mapping, override);
    if (hasRequired(merged)) return { ok: true, header: { rowIndex: atRow, headers, mapping: merged } };
    return { ok: false, found: REQUIRED_FIELDS.filter((f) => merged[f] !== undefined), rowIndex: atRow };
  }
  const limit = Math.min(cells.length, HEADER_SEARCH_ROWS);
  let best: { found: RegisterField[]; rowIndex: number } | null = null;
  for (let r = 0; r < limit; r++) {
    const { headers, mapping } = mapHeaderRow(cells[r] ?? []);
    if (qualifies(mapping, override)) {
      return { ok: true, header: { rowIndex: r, headers, mapping: mergeMapping(mapping, override) } };
    }
    const found = REQUIRED_FIELDS.filter((f) => mapping[f] !== undefined);
    if (found.length > 0 && (!best || found.length > best.found.length)) best = { found, rowIndex: r };
  }
  const manual = mergeMapping({}, override);
  if (hasRequired(manual)) {
    const cols = REQUIRED_FIELDS.map((f) => manual[f] as number);
    for (let r = 0; r < limit; r++) {
      const row = cells[r] ?? [];
      if (filledAt(row, cols)) {
        const { headers } = mapHeaderRow(row);
        return { ok: true, header: { rowIndex: r, headers, mapping: manual } };
      }
    }
  }
  return { ok: false, found: best?.found ?? [], rowIndex: best?.rowIndex ?? null };
}
