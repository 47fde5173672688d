import { headerKey } from '../../core/reporting/refillTable';
import type { TableColumnMap } from './hiddenStore';

/**
 * Table headers as the add-in knows them. Excel keeps a table column's id when the user renames
 * its header, so a column the add-in wrote is recognised under its known name through the
 * stored map; the user's own header text stays in the sheet.
 */
export function canonicalHeader(names: readonly string[], ids: readonly string[], map: TableColumnMap | undefined): string[] {
  if (!map) return [...names];
  const byId = new Map(Object.entries(map.columns).map(([header, id]) => [id, header]));
  const taken = new Set(names.map(headerKey));
  return names.map((name, i) => {
    const known = byId.get(ids[i]);
    // A known name that another column now carries is left alone (no two columns of one name).
    if (known === undefined || headerKey(known) === headerKey(name) || taken.has(headerKey(known))) return name;
    return known;
  });
}

/** The map after a write: each header of the spec with the id of the column it went to. */
export function columnMapAfter(layoutVersion: number, headers: readonly string[], ids: readonly string[]): TableColumnMap {
  const columns: Record<string, string> = {};
  headers.forEach((h, i) => {
    if (ids[i] !== undefined) columns[h] = ids[i];
  });
  return { layoutVersion, columns };
}

export function sameColumnMap(a: TableColumnMap | undefined, b: TableColumnMap): boolean {
  if (!a || a.layoutVersion !== b.layoutVersion) return false;
  const ka = Object.keys(a.columns);
  return ka.length === Object.keys(b.columns).length && ka.every((k) => a.columns[k] === b.columns[k]);
}
