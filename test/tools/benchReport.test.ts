import { floor } from '../../bench/engineBench';
import { renderMarkdown, updateReadme, type BenchResults } from '../../bench/report';
import type { AbsenceRow } from '../../src/core/register/types';
import { dayFromIso } from '../../src/core/dates';

const row = (sheetRow: number, studentId: string, iso: string, minutes: number): AbsenceRow => ({
  sheetRow,
  studentId,
  day: dayFromIso(iso) as number,
  minutes,
  category: 'unauthorised',
  code: 'S',
});

describe('the engine floor', () => {
  it('sums minutes per pupil over rows in any order, leaving the input untouched', () => {
    const rows = [
      row(2, '1002', '2025-09-03', 50),
      row(3, '1001', '2025-09-01', 100),
      row(4, '1002', '2025-09-01', 50),
      row(5, '1001', '2025-09-02', 250),
    ];
    const before = rows.map((r) => r.sheetRow);
    expect(floor(rows)).toEqual(new Map([['1001', 350], ['1002', 100]]));
    expect(rows.map((r) => r.sheetRow)).toEqual(before);
  });
});

const results: BenchResults = {
  date: '2026-11-28T21:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'Test CPU', node: 'v20.20.2', platform: 'linux x64', memoryGb: 24, loadAverageAtStart: 0.5 },
  durationS: 150,
  parts: {
    engine1m: {
      status: 'ok',
      value: {
        rows: 1_000_000, pupils: 16_667, runs: 2, importMs: 1500, analyzeMs: 700, ms: 2200, floorMs: 350, ratio: 2,
        ratioWithImport: 6.29, cpuMs: 2300, peakMb: 900, inputMb: 440, flags: 16_296, peakResetSupported: true,
      },
    },
    engine100k: { status: 'not-landed', reason: 'not landed yet: src/core/analysis/analyze.ts' },
    csv: { status: 'ok', value: { format: 'csv', rows: 100_000, runs: 3, readMs: 300, importMs: 200, ms: 500, rowsPerSecond: 200_000, peakMb: 180 } },
    xlsx: { status: 'failed', reason: 'boom' },
    seam: {
      status: 'ok',
      value: {
        read50k: { rows: 50_000, syncs: 8, maxRequestBytes: 900_000, ms: 10 },
        read200k: { rows: 200_000, syncs: 24, maxRequestBytes: 900_000, ms: 10 },
        write500flags: { flags: 500, syncs: 3, maxRequestBytes: 100_000, ms: 1 },
        write5000flags: { flags: 5000, syncs: 3, maxRequestBytes: 1_300_000, ms: 1 },
      },
    },
    pane: { status: 'not-landed', reason: 'not landed yet: src/demo/index.tsx' },
  },
};

describe('the bench table', () => {
  const table = renderMarkdown(results);

  it('judges each figure against its target and says which parts were not measured', () => {
    expect(table).toContain('| Engine, 1,000,000 rows: import + analysis | 2.20 s (importRegister 1.50 s + analyze 0.70 s; CPU 2.30 s; 16,667 pupils, 16,296 flags) | ≤ 1.5 s (issue 13) | NO |');
    expect(table).toContain('| Engine, 1,000,000 rows: analysis alone / floor | 0.70 s / 0.35 s = 2.00× (with import: 6.3×) | ≤ 3× | yes |');
    expect(table).toContain('| Engine, 1,000,000 rows: peak memory | 900 MB process peak (of which the input grid: 440 MB) | ≤ 1 GB | yes |');
    expect(table).toContain('| Engine, 100,000 rows | not measured — not landed yet: src/core/analysis/analyze.ts |');
    expect(table).toContain('| Import .csv, 100,000 rows (file adapter + importRegister) | 200,000 rows/s (0.50 s: read 0.30 s, importRegister 0.20 s; peak 180 MB) |');
    expect(table).toContain('| Import .xlsx, 100,000 rows | not measured — failed: boom |');
    expect(table).toContain('| Excel seam: read 50,000 rows | 8 syncs, largest request 0.86 MB (0.01 s in the fake) | ≤ 8 syncs, ≤ 2 MB | yes |');
    expect(table).toContain('| Excel seam: read 200,000 rows | 24 syncs, largest request 0.86 MB (0.01 s in the fake) | ≤ 23 syncs, ≤ 2 MB | NO |');
    expect(table).toContain('| Excel seam: write the reporting sheet, 5,000 flags | 3 syncs (500 flags: 3), largest request 1.24 MB | constant syncs, ≤ 2 MB | yes |');
    expect(table).toContain('| Pane | not measured — not landed yet: src/demo/index.tsx | ≤ 300 KB gz, < 1.5 s |  |');
  });

  it('replaces only the text between the README markers', () => {
    const readme = '# Title\n\nintro\n<!-- bench:start -->\n(not measured yet)\n<!-- bench:end -->\n\n## After\n';
    const out = updateReadme(readme, 'TABLE');
    expect(out).toBe('# Title\n\nintro\n<!-- bench:start -->\nTABLE\n<!-- bench:end -->\n\n## After\n');
    expect(updateReadme(out as string, 'NEW')).toBe('# Title\n\nintro\n<!-- bench:start -->\nNEW\n<!-- bench:end -->\n\n## After\n');
    expect(updateReadme('# no markers\n', 'TABLE')).toBeUndefined();
  });
});
