import { Command, CommanderError } from 'commander';
import { CliError, processIo, type CliIo } from './io';
import { cliVersion } from './version';
import { cliLang, LANG_ENV, type CliLang } from './lang';
// Each command is loaded when it runs, not at start-up: `--help` need not load exceljs, docx and zod.
import type { EvaluateOptions } from './commands/evaluate';
import type { InitOptions } from './commands/init';

export interface CommonOptions {
  sheet?: string;
  config?: string;
  json?: boolean;
  asOf?: string;
  /** The language of the output (--lang, VERZUIMSIGNAAL_LANG); Dutch when not given. */
  lang?: CliLang;
}

/**
 * `verzuimsignaal analyze … | head` closes the pipe before the output is written: the reader has
 * what it wanted, so the command ends quietly instead of with Node's unhandled EPIPE stack trace.
 */
function quietWhenPipeCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') > 0) continue;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}

/** Runs the command line; resolves to the exit status instead of exiting, so tests can call it. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) quietWhenPipeCloses();
  let exitCode = 0;
  // Resolved when a command runs: program options are parsed by then, wherever they stood.
  const lang = (): CliLang => cliLang((program.opts() as { lang?: string }).lang);
  const program: Command = new Command()
    .name('verzuimsignaal')
    .description('MAS-verzuimsignalen uit een absentieregister (.xlsx/.csv) / MAS absence signals from a school absence register')
    .version(cliVersion(), '-V, --version', 'toon het versienummer / show the version number')
    .helpOption('-h, --help', 'toon deze hulp / show this help')
    .helpCommand('help [opdracht]', 'hulp bij een opdracht / help for a command')
    .option('--lang <taal>', `taal van de uitvoer: nl (standaard) of en; ook via ${LANG_ENV} / output language: nl (default) or en`)
    .addHelpText(
      'after',
      '\nBeginnen / getting started:\n' +
        '  verzuimsignaal init register.xlsx --holidays-text vakanties.txt --out instellingen.json\n' +
        '  verzuimsignaal analyze register.xlsx --config instellingen.json\n' +
        'Datums als dd-mm-jjjj of jjjj-mm-dd / dates as dd-mm-yyyy or yyyy-mm-dd.\n' +
        'In English / in het Engels: --lang en (or VERZUIMSIGNAAL_LANG=en).\n',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('init')
    .description('schrijf een instellingenbestand met de vakanties van de school / write a settings file with the school holidays')
    .argument('[register]', 'register (.xlsx of .csv): de schooljaren en, bij een groot register, vakantieweken daaruit / the register: its school years and, when large, its holiday weeks')
    .option('--region <region>', 'vakantieregio: noord, midden of zuid / holiday region', 'midden')
    .option('--holidays-text <file>', 'tekstbestand met de vakanties uit de schoolgids / text file with the holidays from the school guide')
    .option('--school-year <year>', 'schooljaar JJJJ-JJJJ voor data zonder jaartal / school year for dates without a year')
    .option('--sheet <name>', 'werkblad in een .xlsx (standaard: het eerste) / sheet of an .xlsx (default: the first)')
    .option('--no-propose', 'geen vakanties afleiden uit het register / do not infer holidays from the register')
    .option('--force', 'overschrijf een bestaand --out-bestand / overwrite an existing file')
    .requiredOption('--out <file>', 'het instellingenbestand dat wordt geschreven (JSON) / the settings file to write')
    .action(async (register: string | undefined, opts: InitOptions) => {
      exitCode = await (await import('./commands/init')).runInit(register, { ...opts, lang: lang() }, io);
    });

  program
    .command('inspect')
    .description('toon kopregel, kolomindeling, codes en problemen van een register / show the header, columns, codes and problems of a register')
    .argument('<file>', 'register (.xlsx of .csv) / the register')
    .option('--sheet <name>', 'werkblad in een .xlsx (standaard: het eerste) / sheet of an .xlsx (default: the first)')
    .option('--config <file>', 'instellingen (JSON; maak ze met init) / settings file (JSON; made by init)')
    .option('--json', 'uitvoer als JSON / output as JSON')
    .action(async (file: string, opts: CommonOptions) => {
      exitCode = await (await import('./commands/inspect')).runInspect(file, { ...opts, lang: lang() }, io);
    });

  program
    .command('analyze')
    .description('pas de MAS-signaalregels toe en toon de signalen / apply the MAS rules and show the signals')
    .argument('<file>', 'register (.xlsx of .csv) / the register')
    .option('--sheet <name>', 'werkblad in een .xlsx (standaard: het eerste) / sheet of an .xlsx (default: the first)')
    .option('--config <file>', 'instellingen (JSON; maak ze met init) / settings file (JSON; made by init)')
    .option('--as-of <date>', 'peildatum dd-mm-jjjj of jjjj-mm-dd (standaard: laatste datum in het register) / as-of date (default: the last date in the register)')
    .option('--json', 'uitvoer als JSON / output as JSON')
    .action(async (file: string, opts: CommonOptions) => {
      exitCode = await (await import('./commands/analyze')).runAnalyze(file, { ...opts, lang: lang() }, io);
    });

  program
    .command('report')
    .description('schrijf conceptmeldingen (xlsx, csv, docx) en ouderbrieven / write draft reports and letters to parents')
    .argument('<file>', 'register (.xlsx of .csv) / the register')
    .option('--sheet <name>', 'werkblad in een .xlsx (standaard: het eerste) / sheet of an .xlsx (default: the first)')
    .option('--config <file>', 'instellingen (JSON; maak ze met init) / settings file (JSON; made by init)')
    .option('--as-of <date>', 'peildatum dd-mm-jjjj of jjjj-mm-dd / as-of date')
    .option('--date <date>', 'datum van de documenten dd-mm-jjjj of jjjj-mm-dd (standaard: vandaag) / date the documents carry (default: today)')
    .requiredOption('--out <dir>', 'map voor de uitvoer / output folder')
    // --lang is the program's option (read wherever it stands); said here because only the screen follows it.
    .addHelpText(
      'after',
      '\nTaal / language:\n' +
        `  --lang en (of ${LANG_ENV}=en): de tekst op het scherm in het Engels. De documenten\n` +
        '  (meldingen .docx, brieven aan ouders, meldingen.xlsx/.csv) blijven Nederlands:\n' +
        '  ze gaan naar leerplicht en naar ouders.\n' +
        `  --lang en (or ${LANG_ENV}=en): the text on screen in English. The documents stay\n` +
        '  Dutch: they go to the Dutch attendance office and to Dutch parents.\n',
    )
    .action(async (file: string, opts: CommonOptions & { out: string; date?: string }) => {
      exitCode = await (await import('./commands/report')).runReport(file, { ...opts, lang: lang() }, io);
    });

  program
    .command('evaluate')
    .description('cijfers voor de evaluatie met de ketenpartners (MAS stap 10) over een schooljaar / figures for the evaluation with the chain partners (MAS step 10)')
    .argument('<file>', 'register (.xlsx of .csv) / the register')
    .option('--sheet <name>', 'werkblad in een .xlsx (standaard: het eerste) / sheet of an .xlsx (default: the first)')
    .option('--config <file>', 'instellingen (JSON; maak ze met init) / settings file (JSON; made by init)')
    .option('--as-of <date>', 'peildatum dd-mm-jjjj of jjjj-mm-dd / as-of date')
    .option('--school-year <year>', 'schooljaar JJJJ-JJJJ (standaard: dat van de peildatum) / school year (default: that of the as-of date)')
    .option('--json', 'uitvoer als JSON / output as JSON')
    .option('--out <dir>', 'schrijf evaluatie.xlsx en evaluatie.html in deze map / write evaluatie.xlsx and evaluatie.html in this folder')
    .action(async (file: string, opts: EvaluateOptions) => {
      exitCode = await (await import('./commands/evaluate')).runEvaluate(file, { ...opts, lang: lang() }, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) {
      io.err(`verzuimsignaal: ${e.message}\n`);
      return e.exitCode;
    }
    io.err(`verzuimsignaal: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
