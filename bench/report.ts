import { cliTargets, type CliFigures } from './cli';
import type { EngineFigures } from './engineBench';
import type { ImportFigures } from './importBench';
import type { PaneFigures } from './paneBench';
import type { SeamFigures } from './seamBench';

export type Part<T> = { status: 'ok'; value: T } | { status: 'not-landed' | 'failed'; reason: string };

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; memoryGb: number; loadAverageAtStart: number };
  durationS: number;
  parts: {
    engine100k: Part<EngineFigures>;
    engine1m: Part<EngineFigures>;
    csv: Part<ImportFigures>;
    xlsx: Part<ImportFigures>;
    seam: Part<SeamFigures>;
    pane: Part<PaneFigures>;
    /** The command line's start-up and memory (bench/cli.ts); absent in results written before it. */
    cli?: Part<CliFigures>;
  };
}

interface Line {
  measure: string;
  result: string;
  target: string;
  /** true / false against the target, undefined when there is no target or no figure. */
  met?: boolean;
}

const nf = new Intl.NumberFormat('en-GB');
const n = (x: number): string => nf.format(x);
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MB`;

function unmeasured<T>(p: Part<T>, measure: string, target = ''): Line[] {
  return p.status === 'ok' ? [] : [{ measure, result: `not measured — ${p.status === 'not-landed' ? p.reason : `failed: ${p.reason}`}`, target }];
}

function engineLines(p: Part<EngineFigures>, label: string, withTargets: boolean): Line[] {
  if (p.status !== 'ok') return unmeasured(p, `Engine, ${label}`, withTargets ? '≤ 1.5 s, ≤ 3× floor, ≤ 1 GB' : '');
  const e = p.value;
  return [
    {
      measure: `Engine, ${label}: import + analysis`,
      result: `${s(e.ms)} (importRegister ${s(e.importMs)} + analyze ${s(e.analyzeMs)}; CPU ${s(e.cpuMs)}; ${n(e.pupils)} pupils, ${n(e.flags)} flags)`,
      target: withTargets ? '≤ 1.5 s (issue 13)' : '',
      met: withTargets ? e.ms <= 1500 : undefined,
    },
    {
      measure: `Engine, ${label}: analysis alone / floor`,
      result: `${s(e.analyzeMs)} / ${s(e.floorMs)} = ${e.ratio.toFixed(2)}× (with import: ${e.ratioWithImport.toFixed(1)}×)`,
      target: withTargets ? '≤ 3×' : '',
      met: withTargets ? e.ratio <= 3 : undefined,
    },
    {
      measure: `Engine, ${label}: peak memory`,
      result: `${n(e.peakMb)} MB process peak (of which the input grid: ${n(e.inputMb)} MB)`,
      target: withTargets ? '≤ 1 GB' : '',
      met: withTargets ? e.peakMb <= 1024 : undefined,
    },
  ];
}

function importLine(p: Part<ImportFigures>, label: string): Line[] {
  if (p.status !== 'ok') return unmeasured(p, `Import ${label}, 100,000 rows`);
  const f = p.value;
  return [
    {
      measure: `Import ${label}, ${n(f.rows)} rows (file adapter + importRegister)`,
      result: `${n(f.rowsPerSecond)} rows/s (${s(f.ms)}: read ${s(f.readMs)}, importRegister ${s(f.importMs)}; peak ${n(f.peakMb)} MB)`,
      target: '',
    },
  ];
}

function seamLines(p: Part<SeamFigures>): Line[] {
  if (p.status !== 'ok') return unmeasured(p, 'Excel seam (Excel fake)', '≤ 1 sync / 10,000 rows + 3, ≤ 2 MB per request');
  const f = p.value;
  const limit = 2 * 1048576;
  const read = (r: SeamFigures['read50k'], label: string): Line => {
    const maxSyncs = Math.floor(r.rows / 10_000) + 3;
    return {
      measure: `Excel seam: read ${label} rows`,
      result: `${r.syncs} syncs, largest request ${mb(r.maxRequestBytes)} (${s(r.ms)} in the fake)`,
      target: `≤ ${maxSyncs} syncs, ≤ 2 MB`,
      met: r.syncs <= maxSyncs && r.maxRequestBytes <= limit,
    };
  };
  return [
    read(f.read50k, '50,000'),
    read(f.read200k, '200,000'),
    {
      measure: `Excel seam: write the reporting sheet, ${n(f.write5000flags.flags)} flags`,
      result: `${f.write5000flags.syncs} syncs (${n(f.write500flags.flags)} flags: ${f.write500flags.syncs}), largest request ${mb(f.write5000flags.maxRequestBytes)}`,
      target: 'constant syncs, ≤ 2 MB',
      met: f.write5000flags.syncs === f.write500flags.syncs && f.write5000flags.maxRequestBytes <= limit,
    },
    ...[
      [f.refill5000unchanged, 'no change', 0],
      [f.refill5000oneStatus, 'one status changed', 1],
    ].flatMap(([r, what, cells]) => {
      if (!r || typeof r !== 'object') return [];
      const x = r as NonNullable<SeamFigures['refill5000unchanged']>;
      return [
        {
          measure: `Excel seam: refill ${n(x.flags)} flags in place, ${String(what)}`,
          result: `${x.syncs} syncs (${x.writeSyncs} writing), ${n(x.cellsWritten)} cells written, ${mb(x.totalBytes)} sent in all, writes ${n(x.writeBytes)} bytes`,
          target: `${String(cells)} cells written, ≤ 2 MB per request`,
          met: x.cellsWritten === cells && x.maxRequestBytes <= limit,
        },
      ];
    }),
  ];
}

function paneLines(p: Part<PaneFigures>): Line[] {
  if (p.status !== 'ok') return unmeasured(p, 'Pane', '≤ 300 KB gz, < 1.5 s');
  const f = p.value;
  const pages = f.pages.map((pg) => `${pg.page} ${pg.gzKb} KB`).join(', ');
  const eager = f.pages.flatMap((pg) => pg.eagerLibraries);
  const lazy = Object.entries(f.libraryChunks)
    .map(([lib, chunks]) => `${lib}: ${chunks.length > 0 ? `lazy, in ${chunks.join(', ')}` : 'not in the build'}`)
    .join(', ');
  const lines: Line[] = [
    {
      measure: 'Pane: initial JavaScript, gzipped',
      result: `${f.initialGzKb} KB (${pages}; ${eager.length > 0 ? `EAGER: ${eager.join(', ')}` : lazy})`,
      target: '≤ 300 KB, exceljs/docx lazy',
      met: f.initialGzKb <= 300 && eager.length === 0,
    },
  ];
  if (f.firstRender) {
    lines.push({
      measure: 'Pane: first rendered pane in the demo (Chromium, navigation start → first visible heading)',
      result: `${n(f.firstRender.ms)} ms median of ${f.firstRender.runs} (${f.firstRender.allMs.join(', ')} ms), heading "${f.firstRender.heading}"; scripts fetched before it: ${f.firstRender.loadedBeforeRenderGzKb} KB gz`,
      target: '< 1.5 s',
      met: f.firstRender.ms < 1500,
    });
  } else {
    lines.push({ measure: 'Pane: first rendered pane in the demo', result: `not measured — ${f.firstRenderError ?? 'no result'}`, target: '< 1.5 s' });
  }
  return lines;
}

function lines(r: BenchResults): Line[] {
  return [
    ...engineLines(r.parts.engine1m, '1,000,000 rows', true),
    ...engineLines(r.parts.engine100k, '100,000 rows', false),
    ...importLine(r.parts.csv, '.csv'),
    ...importLine(r.parts.xlsx, '.xlsx'),
    ...seamLines(r.parts.seam),
    ...paneLines(r.parts.pane),
    ...targetLines(r),
  ];
}

/** Issue 13's targets (bench/cli.ts), each with its ratio, after the other parts. */
function targetLines(r: BenchResults): Line[] {
  const cli = r.parts.cli;
  const lines: Line[] = cli && cli.status !== 'ok' ? unmeasured(cli, 'Command line (start-up, analyze, memory)') : [];
  const xlsx = r.parts.xlsx.status === 'ok' ? r.parts.xlsx.value.rowsPerSecond : undefined;
  const million = r.parts.engine1m.status === 'ok' ? r.parts.engine1m.value.ms : undefined;
  for (const t of cliTargets(cli?.status === 'ok' ? cli.value : undefined, xlsx, million)) {
    lines.push({ measure: `Target: ${t.target.replace(/`/g, '')}`, result: `${t.measured}; ratio ${t.ratio}`, target: t.target.replace(/^.* (within|≥|≤) /, '$1 ').replace(/`/g, ''), met: t.met });
  }
  return lines;
}

const mark = (l: Line): string => (l.met === undefined ? '' : l.met ? 'yes' : 'NO');

function machine(r: BenchResults): string {
  return `${r.date.slice(0, 10)}, ${r.machine.cpus}× ${r.machine.cpuModel.trim()}, ${r.machine.memoryGb} GB, Node ${r.machine.node} (load average ${r.machine.loadAverageAtStart} at the start)`;
}

export function renderText(r: BenchResults): string {
  const ls = lines(r);
  const w = Math.max(...ls.map((l) => l.measure.length));
  const out = ls.map((l) => `${l.measure.padEnd(w)}  ${l.result}${l.target ? `  [target ${l.target}: ${mark(l) || '—'}]` : ''}`);
  return [`Measured ${machine(r)}`, ...out].join('\n');
}

export function renderMarkdown(r: BenchResults): string {
  const esc = (t: string) => t.replace(/\|/g, '\\|');
  return [
    `Measured ${machine(r)}; the whole run took ${r.durationS} s.`,
    'Engine and import figures are the best of several runs after a warm-up, each size in its own Node',
    'process ("import + analysis" includes importRegister; CPU is the process CPU time, which on a busy',
    'machine is the fairer figure). The floor is copying and sorting the normalised rows by pupil and',
    'date and one pass summing minutes per pupil. Seam figures come from the in-house Excel fake.',
    '',
    '| Measure | Result | Target | Met |',
    '|---|---|---|---|',
    ...lines(r).map((l) => `| ${esc(l.measure)} | ${esc(l.result)} | ${esc(l.target)} | ${mark(l)} |`),
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the text between the bench markers; undefined when the markers are missing. */
export function updateReadme(readme: string, table: string): string | undefined {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) return undefined;
  return `${readme.slice(0, a + START.length)}\n${table}\n${readme.slice(b)}`;
}
