import { gated } from './apiSets';
import type { FakeContext } from './context';
import { assertSheetEditable } from './guards';
import { FakeRichApiError } from './errors';
import { Loadable } from './loadable';
import { invalidateTableReferences, renameTableReferences } from './formulas';
import { FakeRange } from './range';
import { FakeTableColumnCollection } from './tableColumns';
import { FakeAutoFilter, FakeTableSort } from './tableFilter';
import { FakeTableRowCollection } from './tableRows';
import { forEachCellIn, type TableState } from './state';
import { FakeWorksheet } from './worksheet';

/** One table: name, style, its ranges and deletion (which, as in Excel, clears its cells). */

export class FakeTable extends Loadable {
  constructor(
    context: FakeContext,
    private readonly target: () => TableState | undefined,
    private readonly nullable = false,
  ) {
    super(context);
    this.columns = new FakeTableColumnCollection(context, () => this.table());
    this.rows = new FakeTableRowCollection(context, () => this.table());
    this.autoFilter = new FakeAutoFilter(context, () => this.table());
    this.sort = new FakeTableSort(context, () => this.table());
    return gated(this, 'Table', context.host);
  }
  readonly columns: FakeTableColumnCollection;
  readonly rows: FakeTableRowCollection;
  readonly autoFilter: FakeAutoFilter;
  readonly sort: FakeTableSort;
  table(): TableState {
    const t = this.target();
    if (!t || !this.context.state.tables.includes(t)) {
      throw new FakeRichApiError('ItemNotFound', this.nullable ? 'The object is a null object.' : 'The table does not exist.');
    }
    return t;
  }
  protected override exists(): boolean {
    const t = this.target();
    return !!t && this.context.state.tables.includes(t);
  }
  fill(props: string[]): void {
    this.nullChecked = true;
    for (const p of props) this.loaded.set(p, this.read(p));
  }
  protected scalarProps(): string[] {
    return ['name', 'style'];
  }
  protected read(prop: string): unknown {
    const t = this.table();
    if (prop === 'name') return t.name;
    if (prop === 'style') return t.style ?? 'TableStyleMedium2';
    throw new FakeRichApiError('InvalidArgument', `No property ${prop}`);
  }
  get name(): string {
    return this.value('name');
  }
  set name(v: string) {
    this.context.op(() => {
      assertSheetEditable(this.context.state, this.table().sheet, 'Table.name');
      if (this.context.state.tables.some((t) => t !== this.table() && t.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeRichApiError('ItemAlreadyExists', `A table named '${v}' already exists.`);
      }
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v)) throw new FakeRichApiError('InvalidArgument', `Invalid table name '${v}'.`);
      renameTableReferences(this.context.state, this.table().name, v);
      this.table().name = v;
    });
  }
  set style(v: string) {
    this.context.op(() => {
      assertSheetEditable(this.context.state, this.table().sheet, 'Table.style');
      this.table().style = v;
    });
  }
  set showBandedRows(_v: boolean) {
    this.context.op(() => undefined);
  }
  private worksheetProxy: FakeWorksheet | undefined;
  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.context, () => this.table().sheet);
    return this.worksheetProxy;
  }
  protected override navigate(name: string): Loadable | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.table().sheet, box: this.table().box }));
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.table().sheet, box: { ...this.table().box, rows: 1 } }));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const b = this.table().box;
      return { sheet: this.table().sheet, box: { ...b, r0: b.r0 + 1, rows: Math.max(1, b.rows - 1) } };
    });
  }
  delete(): void {
    this.context.op(() => {
      const t = this.table();
      assertSheetEditable(this.context.state, t.sheet, 'Table.delete');
      this.context.state.tables = this.context.state.tables.filter((x) => x !== t);
      // Like Excel: deleting a table deletes its cells' contents and formats, and formulas elsewhere
      // that referred to it by structured reference ("Verzuimsignalen[Status]") become #REF!.
      forEachCellIn(t.sheet, t.box, (r, c) => t.sheet.cells.get(r)?.delete(c));
      invalidateTableReferences(this.context.state, t.name);
    });
  }
}
