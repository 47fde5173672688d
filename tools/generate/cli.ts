import { Command, CommanderError } from 'commander';
import { generateRegister } from './registerGenerator';
import { writeRegisterFile } from './writeRegisterFile';

/**
 * npm run generate -- --pupils 2000 --out register.xlsx [--seed 7] [--region zuid] [--until 2026-03-01]
 * Writes a realistic generated register and prints how many rows it wrote.
 */

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} verwacht een geheel getal / expects a whole number: ${value}`);
    return n;
  };
}

export async function runGenerate(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const program = new Command()
    .name('generate')
    .description('genereer een realistisch absentieregister (.csv of .xlsx)')
    .requiredOption('--pupils <n>', 'aantal leerlingen', positiveInt('pupils'))
    .requiredOption('--out <file>', 'uitvoerbestand (.csv of .xlsx)')
    .option('--seed <s>', 'seed voor herhaalbare uitvoer', positiveInt('seed'))
    .option('--region <region>', 'vakantieregio: noord, midden of zuid', 'midden')
    .option('--school-year <date>', '1 augustus van het schooljaar, JJJJ-MM-DD', '2025-08-01')
    .option('--until <date>', 'laatste datum in het register, JJJJ-MM-DD')
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err });
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    err(`${(e as Error).message}\n`);
    return 2;
  }
  const opts = program.opts<{ pupils: number; out: string; seed?: number; region: string; schoolYear: string; until?: string }>();
  if (opts.region !== 'noord' && opts.region !== 'midden' && opts.region !== 'zuid') {
    err(`--region: noord, midden of zuid (niet "${opts.region}")\n`);
    return 2;
  }
  try {
    const started = Date.now();
    const register = generateRegister({ pupils: opts.pupils, seed: opts.seed, region: opts.region, schoolYearStart: opts.schoolYear, until: opts.until });
    await writeRegisterFile(register, opts.out);
    out(`${register.rows.length} rijen geschreven naar ${opts.out} (${opts.pupils} leerlingen, ${Date.now() - started} ms)\n`);
    return 0;
  } catch (e) {
    err(`${(e as Error).message}\n`);
    return 2;
  }
}

if (require.main === module) {
  runGenerate(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
