import { dateFromSerial } from '../../core/excelSerial';
import { columnLetters } from '../../core/register/cellAddress';
import type { CellGrid, CellValue } from '../../core/register/types';
import { isDateFormat } from '../../core/reporting/sheetTable';
import { planTableWrite, TablePlanError } from '../../core/reporting/tablePlan';
import { canonicalHeader, columnMapAfter, sameColumnMap } from '../workbook/columnMap';
import {
  columnOf,
  decodeRecord,
  encodeRecord,
  HIGHLIGHT_FILL,
  isTablesRecord,
  rowKey,
  rowRuns,
  SETTINGS_COLUMN,
  SETTINGS_MARKER,
  SOURCE_COLUMN,
  SOURCE_MARKER,
  STORE_SHEET_NAME,
  TABLES_COLUMN,
  TABLES_MARKER,
  tableKey,
  type TablesRecord,
} from '../workbook/hiddenStore';
import { isOwnSheet, isOwnTable } from '../workbook/ownSheets';
import type { EvaluationSheetSpec, ReadOptions, RegisterRead, RegisterSource, SelectOutcome, SheetTableSpec, TableWriteOutcome, WorkbookPort } from '../workbook/port';
import { CHART_PREFIX, EVALUATION_COLUMNS, evaluationSheetGrid, type EvaluationChartSpec } from '../../core/evaluation/evaluationSheet';

/**
 * A workbook in memory behind the same port as Excel: the browser demo shows it in a grid view,
 * and tests run the pane's workflows against it. Pure TypeScript (runs in the browser). Dates are
 * stored as the port writes them: Excel serial numbers with a date number format.
 */

export type Visibility = 'visible' | 'hidden' | 'veryHidden';

export interface MemorySheet {
  /** Like Worksheet.id: stays when the sheet is renamed. */
  id: string;
  name: string;
  visibility: Visibility;
  /** Dense rows, 0-based; missing cells are empty. */
  cells: CellValue[][];
  /** "row,col" (0-based) → CSS hex fill. */
  fills: Map<string, string>;
  /** "row,col" → number format; absent = General. */
  numberFormats: Map<string, string>;
  /** "row,col" → note text. */
  notes: Map<string, string>;
  /** Drop-down lists: column (0-based), first and last row (0-based, inclusive). */
  lists: { column: number; firstRow: number; lastRow: number; values: readonly string[] }[];
  columnWidths: Map<number, number>;
  frozenRows: number;
  /** Fills the add-in's conditional formats show today ("row,col" → CSS hex); over the user's fills. */
  conditionalFills: Map<string, string>;
  /** The conditional formats as Excel would get them: the cells they cover, formula, fill. */
  conditionalRules: { firstRow: number; rowCount: number; column: number; columnCount: number; formula: string; fill: string }[];
  protected: boolean;
}

export interface MemoryTable {
  name: string;
  sheetName: string;
  /** 0-based position of the header row and first column. */
  firstRow: number;
  firstColumn: number;
  /** Rows including the header. */
  rowCount: number;
  columnCount: number;
  /** Like TableColumn.id, per column: stays when the header is renamed. */
  columnIds: string[];
  /** The filter and sort the user set on the table (the demo does not apply them). */
  userView?: string;
}

export interface MemorySelection {
  sheetName: string;
  /** Areas as 0-based boxes. */
  areas: { firstRow: number; rowCount: number; firstColumn: number; columnCount: number }[];
}

export type WorkbookChange =
  | { kind: 'cells'; sheetName: string }
  | { kind: 'sheets' }
  | { kind: 'selection' }
  | { kind: 'highlight'; sheetName: string };

export type WorkbookListener = (change: WorkbookChange) => void;

const key = (r: number, c: number): string => `${r},${c}`;

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || v === '';
}

let sheetIds = 0;
let columnIds = 0;

function newSheet(name: string, cells: CellValue[][] = []): MemorySheet {
  sheetIds += 1;
  return {
    id: `{memory-sheet-${sheetIds}}`,
    name,
    visibility: 'visible',
    cells,
    fills: new Map(),
    numberFormats: new Map(),
    notes: new Map(),
    lists: [],
    columnWidths: new Map(),
    frozenRows: 0,
    conditionalFills: new Map(),
    conditionalRules: [],
    protected: false,
  };
}

function newColumnIds(n: number): string[] {
  return Array.from({ length: n }, () => String((columnIds += 1)));
}

function abortIfNeeded(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw signal.reason instanceof Error ? signal.reason : new DOMException('De bewerking is afgebroken.', 'AbortError');
  }
}

export class MemoryWorkbook implements WorkbookPort {
  private sheets: MemorySheet[] = [];
  private tables: MemoryTable[] = [];
  private listeners = new Set<WorkbookListener>();
  private selectionState: MemorySelection | undefined;
  private highlight:
    | { sheetId: string; fills: Map<string, string | undefined>; keyColumns: readonly number[]; keys: Map<number, string> }
    | undefined;
  /** Simulates a workbook opened read-only (tests). */
  readOnly = false;
  /** Charts per sheet (lower-case name): what Excel would draw, recorded for the demo and tests. */
  private charts = new Map<string, EvaluationChartSpec[]>();

  constructor(init: { sheets?: { name: string; cells: CellValue[][] }[] } = {}) {
    for (const s of init.sheets ?? []) this.addSheet(s.name, s.cells);
  }

  // ----- for the demo view and tests -----------------------------------------------------------

  subscribe(listener: WorkbookListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: WorkbookChange): void {
    for (const l of this.listeners) l(change);
  }

  addSheet(name: string, cells: readonly (readonly CellValue[])[] = []): MemorySheet {
    if (this.sheet(name)) throw new Error(`Er is al een blad "${name}".`);
    const s = newSheet(name, cells.map((r) => [...r]));
    this.sheets.push(s);
    this.emit({ kind: 'sheets' });
    return s;
  }

  /** Marks a range (0-based header row and columns) as a table, like a register formatted as table. */
  addTable(name: string, sheetName: string, firstRow: number, firstColumn: number, rowCount: number, columnCount: number): void {
    if (!this.sheet(sheetName)) throw new Error(`Geen blad "${sheetName}".`);
    this.tables.push({ name, sheetName, firstRow, firstColumn, rowCount, columnCount, columnIds: newColumnIds(columnCount) });
    this.emit({ kind: 'sheets' });
  }

  /** The user renames a sheet (tables on it follow). */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    if (!s) throw new Error(`Geen blad "${from}".`);
    for (const t of this.tables) if (t.sheetName === s.name) t.sheetName = to;
    s.name = to;
    this.emit({ kind: 'sheets' });
  }

  deleteSheet(name: string): void {
    const s = this.sheet(name);
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheetName !== s?.name);
    this.emit({ kind: 'sheets' });
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Sheets the user can see, in tab order. */
  visibleSheets(): readonly MemorySheet[] {
    return this.sheets.filter((s) => s.visibility === 'visible');
  }

  allSheets(): readonly MemorySheet[] {
    return this.sheets;
  }

  tableList(): readonly MemoryTable[] {
    return this.tables;
  }

  get selection(): MemorySelection | undefined {
    return this.selectionState;
  }

  /** The user's own selection (the demo's grid sets it on click). */
  setSelection(selection: MemorySelection | undefined): void {
    this.selectionState = selection;
    this.emit({ kind: 'selection' });
  }

  /**
   * A value the user typed into a cell (the demo's grid): set as typed, as Excel would, and the
   * subscribers told. The add-in itself never writes this way; it goes through writeTable.
   */
  typeCell(sheetName: string, row: number, column: number, value: CellValue): void {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`Het blad "${sheetName}" bestaat niet.`);
    this.checkWritable(s);
    s.cells[row] ??= [];
    for (let c = 0; c < column; c++) if (s.cells[row][c] === undefined) s.cells[row][c] = null;
    s.cells[row][column] = isBlank(value) ? null : value;
    this.emit({ kind: 'cells', sheetName: s.name });
  }

  /** Cell text as Excel would show it (dates dd-mm-jjjj, hours with two decimals). */
  displayText(sheetName: string, row: number, column: number): string {
    const s = this.sheet(sheetName);
    const v = s?.cells[row]?.[column];
    if (isBlank(v) || !s) return '';
    const fmt = s.numberFormats.get(key(row, column));
    if (typeof v === 'number' && isDateFormat(fmt)) {
      const d = dateFromSerial(v);
      const dd = String(d.getUTCDate()).padStart(2, '0');
      const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
      return `${dd}-${mm}-${d.getUTCFullYear()}`;
    }
    if (typeof v === 'number' && fmt === '0.00') return v.toFixed(2).replace('.', ',');
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'boolean') return v ? 'WAAR' : 'ONWAAR';
    return typeof v === 'number' ? String(v).replace('.', ',') : String(v);
  }

  /** The fill a cell shows: a conditional format's over the cell's own, as in Excel. */
  fillAt(sheetName: string, row: number, column: number): string | undefined {
    const s = this.sheet(sheetName);
    return s?.conditionalFills.get(key(row, column)) ?? s?.fills.get(key(row, column));
  }

  /** The values-only used box of a sheet (0-based), or undefined when the sheet is empty. */
  usedBox(sheetName: string): { firstRow: number; rowCount: number; firstColumn: number; columnCount: number } | undefined {
    const s = this.sheet(sheetName);
    if (!s) return undefined;
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    s.cells.forEach((row, r) => {
      row?.forEach((v, c) => {
        if (isBlank(v)) return;
        r0 = Math.min(r0, r);
        r1 = Math.max(r1, r);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      });
    });
    return r1 < 0 ? undefined : { firstRow: r0, rowCount: r1 - r0 + 1, firstColumn: c0, columnCount: c1 - c0 + 1 };
  }

  private box(sheet: MemorySheet, firstRow: number, rowCount: number, firstColumn: number, columnCount: number): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = 0; r < rowCount; r++) {
      const src = sheet.cells[firstRow + r] ?? [];
      const row: CellValue[] = [];
      for (let c = 0; c < columnCount; c++) {
        const v = src[firstColumn + c];
        row.push(isBlank(v) ? null : v);
      }
      out.push(row);
    }
    return out;
  }

  // ----- WorkbookPort ----------------------------------------------------------------------------

  async listRegisterSources(): Promise<RegisterSource[]> {
    const own = this.tablesRecord();
    const sources: RegisterSource[] = this.tables
      .filter((t) => this.sheet(t.sheetName)?.visibility === 'visible' && !isOwnTable(t.name, t.sheetName, own))
      .map((t) => ({ id: `table:${t.name}`, kind: 'table', label: t.name, sheetName: t.sheetName }));
    for (const s of this.visibleSheets()) {
      if (isOwnSheet(s.name)) continue;
      if (this.usedBox(s.name)) sources.push({ id: `sheet:${s.name}`, kind: 'sheet', label: s.name, sheetName: s.name });
    }
    const sel = this.selectionState;
    if (sel && sel.areas.length > 0 && !isOwnSheet(sel.sheetName)) {
      sources.push({ id: 'selection', kind: 'selection', label: `${sel.sheetName}!${areaAddress(sel.areas[0])}`, sheetName: sel.sheetName });
    }
    return sources;
  }

  async readRegister(sourceId: string, options: ReadOptions = {}): Promise<RegisterRead> {
    abortIfNeeded(options.signal);
    const [kind, ...rest] = sourceId.split(':');
    const name = rest.join(':');
    let area: { sheet: MemorySheet; firstRow: number; rowCount: number; firstColumn: number; columnCount: number };
    let source: RegisterSource;
    if (kind === 'table') {
      const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      const s = t && this.sheet(t.sheetName);
      if (!t || !s) throw new Error(`Tabel "${name}" bestaat niet (meer).`);
      area = { sheet: s, firstRow: t.firstRow, rowCount: t.rowCount, firstColumn: t.firstColumn, columnCount: t.columnCount };
      source = { id: sourceId, kind: 'table', label: t.name, sheetName: s.name };
    } else if (kind === 'sheet') {
      const s = this.sheet(name);
      if (!s) throw new Error(`Blad "${name}" bestaat niet (meer).`);
      const used = this.usedBox(s.name);
      if (!used) throw new Error(`Blad "${name}" is leeg.`);
      area = { sheet: s, ...used };
      source = { id: sourceId, kind: 'sheet', label: s.name, sheetName: s.name };
    } else if (sourceId === 'selection') {
      const sel = this.selectionState;
      const s = sel && this.sheet(sel.sheetName);
      if (!sel || !s || sel.areas.length === 0) throw new Error('Er is niets geselecteerd.');
      area = { sheet: s, ...sel.areas[0] };
      source = { id: sourceId, kind: 'selection', label: `${s.name}!${areaAddress(sel.areas[0])}`, sheetName: s.name };
    } else {
      throw new Error(`Onbekende bron "${sourceId}".`);
    }
    // Copy in slices, reporting progress like the Excel reader does per chunk.
    const cells: CellValue[][] = [];
    const chunk = 10_000;
    for (let done = 0; done < area.rowCount; done += chunk) {
      abortIfNeeded(options.signal);
      const n = Math.min(chunk, area.rowCount - done);
      cells.push(...this.box(area.sheet, area.firstRow + done, n, area.firstColumn, area.columnCount));
      options.onProgress?.({ fraction: (done + n) / area.rowCount, message: `${done + n} van ${area.rowCount} rijen gelezen` });
      await Promise.resolve();
    }
    return { source, cells, firstSheetRow: area.firstRow + 1, firstSheetColumn: area.firstColumn, date1904: false };
  }

  private storeSheet(create: boolean): MemorySheet | undefined {
    let s = this.sheet(STORE_SHEET_NAME);
    if (!s && create) {
      s = newSheet(STORE_SHEET_NAME);
      s.visibility = 'veryHidden';
      this.sheets.push(s);
    }
    return s;
  }

  private readRecord(marker: string, column: number): unknown | undefined {
    const s = this.storeSheet(false);
    return s ? decodeRecord(marker, columnOf(s.cells, column)) : undefined;
  }

  private writeRecord(marker: string, column: number, payload: unknown): void {
    this.checkWritable();
    const s = this.storeSheet(true)!;
    for (const row of s.cells) if (row) row[column] = null;
    encodeRecord(marker, payload).forEach((text, r) => {
      s.cells[r] ??= [];
      s.cells[r][column] = text;
    });
  }

  private tablesRecord(): TablesRecord {
    const v = this.readRecord(TABLES_MARKER, TABLES_COLUMN);
    return isTablesRecord(v) ? v : {};
  }

  private checkWritable(sheet?: MemorySheet): void {
    if (this.readOnly) throw new Error('De werkmap is alleen-lezen geopend, dus er kan niets worden geschreven.');
    if (sheet?.protected) throw new Error(`Het blad "${sheet.name}" is beveiligd.`);
  }

  async readSettings(): Promise<unknown | undefined> {
    return this.readRecord(SETTINGS_MARKER, SETTINGS_COLUMN);
  }

  async writeSettings(doc: unknown): Promise<void> {
    this.writeRecord(SETTINGS_MARKER, SETTINGS_COLUMN, doc);
    this.emit({ kind: 'sheets' });
  }

  async readSourceChoice(): Promise<string | undefined> {
    const v = this.readRecord(SOURCE_MARKER, SOURCE_COLUMN) as { sourceId?: unknown } | undefined;
    return typeof v?.sourceId === 'string' ? v.sourceId : undefined;
  }

  async writeSourceChoice(sourceId: string): Promise<void> {
    this.writeRecord(SOURCE_MARKER, SOURCE_COLUMN, { sourceId });
  }

  private tableOn(s: MemorySheet, tableName: string): MemoryTable | undefined {
    return this.tables.find((x) => x.sheetName === s.name && x.name.toLowerCase() === tableName.toLowerCase());
  }

  async readTable(sheetName: string, tableName: string): Promise<CellGrid | undefined> {
    const s = this.sheet(sheetName);
    if (!s) return undefined;
    const t = this.tableOn(s, tableName);
    if (!t) return [];
    const grid = this.box(s, t.firstRow, t.rowCount, t.firstColumn, t.columnCount);
    const names = grid[0].map((h) => (h === null || h === undefined ? '' : String(h)));
    const body = grid.slice(1);
    const placeholder = body.length === 1 && body[0].every(isBlank);
    return [canonicalHeader(names, t.columnIds, this.tablesRecord()[tableKey(tableName)]), ...(placeholder ? [] : body)];
  }

  async writeTable(spec: SheetTableSpec): Promise<TableWriteOutcome> {
    const existing = this.sheet(spec.sheetName);
    if (spec.sheetName.toLowerCase() === STORE_SHEET_NAME.toLowerCase()) throw new Error('Dit blad is gereserveerd voor de instellingen.');
    if (this.tables.some((t) => t.name.toLowerCase() === spec.tableName.toLowerCase() && t.sheetName.toLowerCase() !== spec.sheetName.toLowerCase())) {
      throw new Error(`De tabelnaam "${spec.tableName}" is al in gebruik op een ander blad.`);
    }
    this.checkWritable(existing);
    const table = existing && this.tableOn(existing, spec.tableName);
    if (existing && !table && this.usedBox(existing.name)) {
      throw new Error(`Het blad "${spec.sheetName}" bestaat al, maar zonder de tabel "${spec.tableName}". Hernoem het blad (of zet de tabel terug) en probeer het opnieuw; er is niets geschreven.`);
    }
    const outcome = table && existing ? this.refill(existing, table, spec) : this.create(existing, spec);
    this.emit({ kind: 'sheets' });
    this.emit({ kind: 'cells', sheetName: spec.sheetName });
    return outcome;
  }

  private create(existing: MemorySheet | undefined, spec: SheetTableSpec): TableWriteOutcome {
    const s = existing ?? newSheet(spec.sheetName);
    if (!existing) this.sheets.push(s);
    const width = spec.columns.length;
    s.cells = [spec.columns.map((c) => c.header), ...spec.rows.map((r) => Array.from({ length: width }, (_, c) => (isBlank(r[c]) ? null : r[c])))];
    spec.columns.forEach((col, c) => {
      if (col.width) s.columnWidths.set(c, col.width);
      if (col.numberFormat) for (let r = 1; r <= spec.rows.length; r++) s.numberFormats.set(key(r, c), col.numberFormat);
      if (col.list && spec.rows.length > 0) s.lists.push({ column: c, firstRow: 1, lastRow: spec.rows.length, values: col.list });
    });
    if (!spec.conditionalFormats) {
      for (const cf of spec.cellFills ?? []) if (cf.note) s.notes.set(key(cf.row + 1, cf.column), cf.note);
    }
    s.frozenRows = 1;
    const t: MemoryTable = { name: spec.tableName, sheetName: s.name, firstRow: 0, firstColumn: 0, rowCount: Math.max(1, spec.rows.length) + 1, columnCount: width, columnIds: newColumnIds(width) };
    this.tables.push(t);
    this.applyFills(s, t, spec, spec.rows.map((_, i) => i), spec.rows.map((_, i) => i));
    this.saveColumnMap(spec, spec.columns.map((_, j) => t.columnIds[j]));
    return { created: true, cellsWritten: spec.rows.length * width, rowsAppended: spec.rows.length, columnsAdded: width, writeSyncs: 0 };
  }

  /** The charts on a sheet, in the order they were added. */
  chartsOf(sheetName: string): readonly EvaluationChartSpec[] {
    return this.charts.get(sheetName.toLowerCase()) ?? [];
  }

  async writeEvaluationSheet(spec: EvaluationSheetSpec): Promise<void> {
    const s = this.sheet(spec.sheetName) ?? this.addSheet(spec.sheetName);
    // Like the Excel adapter: columns A-H and the add-in's own charts are rewritten, the rest stays.
    for (const row of s.cells) for (let c = 0; c < EVALUATION_COLUMNS && c < row.length; c++) row[c] = null;
    for (const map of [s.numberFormats, s.fills, s.notes]) {
      for (const k of [...map.keys()]) if (Number(k.split(',')[1]) < EVALUATION_COLUMNS) map.delete(k);
    }
    evaluationSheetGrid(spec).forEach((row, r) => {
      s.cells[r] ??= [];
      row.forEach((v, c) => {
        s.cells[r][c] = v;
        if (typeof v === 'string') s.numberFormats.set(key(r, c), '@');
      });
    });
    for (let r = 0; r < s.cells.length; r++) s.cells[r] = Array.from(s.cells[r], (v) => v ?? null);
    spec.columnWidths.forEach((w, c) => s.columnWidths.set(c, w));
    const own = this.chartsOf(spec.sheetName).filter((c) => !c.name.startsWith(CHART_PREFIX));
    this.charts.set(spec.sheetName.toLowerCase(), [...own, ...spec.charts]);
    this.emit({ kind: 'sheets' });
    this.emit({ kind: 'cells', sheetName: s.name });
  }

  private refill(s: MemorySheet, t: MemoryTable, spec: SheetTableSpec): TableWriteOutcome {
    const current = (this.box(s, t.firstRow, t.rowCount, t.firstColumn, t.columnCount) as CellValue[][]);
    const names = current[0].map((h) => (h === null || h === undefined ? '' : String(h)));
    const map = this.tablesRecord()[tableKey(spec.tableName)];
    const body = current.slice(1);
    const placeholder = body.length === 1 && body[0].every(isBlank);
    let plan;
    try {
      plan = planTableWrite({ header: canonicalHeader(names, t.columnIds, map), rows: placeholder ? [] : body, layoutVersion: map?.layoutVersion }, spec);
    } catch (e) {
      if (e instanceof TablePlanError) throw new Error(e.message);
      throw e;
    }
    const top = t.firstRow + 1;
    const set = (r: number, c: number, v: CellValue): void => {
      s.cells[r] ??= [];
      s.cells[r][c] = isBlank(v) ? null : v;
    };
    for (const nc of plan.newColumns) {
      const c = t.firstColumn + nc.column;
      set(t.firstRow, c, spec.columns[nc.specColumn].header);
      nc.values.forEach((v, r) => set(top + r, c, v));
      t.columnIds.push(...newColumnIds(1));
      const col = spec.columns[nc.specColumn];
      if (col.width) s.columnWidths.set(c, col.width);
      if (col.numberFormat) for (let r = 0; r < body.length + plan.appended.length; r++) s.numberFormats.set(key(top + r, c), col.numberFormat);
      // Like the Office adapter: a column added to an older layout gets its list on every row.
      if (col.list && body.length > 0 && !placeholder) s.lists.push({ column: c, firstRow: top, lastRow: top + body.length - 1, values: col.list });
    }
    t.columnCount = plan.width;
    for (const run of plan.runs) run.values.forEach((v, k) => set(top + run.row, t.firstColumn + run.column + k, v));
    const first = placeholder ? 0 : body.length;
    plan.appended.forEach((row, i) => {
      row.forEach((v, c) => {
        if (v !== null) set(top + first + i, t.firstColumn + c, v);
        const j = plan.columnIndex.indexOf(c);
        const f = j >= 0 ? spec.columns[j].numberFormat : undefined;
        if (f) s.numberFormats.set(key(top + first + i, t.firstColumn + c), f);
      });
    });
    if (plan.appended.length > 0) {
      t.rowCount = 1 + first + plan.appended.length;
      spec.columns.forEach((col, j) => {
        if (col.list) s.lists.push({ column: t.firstColumn + plan.columnIndex[j], firstRow: top + first, lastRow: top + first + plan.appended.length - 1, values: col.list });
      });
    }
    const touched = [...plan.changedRows, ...plan.appendedSpecRows.map((r) => plan.bodyRowOfSpecRow[r])];
    this.applyFills(s, t, spec, plan.bodyRowOfSpecRow, touched, plan.columnIndex);
    this.saveColumnMap(spec, plan.columnIndex.map((c) => t.columnIds[c]));
    return { created: false, cellsWritten: plan.cellsWritten, rowsAppended: plan.appended.length, columnsAdded: plan.newColumns.length, writeSyncs: 0 };
  }

  /**
   * Conditional formats: the rules as Excel gets them, and the fills they show today (from the
   * spec's fills, the same judgement) for the demo view. Without rules, static fills on the rows
   * added or changed, as the Office adapter does.
   */
  private applyFills(
    s: MemorySheet,
    t: MemoryTable,
    spec: SheetTableSpec,
    bodyRowOfSpecRow: readonly number[],
    touched: readonly number[],
    columnIndex: readonly number[] = spec.columns.map((_, j) => j),
  ): void {
    const top = t.firstRow + 1;
    const bodyRows = t.rowCount - 1;
    if (spec.conditionalFormats) {
      const headers = (s.cells[t.firstRow] ?? []).slice(t.firstColumn, t.firstColumn + t.columnCount).map((h) => String(h ?? ''));
      columnIndex.forEach((c, j) => (headers[c] = spec.columns[j].header));
      const ref = (h: string): string => `$${columnLetters(t.firstColumn + headers.findIndex((x) => x.toLowerCase() === h.toLowerCase()))}${top + 1}`;
      const serial = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25569;
      s.conditionalRules = spec.conditionalFormats.map((rule) => {
        const c = rule.column === undefined ? -1 : headers.findIndex((h) => h.toLowerCase() === rule.column?.toLowerCase());
        return { firstRow: top, rowCount: bodyRows, column: c < 0 ? t.firstColumn : t.firstColumn + c, columnCount: c < 0 ? t.columnCount : 1, formula: rule.formula(ref, serial), fill: rule.fill.toUpperCase() };
      });
      s.conditionalFills = new Map();
      bodyRowOfSpecRow.forEach((b, r) => {
        if (b < 0) return;
        const fill = spec.rowFills?.[r];
        if (fill) for (let c = 0; c < t.columnCount; c++) s.conditionalFills.set(key(top + b, t.firstColumn + c), fill.toUpperCase());
      });
      for (const cf of spec.cellFills ?? []) {
        const b = bodyRowOfSpecRow[cf.row];
        if (b >= 0) s.conditionalFills.set(key(top + b, t.firstColumn + columnIndex[cf.column]), cf.fill.toUpperCase());
      }
      return;
    }
    const touch = new Set(touched);
    bodyRowOfSpecRow.forEach((b, r) => {
      if (b < 0 || !touch.has(b)) return;
      const fill = spec.rowFills?.[r];
      for (let c = 0; c < t.columnCount; c++) {
        if (fill) s.fills.set(key(top + b, t.firstColumn + c), fill.toUpperCase());
        else s.fills.delete(key(top + b, t.firstColumn + c));
      }
    });
    for (const cf of spec.cellFills ?? []) {
      const b = bodyRowOfSpecRow[cf.row];
      if (b >= 0 && touch.has(b)) s.fills.set(key(top + b, t.firstColumn + columnIndex[cf.column]), cf.fill.toUpperCase());
    }
  }

  private saveColumnMap(spec: SheetTableSpec, ids: readonly string[]): void {
    const record = this.tablesRecord();
    const next = columnMapAfter(spec.layoutVersion ?? 1, spec.columns.map((c) => c.header), ids);
    if (sameColumnMap(record[tableKey(spec.tableName)], next)) return;
    this.writeRecord(TABLES_MARKER, TABLES_COLUMN, { ...record, [tableKey(spec.tableName)]: next });
  }

  async selectRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<SelectOutcome> {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`Blad "${sheetName}" bestaat niet (meer).`);
    const runs = rowRuns(rows);
    if (runs.length === 0) return { selectedRuns: 0, runs: 0 };
    this.selectionState = {
      sheetName: s.name,
      areas: runs.map((r) => ({ firstRow: r.first - 1, rowCount: r.count, firstColumn, columnCount })),
    };
    this.emit({ kind: 'selection' });
    return { selectedRuns: runs.length, runs: runs.length };
  }

  private rowKeyOf(s: MemorySheet, row: number, keyColumns: readonly number[]): string {
    return rowKey(keyColumns.map((c) => s.cells[row]?.[c] ?? null));
  }

  async highlightRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number, keyColumns: readonly number[] = []): Promise<void> {
    await this.clearHighlight();
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`Blad "${sheetName}" bestaat niet (meer).`);
    this.checkWritable(s);
    const saved = new Map<string, string | undefined>();
    const keys = new Map<number, string>();
    for (const run of rowRuns(rows)) {
      for (let r = run.first - 1; r < run.first - 1 + run.count; r++) {
        if (keyColumns.length > 0) keys.set(r, this.rowKeyOf(s, r, keyColumns));
        for (let c = firstColumn; c < firstColumn + columnCount; c++) {
          const k = key(r, c);
          saved.set(k, s.fills.get(k));
          s.fills.set(k, HIGHLIGHT_FILL);
        }
      }
    }
    this.highlight = { sheetId: s.id, fills: saved, keyColumns, keys };
    this.emit({ kind: 'highlight', sheetName: s.name });
  }

  async clearHighlight(): Promise<void> {
    const h = this.highlight;
    if (!h) return;
    this.highlight = undefined;
    const s = this.sheets.find((x) => x.id === h.sheetId);
    if (!s) return;
    for (const [k, fill] of h.fills) {
      const row = Number(k.split(',')[0]);
      const was = h.keys.get(row);
      if (was !== undefined && was !== this.rowKeyOf(s, row, h.keyColumns)) continue;
      if (fill === undefined) s.fills.delete(k);
      else s.fills.set(k, fill);
    }
    this.emit({ kind: 'highlight', sheetName: s.name });
  }

  /** Rows (1-based) currently highlighted, for the demo view. */
  highlightedRows(): { sheetName: string; rows: number[] } | undefined {
    const h = this.highlight;
    const s = h && this.sheets.find((x) => x.id === h.sheetId);
    if (!h || !s) return undefined;
    const rows = new Set<number>();
    for (const k of h.fills.keys()) rows.add(Number(k.split(',')[0]) + 1);
    return { sheetName: s.name, rows: [...rows].sort((a, b) => a - b) };
  }
}

function areaAddress(a: { firstRow: number; rowCount: number; firstColumn: number; columnCount: number }): string {
  return `${columnLetters(a.firstColumn)}${a.firstRow + 1}:${columnLetters(a.firstColumn + a.columnCount - 1)}${a.firstRow + a.rowCount}`;
}
