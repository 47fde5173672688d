// The demo's reporting sheet after its first analysis: a realistic, deterministic mix of follow-up
// (demoFollowUp.ts) that the evaluation counts, and that the pane sees as the sheet does.
import { analyzeGrid } from '../../src/core/analysis/analyze';
import type { AnalysisResult } from '../../src/core/analysis/types';
import { evaluate, evaluationEntriesFromGrid, FOLLOW_UP_HEADERS, RESULTS, ROUTES_A, ROUTES_B } from '../../src/core/evaluation';
import type { CellGrid, CellValue } from '../../src/core/register/types';
import { isoFromCell } from '../../src/core/reporting/excelDate';
import { H, REPORTING_SHEET_NAME, REPORTING_TABLE_NAME } from '../../src/core/reporting/reportingSheet';
import { parseSettings } from '../../src/core/settings/validateSettings';
import type { Settings } from '../../src/core/settings/schema';
import { createSampleWorkbook, REGISTER_SHEET } from '../../src/demo/sampleWorkbook';
import type { DemoWorkbook } from '../../src/demo/demoFollowUp';
import { fillReportingSheet, type FollowUp } from '../../src/taskpane/reporting/followUp';

interface Demo {
  wb: DemoWorkbook;
  result: AnalysisResult;
  settings: Settings;
  followUps: Map<string, FollowUp>;
  table: CellGrid;
}

async function firstAnalysis(): Promise<Demo> {
  const wb = await createSampleWorkbook();
  const read = await wb.readRegister(`sheet:${REGISTER_SHEET}`);
  const settings = parseSettings(await wb.readSettings());
  const result = analyzeGrid(read.cells, settings, { firstSheetRow: read.firstSheetRow, firstSheetColumn: read.firstSheetColumn });
  const followUps = await fillReportingSheet(wb, result, settings);
  const table = (await wb.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME)) ?? [];
  return { wb, result, settings, followUps, table };
}

let demo: Demo;
beforeAll(async () => {
  demo = await firstAnalysis();
});

const columnOf = (table: CellGrid, header: string) => table[0].findIndex((h) => h === header);
const cell = (table: CellGrid, row: readonly CellValue[], header: string): CellValue => {
  const c = columnOf(table, header);
  return c < 0 ? null : row[c];
};
const text = (v: CellValue) => (v === null || v === undefined ? '' : String(v));

test('the first fill holds every kind of follow-up, and the pane sees what the sheet holds', () => {
  const { table, followUps } = demo;
  const body = table.slice(1);
  const statuses = new Map<string, number>();
  for (const row of body) {
    const s = text(cell(table, row, H.status));
    statuses.set(s, (statuses.get(s) ?? 0) + 1);
    const id = text(cell(table, row, H.id));
    expect(followUps.get(id)?.status).toBe(s);
    expect(followUps.get(id)?.reportedOn).toBe(isoFromCell(cell(table, row, H.reportedOn)) ?? null);
  }
  for (const s of ['Gemeld', 'Afgesloten', 'Niet melden', 'In behandeling', 'Nieuw']) expect(statuses.get(s) ?? 0).toBeGreaterThan(0);
  // Only meldingen for leerplicht get follow-up; the school's own and the doctor's signals stay Nieuw.
  for (const row of body) {
    if (text(cell(table, row, H.reportTo)) !== 'Leerplicht') expect(text(cell(table, row, H.status))).toBe('Nieuw');
    if (text(cell(table, row, H.status)) === 'Niet melden') expect(text(cell(table, row, H.reason)).length).toBeGreaterThan(10);
  }
});

test('every follow-up column the sheet has is filled somewhere, with the values output.md lists', () => {
  const { table } = demo;
  const body = table.slice(1);
  const headers = [H.reportedOn, H.duoNumber, H.actions, ...Object.values(FOLLOW_UP_HEADERS)].filter((h) => columnOf(table, h) >= 0);
  expect(headers.length).toBeGreaterThanOrEqual(3);
  for (const h of headers) expect(body.some((row) => text(cell(table, row, h)) !== '')).toBe(true);
  const routes = new Set(body.map((row) => text(cell(table, row, FOLLOW_UP_HEADERS.route))).filter(Boolean));
  for (const r of routes) expect([...ROUTES_A, ...ROUTES_B]).toContain(r);
  const results = new Set(body.map((row) => text(cell(table, row, FOLLOW_UP_HEADERS.result))).filter(Boolean));
  for (const r of results) expect(RESULTS).toContain(r);
  if (columnOf(table, FOLLOW_UP_HEADERS.route) >= 0) {
    // Branch B (luxury absence) gets a proces-verbaal or not; branch A the other routes.
    for (const row of body) {
      const route = text(cell(table, row, FOLLOW_UP_HEADERS.route));
      if (route === '') continue;
      expect(text(cell(table, row, H.reportedOn))).not.toBe('');
      expect(cell(table, row, H.masBranch) === 'B').toBe((ROUTES_B as readonly string[]).includes(route));
    }
    expect(routes.size).toBeGreaterThanOrEqual(4);
    expect(results.size).toBeGreaterThanOrEqual(3);
  }
});

test('the dates follow each other and none lies after the analysis date or before the flag', () => {
  const { table, result } = demo;
  const order = [H.reportedOn, FOLLOW_UP_HEADERS.contactOn, FOLLOW_UP_HEADERS.routeOn, FOLLOW_UP_HEADERS.feedbackOn, FOLLOW_UP_HEADERS.closedOn];
  let checked = 0;
  for (const row of table.slice(1)) {
    const dates = order.map((h) => isoFromCell(cell(table, row, h))).filter((d): d is string => d !== undefined);
    if (dates.length === 0) continue;
    checked += 1;
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0] > String(isoFromCell(cell(table, row, H.end)))).toBe(true);
    expect(dates[dates.length - 1] <= result.asOf).toBe(true);
  }
  expect(checked).toBeGreaterThan(10);
});

test('the evaluation of the demo counts meldingen on time and late, not reported with reasons, and open ones', () => {
  const { table, result, settings } = demo;
  const f = evaluate(result, evaluationEntriesFromGrid(table), { publicHolidays: settings.calendar.publicHolidays });
  const m = f.meldingen;
  expect(f.schoolYear).toBe('2025-2026');
  expect(m.due).toBe(result.flags.filter((x) => x.reportTo === 'leerplicht').length);
  expect(m.onTime).toBeGreaterThan(0);
  expect(m.late).toBeGreaterThan(0);
  expect(m.notReported).toBeGreaterThan(0);
  expect(m.open).toBeGreaterThan(0);
  expect(m.reportedWithoutDate).toBe(0);
  expect(m.onTime + m.late).toBe(m.reported);
  expect(m.reported + m.notReported + m.open).toBe(m.due);
  expect(m.medianWorkingDaysToReport).not.toBeNull();
  expect(f.notReportedReasons.every((r) => r.reason.length > 10)).toBe(true);
  if (columnOf(table, FOLLOW_UP_HEADERS.route) >= 0) {
    expect(Object.keys(f.routes).length).toBeGreaterThan(0);
    expect(Object.keys(f.results).length).toBeGreaterThan(0);
  }
});

test('the same on every run, and a second analysis keeps the entries without adding any', async () => {
  const again = await firstAnalysis();
  expect(again.table).toEqual(demo.table);
  const refill = await fillReportingSheet(demo.wb, demo.result, demo.settings);
  expect(await demo.wb.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME)).toEqual(demo.table);
  expect([...refill.values()].map((e) => e.status)).toEqual([...demo.followUps.values()].map((e) => e.status));
});
