import { canonicalFlagId } from '../analysis/flagId';
import type { CellGrid, CellValue } from '../register/types';

/**
 * Refilling a sheet table that the engine writes and the user annotates. The engine owns some
 * columns (rewritten on every fill); the user owns the rest (kept per row id, whatever order the
 * user put the columns or rows in). Used for "Verzuimsignalen" and "Meldingen (concept)".
 */

export interface UserColumn {
  header: string;
  /** Value for a row that appears for the first time; a cell equal to it is not user content. */
  default: CellValue;
}

export interface RefillLayout {
  /** Header of the column holding the row id (the first column of the table). */
  idHeader: string;
  /** Engine columns after the id column, in table order. */
  engineHeaders: readonly string[];
  /** User columns after the engine columns, in table order. */
  userColumns: readonly UserColumn[];
  /**
   * An engine column (one of engineHeaders) that marks a row whose id no longer arises but which is
   * kept for its user content. Without it, lapsed rows are kept unmarked.
   */
  lapsedHeader?: string;
  /** Value written in lapsedHeader for lapsed rows; "ja" by default. */
  lapsedValue?: CellValue;
  /** Keep every lapsed row (marked), not only those with user content: for tables written in place. */
  keepAllLapsed?: boolean;
}

export interface FreshRow {
  id: string;
  /** Values in the order of layout.engineHeaders. */
  engine: readonly CellValue[];
}

export type RefillRowState = 'new' | 'kept' | 'lapsed' | 'unidentified';

export interface RefillResult {
  /** idHeader, engine headers, user headers, then columns the user added (in their order). */
  header: string[];
  rows: CellValue[][];
  /** Per body row: its id ('' for a user row without id) and what happened to it. */
  rowInfo: { id: string; state: RefillRowState }[];
  /** Headers of columns found in the previous table that the layout does not know. */
  extraHeaders: string[];
  /** Ids of previous rows dropped because they no longer arise and had no user content. */
  dropped: string[];
}

/** Header text as compared: trimmed, case-insensitive, inner whitespace collapsed. */
export function headerKey(text: CellValue): string {
  return cellText(text).replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Row ids as compared. Excel may hand back an all-digit id as a number (when the cell was not
 * text-formatted): normalise both forms to the same string.
 */
export function idKey(value: CellValue): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return cellText(value);
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

function isBlank(value: CellValue): boolean {
  return cellText(value) === '';
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return cellText(a) === cellText(b);
}

interface PreviousRow {
  cells: readonly CellValue[];
}

/**
 * Merges the fresh engine rows into the previous table. Output order: the fresh rows in their own
 * order (the engine's sort), then lapsed rows and user rows without an id, in their previous order,
 * so that what the engine no longer reports collects at the bottom where the user can review it.
 */
export function refillTable(
  previous: CellGrid | undefined,
  fresh: readonly FreshRow[],
  layout: RefillLayout,
): RefillResult {
  const lapsedValue = layout.lapsedValue ?? 'ja';
  const knownHeaders = [layout.idHeader, ...layout.engineHeaders, ...layout.userColumns.map((c) => c.header)];
  const knownKeys = new Set(knownHeaders.map(headerKey));
  const lapsedIndex = layout.lapsedHeader === undefined ? -1 : layout.engineHeaders.indexOf(layout.lapsedHeader);
  if (layout.lapsedHeader !== undefined && lapsedIndex < 0) {
    throw new Error(`lapsedHeader "${layout.lapsedHeader}" is not one of the engine headers`);
  }

  // Where each header sits in the previous table (by text, so reordered columns still match).
  const prevHeader = previous && previous.length > 0 ? previous[0] : [];
  const prevIndex = new Map<string, number>();
  prevHeader.forEach((h, i) => {
    const key = headerKey(h);
    if (key !== '' && !prevIndex.has(key)) prevIndex.set(key, i);
  });
  const extraColumns: { header: string; index: number }[] = [];
  prevHeader.forEach((h, i) => {
    const key = headerKey(h);
    if (key !== '' && !knownKeys.has(key) && prevIndex.get(key) === i) extraColumns.push({ header: cellText(h), index: i });
  });
  const idCol = prevIndex.get(headerKey(layout.idHeader));

  const prevById = new Map<string, PreviousRow>();
  const prevOrder: { id: string; row: PreviousRow }[] = [];
  if (previous) {
    for (let r = 1; r < previous.length; r++) {
      const cells = previous[r] ?? [];
      const id = idCol === undefined ? '' : idKey(cells[idCol]);
      const row = { cells };
      if (id === '') {
        prevOrder.push({ id, row });
      } else if (!prevById.has(canonicalFlagId(id))) {
        // A duplicated id (a copied row) keeps only its first occurrence; an id of before the
        // "VS-" prefix is the same signal (canonicalFlagId).
        prevById.set(canonicalFlagId(id), row);
        prevOrder.push({ id, row });
      }
    }
  }

  const at = (row: PreviousRow, header: string): CellValue => {
    const i = prevIndex.get(headerKey(header));
    return i === undefined ? undefined : row.cells[i];
  };
  const userCells = (row: PreviousRow | undefined): CellValue[] => [
    ...layout.userColumns.map((c) => {
      if (!row) return c.default;
      const v = at(row, c.header);
      return isBlank(v) ? (prevIndex.has(headerKey(c.header)) ? null : c.default) : v;
    }),
    ...extraColumns.map((c) => (row ? normaliseBlank(row.cells[c.index]) : null)),
  ];
  const hasUserContent = (row: PreviousRow): boolean =>
    layout.userColumns.some((c) => {
      const v = at(row, c.header);
      return !isBlank(v) && !sameValue(v, c.default);
    }) || extraColumns.some((c) => !isBlank(row.cells[c.index]));

  const header = [...knownHeaders, ...extraColumns.map((c) => c.header)];
  const rows: CellValue[][] = [];
  const rowInfo: RefillResult['rowInfo'] = [];
  const freshIds = new Set<string>();

  for (const f of fresh) {
    if (freshIds.has(canonicalFlagId(f.id))) continue;
    freshIds.add(canonicalFlagId(f.id));
    const prev = prevById.get(canonicalFlagId(f.id));
    const engine = layout.engineHeaders.map((_, i) => normaliseBlank(f.engine[i]));
    rows.push([f.id, ...engine, ...userCells(prev)]);
    rowInfo.push({ id: f.id, state: prev ? 'kept' : 'new' });
  }

  const dropped: string[] = [];
  for (const { id, row } of prevOrder) {
    if (id !== '' && freshIds.has(canonicalFlagId(id))) continue;
    const keep = id === '' ? row.cells.some((c) => !isBlank(c)) : layout.keepAllLapsed === true || hasUserContent(row);
    if (!keep) {
      if (id !== '') dropped.push(id);
      continue;
    }
    const engine = layout.engineHeaders.map((h) => normaliseBlank(at(row, h)));
    if (id !== '' && lapsedIndex >= 0) engine[lapsedIndex] = lapsedValue;
    rows.push([id === '' ? null : id, ...engine, ...userCells(row)]);
    rowInfo.push({ id, state: id === '' ? 'unidentified' : 'lapsed' });
  }

  return { header, rows, rowInfo, extraHeaders: extraColumns.map((c) => c.header), dropped };
}

function normaliseBlank(value: CellValue): CellValue {
  return value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;
}
