import { MemoryWorkbook } from '../../../src/adapters/memory/memoryWorkbook';
import type { WorkbookPort } from '../../../src/adapters/workbook/port';
import { evaluate, evaluationSheet, type EvaluationEntry, type EvaluationSheetSpec } from '../../../src/core/evaluation';
import { sheetCharts } from '../../fakes/excel/charts';
import { ensureCell } from '../../fakes/excel/state';
import { flagOf, sampleAnalysis } from '../../fixtures/helpers/evaluationWorkbook';
import { fakeHarness } from './fakeHarness';

const result = sampleAnalysis();
const entry = (e: Partial<EvaluationEntry>): EvaluationEntry => ({ status: 'Nieuw', reason: '', reportedOn: null, route: '', result: '', lapsed: false, ...e });
const withFollowUp = new Map([
  [flagOf(result, { studentId: '24001', category: 'sixteen-hours', end: '2026-09-23' }).id, entry({ status: 'Gemeld', reportedOn: '2026-09-28', route: 'Halt', result: 'Terug op school' })],
  [flagOf(result, { studentId: '24002', category: 'luxury', end: '2026-10-26' }).id, entry({ status: 'Niet melden', reason: 'Eerste keer' })],
]);
const full = evaluationSheet(evaluate(result, withFollowUp), { school: 'Voorbeeldcollege' });
const bare = evaluationSheet(evaluate(result, new Map()));

/** Where the sheet's values are read back, per host. */
interface Host {
  port: WorkbookPort;
  value(row: number, column: number): unknown;
  charts(): { name: string; title: string; type: string; sourceTopLeft: unknown; rows: number; columns: number }[];
  addUserContent(): void;
}

function excelHost(): Host {
  const h = fakeHarness();
  const sheet = () => h.fake.sheet('Evaluatie')!;
  return {
    port: h.port,
    value: (r, c) => h.value('Evaluatie', r, c),
    charts: () =>
      sheetCharts(sheet()).map((c) => ({
        name: c.name, title: c.title, type: c.type, sourceTopLeft: h.value('Evaluatie', c.source.r0, c.source.c0), rows: c.source.rows, columns: c.source.cols,
      })),
    addUserContent: () => {
      ensureCell(sheet(), 40, 10).value = 'Notitie van de coördinator';
      sheetCharts(sheet()).push({ name: 'Mijn grafiek', type: 'Pie', seriesBy: 'Auto', source: { r0: 40, c0: 10, rows: 1, cols: 1 }, title: '', legendPosition: 'Right' });
    },
  };
}

function memoryHost(): Host {
  const wb = new MemoryWorkbook();
  return {
    port: wb,
    value: (r, c) => wb.sheet('Evaluatie')?.cells[r]?.[c] ?? null,
    charts: () =>
      wb.chartsOf('Evaluatie').map((c) => ({
        name: c.name, title: c.title, type: c.type, sourceTopLeft: wb.sheet('Evaluatie')?.cells[c.source.row]?.[c.source.column] ?? null,
        rows: c.source.rowCount, columns: c.source.columnCount,
      })),
    addUserContent: () => {
      const s = wb.sheet('Evaluatie')!;
      s.cells[40] = Array.from({ length: 11 }, (_, c) => (c === 10 ? 'Notitie van de coördinator' : null));
      (wb as unknown as { charts: Map<string, EvaluationSheetSpec['charts']> }).charts.get('evaluatie')!.push({
        name: 'Mijn grafiek', title: '', type: 'ColumnStacked', source: { row: 40, column: 10, rowCount: 1, columnCount: 1 }, position: { row: 40, column: 12, rowCount: 5, columnCount: 5 },
      });
    },
  };
}

describe.each([
  ['Excel (Office.js over the fake)', excelHost],
  ['the memory workbook', memoryHost],
])('the Evaluatie sheet in %s', (_name, makeHost) => {
  it('holds the figure tables in A-H and a native chart over each chart table', async () => {
    const host = makeHost();
    await host.port.writeEvaluationSheet(full);
    expect(host.value(0, 0)).toBe('Evaluatie schoolverzuim 2026-2027');
    const overview = full.blocks[0];
    expect(host.value(overview.row, 0)).toBe('Overzicht');
    expect(host.value(overview.row + 1, 1)).toBe('Aantal');
    // Overzicht rows: Schooljaar, Peildatum (as text, not a date serial), Signalen 16, ...
    expect(host.value(overview.row + 3, 1)).toBe('2026-12-04');
    expect(host.value(overview.row + 4, 1)).toBe(16);
    const month = full.blocks.find((b) => b.name === 'Per maand')!;
    // Aug, Sep (6 signals), ...: the Totaal column is the last of the eight.
    expect(host.value(month.row + 3, 0)).toBe('sep 2026');
    expect(host.value(month.row + 3, 7)).toBe(6);

    expect(host.charts()).toEqual([
      { name: 'Verzuimsignaal_Per_maand', title: 'Signalen per maand, per soort', type: 'ColumnStacked', sourceTopLeft: 'Maand', rows: 6, columns: 7 },
      { name: 'Verzuimsignaal_Meldingen', title: 'Meldingen: op tijd, te laat, niet gemeld, open', type: 'BarClustered', sourceTopLeft: 'Meldingen', rows: 6, columns: 2 },
      { name: 'Verzuimsignaal_Routes', title: 'Gekozen routes', type: 'BarClustered', sourceTopLeft: 'Route', rows: 2, columns: 2 },
      { name: 'Verzuimsignaal_Resultaten', title: 'Resultaten', type: 'BarClustered', sourceTopLeft: 'Resultaat', rows: 2, columns: 2 },
    ]);
  });

  it("refills safely: its own charts and columns A-H are rewritten, the user's chart and notes beside them stay", async () => {
    const host = makeHost();
    await host.port.writeEvaluationSheet(full);
    host.addUserContent();
    await host.port.writeEvaluationSheet(bare);
    // No routes or results recorded any more: those charts go, their tables say so.
    expect(host.charts().map((c) => c.name)).toEqual(['Mijn grafiek', 'Verzuimsignaal_Per_maand', 'Verzuimsignaal_Meldingen']);
    expect(host.value(40, 10)).toBe('Notitie van de coördinator');
    const routes = bare.blocks.find((b) => b.name === 'Routes')!;
    expect(host.value(routes.row + 2, 0)).toBe('Nog niets ingevuld.');
    // The previous fill was longer (reasons listed): nothing of it is left below the new tables.
    for (let r = bare.rowCount; r < full.rowCount + 2; r++) for (let c = 0; c < 8; c++) expect(host.value(r, c)).toBeNull();
  });
});
