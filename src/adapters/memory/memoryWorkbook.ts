import { dateFromSerial } from '../../core/excelSerial';
import { columnLetters } from '../../core/register/cellAddress';
import type { CellGrid, CellValue } from '../../core/register/types';
import { isDateFormat } from '../../core/reporting/sheetTable';
import {
  columnOf,
  decodeRecord,
  encodeRecord,
  HIGHLIGHT_FILL,
  rowRuns,
  SETTINGS_COLUMN,
  SETTINGS_MARKER,
  STORE_SHEET_NAME,
} from '../workbook/hiddenStore';
import type { EvaluationSheetSpec, ReadOptions, RegisterRead, RegisterSource, SheetTableSpec, WorkbookPort } from '../workbook/port';
import { CHART_PREFIX, EVALUATION_COLUMNS, evaluationSheetGrid, type EvaluationChartSpec } from '../../core/evaluation/evaluationSheet';

/**
 * A workbook in memory behind the same port as Excel: the browser demo shows it in a grid view,
 * and tests run the pane's workflows against it. Pure TypeScript (runs in the browser). Dates are
 * stored as the port writes them: Excel serial numbers with a date number format.
 */

export type Visibility = 'visible' | 'hidden' | 'veryHidden';

export interface MemorySheet {
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

function newSheet(name: string, cells: CellValue[][] = []): MemorySheet {
  return {
    name,
    visibility: 'visible',
    cells,
    fills: new Map(),
    numberFormats: new Map(),
    notes: new Map(),
    lists: [],
    columnWidths: new Map(),
    frozenRows: 0,
  };
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
  private highlight: { sheetName: string; fills: Map<string, string | undefined> } | undefined;
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
    this.tables.push({ name, sheetName, firstRow, firstColumn, rowCount, columnCount });
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

  fillAt(sheetName: string, row: number, column: number): string | undefined {
    return this.sheet(sheetName)?.fills.get(key(row, column));
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
    const sources: RegisterSource[] = this.tables
      .filter((t) => this.sheet(t.sheetName)?.visibility === 'visible')
      .map((t) => ({ id: `table:${t.name}`, kind: 'table', label: t.name, sheetName: t.sheetName }));
    for (const s of this.visibleSheets()) {
      if (this.usedBox(s.name)) sources.push({ id: `sheet:${s.name}`, kind: 'sheet', label: s.name, sheetName: s.name });
    }
    const sel = this.selectionState;
    if (sel && sel.areas.length > 0) {
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

  async readSettings(): Promise<unknown | undefined> {
    const s = this.storeSheet(false);
    return s ? decodeRecord(SETTINGS_MARKER, columnOf(s.cells, SETTINGS_COLUMN)) : undefined;
  }

  async writeSettings(doc: unknown): Promise<void> {
    const s = this.storeSheet(true)!;
    for (const row of s.cells) if (row) row[SETTINGS_COLUMN] = null;
    encodeRecord(SETTINGS_MARKER, doc).forEach((text, r) => {
      s.cells[r] ??= [];
      s.cells[r][SETTINGS_COLUMN] = text;
    });
    this.emit({ kind: 'sheets' });
  }

  async readTable(sheetName: string, tableName: string): Promise<CellGrid | undefined> {
    const s = this.sheet(sheetName);
    if (!s) return undefined;
    const t = this.tables.find((x) => x.sheetName === s.name && x.name.toLowerCase() === tableName.toLowerCase());
    if (t) return this.box(s, t.firstRow, t.rowCount, t.firstColumn, t.columnCount);
    const used = this.usedBox(s.name);
    return used ? this.box(s, used.firstRow, used.rowCount, used.firstColumn, used.columnCount) : [];
  }

  async writeTable(spec: SheetTableSpec): Promise<void> {
    const existing = this.sheet(spec.sheetName);
    if (spec.sheetName.toLowerCase() === STORE_SHEET_NAME.toLowerCase()) throw new Error('Dit blad is gereserveerd voor de instellingen.');
    if (this.tables.some((t) => t.name.toLowerCase() === spec.tableName.toLowerCase() && t.sheetName.toLowerCase() !== spec.sheetName.toLowerCase())) {
      throw new Error(`De tabelnaam "${spec.tableName}" is al in gebruik op een ander blad.`);
    }
    const s = newSheet(spec.sheetName);
    if (existing) {
      s.name = existing.name;
      this.sheets[this.sheets.indexOf(existing)] = s;
    } else {
      this.sheets.push(s);
    }
    this.tables = this.tables.filter((t) => t.sheetName.toLowerCase() !== spec.sheetName.toLowerCase());
    const width = spec.columns.length;
    s.cells = [spec.columns.map((c) => c.header), ...spec.rows.map((r) => Array.from({ length: width }, (_, c) => (isBlank(r[c]) ? null : r[c])))];
    spec.columns.forEach((col, c) => {
      if (col.width) s.columnWidths.set(c, col.width);
      if (col.numberFormat) for (let r = 1; r <= spec.rows.length; r++) s.numberFormats.set(key(r, c), col.numberFormat);
      if (col.list && spec.rows.length > 0) s.lists.push({ column: c, firstRow: 1, lastRow: spec.rows.length, values: col.list });
    });
    spec.rowFills?.forEach((fill, r) => {
      if (fill) for (let c = 0; c < width; c++) s.fills.set(key(r + 1, c), fill.toUpperCase());
    });
    for (const cf of spec.cellFills ?? []) {
      s.fills.set(key(cf.row + 1, cf.column), cf.fill.toUpperCase());
      if (cf.note) s.notes.set(key(cf.row + 1, cf.column), cf.note);
    }
    s.frozenRows = 1;
    this.tables.push({ name: spec.tableName, sheetName: s.name, firstRow: 0, firstColumn: 0, rowCount: spec.rows.length + 1, columnCount: width });
    this.emit({ kind: 'sheets' });
    this.emit({ kind: 'cells', sheetName: s.name });
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

  async selectRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<void> {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`Blad "${sheetName}" bestaat niet (meer).`);
    const runs = rowRuns(rows);
    if (runs.length === 0) return;
    this.selectionState = {
      sheetName: s.name,
      areas: runs.map((r) => ({ firstRow: r.first - 1, rowCount: r.count, firstColumn, columnCount })),
    };
    this.emit({ kind: 'selection' });
  }

  async highlightRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<void> {
    await this.clearHighlight();
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`Blad "${sheetName}" bestaat niet (meer).`);
    const saved = new Map<string, string | undefined>();
    for (const run of rowRuns(rows)) {
      for (let r = run.first - 1; r < run.first - 1 + run.count; r++) {
        for (let c = firstColumn; c < firstColumn + columnCount; c++) {
          const k = key(r, c);
          saved.set(k, s.fills.get(k));
          s.fills.set(k, HIGHLIGHT_FILL);
        }
      }
    }
    this.highlight = { sheetName: s.name, fills: saved };
    this.emit({ kind: 'highlight', sheetName: s.name });
  }

  async clearHighlight(): Promise<void> {
    const h = this.highlight;
    if (!h) return;
    this.highlight = undefined;
    const s = this.sheet(h.sheetName);
    if (!s) return;
    for (const [k, fill] of h.fills) {
      if (fill === undefined) s.fills.delete(k);
      else s.fills.set(k, fill);
    }
    this.emit({ kind: 'highlight', sheetName: s.name });
  }

  /** Rows (1-based) currently highlighted, for the demo view. */
  highlightedRows(): { sheetName: string; rows: number[] } | undefined {
    const h = this.highlight;
    if (!h) return undefined;
    const rows = new Set<number>();
    for (const k of h.fills.keys()) rows.add(Number(k.split(',')[0]) + 1);
    return { sheetName: h.sheetName, rows: [...rows].sort((a, b) => a - b) };
  }
}

function areaAddress(a: { firstRow: number; rowCount: number; firstColumn: number; columnCount: number }): string {
  return `${columnLetters(a.firstColumn)}${a.firstRow + 1}:${columnLetters(a.firstColumn + a.columnCount - 1)}${a.firstRow + a.rowCount}`;
}
