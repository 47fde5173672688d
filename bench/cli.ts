import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRegister } from '../tools/generate/registerGenerator';
import { writeRegisterFile } from '../tools/generate/writeRegisterFile';
import { median, quantile, round } from './stats';

/**
 * The command line as a user starts it (issue 13, point 6): `verzuimsignaal` run through Node as
 * its bin script does, each call its own process, timed against `node -e 0` in the same run, so
 * the figures are ratios that a busy machine shifts less than seconds. Peak memory is the child's
 * own maxRSS (process.resourceUsage, reported by a preload script as it exits).
 */

export interface CliRun {
  /** Median wall time of the runs, ms. */
  ms: number;
  /** The middle half of the runs' wall times (first and third quartile), ms: how much the machine moved. */
  middleMs: [number, number];
  /** Median CPU time (user + system) of the child, ms. */
  cpuMs: number;
  /** Largest maxRSS of the runs, MB. */
  peakMb: number;
  runs: number;
}

export interface CliFigures {
  node: CliRun;
  help: CliRun;
  analyze20k: CliRun & { rows: number };
  analyzeLarge: CliRun & { rows: number; fileMb: number };
  built: boolean;
}

const PRELOAD = join(__dirname, 'childUsage.cjs');

/** One child: wall time, and the CPU time and peak memory it reports as it exits. */
function timeChild(root: string, args: string[]): Promise<{ ms: number; cpuMs: number; peakMb: number }> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--require', PRELOAD, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const line = err.split('\n').find((l) => l.startsWith('CHILD_USAGE '));
      if (code !== 0 || !line) {
        fail(new Error(`${args.join(' ')}: exit ${code}: ${err.trim().split('\n')[0] ?? ''}`.slice(0, 300)));
        return;
      }
      const usage = JSON.parse(line.slice('CHILD_USAGE '.length)) as { cpuMs: number; maxRssKb: number };
      ok({ ms, cpuMs: usage.cpuMs, peakMb: usage.maxRssKb / 1024 });
    });
  });
}

/**
 * Several commands timed in turns (A B C A B C …) rather than one after the other: a ratio of two
 * of them then compares runs made in the same minutes, when a shared machine's speed drifts.
 */
async function timeInTurns(root: string, commands: { args: string[]; runs: number }[]): Promise<CliRun[]> {
  const all = commands.map(() => [] as { ms: number; cpuMs: number; peakMb: number }[]);
  // One warm-up each so the file cache holds node, the CLI and the register.
  for (const c of commands) await timeChild(root, c.args);
  const rounds = Math.max(...commands.map((c) => c.runs));
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < commands.length; k++) if (i < commands[k].runs) all[k].push(await timeChild(root, commands[k].args));
  }
  return all.map((runs) => summary(runs));
}

function summary(all: { ms: number; cpuMs: number; peakMb: number }[]): CliRun {
  const wall = all.map((r) => r.ms);
  return {
    ms: round(median(wall)),
    middleMs: [round(quantile(wall, 0.25)), round(quantile(wall, 0.75))],
    cpuMs: round(median(all.map((r) => r.cpuMs))),
    peakMb: round(Math.max(...all.map((r) => r.peakMb))),
    runs: all.length,
  };
}

/** A generated register of about `rows` rows (cut to exactly that), with its settings; kept in tmp between runs. */
async function register(tmp: string, rows: number, name: string): Promise<{ file: string; settings: string; rows: number }> {
  const file = join(tmp, `${name}.csv`);
  const settings = join(tmp, `${name}-settings.json`);
  const pupils = Math.ceil(rows / 55);
  if (!existsSync(file) || !existsSync(settings)) {
    const g = generateRegister({ pupils, seed: 13 });
    g.rows.length = Math.min(g.rows.length, rows);
    await writeRegisterFile(g, file);
    writeFileSync(settings, `${JSON.stringify(g.settings, null, 2)}\n`);
  }
  return { file, settings, rows };
}

export async function benchCli(root: string, tmp: string, log: (line: string) => void): Promise<CliFigures> {
  // The command as installed: dist/cli/main.js bundled from the sources of this run (build:cli
  // without its type-check, which changes nothing in the file).
  const build = spawnSync(process.execPath, [join(root, 'tools/build-cli.js')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${(build.stdout || build.stderr).split('\n')[0]}`);
  const bin = join(root, 'bin/verzuimsignaal.js');
  const small = await register(tmp, 20_000, 'cli-20k');
  const large = await register(tmp, 1_250_000, 'cli-large');
  log(`    registers ready (${small.rows} rows; ${large.rows} rows, ${(statSync(large.file).size / 1048576).toFixed(0)} MB)`);
  // 21 turns: on a shared two-core machine single runs of these commands spread by ±15%, and a
  // median of 9 still moved the analyze ratio by 0.5 between two runs of the bench minutes apart.
  const [node, help, analyze20k] = await timeInTurns(root, [
    { args: ['-e', '0'], runs: 21 },
    { args: [bin, '--help'], runs: 21 },
    { args: [bin, 'analyze', small.file, '--config', small.settings], runs: 21 },
  ]);
  // The large file was just written (it is in the file cache): one run, for its peak memory.
  const analyzeLarge = summary([await timeChild(root, [bin, 'analyze', large.file, '--config', large.settings])]);
  return {
    node,
    help,
    analyze20k: { ...analyze20k, rows: small.rows },
    analyzeLarge: { ...analyzeLarge, rows: large.rows, fileMb: round(statSync(large.file).size / 1048576, 1) },
    built: true,
  };
}

/** A target of issue 13 with what was measured and the ratio to its limit. */
export interface TargetLine {
  target: string;
  measured: string;
  ratio: string;
  met: boolean;
}

/** The five targets of issue 13, point 6; the .xlsx and million-row figures come from the import and engine parts. */
export function cliTargets(cli: CliFigures | undefined, xlsxRowsPerSecond: number | undefined, millionMs: number | undefined): TargetLine[] {
  const out: TargetLine[] = [];
  if (cli) {
    const help = cli.help.ms / cli.node.ms;
    out.push({
      target: '`verzuimsignaal --help` within 2× of `node -e 0`',
      measured: `${cli.help.ms} ms vs ${cli.node.ms} ms (CPU ${cli.help.cpuMs} vs ${cli.node.cpuMs} ms)`,
      ratio: `${help.toFixed(2)}×`,
      met: help <= 2,
    });
    const analyze = cli.analyze20k.ms / cli.node.ms;
    out.push({
      target: `\`analyze\` of a ${cli.analyze20k.rows.toLocaleString('en-GB')}-row .csv within 3× of \`node -e 0\``,
      measured: `${cli.analyze20k.ms} ms vs ${cli.node.ms} ms (middle half of ${cli.analyze20k.runs} runs ${cli.analyze20k.middleMs.join('–')} vs ${cli.node.middleMs.join('–')} ms; CPU ${cli.analyze20k.cpuMs} vs ${cli.node.cpuMs} ms)`,
      ratio: `${analyze.toFixed(2)}×`,
      met: analyze <= 3,
    });
  }
  if (xlsxRowsPerSecond !== undefined) {
    out.push({
      target: '.xlsx import ≥ 100,000 rows/s',
      measured: `${Math.round(xlsxRowsPerSecond).toLocaleString('en-GB')} rows/s`,
      ratio: `${(xlsxRowsPerSecond / 100_000).toFixed(2)}× the target`,
      met: xlsxRowsPerSecond >= 100_000,
    });
  }
  if (millionMs !== undefined) {
    out.push({
      target: '1,000,000 rows import + analysis ≤ 1.5 s',
      measured: `${(millionMs / 1000).toFixed(2)} s`,
      ratio: `${(millionMs / 1500).toFixed(2)}× the limit`,
      met: millionMs <= 1500,
    });
  }
  if (cli) {
    const peak = cli.analyzeLarge.peakMb / cli.analyzeLarge.fileMb;
    out.push({
      target: `peak memory of \`analyze\` on a ${Math.round(cli.analyzeLarge.fileMb)} MB .csv ≤ 5× the file`,
      measured: `${cli.analyzeLarge.peakMb} MB peak RSS (${cli.analyzeLarge.rows.toLocaleString('en-GB')} rows, ${(cli.analyzeLarge.ms / 1000).toFixed(1)} s)`,
      ratio: `${peak.toFixed(2)}× the file`,
      met: peak <= 5,
    });
  }
  return out;
}
