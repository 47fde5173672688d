import { writeFile } from 'node:fs/promises';
import { Command, CommanderError } from 'commander';
import { dayFromIso, schoolYearStart } from '../../src/core/dates';
import { schoolYearOf } from '../../src/core/calendar';
import { generateRegister } from './registerGenerator';
import { writeRegisterFile } from './writeRegisterFile';

/**
 * npm run generate -- [--pupils 300] [--out register.xlsx] [--seed 7] [--region zuid]
 *                     [--school-year 2026-08-01] [--until 2026-03-01] [--settings settings.json]
 * Writes a realistic generated register and prints how many rows it wrote. For a school year the
 * built-in holiday table lacks, the generator lays the register over holidays of its own (listed
 * on screen, and written with --settings so the register can be analysed).
 */

const DEFAULT_PUPILS = 300;

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
    .option('--pupils <n>', `aantal leerlingen (standaard ${DEFAULT_PUPILS})`, positiveInt('pupils'), DEFAULT_PUPILS)
    .option('--out <file>', 'uitvoerbestand (.csv of .xlsx; standaard register-<schooljaar>.csv)')
    .option('--seed <s>', 'seed voor herhaalbare uitvoer', positiveInt('seed'))
    .option('--region <region>', 'vakantieregio: noord, midden of zuid', 'midden')
    .option('--school-year <date>', '1 augustus van het schooljaar, JJJJ-MM-DD', '2025-08-01')
    .option('--until <date>', 'laatste datum in het register, JJJJ-MM-DD')
    .option('--settings <file>', 'schrijf ook de instellingen (regio en vakanties) van het register, JSON')
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err });
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    err(`${(e as Error).message}\n`);
    return 2;
  }
  const opts = program.opts<{ pupils: number; out?: string; seed?: number; region: string; schoolYear: string; until?: string; settings?: string }>();
  if (opts.region !== 'noord' && opts.region !== 'midden' && opts.region !== 'zuid') {
    err(`--region: noord, midden of zuid (niet "${opts.region}")\n`);
    return 2;
  }
  try {
    const started = Date.now();
    const register = generateRegister({ pupils: opts.pupils, seed: opts.seed, region: opts.region, schoolYearStart: opts.schoolYear, until: opts.until });
    const start = dayFromIso(opts.schoolYear);
    const file = opts.out ?? `register-${start === undefined ? 'schooljaar' : schoolYearOf(schoolYearStart(start))}.csv`;
    await writeRegisterFile(register, file);
    out(`${register.rows.length} rijen geschreven naar ${file} (${opts.pupils} leerlingen, ${Date.now() - started} ms)\n`);
    const own = register.settings.calendar?.holidays;
    if (own) {
      out(`Vakanties van de generator (verzonnen voor testgegevens; er is geen ingebouwde tabel voor dit schooljaar):\n`);
      for (const h of own) out(`  ${(h.name ?? "").padEnd(18)} ${h.start} t/m ${h.end}\n`);
    }
    if (opts.settings) {
      await writeFile(opts.settings, `${JSON.stringify(register.settings, null, 2)}\n`, 'utf8');
      out(`Instellingen geschreven naar ${opts.settings}\n`);
    } else if (own) {
      out(`Analyseren: schrijf de instellingen met --settings FILE, of gebruik verzuimsignaal init ${file} --out settings.json\n`);
    }
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
