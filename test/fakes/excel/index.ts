import { HostApiSets } from './apiSets';
import { checkSheetName } from './sheetNames';
import { parseArea, splitSheet } from './address';
import { FakeContext } from './context';
import { FakeRichApiError } from './errors';
import type { FakeStats } from './request';
import type { Box } from './address';
import { ensureCell, getCell, newSheet, newTable, type CellState, type Scalar, type SheetState, type TableState, type WorkbookState } from './state';

/**
 * An in-house Excel for tests and benchmarks: `Excel.run`, a request context whose sync() runs the
 * queued operations as one request, worksheets and tables, a sparse cell grid with A1 addressing,
 * PropertyNotLoaded before load + sync, dimension checks on writes, and a payload counter that
 * refuses a request past the limit like Excel on the web (5 MB by default).
 */

export interface ExcelFakeOptions {
  /** Bytes per request (values written plus read) before a payload error; default 5 MB. */
  payloadLimitBytes?: number;
  /**
   * The ExcelApi requirement set the host claims, as "1.x"; default "1.18". Every Office.js member
   * the fake offers checks it (apiSets.generated.ts) and throws ApiNotFound above it.
   */
  excelApi?: string;
  /** Further sets the host claims, e.g. { ExcelApiOnline: '1.1' } for Excel on the web. */
  otherApiSets?: Readonly<Record<string, string>>;
  date1904?: boolean;
}

export interface ExcelFake {
  install(): void;
  uninstall(): void;
  readonly stats: FakeStats;
  resetStats(): void;
  readonly state: WorkbookState;
  /** Adds a visible sheet holding the values from A1 (or from `at`). */
  addSheet(name: string, values?: readonly (readonly (Scalar | null | undefined)[])[], at?: string): SheetState;
  sheet(name: string): SheetState | undefined;
  /** The user makes a table over a box of a sheet (header row included). */
  addTable(name: string, sheetName: string, box: Box): TableState;
  /** Values of a box as the user sees them ('' for empty cells). */
  valuesOf(sheetName: string, address: string): Scalar[][];
  cell(sheetName: string, address: string): CellState | undefined;
  /** Sets the user's selection (e.g. "Register!A2:J40"). */
  select(address: string): void;
  setPayloadLimit(bytes: number): void;
  /** The user protects a sheet (Review > Protect Sheet); writes to it then raise AccessDenied. */
  protectSheet(name: string, password?: string): void;
  unprotectSheet(name: string): void;
  /** The user protects the workbook structure; adding, deleting, renaming or hiding sheets raises AccessDenied. */
  protectWorkbook(password?: string): void;
  unprotectWorkbook(): void;
  /** The workbook is open read-only (Workbook.readOnly); every write raises AccessDenied. */
  setReadOnly(readOnly: boolean): void;
  /** The user is typing in a cell; every request fails with InvalidOperationInCellEditMode. */
  setCellEditMode(editing: boolean): void;
}

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export function createExcelFake(options: ExcelFakeOptions = {}): ExcelFake {
  const state: WorkbookState = {
    sheets: [],
    tables: [],
    date1904: options.date1904 ?? false,
    calculationSuspendedSyncs: 0,
    readOnly: false,
    cellEditMode: false,
  };
  const stats: FakeStats = { syncs: 0, requests: [], maxRequestBytes: 0, writes: [], perRequest: [] };
  const config = {
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT,
    apiSets: new HostApiSets({ ...options.otherApiSets, ExcelApi: options.excelApi ?? '1.18' }),
  };
  const saved: { Excel?: unknown; Office?: unknown } = {};
  const g = globalThis as unknown as Record<string, unknown>;

  const excel = {
    run: async <T>(
      first: ((context: FakeContext) => Promise<T>) | { delayForCellEdit?: boolean },
      second?: (context: FakeContext) => Promise<T>,
    ): Promise<T> => {
      // Excel.run(batch) or Excel.run(options, batch).
      const batch = typeof first === 'function' ? first : second;
      if (!batch) throw new TypeError('Excel.run needs a batch function.');
      const options = typeof first === 'function' ? {} : first;
      const context = new FakeContext(state, stats, config, options.delayForCellEdit === true);
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
    ConditionalFormatType: { custom: 'Custom', cellValue: 'CellValue', containsText: 'ContainsText', colorScale: 'ColorScale', dataBar: 'DataBar', iconSet: 'IconSet', topBottom: 'TopBottom', presetCriteria: 'PresetCriteria' },
    FilterOn: { values: 'Values', custom: 'Custom', cellColor: 'CellColor', fontColor: 'FontColor', icon: 'Icon', topItems: 'TopItems', bottomItems: 'BottomItems', dynamic: 'Dynamic' },
    ErrorCodes: {
      itemNotFound: 'ItemNotFound',
      invalidArgument: 'InvalidArgument',
      responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
      accessDenied: 'AccessDenied',
      apiNotFound: 'ApiNotFound',
      invalidOperation: 'InvalidOperation',
      invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
      invalidSelection: 'InvalidSelection',
      itemAlreadyExists: 'ItemAlreadyExists',
      generalException: 'GeneralException',
    },
  };
  const office = {
    context: {
      displayLanguage: 'nl-NL',
      requirements: {
        isSetSupported: (name: string, version?: string | number): boolean => config.apiSets.isSetSupported(name, version),
      },
    },
  };

  const findSheet = (name: string): SheetState | undefined => state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  return {
    install() {
      saved.Excel = g.Excel;
      saved.Office = g.Office;
      g.Excel = excel;
      g.Office = office;
    },
    uninstall() {
      g.Excel = saved.Excel;
      g.Office = saved.Office;
    },
    stats,
    resetStats() {
      stats.syncs = 0;
      stats.requests = [];
      stats.maxRequestBytes = 0;
      stats.writes = [];
      stats.perRequest = [];
    },
    state,
    addSheet(name, values = [], at = 'A1') {
      checkSheetName(name, state.sheets);
      const sheet = newSheet(name);
      state.sheets.push(sheet);
      const origin = parseArea(at);
      if (!origin) throw new Error(`bad address ${at}`);
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === '') return;
          ensureCell(sheet, origin.r0 + r, origin.c0 + c).value = v;
        }),
      );
      return sheet;
    },
    sheet: findSheet,
    addTable(name, sheetName, box) {
      const s = findSheet(sheetName);
      if (!s) throw new Error(`no sheet ${sheetName}`);
      const t = newTable(name, s, box);
      state.tables.push(t);
      return t;
    },
    valuesOf(sheetName, address) {
      const s = findSheet(sheetName);
      const b = parseArea(address);
      if (!s || !b) throw new Error(`no ${sheetName}!${address}`);
      const out: Scalar[][] = [];
      for (let r = 0; r < b.rows; r++) {
        const row: Scalar[] = [];
        for (let c = 0; c < b.cols; c++) row.push(getCell(s, b.r0 + r, b.c0 + c)?.value ?? '');
        out.push(row);
      }
      return out;
    },
    cell(sheetName, address) {
      const s = findSheet(sheetName);
      const b = parseArea(address);
      return s && b ? getCell(s, b.r0, b.c0) : undefined;
    },
    select(address) {
      const { sheet, local } = splitSheet(address);
      const s = sheet ? findSheet(sheet) : state.activeSheet ?? state.sheets[0];
      const areas = local.split(',').map((a) => parseArea(a));
      if (!s || areas.some((a) => !a)) throw new Error(`bad selection ${address}`);
      state.selection = { sheet: s, areas: areas as NonNullable<(typeof areas)[number]>[] };
      state.activeSheet = s;
    },
    setPayloadLimit(bytes) {
      config.payloadLimitBytes = bytes;
    },
    protectSheet(name, password) {
      const s = findSheet(name);
      if (!s) throw new Error(`no sheet ${name}`);
      s.protection = { password, options: {} };
    },
    unprotectSheet(name) {
      const s = findSheet(name);
      if (s) s.protection = undefined;
    },
    protectWorkbook(password) {
      state.protection = { password };
    },
    unprotectWorkbook() {
      state.protection = undefined;
    },
    setReadOnly(readOnly) {
      state.readOnly = readOnly;
    },
    setCellEditMode(editing) {
      state.cellEditMode = editing;
    },
  };
}

export { FakeRichApiError };
export type { FakeStats };
