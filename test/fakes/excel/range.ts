import { boxAddress, MAX_COLUMNS, MAX_ROWS, type Box } from './address';
import { gated } from './apiSets';
import type { FakeContext } from './context';
import { FakeDataValidation } from './dataValidation';
import { FakeRichApiError, notLoaded } from './errors';
import { Loadable } from './loadable';
import { FakeRangeFormat } from './rangeFormat';
import { assertSheetEditable } from './guards';
import { FakeConditionalFormatCollection } from './conditionalFormats';
import { formulaValue } from './formulas';
import { parseInput } from './valueParsing';
import { jsonBytes, OP_OVERHEAD } from './request';
import { ensureCell, forEachCellIn, overlaps, type CellState, type Scalar, type SheetState } from './state';
import { FakeWorksheet } from './worksheet';

/** A range: a box on a sheet, its cell data (values, number formats, formulas) and derived ranges. */

type Where = { sheet: SheetState; box: Box } | undefined;

function dims(v: unknown): [number, number] | undefined {
  if (!Array.isArray(v)) return undefined;
  const rows = v.length;
  if (rows === 0 || !v.every((r) => Array.isArray(r))) return undefined;
  const cols = (v[0] as unknown[]).length;
  if (!v.every((r) => (r as unknown[]).length === cols)) return undefined;
  return [rows, cols];
}

/** Writes one input as Excel takes it: text in a text-formatted ("@") cell stays text, else it is parsed. */
export function writeInput(cell: CellState, value: unknown, date1904: boolean): void {
  delete cell.formula;
  if (value === null || value === undefined) {
    cell.value = '';
    return;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    cell.value = value;
    return;
  }
  if (value instanceof Date) throw new FakeRichApiError('InvalidArgument', 'Date objects cannot be written as values.');
  const text = String(value);
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  const parsed = parseInput(text, { date1904 });
  cell.value = parsed.value;
  if (parsed.formula !== undefined) cell.formula = parsed.formula;
  if (parsed.impliedFormat !== undefined && cell.numberFormat === 'General') cell.numberFormat = parsed.impliedFormat;
}

export class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  constructor(
    context: FakeContext,
    private readonly target: () => Where,
    private readonly nullable = false,
  ) {
    super(context);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
    return gated(this, 'Range', context.host);
  }

  where(): { sheet: SheetState; box: Box } {
    const w = this.target();
    if (!w) throw new FakeRichApiError('ItemNotFound', this.nullable ? 'The object is a null object.' : 'The range does not exist.');
    return w;
  }

  protected override exists(): boolean {
    return this.target() !== undefined;
  }

  protected scalarProps(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'numberFormat', 'formulas', 'text'];
  }

  /** Reads cell data densely; refuses the whole-sheet grid like Excel refuses huge responses. */
  private grid<T>(fn: (cell: CellState | undefined) => T): T[][] {
    const { sheet, box } = this.where();
    if (box.rows * box.cols > 5_000_000) {
      throw new FakeRichApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    const out: T[][] = [];
    for (let r = 0; r < box.rows; r++) {
      const row: T[] = [];
      const cells = sheet.cells.get(box.r0 + r);
      for (let c = 0; c < box.cols; c++) row.push(fn(cells?.get(box.c0 + c)));
      out.push(row);
    }
    return out;
  }

  protected read(prop: string): unknown {
    const { sheet, box } = this.where();
    switch (prop) {
      case 'address':
        return boxAddress(sheet.name, box);
      case 'rowIndex':
        return box.r0;
      case 'columnIndex':
        return box.c0;
      case 'rowCount':
        return box.rows;
      case 'columnCount':
        return box.cols;
      case 'values': {
        const st = this.context.state;
        return this.grid((c) => (c === undefined ? '' : c.formula ? formulaValue(st, c) : c.value));
      }
      case 'numberFormat':
        return this.grid((c) => c?.numberFormat ?? 'General');
      case 'formulas':
        return this.grid((c) => c?.formula ?? c?.value ?? '');
      case 'text': {
        const st = this.context.state;
        return this.grid((c) => (c ? String(c.formula ? formulaValue(st, c) : c.value) : ''));
      }
      default:
        throw new FakeRichApiError('InvalidArgument', `The fake range has no property '${prop}'.`);
    }
  }

  get address(): string {
    return this.value('address');
  }
  get rowIndex(): number {
    return this.value('rowIndex');
  }
  get columnIndex(): number {
    return this.value('columnIndex');
  }
  get rowCount(): number {
    return this.value('rowCount');
  }
  get columnCount(): number {
    return this.value('columnCount');
  }
  get values(): Scalar[][] {
    return this.value('values');
  }
  set values(v: unknown[][]) {
    this.write('values', v, (cell, x) => writeInput(cell, x, this.context.state.date1904));
  }
  get numberFormat(): string[][] {
    return this.value('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', v, (cell, x) => (cell.numberFormat = String(x)));
  }
  get formulas(): unknown[][] {
    return this.value('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write('formulas', v, (cell, x) => writeInput(cell, x, this.context.state.date1904));
  }
  get text(): string[][] {
    return this.value('text');
  }
  private worksheetProxy: FakeWorksheet | undefined;
  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.context, () => this.where().sheet);
    return this.worksheetProxy;
  }
  protected override navigate(name: string): Loadable | undefined {
    if (name === 'format') return this.format;
    return name === 'worksheet' ? this.worksheet : undefined;
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const r = new FakeRange(
      this.context,
      () => {
        const { sheet, box } = this.where();
        let r0 = Infinity;
        let r1 = -1;
        let c0 = Infinity;
        let c1 = -1;
        forEachCellIn(sheet, box, (r, c, cell) => {
          const used = cell.value !== '' || (!valuesOnly && (cell.fill !== undefined || cell.numberFormat !== 'General'));
          if (!used) return;
          r0 = Math.min(r0, r);
          r1 = Math.max(r1, r);
          c0 = Math.min(c0, c);
          c1 = Math.max(c1, c);
        });
        return r1 < 0 ? undefined : { sheet, box: { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 } };
      },
      true,
    );
    r.resolveNullAtSync();
    return r;
  }

  private write(kind: string, v: unknown[][], set: (cell: CellState, x: unknown) => void): void {
    const bytes = OP_OVERHEAD + jsonBytes(v);
    this.context.enqueue({
      size: () => bytes,
      apply: () => {
        const { sheet, box } = this.where();
        assertSheetEditable(this.context.state, sheet, `Range.${kind}`);
        const d = dims(v);
        if (!d || d[0] !== box.rows || d[1] !== box.cols) {
          throw new FakeRichApiError(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${kind}: ${d ? `${d[0]}x${d[1]}` : 'not a 2-D array'} for ${box.rows}x${box.cols}).`,
          );
        }
        for (let r = 0; r < box.rows; r++) {
          const row = v[r];
          // Office.js: null in the 2-D array leaves that cell as it is ("Blank and null values in Excel add-ins").
          for (let c = 0; c < box.cols; c++) if (row[c] !== null) set(ensureCell(sheet, box.r0 + r, box.c0 + c), row[c]);
        }
        this.context.countCellsWritten(box.rows * box.cols);
        this.context.stats.writes.push({ sheet: sheet.name, kind, address: boxAddress(sheet.name, box) });
      },
    });
  }

  /** Applies fn to every cell of the range, creating cells (for formats on bounded ranges). */
  eachCell(kind: string, fn: (cell: CellState) => void): void {
    const { sheet, box } = this.where();
    assertSheetEditable(this.context.state, sheet, `Range.format.${kind}`);
    this.context.countCellsWritten(box.rows * box.cols);
    if (box.rows * box.cols > 2_000_000) {
      forEachCellIn(sheet, box, (_r, _c, cell) => fn(cell));
    } else {
      for (let r = 0; r < box.rows; r++) for (let c = 0; c < box.cols; c++) fn(ensureCell(sheet, box.r0 + r, box.c0 + c));
    }
    this.context.stats.writes.push({ sheet: sheet.name, kind, address: boxAddress(sheet.name, box) });
  }

  clear(applyTo: string = 'All'): void {
    this.context.op(() => {
      const { sheet, box } = this.where();
      assertSheetEditable(this.context.state, sheet, 'Range.clear');
      forEachCellIn(sheet, box, (r, c, cell) => {
        if (applyTo === 'All' || applyTo === 'Contents') {
          cell.value = '';
          delete cell.formula;
        }
        if (applyTo === 'All' || applyTo === 'Formats') {
          cell.numberFormat = 'General';
          delete cell.fill;
        }
        if (applyTo === 'All' && cell.value === '' && cell.fill === undefined) sheet.cells.get(r)?.delete(c);
      });
      if (applyTo === 'All' || applyTo === 'Formats') sheet.validations = sheet.validations.filter((v) => !overlaps(v.box, box));
      if (applyTo === 'All') for (const key of [...sheet.notes.keys()]) {
        const [r, c] = key.split(',').map(Number);
        if (overlaps({ r0: r, c0: c, rows: 1, cols: 1 }, box)) sheet.notes.delete(key);
      }
      this.context.stats.writes.push({ sheet: sheet.name, kind: `clear:${applyTo}`, address: boxAddress(sheet.name, box) });
    });
  }

  select(): void {
    this.context.op(() => {
      const w = this.where();
      this.context.state.selection = { sheet: w.sheet, areas: [w.box] };
      this.context.state.activeSheet = w.sheet;
    });
  }

  private derived(fn: (b: Box) => Box): FakeRange {
    return new FakeRange(this.context, () => {
      const w = this.where();
      const b = fn(w.box);
      if (b.r0 < 0 || b.c0 < 0 || b.rows < 1 || b.cols < 1 || b.r0 + b.rows > MAX_ROWS || b.c0 + b.cols > MAX_COLUMNS) {
        throw new FakeRichApiError('InvalidArgument', 'The range is outside the worksheet.');
      }
      return { sheet: w.sheet, box: b };
    });
  }

  /** Conditional formats touching this range (ExcelApi 1.6). */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, () => this.where());
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((b) => ({ r0: b.r0 + row, c0: b.c0 + column, rows: 1, cols: 1 }));
  }
  getRow(row: number): FakeRange {
    return this.derived((b) => ({ r0: b.r0 + row, c0: b.c0, rows: 1, cols: b.cols }));
  }
  getColumn(column: number): FakeRange {
    return this.derived((b) => ({ r0: b.r0, c0: b.c0 + column, rows: b.rows, cols: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((b) => ({ ...b, rows: b.rows + deltaRows, cols: b.cols + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived((b) => ({ ...b, r0: b.r0 + rowOffset, c0: b.c0 + columnOffset }));
  }
  getCellProperties(spec: unknown): { value: unknown[][] } {
    const result: { value: unknown[][]; done: boolean } = { value: [], done: false };
    const wantPattern = JSON.stringify(spec).includes('pattern');
    this.context.enqueue({
      size: () => {
        const b = this.where().box;
        return OP_OVERHEAD + b.rows * b.cols * (wantPattern ? 60 : 40);
      },
      apply: () => {
        result.value = this.grid((c) => ({
          format: { fill: wantPattern ? { color: c?.fill ?? '#FFFFFF', pattern: c?.fill ? 'Solid' : 'None' } : { color: c?.fill ?? '#FFFFFF' } },
        }));
        result.done = true;
      },
    });
    return {
      get value(): unknown[][] {
        if (!result.done) throw notLoaded('value');
        return result.value;
      },
    };
  }
  setCellProperties(values: { format?: { fill?: { color?: string; pattern?: string } } }[][]): void {
    const bytes = OP_OVERHEAD + jsonBytes(values);
    this.context.enqueue({
      size: () => bytes,
      apply: () => {
        const { sheet, box } = this.where();
        assertSheetEditable(this.context.state, sheet, 'Range.setCellProperties');
        const d = dims(values);
        if (!d || d[0] !== box.rows || d[1] !== box.cols) throw new FakeRichApiError('InvalidArgument', 'setCellProperties: dimensions do not match.');
        this.context.countCellsWritten(box.rows * box.cols);
        for (let r = 0; r < box.rows; r++) {
          for (let c = 0; c < box.cols; c++) {
            const fill = values[r][c]?.format?.fill;
            if (!fill) continue;
            const cell = ensureCell(sheet, box.r0 + r, box.c0 + c);
            if (fill.pattern === 'None') delete cell.fill;
            else if (fill.color !== undefined) cell.fill = fill.color.toUpperCase();
          }
        }
        this.context.stats.writes.push({ sheet: sheet.name, kind: 'cellProperties', address: boxAddress(sheet.name, box) });
      },
    });
  }
}
