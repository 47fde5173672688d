import { gated } from './apiSets';
import type { FakeContext } from './context';
import { FakeClientResult } from './clientResult';
import { FakeRichApiError, notLoaded } from './errors';
import { renameColumnReferences } from './formulas';
import { assertSheetEditable } from './guards';
import { Loadable, parseProps } from './loadable';
import { FakeRange, writeInput } from './range';
import { OP_OVERHEAD, jsonBytes } from './request';
import { removeColumn, shiftColumnsRight } from './shifts';
import { ensureCell, getCell, newColumnId, type TableState } from './state';

/**
 * A table's columns (TableColumnCollection, ExcelApi 1.1; getCount 1.4). A column keeps its id when
 * the user renames its header or columns are added before it; `add(index, values, name)` inserts a
 * column (at the end without an index), moving the cells right of it within the table's rows, as Excel
 * does. `values` holds the header and the body.
 */

function headerOf(t: TableState, index: number): string {
  const cell = getCell(t.sheet, t.box.r0, t.box.c0 + index);
  return cell ? String(cell.value) : '';
}

export class FakeTableColumn extends Loadable {
  constructor(
    context: FakeContext,
    private readonly table: () => TableState,
    private readonly columnId: () => number | undefined,
    private readonly nullable = false,
  ) {
    super(context);
    return gated(this, 'TableColumn', context.host);
  }
  private at(): number {
    const t = this.table();
    const id = this.columnId();
    const i = id === undefined ? -1 : t.columnIds.indexOf(id);
    if (i < 0) throw new FakeRichApiError('ItemNotFound', this.nullable ? 'The object is a null object.' : 'The table column does not exist.');
    return i;
  }
  protected override exists(): boolean {
    const id = this.columnId();
    return id !== undefined && this.table().columnIds.includes(id);
  }
  fill(props: string[]): void {
    this.nullChecked = true;
    for (const p of props) this.loaded.set(p, this.read(p));
  }
  protected scalarProps(): string[] {
    return ['id', 'index', 'name'];
  }
  protected read(prop: string): unknown {
    const t = this.table();
    const i = this.at();
    if (prop === 'id') return t.columnIds[i];
    if (prop === 'index') return i;
    if (prop === 'name') return headerOf(t, i);
    if (prop === 'values') {
      const out: unknown[][] = [];
      for (let r = 0; r < t.box.rows; r++) out.push([getCell(t.sheet, t.box.r0 + r, t.box.c0 + i)?.value ?? '']);
      return out;
    }
    throw new FakeRichApiError('InvalidArgument', `The fake table column has no property '${prop}'.`);
  }
  get id(): number {
    return this.value('id');
  }
  get index(): number {
    return this.value('index');
  }
  get name(): string {
    return this.value('name');
  }
  set name(v: string) {
    this.context.op(() => {
      const t = this.table();
      assertSheetEditable(this.context.state, t.sheet, 'TableColumn.name');
      const i = this.at();
      const old = headerOf(t, i);
      if (t.columnIds.some((_id, j) => j !== i && headerOf(t, j).toLowerCase() === v.toLowerCase())) {
        throw new FakeRichApiError('ItemAlreadyExists', `The table already has a column named '${v}'.`);
      }
      ensureCell(t.sheet, t.box.r0, t.box.c0 + i).value = v;
      renameColumnReferences(this.context.state, t.name, old, v);
    });
  }
  get values(): unknown[][] {
    return this.value('values');
  }
  private box(rows: 'all' | 'body' | 'header'): () => { sheet: TableState['sheet']; box: { r0: number; c0: number; rows: number; cols: number } } {
    return () => {
      const t = this.table();
      const c0 = t.box.c0 + this.at();
      if (rows === 'header') return { sheet: t.sheet, box: { r0: t.box.r0, c0, rows: 1, cols: 1 } };
      if (rows === 'body') return { sheet: t.sheet, box: { r0: t.box.r0 + 1, c0, rows: t.box.rows - 1, cols: 1 } };
      return { sheet: t.sheet, box: { r0: t.box.r0, c0, rows: t.box.rows, cols: 1 } };
    };
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, this.box('all'));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, this.box('body'));
  }
  /**
   * TableColumn.delete ("Deletes the column from the table", ExcelApi 1.1): the cells right of it
   * within the table's rows move left; its filter criteria and sort field go.
   */
  delete(): void {
    this.context.op(() => {
      const t = this.table();
      assertSheetEditable(this.context.state, t.sheet, 'TableColumn.delete');
      if (t.columnIds.length === 1) throw new FakeRichApiError('InvalidOperation', 'A table needs at least one column.');
      const i = this.at();
      removeColumn(t.sheet, t.box.c0 + i, t.box.r0, t.box.rows);
      t.columnIds.splice(i, 1);
      t.box = { ...t.box, cols: t.box.cols - 1 };
      t.autoFilter.criteria.splice(i, 1);
      if (t.sort) t.sort.fields = t.sort.fields.filter((f) => f.key !== i).map((f) => (f.key > i ? { ...f, key: f.key - 1 } : f));
    });
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, this.box('header'));
  }
}

export class FakeTableColumnCollection extends Loadable {
  private itemsLoaded: FakeTableColumn[] | undefined;
  constructor(
    context: FakeContext,
    private readonly table: () => TableState,
  ) {
    super(context);
    return gated(this, 'TableColumnCollection', context.host);
  }
  protected scalarProps(): string[] {
    return ['count'];
  }
  protected read(prop: string): unknown {
    if (prop === 'count') return this.table().columnIds.length;
    return null;
  }
  get count(): number {
    return this.value('count');
  }
  get items(): FakeTableColumn[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }
  override load(arg?: unknown): this {
    // TableColumnCollection.count (ExcelApi 1.1) is the collection's own property, not an item's.
    if (parseProps(arg).every((p) => p === 'count')) return super.load(arg);
    const props = parseProps(arg).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue({
      read: true,
      size: () => OP_OVERHEAD * (1 + this.table().columnIds.length),
      apply: () => {
        const t = this.table();
        this.itemsLoaded = t.columnIds.map((id) => {
          const col = new FakeTableColumn(this.context, this.table, () => id);
          col.fill(props.length > 0 && !props.includes('items') ? props.filter((p) => p !== 'values') : ['id', 'index', 'name']);
          return col;
        });
      },
    });
    return this;
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => this.table().columnIds.length);
  }
  private find(key: number | string): number | undefined {
    const t = this.table();
    if (typeof key === 'number') return t.columnIds.includes(key) ? key : undefined;
    const i = t.columnIds.findIndex((_id, j) => headerOf(t, j).toLowerCase() === key.toLowerCase());
    if (i >= 0) return t.columnIds[i];
    const asId = Number(key);
    return Number.isInteger(asId) && t.columnIds.includes(asId) ? asId : undefined;
  }
  getItem(key: number | string): FakeTableColumn {
    return new FakeTableColumn(this.context, this.table, () => {
      const id = this.find(key);
      if (id === undefined) throw new FakeRichApiError('ItemNotFound', `The requested resource doesn't exist: table column '${key}'.`);
      return id;
    });
  }
  getItemOrNullObject(key: number | string): FakeTableColumn {
    const col = new FakeTableColumn(this.context, this.table, () => this.find(key), true);
    col.resolveNullAtSync();
    return col;
  }
  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(this.context, this.table, () => {
      const id = this.table().columnIds[index];
      if (id === undefined) throw new FakeRichApiError('InvalidArgument', `No table column at index ${index}.`);
      return id;
    });
  }
  add(index?: number | null, values?: unknown[][], name?: string): FakeTableColumn {
    let created: number | undefined;
    let at = -1;
    this.context.enqueue({
      size: () => OP_OVERHEAD + jsonBytes(values ?? null),
      apply: () => {
        const t = this.table();
        assertSheetEditable(this.context.state, t.sheet, 'TableColumnCollection.add');
        const count = t.columnIds.length;
        at = index === undefined || index === null || index === -1 ? count : index;
        if (at < 0 || at > count) throw new FakeRichApiError('InvalidArgument', `A column cannot be added at index ${index}.`);
        if (values && (values.length !== t.box.rows || values.some((r) => !Array.isArray(r) || r.length !== 1))) {
          throw new FakeRichApiError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${t.box.rows}x1 needed).`);
        }
        shiftColumnsRight(t.sheet, t.box.c0 + at, t.box.r0, t.box.rows, 1);
        created = newColumnId();
        t.columnIds.splice(at, 0, created);
        t.box = { ...t.box, cols: t.box.cols + 1 };
        t.autoFilter.criteria.splice(at, 0, undefined);
        if (t.sort) t.sort.fields = t.sort.fields.map((f) => (f.key >= at ? { ...f, key: f.key + 1 } : f));
        const c = t.box.c0 + at;
        if (values) {
          values.forEach((row, r) => {
            const v = row[0];
            if (v === null || v === undefined || v === '') return;
            writeInput(ensureCell(t.sheet, t.box.r0 + r, c), v, this.context.state.date1904);
          });
        }
        let header = name ?? (values ? String(values[0][0] ?? '') : '');
        if (header === '') {
          let n = t.columnIds.length;
          while (t.columnIds.some((_id, j) => headerOf(t, j).toLowerCase() === `column${n}`)) n += 1;
          header = `Column${n}`;
        }
        ensureCell(t.sheet, t.box.r0, c).value = header;
        this.context.countCellsWritten(t.box.rows);
      },
    });
    return new FakeTableColumn(this.context, this.table, () => created);
  }
}
