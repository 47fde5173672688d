import type { CellGrid, CellValue } from '../../core/register/types';
import { planTableWrite, TablePlanError, type TablePlan } from '../../core/reporting/tablePlan';
import { isDateFormat, type ConditionalFillRule, type SheetTableSpec } from '../../core/reporting/sheetTable';
import { serialFromIso } from '../../core/reporting/excelDate';
import { canonicalHeader, columnMapAfter, sameColumnMap } from '../workbook/columnMap';
import { STORE_SHEET_NAME, tableKey, type TableColumnMap } from '../workbook/hiddenStore';
import type { TableWriteOutcome } from '../workbook/port';
import { columnLetters } from './a1';
import { runExcel, WorkbookError } from './errors';
import { jsonSize, REQUEST_BUDGET_BYTES } from './payload';
import { readChunks, type Box } from './readChunks';
import { queueStoreProbe, queueStoreValues, queueTablesRecord, storeContents, tablesRecord, type StoreContents } from './settingsStore';
import { blockBytes, bodyValues, DATE1904_OFFSET, POINTS_PER_CHAR, queueBlock, queueHeaderAndFirstBlock, queueTableAndFormats, TABLE_REQUEST_RESERVE, type Block } from './writeTable';
import { queueWriteCheck } from './writeGuard';
import { rollBackRefill, type Undo } from './refillRollback';

/** Fill of a cell as getCellProperties reports it; null for none. */
function fillOf(cell: Excel.CellProperties | undefined): string | null {
  const fill = cell?.format?.fill;
  return !fill || fill.pattern === 'None' || !fill.color ? null : fill.color;
}

/**
 * The add-in's sheet tables over Office.js (Verzuimsignalen, Meldingen (concept)): read with
 * the user's edits, and written in place. The first write creates the sheet and the table; every
 * later one reads the table, plans the difference (core/reporting/tablePlan.ts) and sends only
 * that: changed engine cells through the table's body, new rows through TableRowCollection.add,
 * new columns through TableColumnCollection.add. Nothing else is touched, so the user's columns,
 * formulas, notes, filters, sorts, widths and formulas elsewhere that refer to the table survive.
 *
 * All writes of a refill go in one request when they fit the request budget (they do for a
 * school's refill: a no-change refill writes nothing, a status change one row). A request refused
 * as a whole (payload, connection, cell-edit mode) leaves the table as it was; validation
 * (headers, protection) happens before anything is queued. A refill larger than one request keeps
 * how to undo each write, and when a later request fails the earlier ones are rolled back
 * (refillRollback.ts): Excel does not undo requests that went through.
 */

/** Rows of a sheet table read with its dimensions, in the same request. */
const TABLE_HEAD_ROWS = 2_500;
/** Body rows whose number formats tell which columns hold dates. */
const FORMAT_PROBE_ROWS = 5;

interface LoadedTable {
  table: Excel.Table;
  /** Sheet position of the first body row and of the first column (0-based). */
  bodyTop: number;
  left: number;
  names: string[];
  ids: string[];
  canonical: string[];
  rows: CellValue[][];
  /** The table has one empty body row only (Excel's placeholder for an empty table). */
  placeholder: boolean;
  dateColumns: Set<number>;
}

interface Loaded {
  sheet: Excel.Worksheet | undefined;
  table: LoadedTable | undefined;
  /** The sheet holds values but not the table. */
  sheetHasOtherContent: boolean;
  date1904: boolean;
  store: StoreContents;
  map: TableColumnMap | undefined;
  /** Another sheet holds a table of this name. */
  nameTakenElsewhere: boolean;
  check: (sheetWillBeAdded?: boolean) => void;
}

function gridOf(values: unknown[][]): CellValue[][] {
  return values.map((row) => row.map((v) => (v === '' ? null : (v as CellValue))));
}

/** Reads what the table holds now: two syncs, plus one per chunk of a long table. */
async function loadTable(context: Excel.RequestContext, sheetName: string, tableName: string, forWrite: boolean): Promise<Loaded> {
  // 1: the store, the sheet, the table by name, the date system.
  const storeSheet = queueStoreProbe(context);
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load('name');
  const named = context.workbook.tables.getItemOrNullObject(tableName);
  named.load('name');
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load('value');
  await context.sync();
  const date1904 = probe.value === 0;
  const storeValues = queueStoreValues(storeSheet);
  const ownTable = !named.isNullObject && !sheet.isNullObject;
  const namedSheet = named.worksheet;
  if (ownTable) namedSheet.load('name');
  const check = forWrite
    ? queueWriteCheck(context, { addsSheet: true, sheet: sheet.isNullObject ? undefined : { proxy: sheet, name: sheetName } })
    : () => undefined;
  const used = sheet.isNullObject ? undefined : sheet.getUsedRangeOrNullObject(true);
  used?.load('address');

  // 2: the table: where it is, its columns, its first rows and their formats.
  let head: Excel.Range | undefined;
  let area: Excel.Range | undefined;
  let formats: Excel.Range | undefined;
  let columns: Excel.TableColumnCollection | undefined;
  if (!named.isNullObject) {
    area = named.getRange();
    area.load('rowIndex,columnIndex,rowCount,columnCount');
    head = named.getRange().getRow(0).getResizedRange(TABLE_HEAD_ROWS - 1, 0);
    head.load('values');
    formats = named.getDataBodyRange().getRow(0).getResizedRange(FORMAT_PROBE_ROWS - 1, 0);
    formats.load('numberFormat');
    columns = named.columns;
    columns.load('items/id,items/name');
  }
  try {
    await context.sync();
  } catch (e) {
    // Fewer body rows than the probe: read the formats of the first body row only.
    if (!formats || !area) throw e;
    formats = named.getDataBodyRange().getRow(0);
    formats.load('numberFormat');
    area.load('rowIndex,columnIndex,rowCount,columnCount');
    head = named.getRange();
    head.load('values');
    columns?.load('items/id,items/name');
    await context.sync();
  }
  const store = storeContents(storeValues);
  const map = tablesRecord(store)[tableKey(tableName)];
  const onThisSheet = ownTable && namedSheet.name.toLowerCase() === sheet.name.toLowerCase();
  const base = {
    sheet: sheet.isNullObject ? undefined : sheet,
    date1904,
    store,
    map,
    nameTakenElsewhere: !named.isNullObject && !onThisSheet,
    check,
  };
  if (!onThisSheet || !area || !head || !formats || !columns) {
    return { ...base, table: undefined, sheetHasOtherContent: used !== undefined && !used.isNullObject };
  }

  const box: Box = { firstRow: area.rowIndex, firstColumn: area.columnIndex, rowCount: area.rowCount, columnCount: area.columnCount };
  const firstRows = gridOf((head.values as unknown[][]).slice(0, box.rowCount));
  const rest = await readChunks(context, sheet, { ...box, firstRow: box.firstRow + firstRows.length, rowCount: box.rowCount - firstRows.length });
  const grid = [...firstRows, ...rest];
  const names = (grid[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
  const ids = columns.items.map((c) => String(c.id));
  const probeFormats = formats.numberFormat as unknown[][];
  const dateColumns = new Set<number>();
  for (let c = 0; c < box.columnCount; c++) if (probeFormats.some((row) => isDateFormat(String(row[c] ?? '')))) dateColumns.add(c);
  const rows = grid.slice(1);
  // Dates come back as serials of the workbook's date system; the core works in the 1900 one.
  if (date1904) for (const row of rows) for (const c of dateColumns) if (typeof row[c] === 'number') row[c] = (row[c] as number) + DATE1904_OFFSET;
  const placeholder = rows.length === 1 && rows[0].every((v) => v === null || v === undefined || v === '');
  return {
    ...base,
    sheetHasOtherContent: false,
    table: {
      table: named,
      bodyTop: box.firstRow + 1,
      left: box.firstColumn,
      names,
      ids,
      canonical: canonicalHeader(names, ids, map),
      rows: placeholder ? [] : rows,
      placeholder,
      dateColumns,
    },
  };
}

export async function readTable(sheetName: string, tableName: string): Promise<CellGrid | undefined> {
  return runExcel(async (context) => {
    const loaded = await loadTable(context, sheetName, tableName, false);
    if (!loaded.sheet) return undefined;
    if (!loaded.table) return [];
    return [loaded.table.canonical, ...loaded.table.rows];
  });
}

export async function writeTable(spec: SheetTableSpec): Promise<TableWriteOutcome> {
  if (spec.sheetName.toLowerCase() === STORE_SHEET_NAME.toLowerCase()) {
    throw new WorkbookError('Dit blad is gereserveerd voor de instellingen.', 'This sheet is reserved for the settings.');
  }
  return runExcel(async (context) => {
    const loaded = await loadTable(context, spec.sheetName, spec.tableName, true);
    if (loaded.nameTakenElsewhere) {
      throw new WorkbookError(
        `De tabelnaam "${spec.tableName}" is al in gebruik op een ander blad.`,
        `The table name "${spec.tableName}" is already used on another sheet.`,
      );
    }
    loaded.check(!loaded.sheet);
    if (!loaded.table) {
      if (loaded.sheetHasOtherContent) {
        throw new WorkbookError(
          `Het blad "${spec.sheetName}" bestaat al, maar zonder de tabel "${spec.tableName}". Hernoem het blad (of zet de tabel terug) en probeer het opnieuw; er is niets geschreven.`,
          `The sheet "${spec.sheetName}" exists but without the table "${spec.tableName}". Rename the sheet (or put the table back) and try again; nothing was written.`,
        );
      }
      return createTable(context, spec, loaded);
    }
    return refill(context, spec, loaded, loaded.table);
  }, spec.sheetName);
}

/** The first write: a sheet (added when missing, else empty), header, values in blocks, then the table. */
async function createTable(context: Excel.RequestContext, spec: SheetTableSpec, loaded: Loaded): Promise<TableWriteOutcome> {
  const sheet = loaded.sheet ?? context.workbook.worksheets.add(spec.sheetName);
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const body = bodyValues(spec, loaded.date1904);
  const rest = queueHeaderAndFirstBlock(sheet, spec, body);
  await context.sync();
  let syncs = 1;
  const writeBlocks = async (blocks: Block[]): Promise<void> => {
    const [block, ...more] = blocks;
    if (!block) return;
    queueBlock(sheet, spec, block);
    await context.sync();
    syncs += 1;
    return writeBlocks(more);
  };
  // The last block rides with the table when there is room: with conditional formats that request
  // is small (the table, widths, lists, rules), so a sheet of two blocks costs no extra round trip.
  const conditional = spec.conditionalFormats !== undefined;
  const tail = rest[rest.length - 1];
  const tailFits = conditional && tail !== undefined && blockBytes(spec, tail) + TABLE_REQUEST_RESERVE <= REQUEST_BUDGET_BYTES;
  await writeBlocks(tailFits ? rest.slice(0, -1) : rest);
  if (tailFits) queueBlock(sheet, spec, tail);
  const table = queueTableAndFormats(context, sheet, spec, { conditional });
  if (spec.conditionalFormats) {
    queueRules(table.getDataBodyRange(), spec.conditionalFormats, spec.columns.map((c) => c.header), 0, 1, loaded.date1904);
  }
  const columns = table.columns;
  columns.load('items/id');
  await context.sync();
  await saveColumnMap(context, spec, loaded, spec.columns.map((c) => c.header), columns.items.map((c) => String(c.id)));
  return { created: true, cellsWritten: spec.rows.length * spec.columns.length, rowsAppended: spec.rows.length, columnsAdded: spec.columns.length, writeSyncs: syncs + 1 };
}

async function saveColumnMap(context: Excel.RequestContext, spec: SheetTableSpec, loaded: Loaded, headers: string[], ids: string[]): Promise<void> {
  const next = columnMapAfter(spec.layoutVersion ?? 1, headers, ids);
  if (sameColumnMap(loaded.map, next)) return;
  queueTablesRecord(context, loaded.store.exists, { ...tablesRecord(loaded.store), [tableKey(spec.tableName)]: next });
  await context.sync();
}

/** A value as Excel gets it: blank as "" (null would mean "leave the cell"), dates in its system. */
function out(v: CellValue, date: boolean, date1904: boolean): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return date && date1904 && typeof v === 'number' ? v - DATE1904_OFFSET : v;
}

/** A refill in place: the plan's writes in one request when they fit, else in budget-sized requests. */
async function refill(context: Excel.RequestContext, spec: SheetTableSpec, loaded: Loaded, t: LoadedTable): Promise<TableWriteOutcome> {
  let plan: TablePlan;
  try {
    plan = planTableWrite({ header: t.canonical, rows: t.rows, layoutVersion: loaded.map?.layoutVersion }, spec);
  } catch (e) {
    if (e instanceof TablePlanError) throw new WorkbookError(e.message, e.messageEn, 'TableColumnMissing');
    throw e;
  }
  const sheet = loaded.sheet as Excel.Worksheet;
  const isDate = spec.columns.map((c) => isDateFormat(c.numberFormat));
  const isText = spec.columns.map((c) => c.numberFormat === '@');
  /** One write of the plan; `undo` puts back what it changed (for a refill of several requests). */
  interface Write {
    size: number;
    queue: () => void;
    undo?: Undo;
    appends?: boolean;
    rules?: boolean;
  }
  const requests: Write[] = [];
  const add = (size: number, queue: () => void, extra: Omit<Write, 'size' | 'queue'> = {}): void => {
    requests.push({ size, queue, ...extra });
  };

  // New columns at the right end, header and body in one call; then their format and width.
  for (const nc of plan.newColumns) {
    const col = spec.columns[nc.specColumn];
    const values = [[col.header], ...nc.values.map((v) => [out(v, isDate[nc.specColumn], loaded.date1904)])];
    add(jsonSize(values) + 200, () => {
      // Excel's placeholder row of an empty table is a body row too.
      t.table.columns.add(undefined, t.placeholder ? [[col.header], ['']] : values);
      if (col.width) sheet.getRangeByIndexes(t.bodyTop - 1, t.left + nc.column, 1, 1).format.columnWidth = col.width * POINTS_PER_CHAR;
      const rows = t.rows.length + plan.appended.length;
      if (col.numberFormat && rows > 0) {
        sheet.getRangeByIndexes(t.bodyTop, t.left + nc.column, rows, 1).numberFormat = Array.from({ length: rows }, () => [col.numberFormat]);
      }
      // A column added to an older layout gets its list and input message on every row, as a first write gives them.
      // (Rows appended by this refill get theirs below.)
      if ((col.list || col.prompt) && t.rows.length > 0) queueValidation(sheet.getRangeByIndexes(t.bodyTop, t.left + nc.column, t.rows.length, 1), col);
    });
  }

  // Changed cells of existing rows: text format first where the column is text, then the values.
  for (const run of plan.runs) {
    const values = [run.values.map((v, k) => out(v, isDate[run.specColumns[k]], loaded.date1904))];
    const cellsOf = () => t.table.getDataBodyRange().getCell(run.row, run.column).getResizedRange(0, run.values.length - 1);
    const previous = [run.specColumns.map((j, k) => out(t.rows[run.row]?.[run.column + k] ?? null, isDate[j], loaded.date1904))];
    add(
      jsonSize(values) * 2 + 120,
      () => {
        const range = cellsOf();
        if (run.specColumns.some((j) => isText[j])) range.numberFormat = [run.specColumns.map((j) => spec.columns[j].numberFormat ?? 'General')];
        range.values = values;
      },
      { undo: { size: jsonSize(previous) + 120, queue: () => void (cellsOf().values = previous) } },
    );
  }

  // New rows: added blank, formatted, then filled (so "1-2" in a text column stays text).
  const appended = plan.appended;
  if (appended.length > 0) {
    const formatRow = Array.from({ length: plan.width }, (_, c) => {
      const j = plan.columnIndex.indexOf(c);
      return j >= 0 ? (spec.columns[j].numberFormat ?? 'General') : null;
    });
    const blocks = splitRows(appended, REQUEST_BUDGET_BYTES / 3);
    let at = t.rows.length;
    for (const block of blocks) {
      const first = at;
      at += block.length;
      const values = block.map((row) =>
        row.map((v, c) => {
          const j = plan.columnIndex.indexOf(c);
          // Cells of the user's own columns stay as Excel makes them (a calculated column fills itself).
          return j < 0 ? null : out(v, isDate[j], loaded.date1904);
        }),
      );
      add(
        jsonSize(values) * 2 + jsonSize(formatRow) * block.length + 200,
        () => {
        const useFirst = t.placeholder && first === 0;
        const added = useFirst ? block.length - 1 : block.length;
        if (added > 0) t.table.rows.add(undefined, Array.from({ length: added }, () => Array.from({ length: plan.width }, () => '')));
        const range = sheet.getRangeByIndexes(t.bodyTop + first, t.left, block.length, plan.width);
        formatRow.forEach((f, c) => {
          if (f !== null) sheet.getRangeByIndexes(t.bodyTop + first, t.left + c, block.length, 1).numberFormat = block.map(() => [f]);
        });
        range.values = values as (string | number | boolean)[][];
        spec.columns.forEach((col, j) => {
          const cells = sheet.getRangeByIndexes(t.bodyTop + first, t.left + plan.columnIndex[j], block.length, 1);
          if (col.list) {
            cells.dataValidation.clear();
            cells.dataValidation.rule = { list: { inCellDropDown: true, source: col.list.join(',') } };
          }
          if (col.prompt) cells.dataValidation.prompt = { showPrompt: true, title: col.header.slice(0, 32), message: col.prompt.slice(0, 255) };
        });
        },
        { appends: true },
      );
    }
  }

  // Static fills (tables without rules) on the rows that were added or changed.
  /** Fills of each existing row's cells before the refill, read only when the refill takes several requests. */
  const fillsBefore = new Map<number, (string | null)[]>();
  if (!spec.conditionalFormats && spec.rowFills) {
    const touched = new Set([...plan.changedRows, ...plan.appendedSpecRows.map((s) => plan.bodyRowOfSpecRow[s])]);
    plan.bodyRowOfSpecRow.forEach((b, s) => {
      if (b < 0 || !touched.has(b)) return;
      const fill = spec.rowFills?.[s] ?? null;
      const paint = () => {
        const range = sheet.getRangeByIndexes(t.bodyTop + b, t.left, 1, plan.width);
        if (fill) range.format.fill.color = fill;
        else range.format.fill.clear();
      };
      // Appended rows are deleted on a rollback; an existing row gets the fill of each cell back.
      const restore = () => {
        const before = fillsBefore.get(b) ?? [];
        const range = sheet.getRangeByIndexes(t.bodyTop + b, t.left, 1, t.names.length);
        range.format.fill.clear();
        if (before.some((f) => f !== null)) range.setCellProperties([before.map((f) => (f === null ? {} : { format: { fill: { color: f } } }))]);
      };
      add(120, paint, { undo: b < t.rows.length ? { size: 40 * t.names.length + 120, queue: restore } : undefined });
    });
  }

  // Conditional formats: replaced only when they differ or the table grew.
  let rulesNow: RuleState | undefined;
  if (spec.conditionalFormats) {
    const headers = tableHeaders(plan, spec, t);
    rulesNow = await loadRules(context, t.table);
    const wanted = spec.conditionalFormats.map((r) => ruleText(r, headers, t.left, t.bodyTop, loaded.date1904));
    const same = rulesNow.ours.length === wanted.length && wanted.every((w, i) => rulesNow?.ours[i]?.formula === w.formula && rulesNow?.ours[i]?.fill === w.fill.toUpperCase());
    if (!same || plan.appended.length > 0 || plan.newColumns.length > 0) {
      const rules = spec.conditionalFormats;
      add(
        rules.length * 600,
        () => {
          rulesNow?.ours.forEach((r) => r.item.delete());
          queueRules(t.table.getDataBodyRange(), rules, headers, t.left, t.bodyTop, loaded.date1904);
        },
        { rules: true },
      );
    }
  }

  // Pack into requests within the budget; in the common case this is one.
  const packs: (typeof requests)[] = [];
  let size = 0;
  for (const r of requests) {
    const last = packs[packs.length - 1];
    if (!last || size + r.size > REQUEST_BUDGET_BYTES) {
      packs.push([r]);
      size = r.size;
    } else {
      last.push(r);
      size += r.size;
    }
  }
  // Several requests: Excel keeps the earlier ones if a later one fails, so the fills they replace
  // are read first (one sync) to be put back on a rollback.
  if (packs.length > 1 && !spec.conditionalFormats && spec.rowFills) {
    await readFills(context, sheet, t, plan.changedRows.filter((b) => b < t.rows.length), fillsBefore);
  }
  const sent: Write[] = [];
  const send = async (rest: (typeof requests)[]): Promise<void> => {
    const [pack, ...more] = rest;
    if (!pack) return;
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const r of pack) r.queue();
    try {
      await context.sync();
    } catch (e) {
      const failedRules = pack.some((r) => r.rules) && spec.conditionalFormats ? spec.conditionalFormats : undefined;
      const before = (rulesNow?.ours ?? []).map((r) => `${r.formula}|${r.fill}`);
      await rollBackRefill(
        context,
        {
          sheetName: spec.sheetName,
          tableName: spec.tableName,
          bodyRows: t.placeholder ? 1 : t.rows.length,
          columns: t.names.length,
          placeholder: t.placeholder && [...sent, ...pack].some((r) => r.appends),
          applied: sent.length > 0,
          undo: sent.flatMap((r) => (r.undo ? [r.undo] : [])),
          rules: failedRules && {
            before,
            now: async () => {
              rulesNow = await loadRules(context, t.table);
              return rulesNow.ours.map((r) => `${r.formula}|${r.fill}`);
            },
            restore: () => {
              rulesNow?.ours.forEach((r) => r.item.delete());
              queueRules(t.table.getDataBodyRange(), failedRules, t.canonical, t.left, t.bodyTop, loaded.date1904);
            },
          },
        },
        e,
      );
    }
    sent.push(...pack);
    return send(more);
  };
  await send(packs);
  let syncs = packs.length;

  // The column map: ids of columns added are known only now.
  let ids = t.ids;
  if (plan.newColumns.length > 0) {
    const columns = t.table.columns;
    columns.load('items/id');
    await context.sync();
    syncs += 1;
    ids = columns.items.map((c) => String(c.id));
  }
  await saveColumnMap(context, spec, loaded, spec.columns.map((c) => c.header), plan.columnIndex.map((c) => ids[c]));
  return { created: false, cellsWritten: plan.cellsWritten, rowsAppended: appended.length, columnsAdded: plan.newColumns.length, writeSyncs: syncs };
}

/** A column's list (with the same stop alert as a first write) and input message on a range. */
function queueValidation(cells: Excel.Range, col: SheetTableSpec['columns'][number]): void {
  if (col.list) {
    cells.dataValidation.clear();
    cells.dataValidation.rule = { list: { inCellDropDown: true, source: col.list.join(',') } };
    cells.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Ongeldige waarde', message: `Kies uit: ${col.list.join(', ')}.` };
  }
  if (col.prompt) cells.dataValidation.prompt = { showPrompt: true, title: col.header.slice(0, 32), message: col.prompt.slice(0, 255) };
}

/** Bytes of one cell's fill in a getCellProperties answer (about {"format":{"fill":{...}}}). */
const FILL_BYTES_PER_CELL = 70;

/** The fill of every cell of these body rows, in requests within the budget (one sync each). */
async function readFills(context: Excel.RequestContext, sheet: Excel.Worksheet, t: LoadedTable, rows: readonly number[], into: Map<number, (string | null)[]>): Promise<void> {
  const perRequest = Math.max(1, Math.floor(REQUEST_BUDGET_BYTES / (FILL_BYTES_PER_CELL * Math.max(1, t.names.length))));
  const chunks: number[][] = [];
  for (let i = 0; i < rows.length; i += perRequest) chunks.push(rows.slice(i, i + perRequest));
  const read = async (rest: number[][]): Promise<void> => {
    const [chunk, ...more] = rest;
    if (!chunk) return;
    const props = chunk.map((b) => sheet.getRangeByIndexes(t.bodyTop + b, t.left, 1, t.names.length).getCellProperties({ format: { fill: { color: true, pattern: true } } }));
    await context.sync();
    chunk.forEach((b, i) => into.set(b, (props[i].value[0] ?? []).map(fillOf)));
    return read(more);
  };
  await read(chunks);
}

function splitRows<T>(rows: readonly T[][], budget: number): T[][][] {
  const blocks: T[][][] = [];
  let current: T[][] = [];
  let size = 0;
  for (const row of rows) {
    const n = jsonSize(row) + 1;
    if (current.length > 0 && size + n > budget) {
      blocks.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += n;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Canonical header of every table column after the plan (the spec's name where it went, else the table's). */
function tableHeaders(plan: TablePlan, spec: SheetTableSpec, t: LoadedTable): string[] {
  const headers = [...t.canonical];
  plan.columnIndex.forEach((c, j) => (headers[c] = spec.columns[j].header));
  return headers;
}

interface RuleState {
  ours: { item: Excel.ConditionalFormat; formula: string; fill: string }[];
}

const RULE_TAG = 'N("vs:';

/** The add-in's own rules on the table body (recognised by their tag), in order. One sync. */
async function loadRules(context: Excel.RequestContext, table: Excel.Table): Promise<RuleState> {
  const cfs = table.getRange().conditionalFormats;
  cfs.load('items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color');
  await context.sync();
  const ours: RuleState['ours'] = [];
  for (const item of cfs.items) {
    const custom = item.customOrNullObject;
    if (custom.isNullObject) continue;
    const formula = custom.rule.formula ?? '';
    if (!formula.includes(RULE_TAG)) continue;
    ours.push({ item, formula, fill: String(custom.format.fill.color ?? '').toUpperCase() });
  }
  return { ours };
}

function ruleText(rule: ConditionalFillRule, headers: readonly string[], left: number, bodyTop: number, date1904: boolean): { formula: string; fill: string } {
  const ref = (h: string): string => {
    const c = headers.findIndex((x) => x.toLowerCase() === h.toLowerCase());
    if (c < 0) throw new Error(`rule ${rule.key}: no column ${h}`);
    return `$${columnLetters(left + c)}${bodyTop + 1}`;
  };
  const serial = (iso: string): number => (serialFromIso(iso) ?? 0) - (date1904 ? DATE1904_OFFSET : 0);
  return { formula: rule.formula(ref, serial), fill: rule.fill };
}

/**
 * Queues the rules on the body (or one column of it) so that they end up in the spec's order of
 * priority: Excel puts each added format at the top (priority 0), so they are added last first.
 */
function queueRules(
  body: Excel.Range,
  rules: readonly ConditionalFillRule[],
  headers: readonly string[],
  left: number,
  bodyTop: number,
  date1904: boolean,
): void {
  for (const rule of [...rules].reverse()) {
    const { formula, fill } = ruleText(rule, headers, left, bodyTop, date1904);
    const target = rule.column === undefined ? body : body.getColumn(headers.findIndex((h) => h.toLowerCase() === rule.column?.toLowerCase()));
    const cf = target.conditionalFormats.add('Custom');
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = fill;
  }
}

export { columnLetters as tableColumnLetters };
