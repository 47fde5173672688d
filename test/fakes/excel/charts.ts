import { parseArea, splitSheet, type Box } from './address';
import { gated } from './apiSets';
import type { FakeContext } from './context';
import { FakeRichApiError, notLoaded } from './errors';
import type { FakeRange } from './range';
import { OP_OVERHEAD } from './request';
import type { SheetState } from './state';

/**
 * Charts of a worksheet (ExcelApi 1.1): add over a source range, name, title, legend, position and
 * delete, recorded per sheet so tests can see which charts a sheet holds and over which cells.
 */

export interface ChartState {
  name: string;
  type: string;
  seriesBy: string;
  source: Box;
  title: string;
  legendPosition: string;
  position?: { from: Box; to: Box };
}

const chartsOf = new WeakMap<SheetState, ChartState[]>();

/** The charts a fake sheet holds now, for assertions. */
export function sheetCharts(sheet: SheetState): ChartState[] {
  let list = chartsOf.get(sheet);
  if (!list) chartsOf.set(sheet, (list = []));
  return list;
}

let counter = 0;

class FakeChart {
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly state: () => ChartState,
    private readonly loadedName?: string,
  ) {
    const op = (fn: (s: ChartState) => void) => context.op(() => fn(this.state()));
    this.title = gated(
      {
        set text(v: string) {
          op((s) => (s.title = v));
        },
        get text(): string {
          throw notLoaded('text');
        },
      },
      'ChartTitle',
      context.host,
    );
    this.legend = gated(
      {
        set position(v: string) {
          op((s) => (s.legendPosition = v));
        },
        get position(): string {
          throw notLoaded('position');
        },
        set visible(_v: boolean) {
          op(() => undefined);
        },
        get visible(): boolean {
          throw notLoaded('visible');
        },
      },
      'ChartLegend',
      context.host,
    );
    return gated(this, 'Chart', context.host);
  }
  get name(): string {
    if (this.loadedName === undefined) throw notLoaded('name');
    return this.loadedName;
  }
  set name(v: string) {
    this.context.op(() => (this.state().name = v));
  }
  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    const box = (a: string | FakeRange | undefined): Box => {
      if (a === undefined) throw new FakeRichApiError('InvalidArgument', 'A chart position needs a start and an end cell.');
      if (typeof a !== 'string') return a.where().box;
      const b = parseArea(splitSheet(a).local);
      if (!b) throw new FakeRichApiError('InvalidArgument', `Bad cell '${a}'.`);
      return b;
    };
    // Resolved when the request runs: the sheet may be added in the same request.
    this.context.op(() => (this.state().position = { from: box(startCell), to: box(endCell) }));
  }
  delete(): void {
    this.context.op(() => {
      const list = sheetCharts(this.sheet());
      const i = list.indexOf(this.state());
      if (i >= 0) list.splice(i, 1);
    });
  }
}

export class FakeChartCollection {
  private itemsLoaded: FakeChart[] | undefined;
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    return gated(this, 'ChartCollection', context.host);
  }
  get items(): FakeChart[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }
  load(_arg?: unknown): this {
    this.context.enqueue({
      size: () => OP_OVERHEAD,
      apply: () => {
        this.itemsLoaded = sheetCharts(this.sheet()).map((c) => new FakeChart(this.context, this.sheet, () => c, c.name));
      },
    });
    return this;
  }
  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChart {
    let created: ChartState | undefined;
    const where = () => sourceData.where();
    this.context.op(() => {
      const { sheet, box } = where();
      if (sheet !== this.sheet()) throw new FakeRichApiError('InvalidArgument', 'The chart source is on another sheet.');
      counter += 1;
      created = { name: `Chart ${counter}`, type, seriesBy, source: box, title: '', legendPosition: 'Right' };
      sheetCharts(sheet).push(created);
    });
    return new FakeChart(this.context, this.sheet, () => {
      if (!created) throw new FakeRichApiError('ItemNotFound', 'The chart does not exist yet.');
      return created;
    });
  }
}
