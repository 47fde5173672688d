import { OfficeWorkbook } from '../../../src/adapters/excel/officeWorkbook';
import { FILLS, H, REPORTING_LAYOUT_VERSION, buildReportingSheet, readReportingRows, REPORTING_SHEET_NAME, REPORTING_TABLE_NAME, updateReportingEntry } from '../../../src/core/reporting/reportingSheet';
import type { SheetTableSpec } from '../../../src/core/reporting/sheetTable';
import { analysis, daanLate, emmaLuxury, manyFlags, sanneEarly, sanneSixteen } from '../../core/reporting/flagFixtures';
import { REQUEST_BUDGET_BYTES } from '../../../src/adapters/excel/payload';
import { createExcelFake, FakeRichApiError, type ExcelFake } from '../../fakes/excel';
import { ensureCell, getCell } from '../../fakes/excel/state';
import { makeRegister } from './registerFixture';

/**
 * What a school's Excel does that the port contract cannot set up through the host's own API:
 * older requirement sets, refused or failing requests, read-only and cell-edit mode, the 1904
 * date system, huge used ranges. Each against the Excel fake.
 */

const S = REPORTING_SHEET_NAME;
const port = new OfficeWorkbook();
let fake: ExcelFake;

function setup(options: Parameters<typeof createExcelFake>[0] = {}): void {
  fake = createExcelFake(options);
  fake.install();
}
afterEach(() => fake.uninstall());

function snapshot(sheetName: string): string {
  const st = fake.sheet(sheetName);
  if (!st) return '(none)';
  const cells = [...st.cells].flatMap(([r, row]) => [...row].map(([c, cell]) => `${r},${c}=${JSON.stringify(cell)}`));
  const table = fake.state.tables.find((t) => t.sheet === st);
  return JSON.stringify({ cells: cells.sort(), table: table?.box, cf: st.conditionalFormats, v: st.validations.length });
}

describe('selecting several runs of rows', () => {
  it('at ExcelApi 1.12 (RangeAreas.select needs 1.18) selects the first run and says how many there were', async () => {
    setup({ excelApi: '1.12' });
    fake.addSheet('Absenties', makeRegister(60));
    const done = await port.selectRows('Absenties', [40, 41, 12, 13], 0, 10);
    expect(done).toEqual({ selectedRuns: 1, runs: 2 });
    expect(fake.state.selection?.areas).toEqual([{ r0: 11, c0: 0, rows: 2, cols: 10 }]);
  });
  it('at ExcelApi 1.18 selects every run', async () => {
    setup({ excelApi: '1.18' });
    fake.addSheet('Absenties', makeRegister(60));
    expect(await port.selectRows('Absenties', [40, 41, 12, 13], 0, 10)).toEqual({ selectedRuns: 2, runs: 2 });
    expect(fake.state.selection?.areas).toHaveLength(2);
  });
});

describe('a refill that fails halfway', () => {
  it('leaves the previous table exactly as it was when the write request fails', async () => {
    setup();
    await port.writeTable(buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate]), undefined).spec);
    ensureCell(fake.sheet(S)!, 1, 16).value = 'Gemeld';
    const previous = await port.readTable(S, REPORTING_TABLE_NAME);
    const before = snapshot(S);
    const spec = buildReportingSheet(analysis([{ ...sanneSixteen, hours: 18 }, daanLate, emmaLuxury]), previous).spec;
    // Syncs 1-3 read (sheet, table, rules); the 4th carries every write: the connection drops there.
    fake.resetStats();
    fake.state.failSync = (n) => (n === 4 ? new FakeRichApiError('GeneralException', 'The connection was lost.') : undefined);
    await expect(port.writeTable(spec)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(snapshot(S)).toBe(before);
    fake.state.failSync = undefined;
    // Tried again, it goes through, and the 4th request was indeed the one with the writes.
    fake.resetStats();
    const outcome = await port.writeTable(spec);
    expect(fake.stats.syncs).toBe(4);
    expect(outcome).toMatchObject({ rowsAppended: 1 });
    expect(readReportingRows(await port.readTable(S, REPORTING_TABLE_NAME)).get(sanneSixteen.id)?.status).toBe('Gemeld');
  });

  /**
   * Runs a refill twice on the same workbook set up afresh: once to count the requests that write,
   * then with the connection dropping on the last of them (the earlier ones went through).
   */
  async function failOnLastWrite(scenario: () => Promise<SheetTableSpec>): Promise<{ spec: SheetTableSpec; writeRequests: number; error: unknown }> {
    setup();
    const dry = await scenario();
    fake.resetStats();
    await port.writeTable(dry);
    const writeRequests = fake.stats.perRequest.filter((r) => r.writeBytes > 0).length;
    fake.uninstall();
    setup();
    const spec = await scenario();
    fake.resetStats();
    let seen = 0;
    fake.state.failSync = (n) => {
      if (fake.stats.perRequest[n - 1].writeBytes === 0) return undefined;
      seen += 1;
      return seen === writeRequests ? new FakeRichApiError('GeneralException', 'The connection was lost.') : undefined;
    };
    const error = await port.writeTable(spec).then(() => undefined, (e: unknown) => e);
    fake.state.failSync = undefined;
    return { spec, writeRequests, error };
  }

  it('a refill of several requests (more than 2 MB) that fails in a later one is rolled back: the old table exactly as it was', async () => {
    const flags = manyFlags(6_000);
    let before = '';
    let explained = '';
    const { spec, writeRequests, error } = await failOnLastWrite(async () => {
      await port.writeTable(buildReportingSheet(analysis(flags.slice(0, 3_000)), undefined).spec);
      // The coordinator has been at work: statuses and a reason on the first rows.
      for (let r = 1; r <= 40; r++) ensureCell(fake.sheet(S)!, r, 16).value = r % 2 ? 'In behandeling' : 'Gemeld';
      ensureCell(fake.sheet(S)!, 3, 17).value = 'Leerplicht gebeld';
      explained = String(getCell(fake.sheet(S)!, 3, 0)?.value);
      const previous = await port.readTable(S, REPORTING_TABLE_NAME);
      before = snapshot(S);
      // Every existing flag has new hours and 3,000 flags are new: writes of well over one request.
      return buildReportingSheet(analysis([...flags.slice(0, 3_000).map((f) => ({ ...f, hours: f.hours + 1 })), ...flags.slice(3_000)]), previous).spec;
    });
    expect(writeRequests).toBeGreaterThanOrEqual(2);
    expect(error).toMatchObject({ code: 'GeneralException' });
    expect(snapshot(S)).toBe(before);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES + 10_000);
    // Tried again it goes through, with what the user wrote.
    const outcome = await port.writeTable(spec);
    expect(outcome).toMatchObject({ rowsAppended: 3_000 });
    const rows = readReportingRows(await port.readTable(S, REPORTING_TABLE_NAME));
    expect(rows.size).toBe(6_000);
    expect(rows.get(explained)).toMatchObject({ status: 'In behandeling', reason: 'Leerplicht gebeld' });
    // Tens of thousands of cells through the fake, twice: give a busy machine time.
  }, 180_000);

  it('a failed refill of a table with static row fills (the drafts sheet kind) gets its values and fills back', async () => {
    const columns = [
      { header: 'Id', width: 10 },
      { header: 'Tekst', width: 30, numberFormat: '@' },
    ];
    const rows = (n: number, text: string) => Array.from({ length: n }, (_x, i) => [`id${i}`, text]);
    const first: SheetTableSpec = { sheetName: 'Concept', tableName: 'Concept', columns, rows: rows(8_000, 'kort'), rowFills: Array.from({ length: 8_000 }, () => null) };
    let before = '';
    const { writeRequests, error } = await failOnLastWrite(async () => {
      await port.writeTable(first);
      ensureCell(fake.sheet('Concept')!, 1, 0).fill = '#FFEB9C';
      before = snapshot('Concept');
      return { ...first, rows: rows(8_000, 'langer'), rowFills: Array.from({ length: 8_000 }, (_x, i) => (i % 3 === 0 ? '#F8CBAD' : null)) };
    });
    expect(writeRequests).toBeGreaterThanOrEqual(2);
    expect(error).toMatchObject({ code: 'GeneralException' });
    expect(snapshot('Concept')).toBe(before);
  }, 180_000);

  it('keeps the filter and sort the user set on the table (deleting the table would drop them)', async () => {
    setup();
    const first = buildReportingSheet(analysis([sanneSixteen, sanneEarly]), undefined).spec;
    await port.writeTable(first);
    const statusColumn = first.columns.findIndex((c) => c.header === H.status);
    const table = fake.state.tables.find((t) => t.name === REPORTING_TABLE_NAME)!;
    const criteria: (Record<string, unknown> | undefined)[] = [];
    criteria[statusColumn] = { filterOn: 'Values', values: ['Nieuw'] };
    table.autoFilter = { enabled: true, criteria };
    table.sort = { fields: [{ key: 14, ascending: true }], matchCase: false, method: 'PinYin' };
    await port.writeTable(buildReportingSheet(analysis([sanneSixteen, daanLate]), await port.readTable(S, REPORTING_TABLE_NAME)).spec);
    const after = fake.state.tables.find((t) => t.name === REPORTING_TABLE_NAME);
    expect(after).toBe(table);
    expect(after?.autoFilter.criteria[statusColumn]).toEqual({ filterOn: 'Values', values: ['Nieuw'] });
    expect(after?.sort).toEqual({ fields: [{ key: 14, ascending: true }], matchCase: false, method: 'PinYin' });
  });

  it('a table deleted and rebuilt would break formulas on it (#REF!), which the in-place refill never does', async () => {
    setup();
    await port.writeTable(buildReportingSheet(analysis([sanneSixteen]), undefined).spec);
    fake.addSheet('Overzicht');
    const cell = ensureCell(fake.sheet('Overzicht')!, 0, 0);
    cell.formula = '=COUNTIF(Verzuimsignalen[Status],"Gemeld")';
    cell.value = 0;
    await port.writeTable(buildReportingSheet(analysis([sanneSixteen, daanLate]), await port.readTable(S, REPORTING_TABLE_NAME)).spec);
    expect(cell.value).toBe(0);
    // The fake does what Excel does to such a formula when the table goes.
    await Excel.run(async (context) => {
      context.workbook.tables.getItem(REPORTING_TABLE_NAME).delete();
      await context.sync();
    });
    expect(cell.value).toBe('#REF!');
  });
});

describe('before writing: read-only, protection, cell-edit mode', () => {
  it('a read-only workbook gives the message in Dutch and English, and nothing is written', async () => {
    setup();
    fake.setReadOnly(true);
    const spec = buildReportingSheet(analysis([sanneSixteen]), undefined).spec;
    const err = await port.writeTable(spec).catch((e: unknown) => e);
    expect(err).toMatchObject({
      message: expect.stringMatching(/^De werkmap is alleen-lezen geopend/),
      messageEn: expect.stringMatching(/^The workbook is open read-only/),
    });
    await expect(port.writeSettings({ version: 1 })).rejects.toThrow(/alleen-lezen/);
    expect(fake.sheet(S)).toBeUndefined();
  });

  it('a protected workbook structure is told before the reporting sheet would be added', async () => {
    setup();
    fake.protectWorkbook();
    await expect(port.writeTable(buildReportingSheet(analysis([sanneSixteen]), undefined).spec)).rejects.toMatchObject({
      message: expect.stringMatching(/structuur van de werkmap is beveiligd/),
      messageEn: expect.stringMatching(/workbook structure is protected/),
    });
  });

  it('a protected register sheet refuses the highlight with the message', async () => {
    setup();
    fake.addSheet('Absenties', makeRegister(20));
    fake.protectSheet('Absenties');
    await expect(port.highlightRows('Absenties', [3, 4], 0, 10)).rejects.toMatchObject({ messageEn: 'The sheet "Absenties" is protected. Unprotect it (Review > Unprotect Sheet) and try again.' });
  });

  it('cell-edit mode gives a message instead of Excel\'s error code', async () => {
    setup();
    fake.setCellEditMode(true);
    await expect(port.readSettings()).rejects.toMatchObject({
      message: expect.stringMatching(/bezig met het bewerken van een cel/),
      messageEn: 'Excel is editing a cell. Press Enter or Esc in the worksheet and try again.',
    });
  });
});

describe('the 1904 date system on every path', () => {
  it('engine and user date columns, the user\'s own date column, a status change and the rules', async () => {
    setup({ date1904: true });
    await port.writeTable(buildReportingSheet(analysis([sanneSixteen, daanLate]), undefined).spec);
    const st = fake.sheet(S)!;
    // Begindatum 05-10-2026 is 46300 in the 1900 system, 44838 in the 1904 one.
    expect(ensureCell(st, 1, 8).value).toBe(46300 - 1462);
    // The user types "Gemeld op" 20-11-2026 (44884 in 1904) and adds a date column of their own (after
    // the add-in's 31 columns).
    ensureCell(st, 1, 18).value = 46346 - 1462;
    const own = ensureCell(st, 1, 31);
    own.value = 46350 - 1462;
    own.numberFormat = 'dd-mm-yyyy';
    ensureCell(st, 2, 31).numberFormat = 'dd-mm-yyyy';
    ensureCell(st, 0, 31).value = 'Terugbellen op';
    fake.state.tables[0].box = { ...fake.state.tables[0].box, cols: 32 };
    const grid = await port.readTable(S, REPORTING_TABLE_NAME);
    expect(grid?.[1][8]).toBe(46300);
    expect(grid?.[1][18]).toBe(46346);
    expect(grid?.[1][31]).toBe(46350);
    expect(readReportingRows(grid).get(sanneSixteen.id)?.reportedOn).toBe('2026-11-20');
    // A status change with a date writes that date in the workbook's system.
    const change = updateReportingEntry(grid ?? [], daanLate.id, { status: 'Gemeld', reportedOn: '2026-11-26' }, '2026-11-27');
    await port.writeTable(change.spec);
    expect(ensureCell(st, 2, 18).value).toBe(46352 - 1462);
    expect(ensureCell(st, 1, 31).value).toBe(46350 - 1462);
    // The rules' holiday list is in 1904 serials too (25-12-2026: 46381 - 1462 = 44919).
    const urgent = (st.conditionalFormats ?? []).find((cf) => cf.fill === FILLS.urgent)?.formula ?? '';
    expect(urgent).toContain('{44919,44920,');
  });
});

describe('large and odd reads', () => {
  it('trims a used range far wider than the register (a stray value in column ZZ) to the register\'s width', async () => {
    setup();
    const sheet = fake.addSheet('Absenties', makeRegister(100));
    ensureCell(sheet, 3000, 701).value = 'x';
    fake.resetStats();
    const read = await port.readRegister('sheet:Absenties');
    expect(read.cells[0]).toHaveLength(10);
    expect(read.cells).toHaveLength(3001);
    expect(read.cells[100]).toEqual(makeRegister(100)[100]);
  });

  it('tells the caller before reading more than 2 million cells, and cancels when it says no', async () => {
    setup();
    const reg = makeRegister(210_000);
    fake.addSheet('Absenties', reg);
    fake.resetStats();
    const asked: { cells: number; syncs: number }[] = [];
    await expect(
      port.readRegister('sheet:Absenties', {
        onLargeRead: (size) => {
          asked.push({ cells: size.cells, syncs: fake.stats.syncs });
          return false;
        },
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    // 210,001 rows x 10 columns, asked after locating the range and its first rows only.
    expect(asked).toEqual([{ cells: 2_100_010, syncs: 2 }]);
    expect(fake.stats.syncs).toBe(2);
  });

  it('takes one GeneralException on a large request as a payload error (halve and retry), not a second one', async () => {
    setup();
    fake.addSheet('Absenties', makeRegister(30_000));
    fake.resetStats();
    fake.state.failSync = (n) => (n === 3 ? new FakeRichApiError('GeneralException', 'An internal error has occurred.') : undefined);
    const read = await port.readRegister('sheet:Absenties');
    expect(read.cells).toHaveLength(30_001);
    fake.resetStats();
    fake.state.failSync = (n) => (n === 3 || n === 4 ? new FakeRichApiError('GeneralException', 'An internal error has occurred.') : undefined);
    await expect(port.readRegister('sheet:Absenties')).rejects.toMatchObject({ code: 'GeneralException' });
  });
});

describe('reopening a workbook after an analysis', () => {
  it('offers the register, not the add-in\'s own sheets, and remembers the source analysed', async () => {
    setup();
    fake.addSheet('Absenties', makeRegister(20));
    await port.writeTable(buildReportingSheet(analysis([sanneSixteen]), undefined).spec);
    await port.writeSourceChoice('sheet:Absenties');
    // "Reopened": a new adapter over the same workbook, the reporting sheet active and selected.
    fake.select(`${S}!A1:C3`);
    const reopened = new OfficeWorkbook();
    expect((await reopened.listRegisterSources()).map((s) => s.id)).toEqual(['sheet:Absenties']);
    expect(await reopened.readSourceChoice()).toBe('sheet:Absenties');
  });
});

describe('a column added to the layout later', () => {
  it('is appended to a table written before, with its default in every row, and nothing else moves', async () => {
    setup();
    const first = buildReportingSheet(analysis([sanneSixteen, daanLate]), undefined).spec;
    await port.writeTable(first);
    ensureCell(fake.sheet(S)!, 1, 16).value = 'Gemeld';
    const previous = await port.readTable(S, REPORTING_TABLE_NAME);
    const base = buildReportingSheet(analysis([sanneSixteen, daanLate]), previous).spec;
    // The next layout version adds "Overdracht" (as the MAS follow-up columns were added in version 2).
    const next = REPORTING_LAYOUT_VERSION + 1;
    const v2: SheetTableSpec = {
      ...base,
      layoutVersion: next,
      columns: [...base.columns, { header: 'Overdracht', numberFormat: '@', since: next, width: 14 }],
      rows: base.rows.map((r) => [...r, 'Open']),
    };
    const outcome = await port.writeTable(v2);
    expect(outcome).toMatchObject({ columnsAdded: 1, rowsAppended: 0 });
    const grid = await port.readTable(S, REPORTING_TABLE_NAME);
    expect(grid?.[0].slice(-2)).toEqual([H.changed, 'Overdracht']);
    expect(grid?.slice(1).map((r) => [r[16], r[31]])).toEqual([
      ['Gemeld', 'Open'],
      ['Nieuw', 'Open'],
    ]);
    // Written again at that version, nothing is added.
    expect(await port.writeTable({ ...v2, rows: v2.rows })).toMatchObject({ columnsAdded: 0, cellsWritten: 0 });
  });
});
