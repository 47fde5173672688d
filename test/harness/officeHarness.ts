import { OfficeWorkbook } from '../../src/adapters/excel/officeWorkbook';
import type { CellValue } from '../../src/core/register/types';
import type { PortHarness } from '../adapters/excel/portContract';
import { userTableActions } from '../adapters/excel/userTableActions';

/**
 * The port harness over Office.js: every sheet the contract sets up and every cell it inspects goes
 * through Excel.run, so the same contract that jest runs against the fake runs against whatever
 * Excel loads the test pane (the web, Windows, Mac). Only the Office adapter is under test; this
 * file plays the user who types, fills and selects, with the plainest API that does each job.
 *
 * A run needs a workbook without content: each test adds its own sheets, and dispose() removes
 * every sheet that was not there when the test began (the very hidden settings store too), so
 * the workbook is as empty after the run as before it.
 */

const VISIBILITY = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;
type Area = { firstRow: number; rowCount: number; firstColumn: number; columnCount: number };

export class WorkbookNotEmptyError extends Error {
  constructor(sheets: string[]) {
    super(`The test pane needs an empty workbook, but ${sheets.map((s) => `"${s}"`).join(', ')} has content: open a new blank workbook and run again.`);
    this.name = 'WorkbookNotEmptyError';
  }
}

function cellText(v: CellValue): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return v;
}

/** A getCellProperties result after its sync (a ClientResult, which the lint rule takes for a proxy). */
function cellsOf(result: OfficeExtension.ClientResult<Excel.CellProperties[][]>): Excel.CellProperties[][] {
  return result.value;
}

/** The fill as the contract names it: "#RRGGBB", or undefined for no fill. */
function fillOf(cell: Excel.CellProperties | undefined): string | undefined {
  // format.fill.color says "#FFFFFF" for a white fill and for none alike; the pattern tells.
  const f = cell?.format?.fill;
  return !f || f.pattern === 'None' || !f.color ? undefined : f.color.toUpperCase();
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The areas of an address such as "'Blad 1'!A12:J13,'Blad 1'!A40" (0-based). */
export function parseAreas(address: string): Area[] {
  // Commas inside a quoted sheet name do not separate areas.
  const parts = address.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? [];
  return parts.map((part) => {
    const local = part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, '');
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
    if (!m) throw new Error(`Not an area address: ${part}`);
    const [c0, r0] = [columnIndex(m[1]), Number(m[2]) - 1];
    const [c1, r1] = m[3] ? [columnIndex(m[3]), Number(m[4]) - 1] : [c0, r0];
    return { firstRow: r0, rowCount: r1 - r0 + 1, firstColumn: c0, columnCount: c1 - c0 + 1 };
  });
}

function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

/** Sheet names as Excel's collection lists them, and which of them hold anything. */
async function sheetsWithContent(): Promise<{ names: string[]; withContent: string[] }> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(false));
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    return {
      names: sheets.items.map((s) => s.name),
      withContent: sheets.items.filter((_s, i) => !used[i].isNullObject).map((s) => s.name).concat(tables.items.length > 0 ? ['(tables)'] : []),
    };
  });
}

/** Removes every sheet not in `keep` (showing very hidden ones first: Excel will not delete those). */
async function removeSheetsExcept(keep: readonly string[]): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    const kept = new Set(keep.map((n) => n.toLowerCase()));
    const doomed = sheets.items.filter((s) => !kept.has(s.name.toLowerCase()));
    if (doomed.length === 0) return;
    // A workbook keeps at least one visible sheet; the fake starts with none, Excel with one.
    const visibleKept = sheets.items.some((s) => kept.has(s.name.toLowerCase()) && s.visibility === Excel.SheetVisibility.visible);
    if (!visibleKept) sheets.add('Blad1');
    for (const s of doomed) {
      if (s.visibility !== Excel.SheetVisibility.visible) s.visibility = Excel.SheetVisibility.visible;
      s.delete();
    }
    await context.sync();
  });
}

export interface OfficeHarnessOptions {
  /** Checks that the workbook has no content before the test adds its own (default true). */
  requireEmpty?: boolean;
}

/** A harness over the Excel that is loaded (Office.js `Excel` global). */
export async function officeHarness(options: OfficeHarnessOptions = {}): Promise<PortHarness> {
  const before = await sheetsWithContent();
  if ((options.requireEmpty ?? true) && before.withContent.length > 0) throw new WorkbookNotEmptyError(before.withContent);
  const keep = before.names;

  /** One cell of a sheet, handed to `read` inside one Excel.run. */
  const readCell = <T>(sheetName: string, row: number, column: number, read: (cell: Excel.Range, context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    Excel.run(async (context) => read(context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(row, column, 1, 1), context));

  return {
    ...userTableActions,
    port: new OfficeWorkbook(),

    addSheet: (name, values, at = 'A1') =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add(name);
        const columns = Math.max(0, ...values.map((r) => r.length));
        if (values.length > 0 && columns > 0) {
          const grid = values.map((r) => Array.from({ length: columns }, (_v, c) => cellText(r[c])));
          const range = sheet.getRange(at).getResizedRange(grid.length - 1, columns - 1);
          // A register export holds pupil numbers such as "010000" as text; in a General cell Excel
          // would parse the typed string as the number 10000. Text cells get the text format first,
          // as they have in the exported file.
          range.numberFormat = grid.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? '@' : 'General')));
          range.values = grid;
        }
        await context.sync();
      }),

    addTable: (name, sheetName, firstRow, firstColumn, rowCount, columnCount) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const table = sheet.tables.add(sheet.getRangeByIndexes(firstRow, firstColumn, rowCount, columnCount), true);
        table.name = name;
        await context.sync();
      }),

    select: (sheetName, firstRow, firstColumn, rowCount, columnCount) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRangeByIndexes(firstRow, firstColumn, rowCount, columnCount).select();
        await context.sync();
      }),

    setCell: (sheetName, row, column, value) =>
      readCell(sheetName, row, column, async (cell, context) => {
        cell.values = [[cellText(value)]];
        await context.sync();
      }),

    setFill: (sheetName, row, column, fill) =>
      readCell(sheetName, row, column, async (cell, context) => {
        cell.format.fill.color = fill;
        await context.sync();
      }),

    fill: (sheetName, row, column) =>
      readCell(sheetName, row, column, async (cell, context) => {
        const props = cell.getCellProperties({ format: { fill: { color: true, pattern: true } } });
        await context.sync();
        return fillOf(cellsOf(props)[0][0]);
      }),

    value: (sheetName, row, column) =>
      readCell(sheetName, row, column, async (cell, context) => {
        cell.load('values');
        await context.sync();
        const v = cell.values[0][0] as CellValue;
        return v === '' ? null : v;
      }),

    numberFormat: (sheetName, row, column) =>
      readCell(sheetName, row, column, async (cell, context) => {
        cell.load('numberFormat');
        await context.sync();
        return String(cell.numberFormat[0][0]);
      }),

    note: (sheetName, row, column) =>
      readCell(sheetName, row, column, async (cell, context) => {
        if (supports('1.18')) {
          cell.load('address');
          await context.sync();
          const note = context.workbook.worksheets.getItem(sheetName).notes.getItemOrNullObject(cell.address.split('!').pop() ?? '');
          note.load('content');
          await context.sync();
          return note.isNullObject ? undefined : note.content;
        }
        // Below 1.18 the adapter leaves the message as the cell's validation prompt.
        cell.dataValidation.load('prompt');
        await context.sync();
        return cell.dataValidation.prompt?.message || undefined;
      }),

    list: (sheetName, row, column) =>
      readCell(sheetName, row, column, async (cell, context) => {
        cell.dataValidation.load('rule');
        await context.sync();
        const source = cell.dataValidation.rule?.list?.source;
        return typeof source === 'string' && source !== '' ? source.split(',') : undefined;
      }),

    visibility: (sheetName) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
        sheet.load('visibility');
        await context.sync();
        return sheet.isNullObject ? undefined : VISIBILITY[sheet.visibility as keyof typeof VISIBILITY];
      }),

    tablesOn: (sheetName) =>
      Excel.run(async (context) => {
        const tables = context.workbook.worksheets.getItem(sheetName).tables;
        tables.load('items/name');
        await context.sync();
        return tables.items.map((t) => t.name);
      }),

    frozenRows: (sheetName) =>
      Excel.run(async (context) => {
        const frozen = context.workbook.worksheets.getItem(sheetName).freezePanes.getLocationOrNullObject();
        frozen.load('rowCount');
        await context.sync();
        return frozen.isNullObject ? 0 : frozen.rowCount;
      }),

    selection: () =>
      Excel.run(async (context) => {
        // RangeAreas.address (ExcelApi 1.9) names every area, e.g. "Absenties!A12:J13,Absenties!A40:J41".
        const ranges = context.workbook.getSelectedRanges();
        ranges.load('address');
        // The selection is on the active sheet.
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        return { sheetName: sheet.name, areas: parseAreas(ranges.address) };
      }),

    snapshot: (sheetName) =>
      Excel.run(async (context) => {
        // Every cell with a value, a fill or a format, in the used range including formats.
        const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(false);
        used.load('rowIndex,columnIndex,values,numberFormat');
        await context.sync();
        if (used.isNullObject) return '';
        const props = used.getCellProperties({ format: { fill: { color: true, pattern: true } } });
        await context.sync();
        const cells = cellsOf(props);
        const out: string[] = [];
        used.values.forEach((row, r) =>
          row.forEach((value, c) => {
            const fill = fillOf(cells[r][c]);
            const numberFormat = String(used.numberFormat[r][c]);
            if (value !== '' || fill !== undefined || numberFormat !== 'General') {
              out.push(`${used.rowIndex + r},${used.columnIndex + c}=${JSON.stringify({ value, fill, numberFormat })}`);
            }
          }),
        );
        return out.join('\n');
      }),

    renameSheet: (from, to) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(from).name = to;
        await context.sync();
      }),

    setFormula: (sheetName, row, column, formula) =>
      readCell(sheetName, row, column, async (cell, context) => {
        cell.formulas = [[formula]];
        await context.sync();
      }),

    formula: (sheetName, row, column) =>
      readCell(sheetName, row, column, async (cell, context) => {
        cell.load('formulas');
        await context.sync();
        const f = cell.formulas[0][0];
        return typeof f === 'string' && f.startsWith('=') ? f : undefined;
      }),

    addNote: (sheetName, row, column, text) =>
      readCell(sheetName, row, column, async (cell, context) => {
        if (supports('1.18')) {
          cell.load('address');
          await context.sync();
          context.workbook.notes.add(cell.address, text);
        } else {
          // As note() reads it below 1.18: the cell's validation prompt.
          cell.dataValidation.prompt = { showPrompt: true, title: 'Notitie', message: text };
        }
        await context.sync();
      }),

    conditionalFormats: (sheetName) =>
      Excel.run(async (context) => {
        const cfs = context.workbook.worksheets.getItem(sheetName).getRange().conditionalFormats;
        cfs.load('items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color');
        await context.sync();
        const custom = cfs.items.filter((cf) => !cf.customOrNullObject.isNullObject);
        const ranges = custom.map((cf) => cf.getRange().load('address'));
        await context.sync();
        return custom.map((cf, i) => ({
          address: ranges[i].address.split('!').pop() ?? '',
          formula: cf.customOrNullObject.rule.formula,
          fill: String(cf.customOrNullObject.format.fill.color).toUpperCase(),
        }));
      }),

    protectSheet: (sheetName) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).protection.protect();
        await context.sync();
      }),

    dispose: () => removeSheetsExcept(keep),
  };
}
