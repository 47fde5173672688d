import { boxAddress, type Box } from './address';
import { gated } from './apiSets';
import type { FakeContext } from './context';
import { FakeRichApiError } from './errors';
import { Loadable } from './loadable';
import type { SheetState } from './state';

/** Several areas of one sheet (ExcelApi 1.9), e.g. from worksheet.getRanges("A1:B2,D4"). */

export class FakeRangeAreas extends Loadable {
  constructor(
    context: FakeContext,
    private readonly target: () => { sheet: SheetState; boxes: Box[] },
  ) {
    super(context);
    return gated(this, 'RangeAreas', context.host);
  }
  protected scalarProps(): string[] {
    return ['address', 'areaCount'];
  }
  protected read(prop: string): unknown {
    const t = this.target();
    if (prop === 'areaCount') return t.boxes.length;
    if (prop === 'address') return t.boxes.map((b) => boxAddress(t.sheet.name, b)).join(',');
    throw new FakeRichApiError('InvalidArgument', `No property ${prop}`);
  }
  get areaCount(): number {
    return this.value('areaCount');
  }
  get address(): string {
    return this.value('address');
  }
  select(): void {
    this.context.op(() => {
      const t = this.target();
      this.context.state.selection = { sheet: t.sheet, areas: t.boxes };
      this.context.state.activeSheet = t.sheet;
    });
  }
}
