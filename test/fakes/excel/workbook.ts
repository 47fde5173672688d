import { gated } from './apiSets';
import type { FakeContext } from './context';
import { FakeFunctionResult } from './functions';
import { FakeRichApiError } from './errors';
import { FakeNoteCollection } from './notes';
import { FakeRange } from './range';
import { FakeTableCollection } from './tables';
import { FakeWorksheetCollection } from './worksheets';

/** The workbook proxy: its collections, the selection, application and worksheet functions. */

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  readonly functions: { date(y: number, m: number, d: number): FakeFunctionResult };
  readonly notes: FakeNoteCollection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, undefined);
    this.application = gated(
      { suspendApiCalculationUntilNextSync: () => context.op(() => (context.state.calculationSuspendedSyncs = 1)) },
      'Application',
      context.host,
    );
    this.functions = gated({
      date: (y, m, d) => {
        const r = new FakeFunctionResult(context, () => {
          const serial1900 = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
          return context.state.date1904 ? serial1900 - 1462 : serial1900;
        });
        return r;
      },
    }, 'Functions', context.host);
    this.notes = new FakeNoteCollection(context, undefined);
    return gated(this, 'Workbook', context.host);
  }

  getSelectedRange(): FakeRange {
    const st = this.context.state;
    const r = new FakeRange(this.context, () => {
      if (!st.selection) throw new FakeRichApiError('InvalidSelection', 'Nothing is selected.');
      return { sheet: st.selection.sheet, box: st.selection.areas[0] };
    });
    return r;
  }
}
