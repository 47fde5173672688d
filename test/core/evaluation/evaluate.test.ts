import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readXlsxFile } from '../../../src/adapters/files';
import { analyze } from '../../../src/core/analysis/analyze';
import type { AnalysisResult } from '../../../src/core/analysis/types';
import { publicHolidayLookup } from '../../../src/core/calendar';
import { dayFromIso } from '../../../src/core/dates';
import {
  evaluate,
  evaluationEntriesFromGrid,
  median,
  reportingTableFromSheetCells,
  SchoolYearError,
  workingDaysBetween,
  type EvaluationEntry,
} from '../../../src/core/evaluation';
import { importRegister } from '../../../src/core/register';
import { REPORTING_SHEET_NAME } from '../../../src/core/reporting/reportingSheet';
import {
  flagOf,
  SAMPLE_AS_OF,
  sampleSettings,
  writeEvaluationWorkbook,
  type SheetEntry,
} from '../../fixtures/helpers/evaluationWorkbook';

/*
 * sample.csv analysed on 2026-12-04 gives 16 flags (school year 2026-2027):
 *   24001 2B  early-signal  end 09-14, 09-28, 10-12; sixteen-hours end 09-23 (report by 09-30), 10-26 (by 11-02)
 *   24002 1A  early-signal  end 10-16; luxury (B) end 10-26 (by 11-02)
 *   24003 3C  lateness      end 09-08, 09-17 (school), 09-29 (leerplicht, by 10-06)
 *   24004 2B  sick-concern  end 11-10      24006 4H sick-concern end 11-06
 *   24005 1A  early-signal  end 12-04      24007 6V early-signal end 11-11; sixteen-hours end 11-16 (by 11-23)
 *   24015 5V  luxury (B)    end 11-18 (by 11-25)
 * Six are due to leerplicht. What the coordinator recorded for them, and one more:
 */
const ENTRIES: SheetEntry[] = [
  // Reported two days before report-by: on time; Mon 09-28 is 3 working days after Wed 09-23.
  { studentId: '24001', category: 'sixteen-hours', end: '2026-09-23', status: 'Gemeld', reportedOn: '2026-09-28', route: 'Halt', result: 'Terug op school' },
  // Reported three days after report-by 11-02: late; 10-27..11-05 holds 8 working days.
  { studentId: '24001', category: 'sixteen-hours', end: '2026-10-26', status: 'Afgesloten', reportedOn: '2026-11-05', route: 'vrijwillige  hulp', result: 'Verzuim gestopt' },
  // Not reported, with its reason (pas toe of leg uit).
  { studentId: '24002', category: 'luxury', end: '2026-10-26', status: 'Niet melden', reason: 'Eerste keer, één dag; gesprek met ouders gevoerd' },
  // Status left on Nieuw but "Gemeld op" filled, on report-by itself: reported, on time; 5 working days after Tue 09-29.
  { studentId: '24003', category: 'lateness', end: '2026-09-29', reportedOn: '2026-10-06', route: 'Waarschuwing' },
  // Being handled, not yet reported: open.
  { studentId: '24007', category: 'sixteen-hours', end: '2026-11-16', status: 'In behandeling' },
  // Gemeld without a date: reported, neither on time nor late.
  { studentId: '24015', category: 'luxury', end: '2026-11-18', status: 'Gemeld', route: 'Geen proces-verbaal' },
  // An early signal the school chose not to pursue: not a melding, so not among the reasons.
  { studentId: '24005', category: 'early-signal', end: '2026-12-04', status: 'Niet melden', reason: 'Ouders hebben gebeld' },
];

describe('evaluate: the figures of MAS step 10 on a workbook with a filled "Verzuimsignalen" table', () => {
  let dir: string;
  let result: AnalysisResult;
  let entries: Map<string, EvaluationEntry>;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'vs-eval-'));
    const file = path.join(dir, 'register.xlsx');
    await writeEvaluationWorkbook(file, ENTRIES, { id: 'aaaaaaaaaaaa', status: 'Gemeld', reportedOn: '2026-09-15' });
    const settings = sampleSettings();
    const register = await readXlsxFile(file, 'Absenties');
    result = analyze(importRegister(register.cells, settings), settings, { asOf: SAMPLE_AS_OF });
    const sheet = await readXlsxFile(file, REPORTING_SHEET_NAME);
    entries = evaluationEntriesFromGrid(reportingTableFromSheetCells(sheet.cells));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the user columns back from the .xlsx by signal id, dates as ISO', () => {
    const id = flagOf(result, ENTRIES[0]).id;
    expect(entries.get(id)).toEqual({
      status: 'Gemeld', reason: '', reportedOn: '2026-09-28', route: 'Halt', result: 'Terug op school', lapsed: false,
    });
    expect(entries.get('aaaaaaaaaaaa')?.lapsed).toBe(true);
    expect(entries.size).toBe(17);
  });

  it('gives every figure of output.md, worked out by hand', () => {
    const figures = evaluate(result, entries, { publicHolidays: 'nl' });
    expect(figures).toEqual({
      version: 1,
      schoolYear: '2026-2027',
      asOf: '2026-12-04',
      signals: {
        total: 16,
        byCategory: { 'sixteen-hours': 3, 'early-signal': 6, luxury: 2, 'long-term': 0, lateness: 3, 'sick-concern': 2 },
        byMonth: {
          '2026-08': {},
          '2026-09': { 'early-signal': 2, 'sixteen-hours': 1, lateness: 3 },
          '2026-10': { 'early-signal': 2, 'sixteen-hours': 1, luxury: 1 },
          '2026-11': { 'early-signal': 1, 'sixteen-hours': 1, luxury: 1, 'sick-concern': 2 },
          '2026-12': { 'early-signal': 1 },
        },
        byClass: {
          '1A': { 'early-signal': 2, luxury: 1 },
          '2B': { 'early-signal': 3, 'sixteen-hours': 2, 'sick-concern': 1 },
          '3C': { lateness: 3 },
          '4H': { 'sick-concern': 1 },
          '5V': { luxury: 1 },
          '6V': { 'early-signal': 1, 'sixteen-hours': 1 },
        },
      },
      // due 6 = reported 4 (24001 x2, 24003, 24015) + not reported 1 (24002) + open 1 (24007).
      // On time: 24001 (09-28 ≤ 09-30) and 24003 (10-06 ≤ 10-06); late: 24001 (11-05 > 11-02).
      // Working days to report 3, 8, 5: median 5.
      meldingen: { due: 6, reported: 4, notReported: 1, open: 1, onTime: 2, late: 1, medianWorkingDaysToReport: 5, reportedWithoutDate: 1 },
      routes: { Waarschuwing: 1, 'Vrijwillige hulp': 1, Halt: 1, 'Geen proces-verbaal': 1 },
      results: { 'Terug op school': 1, 'Verzuim gestopt': 1 },
      // 24001, 24002, 24005, 24007 had an early signal; 24001 (first ends 09-14, 16 h ends 09-23)
      // and 24007 (11-11, then 11-16) went on to sixteen hours.
      earlySignals: { pupils: 4, laterSixteenHours: 2 },
      // Only 24001 has two flags due to leerplicht.
      repeat: { pupilsWithSeveralMeldingen: 1 },
      notReportedReasons: [
        { id: flagOf(result, ENTRIES[2]).id, category: 'luxury', reason: 'Eerste keer, één dag; gesprek met ouders gevoerd' },
      ],
    });
  });

  it('keeps the key order of output.md', () => {
    const figures = evaluate(result, entries);
    expect(Object.keys(figures)).toEqual([
      'version', 'schoolYear', 'asOf', 'signals', 'meldingen', 'routes', 'results', 'earlySignals', 'repeat', 'notReportedReasons',
    ]);
    expect(Object.keys(figures.signals)).toEqual(['total', 'byCategory', 'byMonth', 'byClass']);
  });

  it('counts every flag as Nieuw without a reporting sheet: nothing reported, all due open', () => {
    const figures = evaluate(result, new Map());
    expect(figures.meldingen).toEqual({
      due: 6, reported: 0, notReported: 0, open: 6, onTime: 0, late: 0, medianWorkingDaysToReport: null, reportedWithoutDate: 0,
    });
    expect(figures.routes).toEqual({});
    expect(figures.notReportedReasons).toEqual([]);
    expect(figures.earlySignals).toEqual({ pupils: 4, laterSixteenHours: 2 });
  });

  it('counts only the chosen school year: 2025-2026 holds none of these flags, with all twelve months', () => {
    const figures = evaluate(result, entries, { schoolYear: '2025-2026' });
    expect(figures.schoolYear).toBe('2025-2026');
    expect(figures.signals.total).toBe(0);
    expect(Object.keys(figures.signals.byMonth)).toEqual([
      '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07',
    ]);
    expect(figures.meldingen.due).toBe(0);
    expect(() => evaluate(result, entries, { schoolYear: '2026-2028' })).toThrow(SchoolYearError);
  });
});

describe('evaluation helpers', () => {
  const nl = publicHolidayLookup('nl');
  const day = (iso: string) => dayFromIso(iso) as number;
  it('counts working days after the end up to the melding, skipping weekends and public holidays', () => {
    // Fri 2026-12-18 → Tue 2026-12-29: 21, 22, 23, 24, (25, 26 Christmas), 28, 29 = 6.
    expect(workingDaysBetween(day('2026-12-18'), day('2026-12-29'), nl)).toBe(6);
    expect(workingDaysBetween(day('2026-12-18'), day('2026-12-18'), nl)).toBe(0);
    expect(workingDaysBetween(day('2026-12-18'), day('2026-12-10'), nl)).toBe(0);
  });
  it('takes the mean of the two middle values for an even count', () => {
    expect(median([8, 3, 5, 1])).toBe(4);
    expect(median([2])).toBe(2);
    expect(median([])).toBeNull();
  });
});
