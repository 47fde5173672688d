import { analyze } from '../src/core/analysis/analyze';
import type { AbsenceRow, CellGrid } from '../src/core/register/types';
import { importRegister } from '../src/core/register';
import { parseSettings } from '../src/core/settings/validateSettings';
import type { Settings } from '../src/core/settings/schema';
import { generateRegister } from '../tools/generate/registerGenerator';
import { gc, peakMb, resetPeak, rssMb } from './memory';
import { round } from './stats';

/** Rows per pupil of the generator (about 65): enough pupils for a given number of rows. */
const ROWS_PER_PUPIL = 60;

export interface EngineFigures {
  rows: number;
  pupils: number;
  runs: number;
  /** Best of `runs` (the least disturbed by other work on the machine), in ms: importRegister alone, analyze alone, both together. */
  importMs: number;
  analyzeMs: number;
  ms: number;
  /** Copy + sort of the normalised rows by pupil and date, then one pass summing minutes per pupil. */
  floorMs: number;
  /** analyze / floor: the rules' cost over the least any analysis of an unsorted register pays. */
  ratio: number;
  /** (import + analyze) / floor. */
  ratioWithImport: number;
  /** CPU time of the process (all threads, GC included) for import + analysis, best run: on a busy machine wall time also counts waiting for a core. */
  cpuMs: number;
  /** Process peak RSS during import + analysis, the input grid (held in memory) included. */
  peakMb: number;
  /** RSS with the generated input grid in memory, before the import started. */
  inputMb: number;
  flags: number;
  peakResetSupported: boolean;
}

/** A generated register of exactly `rows` rows (the first rows in date order of a large school). */
export function registerGrid(rows: number, seed = 1): { grid: CellGrid; settings: Settings; pupils: number } {
  const pupils = Math.max(1, Math.ceil(rows / ROWS_PER_PUPIL));
  const g = generateRegister({ pupils, seed });
  if (g.rows.length < rows) throw new Error(`generator gave ${g.rows.length} rows for ${pupils} pupils, need ${rows}`);
  g.rows.length = rows;
  return { grid: [g.headers, ...g.rows], settings: parseSettings(g.settings), pupils };
}

/** The floor: what any analysis of a register not sorted by pupil must at least do. */
export function floor(rows: readonly AbsenceRow[]): Map<string, number> {
  const sorted = rows.slice();
  sorted.sort((a, b) => (a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : a.day - b.day));
  const totals = new Map<string, number>();
  let current: string | undefined;
  let sum = 0;
  for (const r of sorted) {
    if (r.studentId !== current) {
      if (current !== undefined) totals.set(current, sum);
      current = r.studentId;
      sum = 0;
    }
    sum += r.minutes;
  }
  if (current !== undefined) totals.set(current, sum);
  return totals;
}

function once(grid: CellGrid, settings: Settings): { importMs: number; analyzeMs: number; floorMs: number; cpuMs: number; peak: number; flags: number } {
  gc();
  resetPeak();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const imported = importRegister(grid, settings);
  const t1 = performance.now();
  const result = analyze(imported, settings);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const peak = peakMb();
  gc();
  const t3 = performance.now();
  const totals = floor(imported.rows);
  const t4 = performance.now();
  if (totals.size === 0) throw new Error('floor saw no pupils');
  return { importMs: t1 - t0, analyzeMs: t2 - t1, floorMs: t4 - t3, cpuMs: (cpu.user + cpu.system) / 1000, peak, flags: result.flags.length };
}

export function benchEngine(rows: number, runs: number): EngineFigures {
  // Warm the JIT on a small register first, as a long-running pane or CLI process would be.
  const warm = registerGrid(20_000, 99);
  for (let i = 0; i < 2; i++) once(warm.grid, warm.settings);

  const { grid, settings, pupils } = registerGrid(rows);
  gc();
  const inputMb = rssMb();
  const results = Array.from({ length: runs }, () => once(grid, settings));
  const best = (f: (r: (typeof results)[number]) => number): number => Math.min(...results.map(f));
  const importMs = best((r) => r.importMs);
  const analyzeMs = best((r) => r.analyzeMs);
  const total = best((r) => r.importMs + r.analyzeMs);
  const floorMs = best((r) => r.floorMs);
  return {
    rows,
    pupils,
    runs,
    importMs: round(importMs),
    analyzeMs: round(analyzeMs),
    ms: round(total),
    floorMs: round(floorMs),
    ratio: round(analyzeMs / floorMs, 2),
    ratioWithImport: round(total / floorMs, 2),
    cpuMs: round(best((r) => r.cpuMs)),
    peakMb: round(Math.max(...results.map((r) => r.peak))),
    inputMb: round(inputMb),
    flags: results[0].flags,
    peakResetSupported: resetPeak(),
  };
}
