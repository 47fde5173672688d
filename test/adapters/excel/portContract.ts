import type { WorkbookPort } from '../../../src/adapters/workbook/port';
import { STORE_SHEET_NAME, HIGHLIGHT_FILL } from '../../../src/adapters/workbook/hiddenStore';
import type { CellValue } from '../../../src/core/register/types';
import {
  buildReportingSheet,
  FILLS,
  H,
  updateReportingEntry,
  readReportingRows,
  REPORTING_SHEET_NAME,
  REPORTING_TABLE_NAME,
} from '../../../src/core/reporting/reportingSheet';
import { analysis, daanLate, emmaLuxury, flag, sanneEarly, sanneSixteen } from '../../core/reporting/flagFixtures';
import { makeRegister, REGISTER_HEADER } from './registerFixture';
import type { UserTableActions } from './userTableActions';

/** A value now (the fake) or later (a real host, inspected through Excel.run). */
export type Awaitable<T> = T | Promise<T>;

/**
 * What a port test needs to see and touch in a workbook, apart from the port itself. Every method
 * may answer asynchronously, so the same contract runs against the fake (synchronous, in jest) and
 * against a real Excel (test/harness, through Excel.run); the contract awaits each call.
 */
export interface PortHarness extends UserTableActions {
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
  /** The user renames a sheet (Worksheet.name). */
  renameSheet(from: string, to: string): Awaitable<void>;
  /** The user types a formula into a cell (0-based); formula() reads it back (undefined for none). */
  setFormula(sheetName: string, row: number, column: number, formula: string): Awaitable<void>;
  formula(sheetName: string, row: number, column: number): Awaitable<string | undefined>;
  /** The user adds a note to a cell. */
  addNote(sheetName: string, row: number, column: number, text: string): Awaitable<void>;
  /** Custom conditional formats on a sheet: the cells they cover (A1, no sheet), formula and fill (upper case). */
  conditionalFormats(sheetName: string): Awaitable<{ address: string; formula: string; fill: string }[]>;
  /** Sheet protection on (Worksheet.protection.protect()). */
  protectSheet(sheetName: string): Awaitable<void>;

  dispose(): Awaitable<void>;
}

/**
 * Dutch public holidays from 27-11-2026 for a year, as 1900-system serials: 25-26 Dec 2026
 * (46381, 46382), New Year 2027 (46388), Easter Monday 29 Mar (46475), King's Day 27 Apr (46504),
 * Ascension 6 May (46513), Whit Monday 17 May (46524); 25 Dec 2027 is 46746, past the year.
 */
const HOLIDAYS_FROM_27_11_2026 = '46381,46382,46388,46475,46504,46513,46524';

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
      // Urgency colours are conditional formats on the body (A2:AE4), a rule per colour, not fills:
      // they stay true as days pass. WORKDAY skips the Dutch public holidays of the coming year
      // (from 27-11-2026: Christmas 2026, then 2027's New Year to Christmas), as serials.
      const rules = await h.conditionalFormats(S);
      expect(rules.map((r) => [r.address, r.fill])).toEqual([
        ['A2:AE4', FILLS.lapsed],
        ['A2:AE4', FILLS.urgent],
        ['A2:AE4', FILLS.leerplicht],
        ['A2:AE4', FILLS.jeugdarts],
        ['R2:R4', FILLS.missingReason.toUpperCase()],
        // output.md's follow-up checks, marked the same way: a date before Begindatum (I) in
        // Gemeld op (S), Contact leerplicht op (X), Route gekozen op (Z), Terugkoppeling op (AB),
        // Afgesloten op (AD); a Route (Y) without Gemeld op.
        ['S2:S4', FILLS.followUpProblem.toUpperCase()],
        ['X2:X4', FILLS.followUpProblem.toUpperCase()],
        ['Z2:Z4', FILLS.followUpProblem.toUpperCase()],
        ['AB2:AB4', FILLS.followUpProblem.toUpperCase()],
        ['AD2:AD4', FILLS.followUpProblem.toUpperCase()],
        ['Y2:Y4', FILLS.followUpProblem.toUpperCase()],
      ]);
      expect(rules[1].formula).toBe(
        '=AND(N("vs:urgent")=0,NOT(TRIM($P2)="ja"),AND(TRIM($M2)="Leerplicht",NOT(OR(TRIM($Q2)="Gemeld",TRIM($Q2)="Niet melden",TRIM($Q2)="Afgesloten")),' +
          `ISNUMBER($O2),$O2<=WORKDAY(TODAY(),2,{${HOLIDAYS_FROM_27_11_2026}})))`,
      );
      expect(rules[4].formula).toBe('=AND(N("vs:reason")=0,TRIM($Q2)="Niet melden",LEN(TRIM($R2))=0)');
      expect(rules[6].formula).toBe('=AND(N("vs:before-start-contactOn")=0,ISNUMBER($X2),ISNUMBER($I2),$X2<$I2)');
      expect(rules[10].formula).toBe('=AND(N("vs:route-unreported")=0,LEN(TRIM($Y2))>0,NOT(ISNUMBER($S2)))');
    });

    it('keeps pupil numbers with leading zeros and all-digit ids as text', async () => {
      const digits = flag({ ...emmaLuxury, id: '004200000017' });
      await h.port.writeTable(buildReportingSheet(analysis([digits]), undefined).spec);
      expect(await h.value(REPORTING_SHEET_NAME, 1, 0)).toBe('004200000017');
      expect(await h.value(REPORTING_SHEET_NAME, 1, 1)).toBe('00417');
    });

    it('refill in place: user columns kept, new flags appended as Nieuw, lapsed rows marked, nothing else written', async () => {
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
      const fresh = analysis([{ ...sanneSixteen, hours: 17.5 }, sanneEarly, longTerm]);
      const outcome = await h.port.writeTable(buildReportingSheet(fresh, previous).spec);
      // Rows stay where they were; Noah is appended; Daan and Emma no longer arise and are marked.
      const entries = readReportingRows(await h.port.readTable(S, REPORTING_TABLE_NAME));
      expect([...entries.keys()]).toEqual(['3f9c2a7e1b0d', '5a1b77c0de21', '9e0d41aa7c33', '0042c1d9be7f', 'aa11bb22cc33']);
      expect(entries.get('3f9c2a7e1b0d')).toMatchObject({ status: 'Gemeld', reportedOn: '2026-11-20', duoNumber: 'VM-2026-0081', lapsed: false });
      expect(entries.get('5a1b77c0de21')).toMatchObject({ status: 'Nieuw', actions: 'Mentorgesprek 23-10' });
      expect(entries.get('aa11bb22cc33')).toMatchObject({ status: 'Nieuw', reason: '', lapsed: false });
      expect(entries.get('0042c1d9be7f')).toMatchObject({ status: 'Niet melden', reason: 'Verlof achteraf verleend door directeur', lapsed: true });
      expect(entries.get('9e0d41aa7c33')).toMatchObject({ status: 'Nieuw', lapsed: true });
      expect(await h.value(S, 1, 10)).toBe(17.5);
      expect(await h.value(S, 3, 15)).toBe('ja');
      expect(await h.value(S, 4, 15)).toBe('ja');
      expect(await h.value(S, 5, 0)).toBe('aa11bb22cc33');
      expect(outcome).toMatchObject({ created: false, rowsAppended: 1, columnsAdded: 0 });
      // Sanne was reported with other hours: her row says what moved (Gewijzigd, the last column).
      expect(entries.get('3f9c2a7e1b0d')?.changes).toEqual([{ field: 'hours', from: 16.67, to: 17.5 }]);
      expect(await h.value(S, 1, 30)).toBe('uren 16,67 → 17,5');
      // Written: Sanne's hours and what changed, two lapsed marks, and Noah's filled cells.
      const noahCells = buildReportingSheet(fresh, previous).spec.rows[2].filter((v) => v !== null).length;
      expect(outcome.cellsWritten).toBe(2 + 2 + noahCells);
      expect(await h.tablesOn(S)).toEqual([REPORTING_TABLE_NAME]);
      // A refill with nothing new writes nothing.
      const again = await h.port.writeTable(buildReportingSheet(fresh, await h.port.readTable(S, REPORTING_TABLE_NAME)).spec);
      expect(again).toMatchObject({ cellsWritten: 0, rowsAppended: 0, columnsAdded: 0 });
    });

    it('a refill keeps a formula in a user column, a note, and formulas elsewhere on the table', async () => {
      const S = REPORTING_SHEET_NAME;
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate]), undefined).spec);
      // In Excel: a note on Daan's reason, a filter and sort on the table, a count on another sheet.
      await h.setFormula(S, 1, 20, '=I2+14');
      // Notes through the API need ExcelApi 1.18 (the harness cannot add one below it).
      const notes = typeof Office === 'undefined' || Office.context.requirements.isSetSupported('ExcelApi', '1.18');
      if (notes) await h.addNote(S, 3, 2, 'Ouders bellen terug na de herfstvakantie');
      await h.addSheet('Overzicht', [['Gemeld']]);
      await h.setFormula('Overzicht', 0, 1, '=COUNTIF(Verzuimsignalen[Status],"Gemeld")');
      const previous = await h.port.readTable(S, REPORTING_TABLE_NAME);
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, daanLate, emmaLuxury]), previous).spec);
      expect(await h.formula(S, 1, 20)).toBe('=I2+14');
      if (notes) expect(await h.note(S, 3, 2)).toBe('Ouders bellen terug na de herfstvakantie');
      expect(await h.formula('Overzicht', 0, 1)).toBe('=COUNTIF(Verzuimsignalen[Status],"Gemeld")');
      expect(await h.value('Overzicht', 0, 1)).not.toBe('#REF!');
      // The early signal is marked lapsed where it was, Emma appended below.
      const grid = await h.port.readTable(S, REPORTING_TABLE_NAME);
      expect(grid?.slice(1).map((r) => [r[0], r[15]])).toEqual([
        [sanneSixteen.id, null],
        [sanneEarly.id, 'ja'],
        [daanLate.id, null],
        [emmaLuxury.id, null],
      ]);
    });

    it("a refill keeps the user's own date column with its formulas, a note, the filter, the sort order and a count of Verzuimsignalen[Status] elsewhere", async () => {
      const S = REPORTING_SHEET_NAME;
      const T = REPORTING_TABLE_NAME;
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate]), undefined).spec);
      // In Excel: the coordinator sorts on Signaal-id, newest first (Daan, Sanne's early signal, her 16 hours) ...
      await h.sortTable(T, 0, false);
      expect([await h.value(S, 1, 0), await h.value(S, 2, 0), await h.value(S, 3, 0)]).toEqual([daanLate.id, sanneEarly.id, sanneSixteen.id]);
      // ... adds a column "Terugbellen op" (AF, after the add-in's 31 columns): the start date (I) plus two weeks, shown as a date ...
      await h.addTableColumn(T, 'Terugbellen op');
      for (const r of [1, 2, 3]) {
        await h.setFormula(S, r, 31, `=I${r + 1}+14`);
        await h.setNumberFormat(S, r, 31, 'dd-mm-yyyy');
      }
      // ... reports Sanne's 16 hours, filters on Status "Nieuw", notes a call, and counts the reports elsewhere.
      await h.setCell(S, 3, 16, 'Gemeld');
      await h.filterTable(T, 16, ['Nieuw']);
      const notes = typeof Office === 'undefined' || Office.context.requirements.isSetSupported('ExcelApi', '1.18');
      if (notes) await h.addNote(S, 1, 2, 'Vader belt terug');
      await h.addSheet('Overzicht', [['Gemeld']]);
      await h.setFormula('Overzicht', 0, 1, '=COUNTIF(Verzuimsignalen[Status],"Gemeld")');

      const previous = await h.port.readTable(S, T);
      expect(previous?.[0]?.[31]).toBe('Terugbellen op');
      const outcome = await h.port.writeTable(buildReportingSheet(analysis([{ ...sanneSixteen, hours: 17.5 }, sanneEarly, daanLate, emmaLuxury]), previous).spec);
      expect(outcome).toMatchObject({ rowsAppended: 1, columnsAdded: 0 });

      // The rows stay in the user's order (Emma appended), Sanne's new hours in her row.
      const ids: CellValue[] = [];
      for (const r of [1, 2, 3, 4]) ids.push(await h.value(S, r, 0));
      expect(ids).toEqual([daanLate.id, sanneEarly.id, sanneSixteen.id, emmaLuxury.id]);
      expect(await h.value(S, 3, 10)).toBe(17.5);
      expect(await h.value(S, 3, 16)).toBe('Gemeld');
      // The user's column: header, formulas and date format as they were.
      expect(await h.value(S, 0, 31)).toBe('Terugbellen op');
      for (const r of [1, 2, 3]) {
        expect(await h.formula(S, r, 31)).toBe(`=I${r + 1}+14`);
        expect(await h.numberFormat(S, r, 31)).toBe('dd-mm-yyyy');
      }
      // The filter and the sort the user set are the table's still.
      expect((await h.tableFilter(T))[16]).toMatchObject({ filterOn: 'Values', values: ['Nieuw'] });
      expect(await h.tableSort(T)).toEqual([{ key: 0, ascending: false }]);
      if (notes) expect(await h.note(S, 1, 2)).toBe('Vader belt terug');
      expect(await h.formula('Overzicht', 0, 1)).toBe('=COUNTIF(Verzuimsignalen[Status],"Gemeld")');
      expect(await h.value('Overzicht', 0, 1)).toBe(1);
      expect(await h.tablesOn(S)).toEqual([T]);
    });

    it('recognises a renamed known header through the column map, and refuses a missing one without writing', async () => {
      const S = REPORTING_SHEET_NAME;
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, daanLate]), undefined).spec);
      // The user renames "Reden / toelichting" (R) and fills in a reason under the new name.
      await h.setCell(S, 0, 17, 'Toelichting coördinator');
      await h.setCell(S, 1, 17, 'Gesprek gepland');
      const previous = await h.port.readTable(S, REPORTING_TABLE_NAME);
      expect(previous?.[0]?.[17]).toBe(H.reason);
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, daanLate, emmaLuxury]), previous).spec);
      expect(await h.value(S, 0, 17)).toBe('Toelichting coördinator');
      expect((await h.value(S, 0, 31)) ?? null).toBeNull();
      expect(readReportingRows(await h.port.readTable(S, REPORTING_TABLE_NAME)).get(sanneSixteen.id)?.reason).toBe('Gesprek gepland');
      // A table the add-in has no map for, lacking known columns: refused, nothing written.
      await h.addSheet('Blad2', [[H.id, H.studentId], ['x1', '1']]);
      await h.addTable('Kopie', 'Blad2', 0, 0, 2, 2);
      const before = await h.snapshot('Blad2');
      const spec = buildReportingSheet(analysis([sanneSixteen]), await h.port.readTable('Blad2', 'Kopie')).spec;
      await expect(h.port.writeTable({ ...spec, sheetName: 'Blad2', tableName: 'Kopie' })).rejects.toThrow(/mist de kolom "Naam", "Klas"/);
      expect(await h.snapshot('Blad2')).toBe(before);
    });

    it('changing one status writes that row only', async () => {
      const S = REPORTING_SHEET_NAME;
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate]), undefined).spec);
      const previous = await h.port.readTable(S, REPORTING_TABLE_NAME);
      const change = updateReportingEntry(previous ?? [], daanLate.id, { status: 'Niet melden', reason: 'Vervoersprobleem' }, '2026-11-27');
      const outcome = await h.port.writeTable(change.spec);
      expect(outcome).toMatchObject({ cellsWritten: 2, rowsAppended: 0, columnsAdded: 0 });
      expect(await h.value(S, 3, 16)).toBe('Niet melden');
      expect(await h.value(S, 3, 17)).toBe('Vervoersprobleem');
    });

    it('keeps classes such as "1-2" and "3/4" as text', async () => {
      await h.port.writeTable(buildReportingSheet(analysis([flag({ ...sanneSixteen, className: '1-2' }), flag({ ...daanLate, className: '3/4' })]), undefined).spec);
      expect(await h.value(REPORTING_SHEET_NAME, 1, 3)).toBe('1-2');
      expect(await h.value(REPORTING_SHEET_NAME, 2, 3)).toBe('3/4');
      expect(await h.numberFormat(REPORTING_SHEET_NAME, 1, 3)).toBe('@');
    });

    it('refuses to write into a protected sheet with a message, writing nothing', async () => {
      const S = REPORTING_SHEET_NAME;
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen]), undefined).spec);
      await h.protectSheet(S);
      const before = await h.snapshot(S);
      const previous = await h.port.readTable(S, REPORTING_TABLE_NAME);
      await expect(h.port.writeTable(buildReportingSheet(analysis([sanneSixteen, daanLate]), previous).spec)).rejects.toThrow(/Het blad "Verzuimsignalen" is beveiligd/);
      expect(await h.snapshot(S)).toBe(before);
    });

    it('never offers its own sheets and tables as a register source, and keeps the chosen source', async () => {
      await h.addSheet('Absenties', makeRegister(20));
      await h.port.writeTable(buildReportingSheet(analysis([sanneSixteen]), undefined).spec);
      await h.port.writeSettings({ version: 1 });
      await h.select(REPORTING_SHEET_NAME, 0, 0, 2, 3);
      expect((await h.port.listRegisterSources()).map((s) => s.id)).toEqual(['sheet:Absenties']);
      expect(await h.port.readSourceChoice()).toBeUndefined();
      await h.port.writeSourceChoice('sheet:Absenties');
      expect(await h.port.readSourceChoice()).toBe('sheet:Absenties');
      expect(await h.port.readSettings()).toEqual({ version: 1 });
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

    it('selects the counted rows as areas of the register (the first run where the host cannot select several)', async () => {
      await h.addSheet('Absenties', makeRegister(60));
      const done = await h.port.selectRows('Absenties', [12, 13, 40, 41], 0, 10);
      const runs = [
        { firstRow: 11, rowCount: 2, firstColumn: 0, columnCount: 10 },
        { firstRow: 39, rowCount: 2, firstColumn: 0, columnCount: 10 },
      ];
      expect(done.runs).toBe(2);
      // Selecting several areas (RangeAreas.select) needs ExcelApi 1.18; below it, the first run.
      const severalAreas = typeof Office === 'undefined' || Office.context.requirements.isSetSupported('ExcelApi', '1.18');
      expect(done.selectedRuns).toBe(severalAreas ? 2 : 1);
      expect(await h.selection()).toEqual({ sheetName: 'Absenties', areas: runs.slice(0, done.selectedRuns) });
    });

    it('highlight, rename the register sheet, clear: fills restored, only on rows still holding the same pupil and date', async () => {
      await h.addSheet('Absenties', makeRegister(30));
      await h.setFill('Absenties', 5, 1, '#C6EFCE');
      await h.port.highlightRows('Absenties', [5, 6, 7], 0, 10, [0, 4]);
      await h.renameSheet('Absenties', 'Verzuim nov');
      // Meanwhile the user replaced row 7's pupil: its highlight stays (it is not that row any more).
      await h.setCell('Verzuim nov', 6, 0, '019999');
      await h.port.clearHighlight();
      expect(await h.fill('Verzuim nov', 5, 1)).toBe('#C6EFCE');
      expect(await h.fill('Verzuim nov', 4, 0)).toBeUndefined();
      expect(await h.fill('Verzuim nov', 5, 0)).toBeUndefined();
      expect(await h.fill('Verzuim nov', 6, 0)).toBe(HIGHLIGHT_FILL);
      await h.port.clearHighlight();
      expect(await h.fill('Verzuim nov', 5, 1)).toBe('#C6EFCE');
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
