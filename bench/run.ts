import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateRegister } from '../tools/generate/registerGenerator';
import { writeRegisterFile } from '../tools/generate/writeRegisterFile';
import { benchCli, cliTargets } from './cli';
import type { EngineFigures } from './engineBench';
import type { ImportFigures } from './importBench';
import type { ProfileSummary } from './profileEngine';
import { benchPane, type PaneFigures } from './paneBench';
import { renderMarkdown, renderText, updateReadme, type BenchResults, type Part } from './report';
import type { SeamFigures } from './seamBench';

/**
 * `npm run bench`: the engine, the file importers, the Excel seam and the pane in one run. Each
 * engine/import/seam measurement runs in its own Node process (memory figures stay clean); a part
 * whose modules have not landed says so instead of giving a number. Writes bench/results.json and
 * the README table between the bench markers.
 *
 *   npm run bench                        everything (about 4 minutes on 2 cores)
 *   npm run bench -- --only engine,pane  some parts, printed only (no files written); parts:
 *                                        engine, import, seam, pane, cli
 *   npm run bench -- --profile           CPU profile of import + analysis of 1,000,000 rows
 */

const ROOT = resolve(__dirname, '..');
const TMP = join(ROOT, 'bench/tmp');
const REGISTER_CSV = join(TMP, 'register-100k.csv');
const REGISTER_XLSX = join(TMP, 'register-100k.xlsx');

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Files a part needs; when one is missing the part has not landed yet. */
function missing(paths: readonly string[]): string[] {
  return paths.filter((p) => !existsSync(join(ROOT, p)));
}

function runChild<T>(args: string[], extraNodeArgs: string[] = []): Promise<T> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=4096', ...extraNodeArgs, '--import', 'tsx', join(ROOT, 'bench/child.ts'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code === 0 && line) ok(JSON.parse(line.slice('BENCH_RESULT '.length)) as T);
      else fail(new Error((err.trim().split('\n').find((l) => l.trim().length > 0) ?? `exit ${code}`).slice(0, 300)));
    });
  });
}

async function part<T>(name: string, needs: readonly string[], run: () => Promise<T>): Promise<Part<T>> {
  const absent = missing(needs);
  if (absent.length > 0) {
    log(`  ${name}: not measured, not landed yet (missing ${absent.join(', ')})`);
    return { status: 'not-landed', reason: `not landed yet: ${absent.join(', ')}` };
  }
  const t0 = performance.now();
  try {
    const value = await run();
    log(`  ${name}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return { status: 'ok', value };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    log(`  ${name}: FAILED: ${reason}`);
    return { status: 'failed', reason };
  }
}

const ENGINE = ['src/core/register/importRegister.ts', 'src/core/analysis/analyze.ts', 'src/core/calendar/index.ts'];
const FILES = ['src/adapters/files/index.ts', ...ENGINE];
const SEAM = ['test/fakes/excel/index.ts', 'src/adapters/excel/officeWorkbook.ts', 'src/core/reporting/reportingSheet.ts', ...ENGINE];
const PANE = ['webpack.config.js', 'src/taskpane/index.tsx', 'src/demo/index.tsx'];
const CLI = ['bin/verzuimsignaal.js', 'src/cli/main.ts', ...FILES];

/** `--only engine,import,seam,pane` runs some parts and prints them without writing any file. */
function selectedParts(argv: string[]): Set<string> | undefined {
  const i = argv.indexOf('--only');
  if (i < 0) return undefined;
  return new Set((argv[i + 1] ?? '').split(',').map((x) => x.trim()));
}

const SKIPPED = { status: 'not-landed', reason: 'skipped (--only)' } as const;

async function profile(): Promise<void> {
  log('Profiling importRegister + analyze on 1,000,000 generated rows…');
  const r = await runChild<ProfileSummary>(['profile', '1000000']);
  log(`import ${r.importMs} ms, analyze ${r.analyzeMs} ms (with the profiler attached); ${r.totalSampledMs} ms sampled`);
  log('self time   share  function');
  for (const t of r.top) log(`${String(t.selfMs).padStart(8)} ms ${(t.share * 100).toFixed(1).padStart(5)}%  ${t.fn}`);
  log(`\nProfile: ${r.file} (open in Chrome DevTools → Performance)`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--profile')) return profile();
  const only = selectedParts(process.argv.slice(2));
  const wanted = (p: string): boolean => only === undefined || only.has(p);
  const started = performance.now();
  const loadAverageAtStart = Math.round(loadavg()[0] * 10) / 10;
  mkdirSync(TMP, { recursive: true });
  log(`Verzuimsignaal bench — ${new Date().toISOString()} — ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadAverageAtStart}`);
  if (loadAverageAtStart > cpus().length) log('  (the machine is busy: wall times will be high; CPU times are given beside them)');

  const engine100k = wanted('engine') ? await part('engine, 100,000 rows', ENGINE, () => runChild<EngineFigures>(['engine', '100000', '5'])) : SKIPPED;
  const engine1m = wanted('engine') ? await part('engine, 1,000,000 rows', ENGINE, () => runChild<EngineFigures>(['engine', '1000000', '3'])) : SKIPPED;

  const files = !wanted('import') ? SKIPPED : await part('register files, 100,000 rows', [], async () => {
    const g = generateRegister({ pupils: 1700, seed: 1 });
    g.rows.length = Math.min(g.rows.length, 100_000);
    await writeRegisterFile(g, REGISTER_CSV);
    await writeRegisterFile(g, REGISTER_XLSX);
    return g.rows.length;
  });
  const csv = files.status === 'ok' ? await part('import .csv', FILES, () => runChild<ImportFigures>(['import-csv', REGISTER_CSV, '3'])) : files;
  // Best of 3 for both formats (the .xlsx once had 2, when a read took 3 s).
  const xlsx = files.status === 'ok' ? await part('import .xlsx', FILES, () => runChild<ImportFigures>(['import-xlsx', REGISTER_XLSX, '3'])) : files;

  const seam = wanted('seam') ? await part('Excel seam', SEAM, () => runChild<SeamFigures>(['seam'])) : SKIPPED;
  const pane: Part<PaneFigures> = wanted('pane') ? await part('pane', PANE, () => benchPane()) : SKIPPED;
  const cli = wanted('cli') ? await part('command line', CLI, () => benchCli(ROOT, TMP, log)) : SKIPPED;

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', node: process.version, platform: `${process.platform} ${process.arch}`, memoryGb: Math.round(totalmem() / 2 ** 30), loadAverageAtStart },
    durationS: 0,
    parts: { engine100k, engine1m, csv, xlsx, seam, pane, cli },
  };
  results.durationS = Math.round((performance.now() - started) / 1000);
  if (only !== undefined) {
    log(`\n${renderText(results)}\n\n(--only: bench/results.json and README.md left unchanged)`);
    return;
  }
  const json = toJson(results);
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(json, null, 2)}\n`);
  log('');
  log(renderText(results));
  const readme = join(ROOT, 'README.md');
  const updated = updateReadme(readFileSync(readme, 'utf8'), renderMarkdown(results));
  if (updated === undefined) log('README.md: bench markers not found, table not written');
  else writeFileSync(readme, updated);
  log(`\nbench/results.json and the README table written (${results.durationS} s).`);
}

/** The results file: nested figures with null where a part was not measured, and why. */
function toJson(r: BenchResults): Record<string, unknown> {
  const v = <T>(p: Part<T>): T | undefined => (p.status === 'ok' ? p.value : undefined);
  const why = <T>(p: Part<T>): string | undefined => (p.status === 'ok' ? undefined : p.reason);
  const e1m = v(r.parts.engine1m);
  const e100k = v(r.parts.engine100k);
  const seam = v(r.parts.seam);
  const pane = v(r.parts.pane);
  const engineEntry = (e: EngineFigures | undefined, p: Part<EngineFigures>) =>
    e
      ? { ...e, msIncludes: 'importRegister + analyze', ratioIs: 'analyze / floor' }
      : { ms: null, floorMs: null, ratio: null, peakMb: null, notMeasured: why(p) };
  return {
    date: r.date,
    machine: r.machine,
    durationS: r.durationS,
    engine: { rows100k: engineEntry(e100k, r.parts.engine100k), rows1m: engineEntry(e1m, r.parts.engine1m) },
    import: {
      csv100k: v(r.parts.csv) ?? { rowsPerSecond: null, notMeasured: why(r.parts.csv) },
      xlsx100k: v(r.parts.xlsx) ?? { rowsPerSecond: null, notMeasured: why(r.parts.xlsx) },
    },
    seam: seam ?? {
      read50k: { syncs: null, maxRequestBytes: null },
      read200k: { syncs: null, maxRequestBytes: null },
      write5000flags: { syncs: null, maxRequestBytes: null },
      notMeasured: why(r.parts.seam),
    },
    pane: pane
      ? {
          initialGzKb: pane.initialGzKb,
          firstRenderMs: pane.firstRender?.ms ?? null,
          ...(pane.firstRenderError ? { firstRenderError: pane.firstRenderError } : {}),
          pages: pane.pages,
          libraryChunks: pane.libraryChunks,
          firstRender: pane.firstRender,
          buildMs: pane.buildMs,
        }
      : { initialGzKb: null, firstRenderMs: null, notMeasured: why(r.parts.pane) },
    cli: v(r.parts.cli ?? SKIPPED) ?? { notMeasured: why(r.parts.cli ?? SKIPPED) },
    issue13Targets: cliTargets(v(r.parts.cli ?? SKIPPED), v(r.parts.xlsx)?.rowsPerSecond, v(r.parts.engine1m)?.ms),
    targets: TARGETS,
  };
}

export const TARGETS = {
  'engine.rows1m.ms': '≤ 2000 (import + analysis)',
  'engine.rows1m.ratio': '≤ 3 (analysis / floor)',
  'engine.rows1m.peakMb': '≤ 1024',
  'seam.read200k.syncs': '≤ 23 (one per 10,000 rows + 3)',
  'seam.read200k.maxRequestBytes': '≤ 2 MB (2,097,152)',
  'seam.write5000flags.syncs': 'constant (equal to the 500-flag write)',
  'pane.initialGzKb': '≤ 300',
  'pane.firstRenderMs': '< 1500',
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
