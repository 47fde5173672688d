import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { loadRegister } from '../../src/cli/loadInput';
import { analyze } from '../../src/core/analysis/analyze';
import type { CellValue } from '../../src/core/register/types';
import { buildReportingSheet } from '../../src/core/reporting/reportingSheet';
import { runCli } from './runCli';

// The shared setup of the `report` tests: the register of "De Brug" with its settings, a fresh
// folder per test, the reporting sheet as the add-in writes it, and one call of the command line.

const FIXTURES = join(__dirname, '..', 'cli', 'fixtures');
export const DEBRUG_REGISTER = join(FIXTURES, 'register-debrug.csv');
export const DEBRUG_SETTINGS = join(FIXTURES, 'settings-debrug.json');
/** The as-of date the fixture is made for: every signal of the school year lies before it. */
export const DEBRUG_AS_OF = '2026-12-04';

/**
 * A temporary folder for each test of the describe it is called in (beforeEach/afterEach), or for
 * all of them (`'all'`: beforeAll/afterAll). Read the folder through the function it returns.
 */
export function tmpDirFor(prefix: string, scope: 'each' | 'all' = 'each'): () => string {
  let dir: string | undefined;
  const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  after(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (dir === undefined) throw new Error('tmpDirFor: the folder is made before each test, not while the tests are collected');
    return dir;
  };
}

export interface ReportCall {
  /** The folder the documents go to (--out). */
  out: string;
  /** The register; the fixture's .csv when not given. */
  file?: string;
  /** Worksheet of a workbook register (--sheet). */
  sheet?: string;
  /** --as-of and --date, both the fixture's date unless given. */
  asOf?: string;
  date?: string;
  /** Anything else to pass (--lang en). */
  extra?: readonly string[];
}

/** `verzuimsignaal report` on the fixture (settings of "De Brug"), with what it printed. */
export function runReport(call: ReportCall): Promise<{ code: number; out: string; err: string }> {
  const { out, file = DEBRUG_REGISTER, sheet, asOf = DEBRUG_AS_OF, date = DEBRUG_AS_OF, extra = [] } = call;
  const sheetArgs = sheet === undefined ? [] : ['--sheet', sheet];
  return runCli('report', file, ...sheetArgs, '--config', DEBRUG_SETTINGS, '--as-of', asOf, '--date', date, '--out', out, ...extra);
}

/** The coordinator's edit of the reporting sheet: its grid (header first), the header, a flag id by pupil and category. */
export type ReportingSheetEdit = (grid: CellValue[][], header: CellValue[], id: (pupil: string, category: string) => string) => void;

/**
 * The register of "De Brug" as a workbook (sheet "Register") with the reporting sheet
 * "Verzuimsignalen" as the add-in writes it, after the coordinator's edit. The sheet starts at A1,
 * so grid row r is sheet row r + 1. Returns the path of register.xlsx in `dir`.
 */
export async function reportWorkbook(dir: string, edit: ReportingSheetEdit = () => undefined): Promise<string> {
  const loaded = await loadRegister(DEBRUG_REGISTER, { config: DEBRUG_SETTINGS });
  const analysis = analyze(loaded.import, loaded.settings, { asOf: DEBRUG_AS_OF });
  const sheet = buildReportingSheet(analysis, undefined).spec;
  const grid: CellValue[][] = [sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => [...r])];
  const id = (pupil: string, category: string): string => {
    const f = analysis.flags.find((x) => x.studentId === pupil && x.category === category);
    if (!f) throw new Error(`no ${category} flag for ${pupil}`);
    return f.id;
  };
  edit(grid, grid[0], id);
  const wb = new Workbook();
  const reg = wb.addWorksheet('Register');
  for (const line of (await readFile(DEBRUG_REGISTER, 'utf8')).trimEnd().split('\n')) reg.addRow(line.split(';'));
  const rep = wb.addWorksheet('Verzuimsignalen');
  for (const r of grid) rep.addRow(r.map((c) => (c === undefined ? null : c)));
  const file = join(dir, 'register.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}
