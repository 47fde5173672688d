import { gated } from './apiSets';
import type { FakeContext } from './context';
import { FakeRichApiError } from './errors';
import { assertSheetEditable } from './guards';
import { Loadable } from './loadable';
import type { FakeRange } from './range';
import type { CellState, TableState } from './state';

/**
 * A table's AutoFilter (ExcelApi 1.9) and sort (TableSort, 1.2). Both are the user's view of the table:
 * writing cells keeps them, as in Excel; only the table's deletion, clearCriteria() or clear() ends
 * them. Filter criteria are kept per column (the fake does not hide rows); TableSort.apply sorts the
 * body rows, moving whole rows with their formats and formulas, and keeps the fields for reapply().
 */

export class FakeAutoFilter extends Loadable {
  constructor(
    context: FakeContext,
    private readonly table: () => TableState,
  ) {
    super(context);
    return gated(this, 'AutoFilter', context.host);
  }
  protected scalarProps(): string[] {
    return ['enabled', 'isDataFiltered', 'criteria'];
  }
  protected read(prop: string): unknown {
    const f = this.table().autoFilter;
    if (prop === 'enabled') return f.enabled;
    if (prop === 'isDataFiltered') return f.criteria.some((c) => c !== undefined);
    if (prop === 'criteria') return this.table().columnIds.map((_id, i) => f.criteria[i] ?? { filterOn: 'Custom' });
    throw new FakeRichApiError('InvalidArgument', `The fake AutoFilter has no property '${prop}'.`);
  }
  get enabled(): boolean {
    return this.value('enabled');
  }
  get isDataFiltered(): boolean {
    return this.value('isDataFiltered');
  }
  get criteria(): Record<string, unknown>[] {
    return this.value('criteria');
  }
  apply(_range: FakeRange | string, columnIndex?: number, criteria?: Record<string, unknown>): void {
    this.context.op(() => {
      const t = this.table();
      assertSheetEditable(this.context.state, t.sheet, 'AutoFilter.apply');
      t.autoFilter.enabled = true;
      if (columnIndex === undefined) return;
      if (columnIndex < 0 || columnIndex >= t.box.cols) throw new FakeRichApiError('InvalidArgument', `No column ${columnIndex} in the table.`);
      if (criteria) t.autoFilter.criteria[columnIndex] = { ...criteria };
    });
  }
  clearCriteria(): void {
    this.context.op(() => (this.table().autoFilter.criteria = []));
  }
  reapply(): void {
    this.context.op(() => undefined);
  }
  remove(): void {
    this.context.op(() => (this.table().autoFilter = { enabled: false, criteria: [] }));
  }
}

function compare(a: CellState | undefined, b: CellState | undefined, matchCase: boolean): number {
  const x = a?.value ?? '';
  const y = b?.value ?? '';
  // Excel sorts numbers before text, and empty cells last.
  if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'number') return -1;
  if (typeof y === 'number') return 1;
  const s = matchCase ? String(x) : String(x).toLowerCase();
  const t = matchCase ? String(y) : String(y).toLowerCase();
  return s < t ? -1 : s > t ? 1 : 0;
}

export class FakeTableSort extends Loadable {
  constructor(
    context: FakeContext,
    private readonly table: () => TableState,
  ) {
    super(context);
    return gated(this, 'TableSort', context.host);
  }
  protected scalarProps(): string[] {
    return ['fields', 'matchCase', 'method'];
  }
  protected read(prop: string): unknown {
    const s = this.table().sort;
    if (prop === 'fields') return (s?.fields ?? []).map((f) => ({ ...f }));
    if (prop === 'matchCase') return s?.matchCase ?? false;
    if (prop === 'method') return s?.method ?? 'PinYin';
    throw new FakeRichApiError('InvalidArgument', `The fake TableSort has no property '${prop}'.`);
  }
  get fields(): { key: number; ascending?: boolean }[] {
    return this.value('fields');
  }
  get matchCase(): boolean {
    return this.value('matchCase');
  }
  get method(): string {
    return this.value('method');
  }
  private sortNow(t: TableState): void {
    const s = t.sort;
    if (!s || s.fields.length === 0) return;
    const rows: Map<number, CellState>[] = [];
    for (let r = 1; r < t.box.rows; r++) {
      const src = t.sheet.cells.get(t.box.r0 + r);
      const row = new Map<number, CellState>();
      for (let c = 0; c < t.box.cols; c++) {
        const cell = src?.get(t.box.c0 + c);
        if (cell) row.set(c, cell);
      }
      rows.push(row);
    }
    rows.sort((a, b) => {
      for (const f of s.fields) {
        const d = compare(a.get(f.key), b.get(f.key), s.matchCase);
        if (d !== 0) return f.ascending === false ? -d : d;
      }
      return 0;
    });
    rows.forEach((row, i) => {
      const r = t.box.r0 + 1 + i;
      let target = t.sheet.cells.get(r);
      if (!target) {
        target = new Map();
        t.sheet.cells.set(r, target);
      }
      for (let c = 0; c < t.box.cols; c++) {
        const cell = row.get(c);
        if (cell) target.set(t.box.c0 + c, cell);
        else target.delete(t.box.c0 + c);
      }
    });
  }
  apply(fields: { key: number; ascending?: boolean }[], matchCase = false, method = 'PinYin'): void {
    this.context.op(() => {
      const t = this.table();
      assertSheetEditable(this.context.state, t.sheet, 'TableSort.apply');
      if (fields.some((f) => f.key < 0 || f.key >= t.box.cols)) throw new FakeRichApiError('InvalidArgument', 'A sort field is outside the table.');
      t.sort = { fields: fields.map((f) => ({ key: f.key, ascending: f.ascending ?? true })), matchCase, method };
      this.sortNow(t);
    });
  }
  reapply(): void {
    this.context.op(() => this.sortNow(this.table()));
  }
  clear(): void {
    this.context.op(() => (this.table().sort = undefined));
  }
}
