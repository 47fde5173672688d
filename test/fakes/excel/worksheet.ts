import { MAX_COLUMNS, MAX_ROWS, parseArea, splitSheet } from './address';
import { gated } from './apiSets';
import type { FakeContext } from './context';
import { assertStructureEditable } from './guards';
import { checkSheetName } from './sheetNames';
import { FakeRichApiError } from './errors';
import { Loadable } from './loadable';
import { FakeChartCollection } from './charts';
import { FakeNoteCollection } from './notes';
import { FakeWorksheetProtection } from './protection';
import { FakeRange } from './range';
import { FakeRangeAreas } from './rangeAreas';
import { usedBox, type SheetState } from './state';
import { FakeTableCollection } from './tables';

/** One worksheet: its properties, visibility, deletion and the ranges it hands out. */

export class FakeWorksheet extends Loadable {
  readonly tables: FakeTableCollection;
  readonly freezePanes: { freezeRows(n: number): void; unfreeze(): void };
  readonly notes: FakeNoteCollection;
  readonly protection: FakeWorksheetProtection;
  readonly charts: FakeChartCollection;
  constructor(
    context: FakeContext,
    private readonly target: () => SheetState | undefined,
    private readonly nullable = false,
  ) {
    super(context);
    this.tables = new FakeTableCollection(context, () => this.sheet());
    this.freezePanes = gated(
      {
        freezeRows: (n: number) => context.op(() => (this.sheet().frozenRows = n)),
        unfreeze: () => context.op(() => (this.sheet().frozenRows = 0)),
      },
      'WorksheetFreezePanes',
      context.host,
    );
    this.notes = new FakeNoteCollection(context, () => this.sheet());
    this.protection = new FakeWorksheetProtection(context, () => this.sheet());
    this.charts = new FakeChartCollection(context, () => this.sheet());
    return gated(this, 'Worksheet', context.host);
  }

  sheet(): SheetState {
    const s = this.target();
    if (!s || s.deleted) {
      throw new FakeRichApiError('ItemNotFound', this.nullable ? 'The object is a null object.' : 'The worksheet does not exist.');
    }
    return s;
  }

  protected override exists(): boolean {
    const s = this.target();
    return !!s && !s.deleted;
  }

  protected override navigate(name: string): Loadable | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  /** Used by collection loads: the values as of that sync. */
  fill(props: string[]): void {
    this.nullChecked = true;
    for (const p of props) this.loaded.set(p, this.read(p));
  }

  protected scalarProps(): string[] {
    return ['name', 'visibility', 'position', 'id'];
  }

  protected read(prop: string): unknown {
    const s = this.sheet();
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.context.state.sheets.indexOf(s);
      default:
        throw new FakeRichApiError('InvalidArgument', `The fake worksheet has no property '${prop}'.`);
    }
  }

  get name(): string {
    return this.value('name');
  }
  set name(v: string) {
    this.context.op(() => {
      const s = this.sheet();
      assertStructureEditable(this.context.state, 'Worksheet.name');
      checkSheetName(v, this.context.state.sheets, s);
      s.name = v;
    });
  }
  get id(): string {
    return this.value('id');
  }
  get position(): number {
    return this.value('position');
  }
  get visibility(): string {
    return this.value('visibility');
  }
  set visibility(v: string) {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw new FakeRichApiError('InvalidArgument', `Bad visibility ${v}`);
    this.context.op(() => {
      const s = this.sheet();
      assertStructureEditable(this.context.state, 'Worksheet.visibility');
      s.visibility = v as SheetState['visibility'];
    });
  }

  delete(): void {
    this.context.op(() => {
      const s = this.sheet();
      const st = this.context.state;
      assertStructureEditable(st, 'Worksheet.delete');
      // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation
      // will fail with an InvalidOperation exception".
      if (s.visibility === 'VeryHidden') {
        throw new FakeRichApiError('InvalidOperation', 'The operation is not allowed: the worksheet is very hidden.', { errorLocation: 'Worksheet.delete' });
      }
      if (st.sheets.filter((x) => x.visibility === 'Visible' && !x.deleted).length === 1 && s.visibility === 'Visible') {
        throw new FakeRichApiError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.deleted = true;
      st.sheets = st.sheets.filter((x) => x !== s);
      st.tables = st.tables.filter((t) => t.sheet !== s);
    });
  }

  activate(): void {
    this.context.op(() => (this.context.state.activeSheet = this.sheet()));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.sheet();
      if (address === undefined) return { sheet: s, box: { r0: 0, c0: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } };
      const { local } = splitSheet(address);
      const box = parseArea(local);
      if (!box) throw new FakeRichApiError('InvalidArgument', `The argument is invalid or missing: address '${address}'.`);
      return { sheet: s, box };
    });
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const s = this.sheet();
      const boxes = address.split(',').map((part) => {
        const box = parseArea(splitSheet(part).local);
        if (!box) throw new FakeRichApiError('InvalidArgument', `Bad address '${part}'.`);
        return box;
      });
      return { sheet: s, boxes };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw new FakeRichApiError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      return { sheet: this.sheet(), box: { r0: startRow, c0: startColumn, rows: rowCount, cols: columnCount } };
    });
  }

  /** The used box, computed once per request (scanning a big sheet is the fake's slowest part). */
  private usedOnce(valuesOnly: boolean): () => ReturnType<typeof usedBox> {
    let stamp = -1;
    let box: ReturnType<typeof usedBox>;
    return () => {
      if (stamp !== this.context.stats.syncs) {
        box = usedBox(this.sheet(), valuesOnly);
        stamp = this.context.stats.syncs;
      }
      return box;
    };
  }

  getUsedRange(valuesOnly = false): FakeRange {
    const used = this.usedOnce(valuesOnly);
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), box: used() ?? { r0: 0, c0: 0, rows: 1, cols: 1 } }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const used = this.usedOnce(valuesOnly);
    const r = new FakeRange(
      this.context,
      () => {
        const box = used();
        return box ? { sheet: this.sheet(), box } : undefined;
      },
      true,
    );
    r.resolveNullAtSync();
    return r;
  }
}
