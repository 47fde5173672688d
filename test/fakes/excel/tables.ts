import { parseArea, splitSheet, type Box } from './address';
import { gated } from './apiSets';
import type { FakeContext } from './context';
import { assertSheetEditable } from './guards';
import { FakeRichApiError, notLoaded } from './errors';
import { Loadable, parseProps } from './loadable';
import type { FakeRange } from './range';
import { OP_OVERHEAD } from './request';
import { newTable, overlaps, type SheetState, type TableState } from './state';
import { FakeTable } from './table';

/** A workbook's or a worksheet's tables: loading items, lookups by name and adding a table. */

export class FakeTableCollection extends Loadable {
  private itemsLoaded: FakeTable[] | undefined;
  constructor(
    context: FakeContext,
    private readonly sheet: (() => SheetState) | undefined,
  ) {
    super(context);
    return gated(this, 'TableCollection', context.host);
  }
  protected scalarProps(): string[] {
    return ['count'];
  }
  private list(): TableState[] {
    const s = this.sheet?.();
    return this.context.state.tables.filter((t) => !s || t.sheet === s);
  }
  protected read(prop: string): unknown {
    if (prop === 'count') return this.list().length;
    return null;
  }
  get count(): number {
    return this.value('count');
  }
  get items(): FakeTable[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }
  override load(arg?: unknown): this {
    const props = parseProps(arg).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue({
      read: true,
      size: () => OP_OVERHEAD * (1 + this.list().length),
      apply: () => {
        this.itemsLoaded = this.list().map((t) => {
          const ft = new FakeTable(this.context, () => t);
          ft.fill(props.length > 0 && !props.includes('items') ? props : ['name']);
          return ft;
        });
      },
    });
    return this;
  }
  private find(name: string): TableState | undefined {
    return this.list().find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => {
      const t = this.find(name);
      if (!t) throw new FakeRichApiError('ItemNotFound', `The requested resource doesn't exist: table '${name}'.`);
      return t;
    });
  }
  getItemOrNullObject(name: string): FakeTable {
    const t = new FakeTable(this.context, () => this.find(name), true);
    t.resolveNullAtSync();
    return t;
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    this.context.op(() => {
      let sheet: SheetState;
      let box: Box;
      if (typeof address === 'string') {
        const { sheet: sheetName, local } = splitSheet(address);
        const s = sheetName
          ? this.context.state.sheets.find((x) => x.name.toLowerCase() === sheetName.toLowerCase())
          : this.sheet?.();
        const b = parseArea(local);
        if (!s || !b) throw new FakeRichApiError('InvalidArgument', `Bad table address '${address}'.`);
        sheet = s;
        box = b;
      } else {
        ({ sheet, box } = address.where());
      }
      assertSheetEditable(this.context.state, sheet, 'TableCollection.add');
      if (this.context.state.tables.some((t) => t.sheet === sheet && overlaps(t.box, box))) {
        throw new FakeRichApiError('InvalidOperation', 'A table cannot overlap another table.');
      }
      if (!hasHeaders) {
        throw new FakeRichApiError('NotImplemented', 'The fake only adds tables whose first row holds the headers.');
      }
      let n = this.context.state.tables.length + 1;
      while (this.context.state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n += 1;
      created = newTable(`Table${n}`, sheet, box.rows < 2 ? { ...box, rows: 2 } : box);
      this.context.state.tables.push(created);
    });
    return new FakeTable(this.context, () => created);
  }
}
