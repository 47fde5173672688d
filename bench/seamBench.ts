import { OfficeWorkbook } from '../src/adapters/excel/officeWorkbook';
import { analyze } from '../src/core/analysis/analyze';
import type { AnalysisResult } from '../src/core/analysis/types';
import { MS_PER_DAY, SERIAL_OF_EPOCH_1900 } from '../src/core/excelSerial';
import { importRegister } from '../src/core/register';
import { buildReportingSheet, REPORTING_SHEET_NAME, REPORTING_TABLE_NAME, updateReportingEntry } from '../src/core/reporting/reportingSheet';
import { parseSettings } from '../src/core/settings/validateSettings';
import { createExcelFake } from '../test/fakes/excel';
import type { Scalar } from '../test/fakes/excel/state';
import { COLUMN, generateRegister } from '../tools/generate/registerGenerator';
import { gc } from './memory';
import { round } from './stats';

/**
 * The Excel seam through the in-house Excel fake: how many round trips (syncs) and how large the
 * largest request is when the pane reads a register and writes the reporting sheet. Excel on the
 * web refuses requests over 5 MB; each sync costs tens to hundreds of milliseconds for real.
 */

export interface SeamRead {
  rows: number;
  syncs: number;
  maxRequestBytes: number;
  /** Wall time in the fake (no network): only the adapter's own work. */
  ms: number;
}
export interface SeamWrite {
  flags: number;
  syncs: number;
  maxRequestBytes: number;
  ms: number;
}
/** A refill of an existing table in place: what it sent, and how much of it was writing. */
export interface SeamRefill {
  flags: number;
  syncs: number;
  /** Requests that carried a write (0 when nothing changed). */
  writeSyncs: number;
  cellsWritten: number;
  /** Bytes of all requests (reads included), and of the largest. */
  totalBytes: number;
  maxRequestBytes: number;
  /** Bytes of the requests that wrote. */
  writeBytes: number;
  ms: number;
}
export interface SeamFigures {
  read50k: SeamRead;
  read200k: SeamRead;
  write500flags: SeamWrite;
  write5000flags: SeamWrite;
  /** 5,000 flags refilled with no change, and with one status changed from the pane. */
  refill5000unchanged?: SeamRefill;
  refill5000oneStatus?: SeamRefill;
}

const EXCEL_EPOCH_OFFSET = SERIAL_OF_EPOCH_1900;

/** The register as Excel holds it after opening an export: dates as serial numbers. */
function sheetValues(rows: number): (Scalar | null)[][] {
  const g = generateRegister({ pupils: Math.ceil(rows / 60), seed: 3 });
  g.rows.length = rows;
  const serial = (text: string): number => {
    const [d, m, y] = text.split('-').map(Number);
    return Date.UTC(y, m - 1, d) / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  };
  return [
    g.headers,
    ...g.rows.map((r) =>
      r.map((v, c) => (v !== null && (c === COLUMN.date || c === COLUMN.dateOfBirth) ? serial(String(v)) : c === COLUMN.studentId ? Number(v) : v)),
    ),
  ];
}

async function read(rows: number): Promise<SeamRead> {
  gc();
  const fake = createExcelFake();
  fake.install();
  try {
    fake.addSheet('Absenties', sheetValues(rows));
    fake.resetStats();
    const t0 = performance.now();
    const result = await new OfficeWorkbook().readRegister('sheet:Absenties');
    const ms = performance.now() - t0;
    if (result.cells.length !== rows + 1) throw new Error(`read ${result.cells.length} rows, expected ${rows + 1}`);
    return { rows, syncs: fake.stats.syncs, maxRequestBytes: fake.stats.maxRequestBytes, ms: round(ms) };
  } finally {
    fake.uninstall();
  }
}

/** A real analysis with at least `flags` flags: a generated school large enough, analysed. */
function analysisWithFlags(flags: number): AnalysisResult {
  const g = generateRegister({ pupils: Math.ceil(flags * 1.1), seed: 5 });
  const settings = parseSettings(g.settings);
  const result = analyze(importRegister([g.headers, ...g.rows], settings), settings);
  if (result.flags.length < flags) throw new Error(`analysis gave ${result.flags.length} flags, need ${flags}`);
  return result;
}

async function write(result: AnalysisResult, flags: number): Promise<SeamWrite> {
  const { spec } = buildReportingSheet({ ...result, flags: result.flags.slice(0, flags) }, undefined);
  const fake = createExcelFake();
  fake.install();
  try {
    fake.addSheet('Absenties', [['Leerlingnummer'], [1]]);
    fake.resetStats();
    const t0 = performance.now();
    await new OfficeWorkbook().writeTable(spec);
    const ms = performance.now() - t0;
    return { flags, syncs: fake.stats.syncs, maxRequestBytes: fake.stats.maxRequestBytes, ms: round(ms) };
  } finally {
    fake.uninstall();
  }
}

/** Writes the sheet, then refills it as the pane does (readTable, build, writeTable), measured. */
async function refill(result: AnalysisResult, flags: number, oneStatus: boolean): Promise<SeamRefill> {
  const sized = { ...result, flags: result.flags.slice(0, flags) };
  const fake = createExcelFake();
  fake.install();
  try {
    const port = new OfficeWorkbook();
    await port.writeTable(buildReportingSheet(sized, undefined).spec);
    const previous = await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
    const spec = oneStatus
      ? updateReportingEntry(previous ?? [], sized.flags[2500].id, { status: 'In behandeling' }, sized.asOf).spec
      : buildReportingSheet(sized, previous).spec;
    fake.resetStats();
    const t0 = performance.now();
    const outcome = await port.writeTable(spec);
    const ms = performance.now() - t0;
    const requests = fake.stats.requests;
    const writes = requests.slice(requests.length - outcome.writeSyncs);
    return {
      flags,
      syncs: fake.stats.syncs,
      writeSyncs: outcome.writeSyncs,
      cellsWritten: outcome.cellsWritten,
      totalBytes: requests.reduce((a, b) => a + b, 0),
      maxRequestBytes: fake.stats.maxRequestBytes,
      writeBytes: writes.reduce((a, b) => a + b, 0),
      ms: round(ms),
    };
  } finally {
    fake.uninstall();
  }
}

export async function benchSeam(): Promise<SeamFigures> {
  const read50k = await read(50_000);
  const read200k = await read(200_000);
  gc();
  const result = analysisWithFlags(5_000);
  const write500flags = await write(result, 500);
  const write5000flags = await write(result, 5_000);
  const refill5000unchanged = await refill(result, 5_000, false);
  const refill5000oneStatus = await refill(result, 5_000, true);
  return { read50k, read200k, write500flags, write5000flags, refill5000unchanged, refill5000oneStatus };
}
