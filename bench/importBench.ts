import { readCsvFile, readXlsxFile } from '../src/adapters/files';
import { importRegister } from '../src/core/register';
import { parseSettings } from '../src/core/settings/validateSettings';
import { gc, peakMb, resetPeak } from './memory';
import { round } from './stats';

export interface ImportFigures {
  format: 'csv' | 'xlsx';
  rows: number;
  runs: number;
  /** Best-of-runs ms reading the file into a grid (file adapter), and importRegister on that grid. */
  readMs: number;
  importMs: number;
  ms: number;
  rowsPerSecond: number;
  /** Process peak RSS while reading and importing (the file's grid and the reader's own model). */
  peakMb: number;
}

/** File adapter + importRegister, as `verzuimsignaal analyze FILE` starts. */
export async function benchImport(format: 'csv' | 'xlsx', file: string, runs: number): Promise<ImportFigures> {
  const settings = parseSettings({ calendar: { region: 'midden' } });
  const reads: number[] = [];
  const imports: number[] = [];
  const totals: number[] = [];
  let rows = 0;
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    resetPeak();
    const t0 = performance.now();
    const read = format === 'csv' ? await readCsvFile(file) : await readXlsxFile(file);
    const t1 = performance.now();
    const imported = importRegister(read.cells, settings, { date1904: read.date1904 });
    const t2 = performance.now();
    rows = imported.counts.rowsRead;
    peak = Math.max(peak, peakMb());
    reads.push(t1 - t0);
    imports.push(t2 - t1);
    totals.push(t2 - t0);
  }
  const ms = Math.min(...totals);
  return { format, rows, runs, readMs: round(Math.min(...reads)), importMs: round(Math.min(...imports)), ms: round(ms), rowsPerSecond: round(rows / (ms / 1000)), peakMb: round(peak) };
}
