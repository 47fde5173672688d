import { gated } from './apiSets';
import type { FakeContext } from './context';
import { FakeRichApiError } from './errors';
import { FakeFunctionResult } from './functions';
import { Loadable } from './loadable';
import { FakeNoteCollection } from './notes';
import { FakeWorkbookProtection } from './protection';
import { FakeRange } from './range';
import { FakeRangeAreas } from './rangeAreas';
import type { SheetState, WorkbookState } from './state';
import { FakeTableCollection } from './tables';
import { FakeWorksheetCollection } from './worksheets';

/** The workbook proxy: its collections, the selection, protection, application and worksheet functions. */

/** The selection as Excel always has one: without a user's choice, A1 of the active sheet. */
export function currentSelection(st: WorkbookState): { sheet: SheetState; areas: { r0: number; c0: number; rows: number; cols: number }[]; active: { r: number; c: number } } {
  const sel = st.selection && st.sheets.includes(st.selection.sheet) ? st.selection : undefined;
  if (sel) {
    const first = sel.areas[0];
    return { sheet: sel.sheet, areas: sel.areas, active: sel.activeCell ?? { r: first.r0, c: first.c0 } };
  }
  const sheet = st.activeSheet && st.sheets.includes(st.activeSheet) ? st.activeSheet : st.sheets.find((s) => s.visibility === 'Visible');
  if (!sheet) throw new FakeRichApiError('ItemNotFound', 'The workbook has no visible worksheet.');
  return { sheet, areas: [{ r0: 0, c0: 0, rows: 1, cols: 1 }], active: { r: 0, c: 0 } };
}

export class FakeWorkbook extends Loadable {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  readonly functions: { date(y: number, m: number, d: number): FakeFunctionResult };
  readonly notes: FakeNoteCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, undefined);
    this.application = gated(
      { suspendApiCalculationUntilNextSync: () => context.op(() => (context.state.calculationSuspendedSyncs = 1)) },
      'Application',
      context.host,
    );
    this.functions = gated(
      {
        date: (y: number, m: number, d: number) =>
          new FakeFunctionResult(context, () => {
            const serial1900 = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
            return context.state.date1904 ? serial1900 - 1462 : serial1900;
          }),
      },
      'Functions',
      context.host,
    );
    this.notes = new FakeNoteCollection(context, undefined);
    this.protection = new FakeWorkbookProtection(context);
    return gated(this, 'Workbook', context.host);
  }

  protected scalarProps(): string[] {
    return ['name', 'readOnly'];
  }
  protected read(prop: string): unknown {
    if (prop === 'readOnly') return this.context.state.readOnly;
    if (prop === 'name') return 'Verzuim.xlsx';
    throw new FakeRichApiError('InvalidArgument', `The fake workbook has no property '${prop}'.`);
  }
  get readOnly(): boolean {
    return this.value('readOnly');
  }
  get name(): string {
    return this.value('name');
  }

  /** Workbook.getSelectedRange: "If there are multiple ranges selected, this method will throw an error." */
  getSelectedRange(): FakeRange {
    const st = this.context.state;
    return new FakeRange(this.context, () => {
      const sel = currentSelection(st);
      if (sel.areas.length > 1) {
        throw new FakeRichApiError('InvalidSelection', 'The current selection is invalid for this operation.', { errorLocation: 'Workbook.getSelectedRange' });
      }
      return { sheet: sel.sheet, box: sel.areas[0] };
    });
  }

  /** Workbook.getSelectedRanges (1.9): every area of the selection. */
  getSelectedRanges(): FakeRangeAreas {
    const st = this.context.state;
    return new FakeRangeAreas(this.context, () => {
      const sel = currentSelection(st);
      return { sheet: sel.sheet, boxes: sel.areas };
    });
  }

  /** Workbook.getActiveCell (1.7): there is always one. */
  getActiveCell(): FakeRange {
    const st = this.context.state;
    return new FakeRange(this.context, () => {
      const sel = currentSelection(st);
      return { sheet: sel.sheet, box: { r0: sel.active.r, c0: sel.active.c, rows: 1, cols: 1 } };
    });
  }
}
