import { parseArea, splitSheet, type Box } from './address';
import { gated } from './apiSets';
import type { FakeContext } from './context';
import { assertSheetEditable } from './guards';
import { FakeRichApiError, notLoaded } from './errors';
import { Loadable } from './loadable';
import type { FakeRange } from './range';
import type { SheetState } from './state';

/** Cell notes (ExcelApi 1.18) of a workbook or one worksheet. */

export class FakeNoteCollection extends Loadable {
  private itemsLoaded: { content: string; delete(): void }[] | undefined;
  constructor(
    context: FakeContext,
    private readonly sheet: (() => SheetState) | undefined,
  ) {
    super(context);
    return gated(this, 'NoteCollection', context.host);
  }
  protected scalarProps(): string[] {
    return [];
  }
  protected read(): unknown {
    return null;
  }
  get items(): { content: string; delete(): void }[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }
  override load(): this {
    this.context.op(() => {
      const sheets = this.sheet ? [this.sheet()] : this.context.state.sheets;
      this.itemsLoaded = sheets.flatMap((s) =>
        [...s.notes.entries()].map(([key, content]) =>
          gated(
            {
              content,
              delete: () =>
                this.context.op(() => {
                  assertSheetEditable(this.context.state, s, 'Note.delete');
                  s.notes.delete(key);
                }),
            },
            'Note',
            this.context.host,
          ),
        ),
      );
    });
    return this;
  }
  add(cellAddress: string | FakeRange, content: string): void {
    this.context.op(() => {
      let sheet: SheetState;
      let box: Box;
      if (typeof cellAddress === 'string') {
        const { sheet: name, local } = splitSheet(cellAddress);
        const s = name ? this.context.state.sheets.find((x) => x.name === name) : this.sheet?.();
        const b = parseArea(local);
        if (!s || !b) throw new FakeRichApiError('InvalidArgument', `Bad note address '${cellAddress}'.`);
        sheet = s;
        box = b;
      } else {
        ({ sheet, box } = cellAddress.where());
      }
      assertSheetEditable(this.context.state, sheet, 'NoteCollection.add');
      if (box.rows !== 1 || box.cols !== 1) throw new FakeRichApiError('InvalidArgument', 'A note belongs to one cell.');
      const key = `${box.r0},${box.c0}`;
      if (sheet.notes.has(key)) throw new FakeRichApiError('InvalidOperation', 'The cell already has a note.');
      sheet.notes.set(key, content);
    });
  }
}
