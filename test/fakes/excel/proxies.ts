import { boxAddress, MAX_COLUMNS, MAX_ROWS, parseArea, splitSheet, type Box } from './address';
import {
  ensureCell,
  forEachCellIn,
  getCell,
  newSheet,
  overlaps,
  usedBox,
  type CellState,
  type Scalar,
  type SheetState,
  type TableState,
  type WorkbookState,
} from './state';

/**
 * Proxy objects like Office.js hands out: calls queue operations, `context.sync()` runs them as one
 * request, and a property can be read only after it was loaded and synced (PropertyNotLoaded
 * otherwise). Errors carry Office.js codes (ItemNotFound, InvalidArgument, ...).
 */

export class FakeRichApiError extends Error {
  override name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
  get debugInfo(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

export interface FakeStats {
  syncs: number;
  /** Payload bytes (JSON of values written and read) of every request, in order. */
  requests: number[];
  maxRequestBytes: number;
  /** Every cell write: sheet name and what was written. */
  writes: { sheet: string; kind: string; address: string }[];
}

export interface FakeConfig {
  payloadLimitBytes: number;
  /** Highest ExcelApi minor version the host claims (e.g. 12 for "1.12"). */
  excelApiMinor: number;
}

interface Op {
  /** Payload bytes this operation adds to its request (computed before the request runs). */
  size(): number;
  apply(): void;
}

const OP_OVERHEAD = 60;

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  constructor(
    readonly state: WorkbookState,
    readonly stats: FakeStats,
    readonly config: FakeConfig,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    let bytes = 0;
    for (const op of ops) bytes += op.size();
    this.stats.requests.push(bytes);
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
    await Promise.resolve();
    if (bytes > this.config.payloadLimitBytes) {
      throw new FakeRichApiError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${bytes} > ${this.config.payloadLimitBytes} bytes).`,
      );
    }
    for (const op of ops) op.apply();
    if (this.state.calculationSuspendedSyncs > 0) this.state.calculationSuspendedSyncs -= 1;
  }

  /** Queues an operation without payload beyond a small constant. */
  op(apply: () => void, size: () => number = () => OP_OVERHEAD): void {
    this.enqueue({ size, apply });
  }

  supports(minor: number): boolean {
    return this.config.excelApiMinor >= minor;
  }
}

function notLoaded(prop: string): FakeRichApiError {
  return new FakeRichApiError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseProps(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === 'string') return arg.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseProps(a));
  if (typeof arg === 'object' && arg !== null) {
    const o = arg as { select?: unknown };
    if (o.select !== undefined) return parseProps(o.select);
    return Object.keys(arg);
  }
  return [];
}

/** Base of loadable proxies. */
abstract class Loadable {
  protected loaded = new Map<string, unknown>();
  protected nullChecked = false;
  protected isNull = false;
  constructor(readonly context: FakeContext) {}

  protected abstract scalarProps(): string[];
  protected abstract read(prop: string): unknown;
  /** Null for a *OrNullObject proxy whose target does not exist. */
  protected exists(): boolean {
    return true;
  }

  protected value<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) throw notLoaded('isNullObject');
    return this.isNull;
  }

  /** Called for *OrNullObject proxies: the next sync decides isNullObject. */
  resolveNullAtSync(): void {
    this.context.op(() => {
      this.nullChecked = true;
      this.isNull = !this.exists();
    });
  }

  /** Navigation properties (e.g. a range's worksheet) that a load path like "worksheet/name" reaches. */
  protected navigate(_name: string): Loadable | undefined {
    return undefined;
  }

  private split(arg: unknown): { own: string[]; nav: Map<string, string[]> } {
    const props = parseProps(arg).filter((p) => p !== 'isNullObject');
    const own: string[] = [];
    const nav = new Map<string, string[]>();
    for (const p of props) {
      const slash = p.indexOf('/');
      if (slash < 0) own.push(p);
      else nav.set(p.slice(0, slash), [...(nav.get(p.slice(0, slash)) ?? []), p.slice(slash + 1)]);
    }
    return { own: own.length > 0 || nav.size > 0 ? own : this.scalarProps(), nav };
  }

  protected sizeOfLoad(arg: unknown): number {
    if (!this.exists()) return OP_OVERHEAD;
    const { own, nav } = this.split(arg);
    let n = OP_OVERHEAD;
    for (const p of own) n += jsonBytes(this.cachedRead(p));
    for (const [name, rest] of nav) n += this.child(name).sizeOfLoad(rest);
    return n;
  }

  protected applyLoad(arg: unknown): void {
    this.nullChecked = true;
    this.isNull = !this.exists();
    if (this.isNull) return;
    const { own, nav } = this.split(arg);
    for (const p of own) this.loaded.set(p, this.cachedRead(p));
    for (const [name, rest] of nav) this.child(name).applyLoad(rest);
  }

  private child(name: string): Loadable {
    const c = this.navigate(name);
    if (!c) throw new FakeRichApiError('InvalidArgument', `No navigation property '${name}'.`);
    return c;
  }

  load(arg?: unknown): this {
    // Values read while sizing the request are the ones handed back (the read comes first).
    let cache: Map<string, unknown> | undefined;
    this.context.enqueue({
      size: () => {
        cache = new Map();
        this.readCache = cache;
        try {
          return this.sizeOfLoad(arg);
        } finally {
          this.readCache = undefined;
        }
      },
      apply: () => {
        this.readCache = cache;
        try {
          this.applyLoad(arg);
        } finally {
          this.readCache = undefined;
        }
      },
    });
    return this;
  }

  private readCache: Map<string, unknown> | undefined;
  protected cachedRead(prop: string): unknown {
    if (!this.readCache) return this.read(prop);
    if (!this.readCache.has(prop)) this.readCache.set(prop, this.read(prop));
    return this.readCache.get(prop);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  readonly functions: { date(y: number, m: number, d: number): FakeFunctionResult };
  readonly notes: FakeNoteCollection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, undefined);
    this.application = {
      suspendApiCalculationUntilNextSync: () => context.op(() => (context.state.calculationSuspendedSyncs = 1)),
    };
    this.functions = {
      date: (y, m, d) => {
        const r = new FakeFunctionResult(context, () => {
          const serial1900 = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
          return context.state.date1904 ? serial1900 - 1462 : serial1900;
        });
        return r;
      },
    };
    this.notes = new FakeNoteCollection(context, undefined);
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

export class FakeFunctionResult {
  private result: { value: unknown } | undefined;
  constructor(
    readonly context: FakeContext,
    compute: () => unknown,
  ) {
    context.op(() => (this.result = { value: compute() }));
  }
  load(): this {
    return this;
  }
  get value(): unknown {
    if (!this.result) throw notLoaded('value');
    return this.result.value;
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

export class FakeWorksheetCollection extends Loadable {
  private itemsLoaded: FakeWorksheet[] | undefined;
  protected scalarProps(): string[] {
    return [];
  }
  protected read(): unknown {
    return null;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }

  override load(arg?: unknown): this {
    const props = parseProps(arg).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue({
      size: () => OP_OVERHEAD * (1 + this.context.state.sheets.length),
      apply: () => {
        this.itemsLoaded = this.context.state.sheets.map((s) => {
          const ws = new FakeWorksheet(this.context, () => s);
          ws.fill(props.length > 0 && !props.includes('items') ? props : ['name', 'visibility', 'position']);
          return ws;
        });
      },
    });
    return this;
  }

  private find(name: string): SheetState | undefined {
    return this.context.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.find(name);
      if (!s) throw new FakeRichApiError('ItemNotFound', `The requested resource doesn't exist: worksheet '${name}'.`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => this.find(name), true);
    ws.resolveNullAtSync();
    return ws;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.activeSheet ?? this.context.state.sheets[0]);
  }

  add(name: string): FakeWorksheet {
    let created: SheetState | undefined;
    this.context.op(() => {
      if (this.find(name)) throw new FakeRichApiError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
      created = newSheet(name);
      this.context.state.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => created);
  }
}

export class FakeWorksheet extends Loadable {
  readonly tables: FakeTableCollection;
  readonly freezePanes: { freezeRows(n: number): void; unfreeze(): void };
  readonly notes: FakeNoteCollection;
  constructor(
    context: FakeContext,
    private readonly target: () => SheetState | undefined,
    private readonly nullable = false,
  ) {
    super(context);
    this.tables = new FakeTableCollection(context, () => this.sheet());
    this.freezePanes = {
      freezeRows: (n: number) => context.op(() => (this.sheet().frozenRows = n)),
      unfreeze: () => context.op(() => (this.sheet().frozenRows = 0)),
    };
    this.notes = new FakeNoteCollection(context, () => this.sheet());
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
        return `{sheet-${s.name}}`;
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
  get position(): number {
    return this.value('position');
  }
  get visibility(): string {
    return this.value('visibility');
  }
  set visibility(v: string) {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw new FakeRichApiError('InvalidArgument', `Bad visibility ${v}`);
    this.context.op(() => (this.sheet().visibility = v as SheetState['visibility']));
  }

  delete(): void {
    this.context.op(() => {
      const s = this.sheet();
      const st = this.context.state;
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
    if (!this.context.supports(9)) throw new TypeError('worksheet.getRanges is not a function (ExcelApi 1.9)');
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

// ---------------------------------------------------------------------------------------------
// Ranges

type Where = { sheet: SheetState; box: Box } | undefined;

function dims(v: unknown): [number, number] | undefined {
  if (!Array.isArray(v)) return undefined;
  const rows = v.length;
  if (rows === 0 || !v.every((r) => Array.isArray(r))) return undefined;
  const cols = (v[0] as unknown[]).length;
  if (!v.every((r) => (r as unknown[]).length === cols)) return undefined;
  return [rows, cols];
}

function coerce(value: unknown, cell: CellState): Scalar {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) throw new FakeRichApiError('InvalidArgument', 'Date objects cannot be written as values.');
  const text = String(value);
  // Like Excel: text that looks like a number becomes a number, unless the cell is text-formatted.
  if (cell.numberFormat !== '@' && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  return text;
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
      case 'values':
        return this.grid((c) => c?.value ?? '');
      case 'numberFormat':
        return this.grid((c) => c?.numberFormat ?? 'General');
      case 'formulas':
        return this.grid((c) => c?.formula ?? c?.value ?? '');
      case 'text':
        return this.grid((c) => (c ? String(c.value) : ''));
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
    this.write('values', v, (cell, x) => {
      cell.value = coerce(x, cell);
      delete cell.formula;
    });
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
    this.write('formulas', v, (cell, x) => {
      if (typeof x === 'string' && x.startsWith('=')) cell.formula = x;
      else cell.value = coerce(x, cell);
    });
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
        const d = dims(v);
        if (!d || d[0] !== box.rows || d[1] !== box.cols) {
          throw new FakeRichApiError(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${kind}: ${d ? `${d[0]}x${d[1]}` : 'not a 2-D array'} for ${box.rows}x${box.cols}).`,
          );
        }
        for (let r = 0; r < box.rows; r++) {
          const row = v[r];
          for (let c = 0; c < box.cols; c++) set(ensureCell(sheet, box.r0 + r, box.c0 + c), row[c]);
        }
        this.context.stats.writes.push({ sheet: sheet.name, kind, address: boxAddress(sheet.name, box) });
      },
    });
  }

  /** Applies fn to every cell of the range, creating cells (for formats on bounded ranges). */
  eachCell(kind: string, fn: (cell: CellState) => void): void {
    const { sheet, box } = this.where();
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
        const d = dims(values);
        if (!d || d[0] !== box.rows || d[1] !== box.cols) throw new FakeRichApiError('InvalidArgument', 'setCellProperties: dimensions do not match.');
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

export class FakeRangeAreas extends Loadable {
  constructor(
    context: FakeContext,
    private readonly target: () => { sheet: SheetState; boxes: Box[] },
  ) {
    super(context);
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
    this.fill = fill;
  }
  set columnWidth(points: number) {
    const ctx = this.range.context;
    ctx.op(() => {
      const { sheet, box } = this.range.where();
      for (let c = 0; c < box.cols; c++) sheet.columnWidths.set(box.c0 + c, points);
    });
  }
  autofitColumns(): void {
    this.range.context.op(() => undefined);
  }
}

export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}
  clear(): void {
    const r = this.range;
    r.context.op(() => {
      const { sheet, box } = r.where();
      sheet.validations = sheet.validations.filter((v) => !overlaps(v.box, box));
    });
  }
  private upsert(field: 'rule' | 'prompt' | 'errorAlert', value: unknown): void {
    const r = this.range;
    const bytes = OP_OVERHEAD + jsonBytes(value);
    r.context.enqueue({
      size: () => bytes,
      apply: () => {
        const { sheet, box } = r.where();
        let v = sheet.validations.find((x) => x.box.r0 === box.r0 && x.box.c0 === box.c0 && x.box.rows === box.rows && x.box.cols === box.cols);
        if (!v) {
          sheet.validations = sheet.validations.filter((x) => !overlaps(x.box, box));
          v = { box, rule: undefined };
          sheet.validations.push(v);
        }
        v[field] = value;
      },
    });
  }
  set rule(value: unknown) {
    const list = (value as { list?: { source?: unknown } }).list;
    if (list && typeof list.source === 'string' && list.source.length > 255) {
      throw new FakeRichApiError('InvalidArgument', 'A list source is limited to 255 characters.');
    }
    this.upsert('rule', value);
  }
  set prompt(value: unknown) {
    this.upsert('prompt', value);
  }
  set errorAlert(value: unknown) {
    this.upsert('errorAlert', value);
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

export class FakeTableCollection extends Loadable {
  private itemsLoaded: FakeTable[] | undefined;
  constructor(
    context: FakeContext,
    private readonly sheet: (() => SheetState) | undefined,
  ) {
    super(context);
  }
  protected scalarProps(): string[] {
    return ['count'];
  }
  private list(): TableState[] {
    const s = this.sheet?.();
    return this.context.state.tables.filter((t) => !s || t.sheet === s);
  }
  protected read(prop: string): unknown {
    if (prop === 'count') return this.list().length;
    return null;
  }
  get count(): number {
    return this.value('count');
  }
  get items(): FakeTable[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }
  override load(arg?: unknown): this {
    const props = parseProps(arg).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue({
      size: () => OP_OVERHEAD * (1 + this.list().length),
      apply: () => {
        this.itemsLoaded = this.list().map((t) => {
          const ft = new FakeTable(this.context, () => t);
          ft.fill(props.length > 0 && !props.includes('items') ? props : ['name']);
          return ft;
        });
      },
    });
    return this;
  }
  private find(name: string): TableState | undefined {
    return this.list().find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => {
      const t = this.find(name);
      if (!t) throw new FakeRichApiError('ItemNotFound', `The requested resource doesn't exist: table '${name}'.`);
      return t;
    });
  }
  getItemOrNullObject(name: string): FakeTable {
    const t = new FakeTable(this.context, () => this.find(name), true);
    t.resolveNullAtSync();
    return t;
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    this.context.op(() => {
      let sheet: SheetState;
      let box: Box;
      if (typeof address === 'string') {
        const { sheet: sheetName, local } = splitSheet(address);
        const s = sheetName
          ? this.context.state.sheets.find((x) => x.name.toLowerCase() === sheetName.toLowerCase())
          : this.sheet?.();
        const b = parseArea(local);
        if (!s || !b) throw new FakeRichApiError('InvalidArgument', `Bad table address '${address}'.`);
        sheet = s;
        box = b;
      } else {
        ({ sheet, box } = address.where());
      }
      if (this.context.state.tables.some((t) => t.sheet === sheet && overlaps(t.box, box))) {
        throw new FakeRichApiError('InvalidOperation', 'A table cannot overlap another table.');
      }
      if (!hasHeaders) {
        throw new FakeRichApiError('NotImplemented', 'The fake only adds tables whose first row holds the headers.');
      }
      let n = this.context.state.tables.length + 1;
      while (this.context.state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n += 1;
      created = { name: `Table${n}`, sheet, box };
      this.context.state.tables.push(created);
    });
    return new FakeTable(this.context, () => created);
  }
}

export class FakeTable extends Loadable {
  constructor(
    context: FakeContext,
    private readonly target: () => TableState | undefined,
    private readonly nullable = false,
  ) {
    super(context);
  }
  table(): TableState {
    const t = this.target();
    if (!t || !this.context.state.tables.includes(t)) {
      throw new FakeRichApiError('ItemNotFound', this.nullable ? 'The object is a null object.' : 'The table does not exist.');
    }
    return t;
  }
  protected override exists(): boolean {
    const t = this.target();
    return !!t && this.context.state.tables.includes(t);
  }
  fill(props: string[]): void {
    this.nullChecked = true;
    for (const p of props) this.loaded.set(p, this.read(p));
  }
  protected scalarProps(): string[] {
    return ['name', 'style'];
  }
  protected read(prop: string): unknown {
    const t = this.table();
    if (prop === 'name') return t.name;
    if (prop === 'style') return t.style ?? 'TableStyleMedium2';
    throw new FakeRichApiError('InvalidArgument', `No property ${prop}`);
  }
  get name(): string {
    return this.value('name');
  }
  set name(v: string) {
    this.context.op(() => {
      if (this.context.state.tables.some((t) => t !== this.table() && t.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeRichApiError('ItemAlreadyExists', `A table named '${v}' already exists.`);
      }
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v)) throw new FakeRichApiError('InvalidArgument', `Invalid table name '${v}'.`);
      this.table().name = v;
    });
  }
  set style(v: string) {
    this.context.op(() => (this.table().style = v));
  }
  set showBandedRows(_v: boolean) {
    this.context.op(() => undefined);
  }
  private worksheetProxy: FakeWorksheet | undefined;
  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.context, () => this.table().sheet);
    return this.worksheetProxy;
  }
  protected override navigate(name: string): Loadable | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.table().sheet, box: this.table().box }));
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.table().sheet, box: { ...this.table().box, rows: 1 } }));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const b = this.table().box;
      return { sheet: this.table().sheet, box: { ...b, r0: b.r0 + 1, rows: Math.max(1, b.rows - 1) } };
    });
  }
  delete(): void {
    this.context.op(() => {
      const t = this.table();
      this.context.state.tables = this.context.state.tables.filter((x) => x !== t);
      // Like Excel: deleting a table deletes its cells' contents and formats.
      forEachCellIn(t.sheet, t.box, (r, c) => t.sheet.cells.get(r)?.delete(c));
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Notes (ExcelApi 1.18)

export class FakeNoteCollection extends Loadable {
  private itemsLoaded: { content: string; delete(): void }[] | undefined;
  constructor(
    context: FakeContext,
    private readonly sheet: (() => SheetState) | undefined,
  ) {
    super(context);
  }
  protected scalarProps(): string[] {
    return [];
  }
  protected read(): unknown {
    return null;
  }
  private check(): void {
    if (!this.context.supports(18)) throw new FakeRichApiError('ApiNotFound', 'Notes need ExcelApi 1.18.');
  }
  get items(): { content: string; delete(): void }[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }
  override load(): this {
    this.check();
    this.context.op(() => {
      const sheets = this.sheet ? [this.sheet()] : this.context.state.sheets;
      this.itemsLoaded = sheets.flatMap((s) =>
        [...s.notes.entries()].map(([key, content]) => ({
          content,
          delete: () => this.context.op(() => s.notes.delete(key)),
        })),
      );
    });
    return this;
  }
  add(cellAddress: string | FakeRange, content: string): void {
    this.check();
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
      if (box.rows !== 1 || box.cols !== 1) throw new FakeRichApiError('InvalidArgument', 'A note belongs to one cell.');
      const key = `${box.r0},${box.c0}`;
      if (sheet.notes.has(key)) throw new FakeRichApiError('InvalidOperation', 'The cell already has a note.');
      sheet.notes.set(key, content);
    });
  }
}

export { getCell };
