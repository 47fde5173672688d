import { apiNotFound, gated } from './apiSets';
import { FakeClientResult } from './clientResult';
import type { FakeContext } from './context';
import { FakeRichApiError, notLoaded } from './errors';
import { assertSheetEditable } from './guards';
import { Loadable } from './loadable';
import { FakeRange } from './range';
import { OP_OVERHEAD } from './request';
import { afterRowRemoved, shiftRowsDown, shiftRowsUp } from './shifts';
import { getCell, overlaps, type TableState } from './state';

/**
 * A table's body rows (TableRowCollection, ExcelApi 1.1). `add(index, values)` inserts rows (at the
 * end without an index; several at once needs ExcelApi 1.4, per the typings' "1.1 for adding a single
 * row; 1.4 allows adding of multiple rows"), moving what lies below within the table's columns down;
 * validations and conditional formats over the body grow with it, as in Excel. TableRow.delete
 * ("Deletes the row from the table", ExcelApi 1.1) moves what is below up within the table's
 * columns, and the body's validations and conditional formats shrink with it.
 */

export class FakeTableRow extends Loadable {
  constructor(
    context: FakeContext,
    private readonly table: () => TableState,
    private readonly position: () => number,
  ) {
    super(context);
    return gated(this, 'TableRow', context.host);
  }
  private get at(): number {
    return this.position();
  }
  private box(): { sheet: TableState['sheet']; box: { r0: number; c0: number; rows: number; cols: number } } {
    const t = this.table();
    if (this.at < 0 || this.at >= t.box.rows - 1) throw new FakeRichApiError('InvalidArgument', `No table row at index ${this.at}.`);
    return { sheet: t.sheet, box: { r0: t.box.r0 + 1 + this.at, c0: t.box.c0, rows: 1, cols: t.box.cols } };
  }
  protected scalarProps(): string[] {
    return ['index', 'values'];
  }
  protected read(prop: string): unknown {
    const { sheet, box } = this.box();
    if (prop === 'index') return this.at;
    if (prop === 'values') return [Array.from({ length: box.cols }, (_x, c) => getCell(sheet, box.r0, box.c0 + c)?.value ?? '')];
    throw new FakeRichApiError('InvalidArgument', `The fake table row has no property '${prop}'.`);
  }
  get index(): number {
    return this.value('index');
  }
  get values(): unknown[][] {
    return this.value('values');
  }
  set values(v: unknown[][]) {
    this.getRange().values = v;
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => this.box());
  }
  delete(): void {
    this.context.op(() => {
      const t = this.table();
      const { box } = this.box();
      assertSheetEditable(this.context.state, t.sheet, 'TableRow.delete');
      shiftRowsUp(t.sheet, box.r0, t.box.c0, t.box.cols, 1);
      afterRowRemoved(t.sheet, box.r0, t.box.c0, t.box.cols);
      if (t.box.rows > 2) t.box = { ...t.box, rows: t.box.rows - 1 };
    });
  }
}

export class FakeTableRowCollection extends Loadable {
  constructor(
    context: FakeContext,
    private readonly table: () => TableState,
  ) {
    super(context);
    return gated(this, 'TableRowCollection', context.host);
  }
  protected scalarProps(): string[] {
    return ['count'];
  }
  protected read(prop: string): unknown {
    if (prop === 'count') return this.table().box.rows - 1;
    return null;
  }
  get count(): number {
    return this.value('count');
  }
  private itemsLoaded: FakeTableRow[] | undefined;
  get items(): FakeTableRow[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }
  override load(arg?: unknown): this {
    if (arg === undefined || String(arg).includes('count')) return super.load(arg);
    this.context.enqueue({
      read: true,
      size: () => OP_OVERHEAD * this.table().box.rows,
      apply: () => {
        const n = this.table().box.rows - 1;
        this.itemsLoaded = Array.from({ length: n }, (_x, i) => new FakeTableRow(this.context, this.table, () => i).load('index,values'));
      },
    });
    return this;
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => this.table().box.rows - 1);
  }
  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(this.context, this.table, () => index);
  }
  add(index?: number | null, values?: unknown[][], _alwaysInsert?: boolean): FakeTableRow {
    const n = values?.length ?? 1;
    let first = -1;
    this.context.op(() => {
      const t = this.table();
      assertSheetEditable(this.context.state, t.sheet, 'TableRowCollection.add');
      if (n > 1 && !this.context.host.supports('ExcelApi 1.4')) throw apiNotFound('TableRowCollection', 'add', 'ExcelApi 1.4');
      if (values && (n === 0 || values.some((r) => !Array.isArray(r) || r.length !== t.box.cols))) {
        throw new FakeRichApiError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (rows of ${t.box.cols} needed).`);
      }
      const body = t.box.rows - 1;
      const at = index === undefined || index === null || index === -1 ? body : index;
      if (at < 0 || at > body) throw new FakeRichApiError('InvalidArgument', `A row cannot be added at index ${index}.`);
      const insertRow = t.box.r0 + 1 + at;
      shiftRowsDown(t.sheet, insertRow, t.box.c0, t.box.cols, n);
      const lastBefore = t.box.r0 + t.box.rows; // exclusive
      const bodyBox = { r0: t.box.r0 + 1, c0: t.box.c0, rows: body, cols: t.box.cols };
      // Validations and conditional formats on the body grow with it (also when rows go at the end).
      const grows = (b: { r0: number; c0: number; rows: number; cols: number }): boolean =>
        overlaps(b, bodyBox) && b.c0 >= t.box.c0 && b.c0 + b.cols <= t.box.c0 + t.box.cols && (b.r0 + b.rows === lastBefore || (b.r0 < insertRow && b.r0 + b.rows > insertRow));
      for (const v of t.sheet.validations) if (grows(v.box)) v.box = { ...v.box, rows: v.box.rows + n };
      for (const cf of t.sheet.conditionalFormats) if (grows(cf.box)) cf.box = { ...cf.box, rows: cf.box.rows + n };
      t.box = { ...t.box, rows: t.box.rows + n };
      first = at;
    });
    if (values) {
      new FakeRange(this.context, () => {
        const t = this.table();
        return { sheet: t.sheet, box: { r0: t.box.r0 + 1 + first, c0: t.box.c0, rows: n, cols: t.box.cols } };
      }).values = values;
    }
    return new FakeTableRow(this.context, this.table, () => first);
  }
}
