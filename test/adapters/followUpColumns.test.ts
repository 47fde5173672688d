import type { SheetTableSpec } from '../../src/core/reporting/sheetTable';
import {
  buildReportingSheet,
  FILLS,
  H,
  readReportingRows,
  REPORTING_SHEET_NAME as S,
  REPORTING_TABLE_NAME,
  updateReportingEntry,
} from '../../src/core/reporting/reportingSheet';
import { ROUTES } from '../../src/core/reporting/followUpColumns';
import { analysis, daanLate, emmaLuxury, sanneSixteen } from '../core/reporting/flagFixtures';
import { fakeHarness } from './excel/fakeHarness';
import type { PortHarness } from './excel/portContract';
import { memoryHarness } from './memory/memoryHarness';

/**
 * The MAS follow-up columns on a workbook written before them (layout 1), through both workbook
 * adapters: the memory workbook (demo) and the Office adapter over the gated Excel fake.
 */

const FLAGS = [sanneSixteen, daanLate, emmaLuxury];

/** What the add-in wrote before the follow-up columns: the layout-1 columns and their rules. */
function layoutOneSpec(): SheetTableSpec {
  const spec = buildReportingSheet(analysis(FLAGS), undefined).spec;
  const keep = spec.columns.map((c, j) => ((c.since ?? 1) === 1 ? j : -1)).filter((j) => j >= 0);
  return {
    ...spec,
    layoutVersion: 1,
    columns: keep.map((j) => spec.columns[j]),
    rows: spec.rows.map((r) => keep.map((j) => r[j])),
    cellFills: [],
    conditionalFormats: spec.conditionalFormats?.filter((r) => !r.key.startsWith('before-start') && r.key !== 'route-unreported'),
  };
}

const FOLLOW_UP_COLUMNS = [
  'Actie gemeente gewenst', 'Status DUO', 'Contact leerplicht op', 'Route', 'Route gekozen op',
  'Terugkoppeling', 'Terugkoppeling op', 'Resultaat', 'Afgesloten op',
];

const cases: [string, () => PortHarness, number][] = [
  ['memory workbook', memoryHarness, 0],
  ['Office adapter, Excel fake at ExcelApi 1.18', () => fakeHarness({ excelApi: '1.18' }), 0],
  ['Office adapter, Excel fake at ExcelApi 1.12', () => fakeHarness({ excelApi: '1.12' }), 0],
  // A Mac workbook in the 1904 date system: the dates the user types are 1462 lower.
  ['Office adapter, Excel fake at ExcelApi 1.12, 1904 date system', () => fakeHarness({ excelApi: '1.12', date1904: true }), 1462],
];

describe.each(cases)('follow-up columns on an existing workbook: %s', (label, make, shift) => {
  let h: PortHarness;
  beforeEach(() => {
    h = make();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('an old-layout table gets the nine columns on its next refill, keeping everything; every follow-up column survives the refills after', async () => {
    await h.port.writeTable(layoutOneSpec());
    // The coordinator worked in the old table: Sanne reported, Daan not (with a reason).
    await h.setCell(S, 1, 16, 'Gemeld');
    await h.setCell(S, 1, 18, 46346 - shift); // 20-11-2026
    await h.setCell(S, 1, 19, 'VM-2026-0081');
    await h.setCell(S, 2, 16, 'Niet melden');
    await h.setCell(S, 2, 17, 'Vervoersprobleem; afspraak met de gemeente');
    const old = await h.port.readTable(S, REPORTING_TABLE_NAME);
    expect(old?.[0]).toHaveLength(21);

    const outcome = await h.port.writeTable(buildReportingSheet(analysis(FLAGS), old).spec);
    // The nine follow-up columns (layout 2) and "Gewijzigd" (layout 3) at the right end: ten
    // headers and "Ja" on the three rows; nothing else.
    expect(outcome).toMatchObject({ created: false, columnsAdded: 10, rowsAppended: 0, cellsWritten: 13 });
    const grid = await h.port.readTable(S, REPORTING_TABLE_NAME);
    expect(grid?.[0].slice(21, 30)).toEqual(FOLLOW_UP_COLUMNS);
    expect(readReportingRows(grid).get(sanneSixteen.id)).toMatchObject({ status: 'Gemeld', reportedOn: '2026-11-20', duoNumber: 'VM-2026-0081', municipalityAction: 'Ja', route: '' });
    expect(readReportingRows(grid).get(daanLate.id)).toMatchObject({ status: 'Niet melden', reason: 'Vervoersprobleem; afspraak met de gemeente' });
    for (const r of [1, 2, 3]) expect(await h.value(S, r, 21)).toBe('Ja');
    // Formats and lists as a first write gives them.
    expect(await h.numberFormat(S, 3, 21)).toBe('@');
    expect(await h.numberFormat(S, 1, 23)).toBe('dd-mm-yyyy');
    expect(await h.numberFormat(S, 2, 26)).toBe('@');
    expect(await h.numberFormat(S, 3, 29)).toBe('dd-mm-yyyy');
    expect(await h.list(S, 2, 21)).toEqual(['Ja', 'Nee']);
    expect(await h.list(S, 3, 24)).toEqual([...ROUTES]);
    expect(await h.list(S, 1, 28)).toContain('Terug op school');
    expect(await h.list(S, 1, 22)).toContain('Ter kennisgeving aangenomen');
    // The checks are rules on their columns (a Route without Gemeld op on Y).
    const rules = await h.conditionalFormats(S);
    expect(rules.find((r) => r.formula.includes('vs:route-unreported'))).toMatchObject({ address: 'Y2:Y4', fill: FILLS.followUpProblem.toUpperCase() });
    expect(rules.find((r) => r.formula.includes('vs:before-start-contactOn'))?.address).toBe('X2:X4');

    // In Excel the coordinator records the follow-up; Daan's route is typed without a melding.
    const typed: [number, number, string | number][] = [
      [1, 21, 'Nee'], [1, 22, 'In behandeling'], [1, 23, 46350 - shift], [1, 24, 'Halt'], [1, 25, 46358 - shift],
      [1, 26, 'Halt-afdoening afgerond'], [1, 27, 46402 - shift], [1, 28, 'Verzuim gestopt'], [1, 29, 46402 - shift],
      [2, 24, 'Waarschuwing'],
    ];
    for (const [r, c, v] of typed) await h.setCell(S, r, c, v);
    const before = await h.port.readTable(S, REPORTING_TABLE_NAME);
    // The next analysis: Sanne's hours went up, Emma's flag no longer arises.
    await h.port.writeTable(buildReportingSheet(analysis([{ ...sanneSixteen, hours: 18.33 }, daanLate]), before).spec);
    for (const [r, c, v] of typed) expect([r, c, await h.value(S, r, c)]).toEqual([r, c, v]);
    expect(await h.value(S, 1, 10)).toBe(18.33);
    expect(await h.value(S, 3, 15)).toBe('ja');
    const sanne = readReportingRows(await h.port.readTable(S, REPORTING_TABLE_NAME)).get(sanneSixteen.id);
    expect(sanne).toMatchObject({
      municipalityAction: 'Nee', duoStatus: 'In behandeling', contactOn: '2026-11-24', route: 'Halt', routeOn: '2026-12-02',
      feedback: 'Halt-afdoening afgerond', feedbackOn: '2027-01-15', result: 'Verzuim gestopt', closedOn: '2027-01-15',
    });
    // The memory workbook shows today's marks (Excel evaluates the rules): Daan's route has no
    // Gemeld op, Sanne's cell shows her row's leerplicht colour.
    if (label === 'memory workbook') {
      expect(await h.fill(S, 2, 24)).toBe(FILLS.followUpProblem.toUpperCase());
      expect(await h.fill(S, 1, 24)).toBe(FILLS.leerplicht.toUpperCase());
    }

    // A change from the pane writes that row's cells only, the date in the workbook's system.
    const grid2 = (await h.port.readTable(S, REPORTING_TABLE_NAME)) ?? [];
    const change = updateReportingEntry(grid2, daanLate.id, { status: 'Gemeld', reportedOn: '2026-11-26' }, '2026-12-04');
    expect(await h.port.writeTable(change.spec)).toMatchObject({ cellsWritten: 2, rowsAppended: 0, columnsAdded: 0 });
    expect(await h.value(S, 2, 18)).toBe(46352 - shift);
    expect(await h.value(S, 2, 24)).toBe('Waarschuwing');
    expect(grid2[0][24]).toBe(H.route);
  });
});
