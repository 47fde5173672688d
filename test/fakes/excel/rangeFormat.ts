import { gated } from './apiSets';
import { FakeRichApiError, notLoaded } from './errors';
import { assertSheetEditable } from './guards';
import { Loadable } from './loadable';
import type { FakeRange } from './range';

/** range.format: fill colour and column widths (kept per column; 8.43 characters ≈ 48 points by default). */

export const DEFAULT_COLUMN_WIDTH = 48;

export class FakeRangeFormat extends Loadable {
  readonly fill: { color: string; clear(): void };
  constructor(private readonly range: FakeRange) {
    super(range.context);
    const ctx = range.context;
    const fill = {
      clear: () => ctx.op(() => range.eachCell('fill', (cell) => delete cell.fill)),
      set color(v: string) {
        ctx.op(() => range.eachCell('fill', (cell) => (cell.fill = v.toUpperCase())));
      },
      get color(): string {
        throw notLoaded('color');
      },
    };
    this.fill = gated(fill, 'RangeFill', ctx.host);
    return gated(this, 'RangeFormat', ctx.host);
  }
  protected scalarProps(): string[] {
    return ['columnWidth'];
  }
  protected read(prop: string): unknown {
    if (prop !== 'columnWidth') throw new FakeRichApiError('InvalidArgument', `The fake range format has no property '${prop}'.`);
    const { sheet, box } = this.range.where();
    // Excel gives the width when every column of the range has it, else null.
    const widths = new Set<number>();
    for (let c = 0; c < Math.min(box.cols, 16_384); c++) widths.add(sheet.columnWidths.get(box.c0 + c) ?? DEFAULT_COLUMN_WIDTH);
    return widths.size === 1 ? [...widths][0] : null;
  }
  get columnWidth(): number {
    return this.value('columnWidth');
  }
  set columnWidth(points: number) {
    const ctx = this.range.context;
    ctx.op(() => {
      const { sheet, box } = this.range.where();
      assertSheetEditable(ctx.state, sheet, 'RangeFormat.columnWidth');
      for (let c = 0; c < box.cols; c++) sheet.columnWidths.set(box.c0 + c, points);
    });
  }
  autofitColumns(): void {
    this.range.context.op(() => {
      assertSheetEditable(this.range.context.state, this.range.where().sheet, 'RangeFormat.autofitColumns');
    });
  }
}
