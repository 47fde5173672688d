import { gated } from './apiSets';
import { assertSheetEditable } from './guards';
import { notLoaded } from './errors';
import type { FakeRange } from './range';

/** range.format: fill colour and column widths. */

export class FakeRangeFormat {
  readonly fill: { color: string; clear(): void };
  constructor(private readonly range: FakeRange) {
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
  set columnWidth(points: number) {
    const ctx = this.range.context;
    ctx.op(() => {
      const { sheet, box } = this.range.where();
      assertSheetEditable(ctx.state, sheet, 'RangeFormat.columnWidth');
      for (let c = 0; c < box.cols; c++) sheet.columnWidths.set(box.c0 + c, points);
    });
  }
  autofitColumns(): void {
    this.range.context.op(() => undefined);
  }
}
