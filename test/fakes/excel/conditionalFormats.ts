import type { Box } from './address';
import { boxAddress } from './address';
import { gated } from './apiSets';
import { FakeClientResult } from './clientResult';
import type { FakeContext } from './context';
import { FakeRichApiError, notLoaded } from './errors';
import { assertSheetEditable } from './guards';
import { Loadable } from './loadable';
import { FakeRange } from './range';
import { OP_OVERHEAD } from './request';
import { overlaps, type ConditionalFormatState, type SheetState } from './state';

/**
 * Conditional formats (ExcelApi 1.6): a range's collection holds the formats that touch it;
 * add("Custom") makes one over the range, whose custom.rule.formula and custom.format.fill.color are
 * set as in Office.js; getCount, getItemAt, clearAll and delete work on them. The fake keeps the rule
 * and does not evaluate it. (After the excel helper's draft of this file.)
 */

type Where = () => { sheet: SheetState; box: Box };

export class FakeConditionalFormat extends Loadable {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };
  /** Reads the rule and fill now, for a collection load that names customOrNullObject paths. */
  readonly primeCustom: () => void;
  constructor(
    context: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly state: () => ConditionalFormatState | undefined,
  ) {
    super(context);
    const host = context.host;
    const self = (): ConditionalFormatState => this.target();
    const set = (apply: (cf: ConditionalFormatState) => void): void =>
      context.op(() => {
        const cf = self();
        assertSheetEditable(context.state, this.sheet(), 'ConditionalFormat');
        if (cf.type !== 'Custom') throw new FakeRichApiError('InvalidOperation', 'The conditional format is not a custom one.');
        apply(cf);
      });
    const loadedRule = { value: undefined as string | undefined };
    const loadedFill = { value: undefined as string | undefined };
    const rule = gated(
      {
        get formula(): string {
          if (loadedRule.value === undefined) throw notLoaded('formula');
          return loadedRule.value;
        },
        set formula(v: string) {
          if (typeof v !== 'string' || !v.startsWith('=')) throw new FakeRichApiError('InvalidArgument', 'A conditional format formula starts with "=".');
          set((cf) => (cf.formula = v));
        },
        load: () => {
          context.op(() => (loadedRule.value = self().formula ?? ''), undefined, true);
          return rule;
        },
      },
      'ConditionalFormatRule',
      host,
    );
    const fill = gated(
      {
        get color(): string {
          if (loadedFill.value === undefined) throw notLoaded('color');
          return loadedFill.value;
        },
        set color(v: string) {
          set((cf) => (cf.fill = v.toUpperCase()));
        },
        clear: () => set((cf) => delete cf.fill),
        load: () => {
          context.op(() => (loadedFill.value = self().fill ?? ''), undefined, true);
          return fill;
        },
      },
      'ConditionalRangeFill',
      host,
    );
    this.primeCustom = () => {
      loadedRule.value = self().formula ?? '';
      loadedFill.value = self().fill ?? '';
    };
    const format = gated({ fill }, 'ConditionalRangeFormat', host);
    this.custom = gated({ rule, format }, 'CustomConditionalFormat', host);
    return gated(this, 'ConditionalFormat', host);
  }
  private target(): ConditionalFormatState {
    const cf = this.state();
    if (!cf || !this.sheet().conditionalFormats.includes(cf)) throw new FakeRichApiError('ItemNotFound', 'The conditional format does not exist.');
    return cf;
  }
  protected scalarProps(): string[] {
    return ['type', 'priority', 'stopIfTrue'];
  }
  protected read(prop: string): unknown {
    const cf = this.target();
    if (prop === 'type') return cf.type;
    if (prop === 'priority') return this.sheet().conditionalFormats.indexOf(cf);
    if (prop === 'stopIfTrue') return false;
    throw new FakeRichApiError('InvalidArgument', `The fake conditional format has no property '${prop}'.`);
  }
  get type(): string {
    return this.value('type');
  }
  get priority(): number {
    return this.value('priority');
  }
  /** The custom format, or a null object for another type (ExcelApi 1.6). */
  get customOrNullObject(): { isNullObject: boolean } & Partial<FakeConditionalFormat['custom']> {
    return this.target().type === 'Custom' ? { isNullObject: false, ...this.custom, rule: this.custom.rule, format: this.custom.format } : { isNullObject: true };
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), box: this.target().box }));
  }
  delete(): void {
    this.context.op(() => {
      const sheet = this.sheet();
      assertSheetEditable(this.context.state, sheet, 'ConditionalFormat.delete');
      const cf = this.target();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

export class FakeConditionalFormatCollection extends Loadable {
  private itemsLoaded: FakeConditionalFormat[] | undefined;
  constructor(
    context: FakeContext,
    private readonly where: Where,
  ) {
    super(context);
    return gated(this, 'ConditionalFormatCollection', context.host);
  }
  protected scalarProps(): string[] {
    return [];
  }
  protected read(): unknown {
    return null;
  }
  private touching(): ConditionalFormatState[] {
    const { sheet, box } = this.where();
    return sheet.conditionalFormats.filter((cf) => overlaps(cf.box, box));
  }
  get items(): FakeConditionalFormat[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }
  override load(arg?: unknown): this {
    const withCustom = JSON.stringify(arg ?? '').includes('customOrNullObject');
    this.context.enqueue({
      read: true,
      size: () => OP_OVERHEAD * (1 + this.touching().length),
      apply: () => {
        const sheet = this.where().sheet;
        this.itemsLoaded = this.touching().map((cf) => {
          const item = new FakeConditionalFormat(this.context, () => sheet, () => cf);
          item.load('type');
          if (withCustom && cf.type === 'Custom') item.primeCustom();
          return item;
        });
      },
    });
    return this;
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => this.touching().length);
  }
  getItemAt(index: number): FakeConditionalFormat {
    let sheet: SheetState | undefined;
    return new FakeConditionalFormat(
      this.context,
      () => (sheet ??= this.where().sheet),
      () => this.touching()[index],
    );
  }
  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatState | undefined;
    let on: SheetState | undefined;
    this.context.op(() => {
      const { sheet, box } = this.where();
      assertSheetEditable(this.context.state, sheet, 'ConditionalFormatCollection.add');
      created = { box: { ...box }, type };
      on = sheet;
      // A new format comes first (priority 0), as in Excel.
      sheet.conditionalFormats.unshift(created);
      this.context.stats.writes.push({ sheet: sheet.name, kind: `conditionalFormat:${type}`, address: boxAddress(sheet.name, box) });
    });
    return new FakeConditionalFormat(
      this.context,
      () => on ?? this.where().sheet,
      () => created,
    );
  }
  clearAll(): void {
    this.context.op(() => {
      const { sheet, box } = this.where();
      assertSheetEditable(this.context.state, sheet, 'ConditionalFormatCollection.clearAll');
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(cf.box, box));
    });
  }
}
