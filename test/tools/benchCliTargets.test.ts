import { cliTargets, type CliFigures } from '../../bench/cli';

const run = (ms: number, cpuMs = ms, peakMb = 40) => ({ ms, middleMs: [ms - 10, ms + 10] as [number, number], cpuMs, peakMb, runs: 5 });

describe("issue 13's bench targets", () => {
  it('gives each target its measured figure, ratio and verdict', () => {
    const cli: CliFigures = {
      node: run(50),
      help: run(90),
      analyze20k: { ...run(160), rows: 20_000 },
      analyzeLarge: { ...run(9000, 9000, 620), rows: 1_250_000, fileMb: 102.4 },
      built: true,
    };
    const lines = cliTargets(cli, 120_000, 1600);
    expect(lines.map((l) => [l.ratio, l.met])).toEqual([
      ['1.80×', true],
      ['3.20×', false],
      ['1.20× the target', true],
      ['1.07× the limit', false],
      ['6.05× the file', false],
    ]);
    expect(lines[1].target).toBe('`analyze` of a 20,000-row .csv within 3× of `node -e 0`');
    expect(lines[1].measured).toBe('160 ms vs 50 ms (middle half of 5 runs 150–170 vs 40–60 ms; CPU 160 vs 50 ms)');
    expect(lines[4].measured).toBe('620 MB peak RSS (1,250,000 rows, 9.0 s)');
  });

  it('leaves out what was not measured', () => {
    expect(cliTargets(undefined, undefined, 1400).map((l) => [l.target, l.met])).toEqual([['1,000,000 rows import + analysis ≤ 1.5 s', true]]);
  });
});
