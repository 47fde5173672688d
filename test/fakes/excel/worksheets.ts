import { gated } from './apiSets';
import type { FakeContext } from './context';
import { FakeRichApiError, notLoaded } from './errors';
import { Loadable, parseProps } from './loadable';
import { OP_OVERHEAD } from './request';
import { assertStructureEditable } from './guards';
import { checkSheetName } from './sheetNames';
import { newSheet, type SheetState } from './state';
import { FakeWorksheet } from './worksheet';

/** workbook.worksheets: loading its items, lookups by name and adding a sheet. */

export class FakeWorksheetCollection extends Loadable {
  private itemsLoaded: FakeWorksheet[] | undefined;
  constructor(context: FakeContext) {
    super(context);
    return gated(this, 'WorksheetCollection', context.host);
  }
  protected scalarProps(): string[] {
    return [];
  }
  protected read(): unknown {
    return null;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }

  override load(arg?: unknown): this {
    const props = parseProps(arg).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue({
      read: true,
      size: () => OP_OVERHEAD * (1 + this.context.state.sheets.length),
      apply: () => {
        this.itemsLoaded = this.context.state.sheets.map((s) => {
          const ws = new FakeWorksheet(this.context, () => s);
          ws.fill(props.length > 0 && !props.includes('items') ? props : ['name', 'visibility', 'position']);
          return ws;
        });
      },
    });
    return this;
  }

  private find(name: string): SheetState | undefined {
    return this.context.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.find(name);
      if (!s) throw new FakeRichApiError('ItemNotFound', `The requested resource doesn't exist: worksheet '${name}'.`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => this.find(name), true);
    ws.resolveNullAtSync();
    return ws;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.activeSheet ?? this.context.state.sheets[0]);
  }

  add(name: string): FakeWorksheet {
    let created: SheetState | undefined;
    this.context.op(() => {
      assertStructureEditable(this.context.state, 'WorksheetCollection.add');
      checkSheetName(name, this.context.state.sheets);
      created = newSheet(name);
      this.context.state.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => created);
  }
}
