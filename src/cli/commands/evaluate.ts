import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readXlsxFile, RegisterFileError } from '../../adapters/files';
import { analyze } from '../../core/analysis/analyze';
import {
  evaluate,
  evaluationEntriesFromGrid,
  evaluationSummary,
  reportingTableFromSheetCells,
  SchoolYearError,
  type EvaluationEntry,
} from '../../core/evaluation';
import { REPORTING_SHEET_NAME } from '../../core/reporting/reportingSheet';
import { CliError, type CliIo } from '../io';
import { loadRegister } from '../loadInput';
import type { CommonOptions } from '../main';
import { dateOption } from '../dateOption';

export interface EvaluateOptions extends CommonOptions {
  schoolYear?: string;
  out?: string;
}

/** The user's entries of "Verzuimsignalen" when the register is a workbook that has it; undefined otherwise. */
async function readSheetEntries(file: string): Promise<Map<string, EvaluationEntry> | undefined> {
  if (!/\.(xlsx|xlsm)$/i.test(file)) return undefined;
  let cells;
  try {
    cells = (await readXlsxFile(file, REPORTING_SHEET_NAME)).cells;
  } catch (e) {
    if (e instanceof RegisterFileError) return undefined;
    throw e;
  }
  const table = reportingTableFromSheetCells(cells);
  return table ? evaluationEntriesFromGrid(table) : undefined;
}

async function ensureDir(dir: string): Promise<void> {
  const s = await stat(dir).catch(() => undefined);
  if (s && !s.isDirectory()) throw new CliError(`--out: ${dir} is een bestand, geen map`);
  if (!s) {
    await mkdir(dir, { recursive: true }).catch((e: unknown) => {
      throw new CliError(`--out: map ${dir} kan niet worden gemaakt (${e instanceof Error ? e.message : String(e)})`);
    });
  }
}

/**
 * `verzuimsignaal evaluate FILE [--sheet] [--config] [--as-of] [--school-year YYYY-YYYY] [--json]
 * [--out DIR]`: the figures of MAS step 10 over a school year. --json prints them (output.md),
 * --out writes evaluatie.xlsx and evaluatie.html; otherwise a Dutch summary.
 */
export async function runEvaluate(file: string, opts: EvaluateOptions, io: CliIo): Promise<number> {
  // Either form, like every date option: 04-12-2026 or 2026-12-04.
  const asOf = dateOption('--as-of', opts.asOf, opts.lang);
  const loaded = await loadRegister(file, { sheet: opts.sheet, config: opts.config, lang: opts.lang });
  const result = analyze(loaded.import, loaded.settings, { asOf });
  const entries = await readSheetEntries(file);
  let figures;
  try {
    figures = evaluate(result, entries ?? new Map(), { schoolYear: opts.schoolYear, publicHolidays: loaded.settings.calendar.publicHolidays });
  } catch (e) {
    if (e instanceof SchoolYearError) throw new CliError(`--school-year: ${e.message}`);
    throw e;
  }
  if (opts.out !== undefined) {
    await ensureDir(opts.out);
    // Loaded only here: React's server renderer and exceljs are not needed for --json.
    const { evaluationXlsxFile } = await import('../../documents/evaluationXlsx');
    const { evaluationHtml, EVALUATION_HTML_NAME } = await import('../../documents/evaluationHtml');
    const xlsx = await evaluationXlsxFile(figures);
    await writeFile(join(opts.out, xlsx.name), xlsx.data);
    await writeFile(join(opts.out, EVALUATION_HTML_NAME), evaluationHtml(figures, { school: loaded.settings.school.name || undefined }), 'utf8');
    if (!opts.json) io.out(`Geschreven in ${opts.out}: ${xlsx.name}, ${EVALUATION_HTML_NAME}\n`);
  }
  if (opts.json) io.out(JSON.stringify(figures, null, 2) + '\n');
  else if (opts.out === undefined) io.out(evaluationSummary(figures, { file, fromSheet: entries !== undefined }));
  return 0;
}
