import { benchEngine } from './engineBench';
import { benchImport } from './importBench';

/**
 * One measurement in its own process (so memory figures are not polluted by another part), run by
 * bench/run.ts as `node --expose-gc --import tsx bench/child.ts TASK ...`. Prints one line
 * `BENCH_RESULT {json}`.
 */
async function main(argv: string[]): Promise<unknown> {
  const [task, a, b] = argv;
  switch (task) {
    case 'engine':
      return benchEngine(Number(a), Number(b ?? 3));
    case 'import-csv':
      return benchImport('csv', a, Number(b ?? 3));
    case 'import-xlsx':
      return benchImport('xlsx', a, Number(b ?? 1));
    case 'profile': {
      const { profileEngine } = await import('./profileEngine');
      return profileEngine(Number(a ?? 1_000_000));
    }
    case 'seam': {
      const { benchSeam } = await import('./seamBench');
      return benchSeam();
    }
    default:
      throw new Error(`unknown bench task: ${task}`);
  }
}

main(process.argv.slice(2)).then(
  (result) => process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
