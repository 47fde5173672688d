import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze } from '../../core/analysis/analyze';
import { isoFromDateInput } from '../../core/dateInput';
import { draftsFromAnalysis } from '../../core/drafts/buildDrafts';
import { dutchDate } from '../../core/drafts/draftColumns';
import { draftsCsvFile } from '../../core/drafts/draftsCsv';
import { parentLetters } from '../../core/drafts/letters';
import type { DraftMelding } from '../../core/drafts/types';
import type { GeneratedFile } from '../../core/export/table';
import { draftsXlsxFile, letterDocuments, meldingDocuments, uniqueNames } from '../../documents';
import { readXlsxFile, RegisterFileError } from '../../adapters/files';
import type { DraftReportingEntry } from '../../core/drafts/types';
import { idKey } from '../../core/reporting/refillTable';
import { H, readReportingRows, REPORTING_SHEET_NAME } from '../../core/reporting/reportingSheet';
import type { CliIo } from '../io';
import { CliError } from '../io';
import { holidayNotice } from '../holidayNotice';
import { loadRegister } from '../loadInput';
import type { CommonOptions } from '../main';

async function ensureDir(dir: string): Promise<void> {
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw new CliError(`--out: ${dir} is een bestand, geen map`);
    return;
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`--out: map ${dir} kan niet worden gemaakt (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * The coordinator's entries (status, actions) when the register is a workbook that also holds the
 * add-in's sheet "Verzuimsignalen"; none for a .csv or a workbook without it.
 */
async function readEntries(file: string): Promise<Map<string, DraftReportingEntry> | undefined> {
  if (!/\.(xlsx|xlsm)$/i.test(file)) return undefined;
  let cells;
  try {
    cells = (await readXlsxFile(file, REPORTING_SHEET_NAME)).cells;
  } catch (e) {
    if (e instanceof RegisterFileError) return undefined;
    throw e;
  }
  const headerRow = cells.findIndex((row) => row.some((c) => idKey(c) === H.id));
  if (headerRow < 0) return undefined;
  return readReportingRows(cells.slice(headerRow));
}

function draftLabel(d: DraftMelding): string {
  return `leerling ${d.pupil.id}, ${d.duoType} ${dutchDate(d.begindatum)} t/m ${d.einddatum ? dutchDate(d.einddatum) : '?'}`;
}

/**
 * `verzuimsignaal report FILE --out DIR`: the drafts for the attendance office (meldingen.xlsx,
 * meldingen.csv, one .docx per pupil) and the letters to parents, with what each draft still
 * lacks. A workbook register that holds the add-in's sheet "Verzuimsignalen" lends its status and
 * "Acties school" entries; otherwise every leerplicht flag gets a draft (status Nieuw) and the
 * school's actions are reported as missing.
 */
export async function runReport(file: string, opts: CommonOptions & { out: string }, io: CliIo): Promise<number> {
  const asOf = opts.asOf === undefined ? undefined : isoFromDateInput(opts.asOf);
  if (opts.asOf !== undefined && asOf === undefined) {
    throw new CliError(`--as-of: geen geldige datum "${opts.asOf}" (dd-mm-jjjj of jjjj-mm-dd verwacht)`);
  }
  const loaded = await loadRegister(file, { sheet: opts.sheet, config: opts.config });
  const { settings } = loaded;
  const imported = loaded.import;
  const analysis = analyze(imported, settings, { asOf });
  const entries = await readEntries(file);
  const drafts = draftsFromAnalysis(analysis, imported, settings, entries);
  const letters = parentLetters(analysis.flags, imported.students, settings, analysis.asOf, entries);
  const bsnOf = (id: string): string | undefined => imported.students.get(id)?.bsn;

  const files: GeneratedFile[] = uniqueNames([
    await draftsXlsxFile(drafts),
    draftsCsvFile(drafts),
    ...(await meldingDocuments(drafts, analysis.asOf)),
    ...(await letterDocuments(letters, bsnOf)),
  ]);
  await ensureDir(opts.out);
  for (const f of files) {
    await writeFile(join(opts.out, f.name), f.data);
  }

  const pupils = [...new Set(drafts.map((d) => d.pupil.id))];
  const out: string[] = holidayNotice(imported, settings, { file, config: opts.config });
  out.push(`Peildatum ${dutchDate(analysis.asOf)}.`);
  if (entries) {
    const notReported = analysis.flags.filter((f) => f.reportTo === 'leerplicht' && entries.get(f.id)?.status === 'Niet melden');
    out.push(
      `Status en acties gelezen uit werkblad ${REPORTING_SHEET_NAME} (${entries.size} signalen; ${notReported.length} met status Niet melden, zonder concept).`,
    );
  }
  out.push(
    `Conceptmeldingen voor leerplicht: ${drafts.length}` + (pupils.length > 0 ? ` (leerlingen ${pupils.join(', ')})` : ''),
  );
  const incomplete = drafts.filter((d) => d.warnings.length > 0);
  if (incomplete.length > 0) {
    out.push('Controleer vóór het melden:');
    for (const d of incomplete) {
      out.push(`  ${draftLabel(d)}:`);
      for (const w of d.warnings) out.push(`    - ${w.message}`);
    }
  }
  out.push(`Brieven aan ouders (vanaf 18 jaar aan de leerling zelf): ${letters.length}`);
  out.push(`Geschreven in ${opts.out}:`);
  for (const f of files) out.push(`  ${f.name}`);
  io.out(out.join('\n') + '\n');
  return 0;
}
