import { OfficeWorkbook } from '../../../src/adapters/excel/officeWorkbook';
import { REQUEST_BUDGET_BYTES } from '../../../src/adapters/excel/payload';
import type { Progress } from '../../../src/adapters/workbook/port';
import { buildReportingSheet, readReportingRows, REPORTING_SHEET_NAME, REPORTING_TABLE_NAME } from '../../../src/core/reporting/reportingSheet';
import { analysis, manyFlags } from '../../core/reporting/flagFixtures';
import { createExcelFake, type ExcelFake } from '../../fakes/excel';
import { makeRegister } from './registerFixture';

const TWO_MB = 2 * 1024 * 1024;

describe('Office adapter at school scale (Excel fake)', () => {
  let fake: ExcelFake;
  const port = new OfficeWorkbook();
  afterEach(() => fake.uninstall());

  function setup(options: Parameters<typeof createExcelFake>[0] = {}): void {
    fake = createExcelFake(options);
    fake.install();
  }

  it('reads a 50,000-row register in ≤ one sync per 10,000 rows + 3, no request over 2 MB, same cells', async () => {
    setup();
    const reg = makeRegister(50_000);
    fake.addSheet('Absenties', reg);
    fake.resetStats();
    const progress: Progress[] = [];
    const read = await port.readRegister('sheet:Absenties', { onProgress: (p) => progress.push(p) });
    const chunks = Math.ceil(50_001 / 10_000);
    expect(fake.stats.syncs).toBeLessThanOrEqual(chunks + 3);
    // 1 locate, 1 for the first 30 rows with their formats (width, date columns), 5 chunks of 10,000.
    expect(fake.stats.syncs).toBe(7);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(TWO_MB);
    expect(read.cells.length).toBe(50_001);
    expect(read.cells[0]).toEqual(reg[0]);
    expect(read.cells[25_000]).toEqual(reg[25_000]);
    expect(read.cells[50_000]).toEqual(reg[50_000]);
    expect(read.cells).toEqual(reg);
    expect(progress.map((p) => Math.round(p.fraction * 100))).toEqual([20, 40, 60, 80, 100]);
    expect(progress[progress.length - 1].message).toBe('50001 van 50001 rijen gelezen');
  });

  it('reads the same register as a table source and as a selection, within the same limits', async () => {
    setup();
    const reg = makeRegister(50_000);
    fake.addSheet('Export', reg);
    fake.addTable('tblVerzuim', 'Export', { r0: 0, c0: 0, rows: 50_001, cols: 10 });
    fake.resetStats();
    const t = await port.readRegister('table:tblVerzuim');
    expect(t.cells).toEqual(reg);
    expect(fake.stats.syncs).toBeLessThanOrEqual(6 + 3);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(TWO_MB);

    fake.select('Export!A1:J20001');
    fake.resetStats();
    const s = await port.readRegister('selection');
    expect(s.cells).toEqual(reg.slice(0, 20_001));
    expect(fake.stats.syncs).toBeLessThanOrEqual(3 + 3);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(TWO_MB);
  });

  it('halves the chunk and retries when Excel refuses the payload, and keeps the smaller size', async () => {
    setup({ payloadLimitBytes: 200_000 });
    const reg = makeRegister(50_000);
    fake.addSheet('Absenties', reg);
    fake.resetStats();
    const read = await port.readRegister('sheet:Absenties');
    expect(read.cells).toEqual(reg);
    const req = fake.stats.requests;
    // Request 0 locates the range, 1 reads the first 30 rows; 10,000 rows (~560 KB) and 5,000 rows
    // (~280 KB) are refused, then 2,500-row chunks pass and the reader stays at that size: no
    // refusal after the first success (49,971 rows left: 20 chunks).
    expect(req.slice(2, 4).every((b) => b > 200_000)).toBe(true);
    expect(req.slice(4).every((b) => b <= 200_000)).toBe(true);
    expect(req.length).toBeGreaterThanOrEqual(2 + 2 + 20);
    expect(req.length).toBeLessThanOrEqual(2 + 2 + 22);
  });

  it('stops reading when cancelled between chunks', async () => {
    setup();
    fake.addSheet('Absenties', makeRegister(50_000));
    fake.resetStats();
    const ctrl = new AbortController();
    const reading = port.readRegister('sheet:Absenties', {
      signal: ctrl.signal,
      onProgress: (p) => {
        if (p.fraction >= 0.39) ctrl.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.stats.syncs).toBe(4); // locate + first rows + two chunks, then no more requests
  });

  it('reports the 1904 date system and keeps sheet-table dates right in it', async () => {
    setup({ date1904: true });
    fake.addSheet('Absenties', makeRegister(10));
    expect((await port.readRegister('sheet:Absenties')).date1904).toBe(true);
    const build = buildReportingSheet(analysis(manyFlags(3)), undefined);
    await port.writeTable(build.spec);
    // Begindatum of flag 0 is 2026-09-01: serial 46266 in the 1900 system, 44804 in the 1904 one.
    expect(fake.valuesOf(REPORTING_SHEET_NAME, 'I2')[0][0]).toBe(46266 - 1462);
    const back = await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
    expect(back?.[1][8]).toBe(46266);
  });

  async function writeFlags(n: number, previous = false): Promise<number> {
    const build = buildReportingSheet(analysis(manyFlags(n)), previous ? await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME) : undefined);
    fake.resetStats();
    await port.writeTable(build.spec);
    return fake.stats.syncs;
  }

  it('writes the reporting sheet for 200 and for 2,000 flags in the same, constant number of syncs', async () => {
    setup();
    fake.addSheet('Absenties', makeRegister(100));
    const new200 = await writeFlags(200);
    fake.state.sheets = fake.state.sheets.filter((s) => s.name !== REPORTING_SHEET_NAME);
    fake.state.tables = [];
    const new2000 = await writeFlags(2000);
    // 2 to see what is there, header and values, the table with its formats and rules, the column map.
    expect(new200).toBe(5);
    expect(new2000).toBe(5);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(TWO_MB);
    // A refill: 2 to read the table, 1 for the rules on it, 1 with every write (1,800 rows marked
    // lapsed, then unmarked); a refill without change writes nothing.
    expect(await writeFlags(200, true)).toBe(4);
    expect(await writeFlags(2000, true)).toBe(4);
    // Without change: the reads (table, column ids, rules) and no write request.
    expect(await writeFlags(2000, true)).toBeLessThanOrEqual(4);
    expect(fake.stats.writes.filter((w) => w.sheet === REPORTING_SHEET_NAME)).toEqual([]);
    const S = fake.sheet(REPORTING_SHEET_NAME)!;
    const table = fake.state.tables.find((t) => t.name === REPORTING_TABLE_NAME)!;
    expect(table.sheet).toBe(S);
    expect(table.box).toEqual({ r0: 0, c0: 0, rows: 2001, cols: 31 });
    expect(fake.valuesOf(REPORTING_SHEET_NAME, 'A1:C1')).toEqual([['Signaal-id', 'Leerlingnummer', 'Naam']]);
    expect(fake.cell(REPORTING_SHEET_NAME, 'I2001')?.numberFormat).toBe('dd-mm-yyyy');
    expect(fake.cell(REPORTING_SHEET_NAME, 'K2')?.numberFormat).toBe('0.00');
    const status = S.validations.find((v) => v.box.c0 === 16);
    expect(status?.box).toEqual({ r0: 1, c0: 16, rows: 2000, cols: 1 });
    expect(status?.rule).toEqual({ list: { inCellDropDown: true, source: 'Nieuw,In behandeling,Gemeld,Niet melden,Afgesloten' } });
    expect(S.frozenRows).toBe(1);
    fake.resetStats();
    const back = await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
    expect(fake.stats.syncs).toBe(2);
    expect(readReportingRows(back).size).toBe(2000);
  });

  it('selects only the first run of rows where multi-area ranges are not supported (before ExcelApi 1.9)', async () => {
    setup({ excelApi: '1.8' });
    fake.addSheet('Absenties', makeRegister(60));
    await port.selectRows('Absenties', [40, 41, 12, 13], 0, 10);
    expect(fake.state.selection?.areas).toEqual([{ r0: 11, c0: 0, rows: 2, cols: 10 }]);
    expect(fake.state.activeSheet?.name).toBe('Absenties');
  });

  it('sends no write to the register sheet on the analysis paths; only the highlight writes there', async () => {
    setup();
    fake.addSheet('Absenties', makeRegister(500));
    fake.resetStats();
    await port.listRegisterSources();
    await port.readRegister('sheet:Absenties');
    await port.writeTable(buildReportingSheet(analysis(manyFlags(50)), undefined).spec);
    await port.writeSettings({ version: 1 });
    await port.readSettings();
    await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
    await port.selectRows('Absenties', [2, 3], 0, 10);
    expect(fake.stats.writes.filter((w) => w.sheet === 'Absenties')).toEqual([]);
    await port.highlightRows('Absenties', [2, 3], 0, 10);
    expect(fake.stats.writes.filter((w) => w.sheet === 'Absenties').map((w) => [w.kind, w.address])).toEqual([['fill', 'Absenties!A2:J3']]);
  });

  it('offers no selection source when only the active cell is selected (Excel always has one)', async () => {
    setup();
    fake.addSheet('Absenties', makeRegister(10));
    const sources = await port.listRegisterSources();
    expect(sources.map((s) => s.id)).toEqual(['sheet:Absenties']);
  });

  it('sends the last block of a two-block sheet with the table: 6,000 flags in the syncs of 200', async () => {
    setup();
    fake.addSheet('Absenties', makeRegister(100));
    const build = buildReportingSheet(analysis(manyFlags(6000)), undefined);
    fake.resetStats();
    await port.writeTable(build.spec);
    // More than one budget of values, so two value requests; the second also creates the table.
    expect(fake.stats.requests.reduce((a, b) => a + b, 0)).toBeGreaterThan(REQUEST_BUDGET_BYTES);
    expect(fake.stats.syncs).toBe(5);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    const table = fake.state.tables.find((t) => t.name === REPORTING_TABLE_NAME)!;
    expect(table.box).toEqual({ r0: 0, c0: 0, rows: 6001, cols: build.spec.columns.length });
    const back = await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
    expect(back?.length).toBe(6001);
    expect(back?.[6000][0]).toBe(build.spec.rows[5999][0]);
    expect(fake.cell(REPORTING_SHEET_NAME, 'I6001')?.numberFormat).toBe('dd-mm-yyyy');
  });

  it('splits a table larger than the request budget into blocks, each request within 2 MB', async () => {
    setup();
    const flags = manyFlags(20_000);
    const build = buildReportingSheet(analysis(flags), undefined);
    fake.resetStats();
    await port.writeTable(build.spec);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(fake.stats.syncs).toBeGreaterThan(3);
    // 20,000 rows of 30 columns (with the MAS follow-up columns, mostly blank) are about 8 budgets of 2 MB.
    expect(fake.stats.syncs).toBeLessThanOrEqual(10);
    const back = await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
    expect(back?.length).toBe(20_001);
    expect(back?.[20_000][0]).toBe(build.spec.rows[19_999][0]);
  });
});
