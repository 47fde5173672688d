import type { WorkbookPort } from '../../../src/adapters/workbook/port';
import { STORE_SHEET_NAME, HIGHLIGHT_FILL } from '../../../src/adapters/workbook/hiddenStore';
import type { CellValue } from '../../../src/core/register/types';
import {
  buildReportingSheet,
  FILLS,
  H,
  MISSING_REASON_NOTE,
  readReportingRows,
  REPORTING_SHEET_NAME,
  REPORTING_TABLE_NAME,
} from '../../../src/core/reporting/reportingSheet';
import { analysis, daanLate, emmaLuxury, flag, sanneEarly, sanneSixteen } from '../../core/reporting/flagFixtures';
import { makeRegister, REGISTER_HEADER } from './registerFixture';

/** A value now (the fake) or later (a real host, inspected through Excel.run). */
export type Awaitable<T> = T | Promise<T>;

/**
 * What a port test needs to see and touch in a workbook, apart from the port itself. Every method
 * may answer asynchronously, so the same contract runs against the fake (synchronous, in jest) and
 * against a real Excel (test/harness, through Excel.run); the contract awaits each call.
 */
export interface PortHarness {
  port: WorkbookPort;
  addSheet(name: string, values: CellValue[][], at?: string): Awaitable<void>;
  /** A table over an area of an existing sheet (0-based header row, first column). */
  addTable(name: string, sheetName: string, firstRow: number, firstColumn: number, rowCount: number, columnCount: number): Awaitable<void>;
  select(sheetName: string, firstRow: number, firstColumn: number, rowCount: number, columnCount: number): Awaitable<void>;
  /** The user types into a cell (0-based). */
  setCell(sheetName: string, row: number, column: number, value: CellValue): Awaitable<void>;
  setFill(sheetName: string, row: number, column: number, fill: string): Awaitable<void>;
  fill(sheetName: string, row: number, column: number): Awaitable<string | undefined>;
  value(sheetName: string, row: number, column: number): Awaitable<CellValue>;
  numberFormat(sheetName: string, row: number, column: number): Awaitable<string | undefined>;
  note(sheetName: string, row: number, column: number): Awaitable<string | undefined>;
  list(sheetName: string, row: number, column: number): Awaitable<readonly string[] | undefined>;
  visibility(sheetName: string): Awaitable<'visible' | 'hidden' | 'veryHidden' | undefined>;
  tablesOn(sheetName: string): Awaitable<string[]>;
  frozenRows(sheetName: string): Awaitable<number>;
  selection(): Awaitable<{ sheetName: string; areas: { firstRow: number; rowCount: number; firstColumn: number; columnCount: number }[] } | undefined>;
  /** Snapshot of every value and fill of a sheet, to prove it was not written. */
  snapshot(sheetName: string): Awaitable<string>;
  dispose(): Awaitable<void>;
}

function blankToNull(grid: CellValue[][]): CellValue[][] {
  return grid.map((r) => r.map((v) => (v === '' || v === undefined ? null : v)));
}

export function describePortContract(label: string, make: () => Awaitable<PortHarness>): void {
  describe(`WorkbookPort contract: ${label}`, () => {
    let h: PortHarness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('lists tables, sheets with content and the selection, never the hidden store', async () => {
      await h.addSheet('Absenties', makeRegister(20));
      await h.addSheet('Export', makeRegister(5));
      await h.addSheet('Leeg', []);
      await h.addTable('tblExport', 'Export', 0, 0, 6, 10);
      await h.port.writeSettings({ version: 1 });
      await h.select('Absenties', 1, 0, 10, 10);
      const sources = await h.port.listRegisterSources();
      expect(sources.map((s) => [s.id, s.kind, s.sheetName])).toEqual([
        ['table:tblExport', 'table', 'Export'],
        ['sheet:Absenties', 'sheet', 'Absenties'],
        ['sheet:Export', 'sheet', 'Export'],
        ['selection', 'selection', 'Absenties'],
      ]);
      expect(sources[3].label).toMatch(/A2:J11$/);
    });

    it('reads a sheet used range from where it starts (B3), blanks as null', async () => {
      const reg = makeRegister(30);
      await h.addSheet('Absenties', reg, 'B3');
      const read = await h.port.readRegister('sheet:Absenties');
      expect(read.firstSheetRow).toBe(3);
      expect(read.firstSheetColumn).toBe(1);
      expect(read.date1904).toBe(false);
      expect(read.cells.length).toBe(31);
      expect(read.cells[0]).toEqual(REGISTER_HEADER);
      expect(read.cells[1]).toEqual(['010000', 'de Vries', 'Sanne', '1A', 46300, 1, 50, 'AO', 'Nee', 'ouders gebeld, geen gehoor']);
      expect(read.cells[2]).toEqual(['010001', 'Jansen', 'Julia', '2B', 46301, 2, 50, 'Z', 'Ja', null]);
      expect(blankToNull(read.cells as CellValue[][])).toEqual(blankToNull(reg));
    });

    it('reads a table (with its header) and the selection', async () => {
      const reg = makeRegister(40);
      await h.addSheet('Export', reg);
      await h.addTable('tblExport', 'Export', 0, 0, 41, 10);
      const t = await h.port.readRegister('table:tblExport');
      expect(t.source).toEqual({ id: 'table:tblExport', kind: 'table', label: 'tblExport', sheetName: 'Export' });
      expect(t.cells).toEqual(blankToNull(reg));
      expect(t.firstSheetRow).toBe(1);

      await h.select('Export', 10, 0, 5, 4);
      const s = await h.port.readRegister('selection');
      expect(s.source.kind).toBe('selection');
      expect(s.firstSheetRow).toBe(11);
      expect(s.cells).toEqual(reg.slice(10, 15).map((r) => r.slice(0, 4)));
    });

    it('fails clearly for a missing sheet or table', async () => {
      await expect(h.port.readRegister('sheet:Bestaat niet')).rejects.toThrow('Blad "Bestaat niet" bestaat niet (meer).');
      await expect(h.port.readRegister('table:tblWeg')).rejects.toThrow('Tabel "tblWeg" bestaat niet (meer).');
    });

    it('cancels a read when the signal is aborted', async () => {
      await h.addSheet('Absenties', makeRegister(100));
      const ctrl = new AbortController();
      ctrl.abort();
      await expect(h.port.readRegister('sheet:Absenties', { signal: ctrl.signal })).rejects.toMatchObject({ name: 'AbortError' });
    });

    it('writes the reporting sheet as one table with formats, the status list, a frozen header and fills', async () => {
      const b = buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate]), undefined);
      await h.port.writeTable(b.spec);
      const S = REPORTING_SHEET_NAME;
      expect(await h.tablesOn(S)).toEqual([REPORTING_TABLE_NAME]);
      expect(await h.frozenRows(S)).toBe(1);
      const grid = await h.port.readTable(S, REPORTING_TABLE_NAME);
      expect(grid?.[0]).toEqual(b.spec.columns.map((c) => c.header));
      expect(blankToNull((grid ?? []).slice(1) as CellValue[][])).toEqual(blankToNull(b.spec.rows.map((r) => [...r])));
      // Begindatum (column I = 8) is a serial with a date format; the id column is text.
      expect(await h.value(S, 1, 8)).toBe(46300);
      expect(await h.numberFormat(S, 1, 8)).toBe('dd-mm-yyyy');
      expect(await h.numberFormat(S, 1, 10)).toBe('0.00');
      expect(await h.numberFormat(S, 1, 0)).toBe('@');
      expect(await h.list(S, 2, 16)).toEqual(['Nieuw', 'In behandeling', 'Gemeld', 'Niet melden', 'Afgesloten']);
      // Sanne's report-by date passed on asOf 27-11-2026: red; the school's early signal: no fill.
      expect(await h.fill(S, 1, 0)).toBe(FILLS.urgent);
      expect(await h.fill(S, 1, 20)).toBe(FILLS.urgent);
      expect(await h.fill(S, 2, 0)).toBeUndefined();
    });

    it('keeps pupil numbers with leading zeros and all-digit ids as text', async () => {
      const digits = flag({ ...emmaLuxury, id: '004200000017' });
      await h.port.writeTable(buildReportingSheet(analysis([digits]), undefined).spec);
      expect(await h.value(REPORTING_SHEET_NAME, 1, 0)).toBe('004200000017');
      expect(await h.value(REPORTING_SHEET_NAME, 1, 1)).toBe('00417');
    });

    it('refill: user columns kept by id, new flags Nieuw, lapsed with content kept and marked, others gone', async () => {
      const S = REPORTING_SHEET_NAME;
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate, emmaLuxury]), undefined).spec);
      // The user works in Excel: Sanne reported, Emma explained, an actions note on the early signal.
      await h.setCell(S, 1, 16, 'Gemeld');
      await h.setCell(S, 1, 18, 46346);
      await h.setCell(S, 1, 19, 'VM-2026-0081');
      await h.setCell(S, 2, 20, 'Mentorgesprek 23-10');
      await h.setCell(S, 4, 16, 'Niet melden');
      await h.setCell(S, 4, 17, 'Verlof achteraf verleend door directeur');
      const previous = await h.port.readTable(S, REPORTING_TABLE_NAME);
      const longTerm = flag({
        id: 'aa11bb22cc33', studentId: '10876', studentName: 'Noah Bakker', className: '5V', category: 'long-term',
        duoType: 'LRV', end: '2026-11-24', hours: 100, occurrences: 100, reportTo: 'leerplicht', masBranch: 'A', reportBy: '2026-12-01',
      });
      const second = buildReportingSheet(analysis([sanneSixteen, sanneEarly, longTerm]), previous);
      await h.port.writeTable(second.spec);
      const entries = readReportingRows(await h.port.readTable(S, REPORTING_TABLE_NAME));
      expect([...entries.keys()]).toEqual(['3f9c2a7e1b0d', '5a1b77c0de21', 'aa11bb22cc33', '0042c1d9be7f']);
      expect(entries.get('3f9c2a7e1b0d')).toMatchObject({ status: 'Gemeld', reportedOn: '2026-11-20', duoNumber: 'VM-2026-0081', lapsed: false });
      expect(entries.get('5a1b77c0de21')).toMatchObject({ status: 'Nieuw', actions: 'Mentorgesprek 23-10' });
      expect(entries.get('aa11bb22cc33')).toMatchObject({ status: 'Nieuw', reason: '', lapsed: false });
      expect(entries.get('0042c1d9be7f')).toMatchObject({ status: 'Niet melden', reason: 'Verlof achteraf verleend door directeur', lapsed: true });
      expect(entries.has('9e0d41aa7c33')).toBe(false);
      expect(await h.value(S, 4, 15)).toBe('ja');
      expect(await h.fill(S, 4, 0)).toBe(FILLS.lapsed);
      expect(await h.tablesOn(S)).toEqual([REPORTING_TABLE_NAME]);
      // Nothing of the first fill is left below the new table.
      expect(await h.value(S, 5, 0) ?? null).toBeNull();
    });

    it('marks "Niet melden" without a reason on the reason cell (fill and note)', async () => {
      const S = REPORTING_SHEET_NAME;
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, daanLate]), undefined).spec);
      await h.setCell(S, 2, 16, 'Niet melden');
      const again = buildReportingSheet(analysis([sanneSixteen, daanLate]), await h.port.readTable(S, REPORTING_TABLE_NAME));
      await h.port.writeTable(again.spec);
      expect(await h.fill(S, 2, 17)).toBe(FILLS.missingReason.toUpperCase());
      expect(await h.note(S, 2, 17)).toBe(MISSING_REASON_NOTE);
      expect(await h.note(S, 1, 17)).toBeUndefined();
      // Once a reason is given and the sheet refilled, the mark goes.
      await h.setCell(S, 2, 17, 'Vervoersprobleem, afspraak met ouders');
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, daanLate]), await h.port.readTable(S, REPORTING_TABLE_NAME)).spec);
      expect(await h.note(S, 2, 17)).toBeUndefined();
      expect(await h.fill(S, 2, 17)).toBe(FILLS.leerplicht);
      expect(readReportingRows(await h.port.readTable(S, REPORTING_TABLE_NAME)).get(daanLate.id)?.reason).toBe('Vervoersprobleem, afspraak met ouders');
    });

    it('an analysis without flags writes the header only, and a refill over it works', async () => {
      await h.port.writeTable(buildReportingSheet(analysis([]), undefined).spec);
      const empty = await h.port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
      expect(empty?.[0]?.[0]).toBe('Signaal-id');
      expect(readReportingRows(empty).size).toBe(0);
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen]), empty).spec);
      expect([...readReportingRows(await h.port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME)).keys()]).toEqual([sanneSixteen.id]);
    });

    it('refuses to write a table over the settings sheet, or under a table name used on another sheet', async () => {
      await h.addSheet('Export', makeRegister(5));
      await h.addTable('tblExport', 'Export', 0, 0, 6, 10);
      const spec = buildReportingSheet(analysis([sanneSixteen]), undefined).spec;
      await expect(h.port.writeTable({ ...spec, sheetName: STORE_SHEET_NAME })).rejects.toThrow(/gereserveerd/);
      await expect(h.port.writeTable({ ...spec, tableName: 'tblExport' })).rejects.toThrow('De tabelnaam "tblExport" is al in gebruik op een ander blad.');
    });

    it('readTable gives undefined for a missing sheet', async () => {
      expect(await h.port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME)).toBeUndefined();
    });

    it('round-trips settings through a very hidden sheet, also when larger than one cell', async () => {
      expect(await h.port.readSettings()).toBeUndefined();
      const doc = {
        version: 1,
        school: { name: 'Het Baken College', brin: '12AB', location: 'Zwolle', reporter: { name: 'A. de Wit', function: 'verzuimcoördinator', phone: '038-1234567', email: 'verzuim@hetbaken.nl' } },
        calendar: { region: 'noord', daysOff: Array.from({ length: 5000 }, (_, i) => `2026-${String(1 + (i % 12)).padStart(2, '0')}-10`) },
        codes: { '=AO': 'unauthorised', '+Z': 'sick', '0012': 'late' },
      };
      expect(JSON.stringify(doc).length).toBeGreaterThan(60_000);
      await h.port.writeSettings(doc);
      expect(await h.port.readSettings()).toEqual(doc);
      expect(await h.visibility(STORE_SHEET_NAME)).toBe('veryHidden');
      await h.port.writeSettings({ version: 1, school: { name: 'Kort' } });
      expect(await h.port.readSettings()).toEqual({ version: 1, school: { name: 'Kort' } });
    });

    it('highlights register rows and restores the original fills exactly on clear', async () => {
      await h.addSheet('Absenties', makeRegister(60));
      await h.setFill('Absenties', 12, 2, '#C6EFCE');
      await h.setFill('Absenties', 41, 0, '#FFC7CE');
      const before = await h.snapshot('Absenties');
      await h.port.highlightRows('Absenties', [13, 12, 40, 41, 42], 0, 10);
      expect(await h.fill('Absenties', 11, 0)).toBe(HIGHLIGHT_FILL);
      expect(await h.fill('Absenties', 12, 2)).toBe(HIGHLIGHT_FILL);
      expect(await h.fill('Absenties', 41, 9)).toBe(HIGHLIGHT_FILL);
      expect(await h.fill('Absenties', 13, 0)).toBeUndefined();
      // A second highlight first undoes the first.
      await h.port.highlightRows('Absenties', [30], 0, 10);
      expect(await h.fill('Absenties', 11, 0)).toBeUndefined();
      expect(await h.fill('Absenties', 12, 2)).toBe('#C6EFCE');
      expect(await h.fill('Absenties', 29, 5)).toBe(HIGHLIGHT_FILL);
      await h.port.clearHighlight();
      expect(await h.snapshot('Absenties')).toBe(before);
      await h.port.clearHighlight();
      expect(await h.snapshot('Absenties')).toBe(before);
    });

    it('selects the counted rows as areas of the register', async () => {
      await h.addSheet('Absenties', makeRegister(60));
      await h.port.selectRows('Absenties', [12, 13, 40, 41], 0, 10);
      // Selecting several areas (RangeAreas.select) needs ExcelApi 1.18; below it, the first run.
      const severalAreas = typeof Office === 'undefined' || Office.context.requirements.isSetSupported('ExcelApi', '1.18');
      const first = { firstRow: 11, rowCount: 2, firstColumn: 0, columnCount: 10 };
      const second = { firstRow: 39, rowCount: 2, firstColumn: 0, columnCount: 10 };
      expect(await h.selection()).toEqual({ sheetName: 'Absenties', areas: severalAreas ? [first, second] : [first] });
    });

    it('never writes the register on the analysis paths (read, fill the sheet, settings)', async () => {
      await h.addSheet('Absenties', makeRegister(200));
      const before = await h.snapshot('Absenties');
      await h.port.listRegisterSources();
      await h.port.readRegister('sheet:Absenties');
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, daanLate]), undefined).spec);
      await h.port.writeSettings({ version: 1 });
      await h.port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
      expect(await h.snapshot('Absenties')).toBe(before);
      expect(H.status).toBe('Status');
    });
  });
}
