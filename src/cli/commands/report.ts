import { join } from 'node:path';
import Papa from 'papaparse';
import { analyze } from '../../core/analysis/analyze';
import { canonicalFlagId } from '../../core/analysis/flagId';
import { isoFromDateInput } from '../../core/dateInput';
import { draftPlan, todayIso } from '../../core/drafts/buildDrafts';
import { LETTER_SENT_HEADER } from '../../core/drafts/draftColumns';
import { draftEntriesFromReportingTable } from '../../core/drafts/draftEntries';
import { draftsCsvFile } from '../../core/drafts/draftsCsv';
import { DRAFTS_SHEET_NAME, readDraftsSheetEntries } from '../../core/drafts/draftsSheet';
import { letterPlan, type ParentLetter } from '../../core/drafts/letters';
import type { DraftReportingEntry, DraftSheetEntry } from '../../core/drafts/types';
import { csvBytes, toCsv } from '../../core/export/csv';
import type { GeneratedFile } from '../../core/export/table';
import type { CellGrid } from '../../core/register/types';
import { draftsXlsxFile, letterDocuments, letterFileName, meldingDocuments, uniqueNames } from '../../documents';
import { readXlsxFile, RegisterFileError } from '../../adapters/files';
import { headerKey, idKey } from '../../core/reporting/refillTable';
import { H, REPORTING_SHEET_NAME } from '../../core/reporting/reportingSheet';
import type { CliIo } from '../io';
import { CliError } from '../io';
import { holidayNotice } from '../holidayNotice';
import { say, type CliLang } from '../lang';
import { loadRegister } from '../loadInput';
import { prepareOutDir, readOutFile, writeRun, type OutFile } from '../outputDir';
import type { CommonOptions } from '../main';
import { reportSummary } from './reportSummary';

/** The record of letters made, kept in the output folder so a later run does not make them again. */
export const LETTER_LOG_NAME = 'brieven-gemaakt.csv';
/** A user column of "Verzuimsignalen" that records a letter as sent (read when present). */
export { LETTER_SENT_HEADER };

async function readSheet(file: string, sheet: string): Promise<CellGrid | undefined> {
  if (!/\.(xlsx|xlsm)$/i.test(file)) return undefined;
  try {
    return (await readXlsxFile(file, sheet)).cells;
  } catch (e) {
    if (e instanceof RegisterFileError) return undefined;
    throw e;
  }
}

/**
 * The coordinator's entries (status, reason, actions, "Gemeld op", "Actie gemeente gewenst" with
 * its toelichting, "Brief verstuurd op") when the register is a workbook that also holds the
 * add-in's sheet "Verzuimsignalen", with the sheet row of each, so a refusal can name it; none for
 * a .csv or a workbook without it.
 */
async function readEntries(file: string): Promise<Map<string, DraftReportingEntry> | undefined> {
  const cells = await readSheet(file, REPORTING_SHEET_NAME);
  if (!cells) return undefined;
  const headerRow = cells.findIndex((row) => row.some((c) => idKey(c) === H.id));
  if (headerRow < 0) return undefined;
  // Grid row 0 is sheet row 1.
  return draftEntriesFromReportingTable(cells.slice(headerRow), headerRow + 1);
}

async function readSheetEntries(file: string): Promise<Map<string, DraftSheetEntry> | undefined> {
  const cells = await readSheet(file, DRAFTS_SHEET_NAME);
  if (!cells) return undefined;
  const headerRow = cells.findIndex((row) => row.some((c) => idKey(c) === 'Signaal-id'));
  return headerRow < 0 ? undefined : readDraftsSheetEntries(cells.slice(headerRow));
}

const LOG_HEADERS = ['Signaal-id', 'Leerlingnummer', 'Brief', 'Bestand', 'Gemaakt op'] as const;

/** Letters made by earlier runs into this folder: flag id → ISO date. A damaged log is an error, never ignored. */
async function readLetterLog(dir: string, lang: CliLang | undefined): Promise<Map<string, string>> {
  const text = await readOutFile(dir, LETTER_LOG_NAME, lang);
  if (text === undefined) return new Map();
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
  const rows = parsed.data;
  if (rows.length === 0 || headerKey(rows[0][0]) !== headerKey(LOG_HEADERS[0])) {
    const path = join(dir, LETTER_LOG_NAME);
    throw new CliError(say(lang, `${path}: geen geldig overzicht van gemaakte brieven (kopregel ontbreekt)`, `${path}: not a valid record of the letters made (the header line is missing)`));
  }
  const out = new Map<string, string>();
  for (const r of rows.slice(1)) {
    const id = canonicalFlagId(r[0] ?? '');
    const date = (r[4] ?? '').trim();
    const iso = /^\d{2}-\d{2}-\d{4}$/.test(date) ? `${date.slice(6)}-${date.slice(3, 5)}-${date.slice(0, 2)}` : date;
    if (id) out.set(id, iso);
  }
  return out;
}

function letterLogFile(previousRows: string[][], made: readonly { letter: ParentLetter; file: string }[], date: string): GeneratedFile {
  const rows = [...previousRows, ...made.map(({ letter, file }) => [letter.flagId, letter.pupil.id, letter.kind, file, date])];
  return {
    name: LETTER_LOG_NAME,
    data: csvBytes(
      toCsv({
        columns: LOG_HEADERS.map((h) => ({ header: h, kind: h === 'Gemaakt op' ? ('date' as const) : ('text' as const) })),
        rows,
      }),
    ),
  };
}

async function letterLogRows(dir: string, lang: CliLang | undefined): Promise<string[][]> {
  const text = await readOutFile(dir, LETTER_LOG_NAME, lang);
  if (text === undefined) return [];
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data.slice(1);
  // Back to ISO, so toCsv writes every date the same way again.
  return rows.map((r) => {
    const d = (r[4] ?? '').trim();
    const iso = /^\d{2}-\d{2}-\d{4}$/.test(d) ? `${d.slice(6)}-${d.slice(3, 5)}-${d.slice(0, 2)}` : d;
    return [r[0] ?? '', r[1] ?? '', r[2] ?? '', r[3] ?? '', iso];
  });
}

/** An ISO date option (--as-of, --date), written either way: 04-12-2026 or 2026-12-04. */
function isoOption(option: string, value: string | undefined, lang: CliLang | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = isoFromDateInput(value);
  if (iso !== undefined) return iso;
  throw new CliError(say(lang, `${option}: geen geldige datum "${value}" (dd-mm-jjjj of jjjj-mm-dd verwacht)`, `${option}: not a valid date "${value}" (dd-mm-yyyy or yyyy-mm-dd expected)`));
}

/**
 * `verzuimsignaal report FILE --out DIR`: the drafts for the attendance office that are due now
 * (meldingen.xlsx, meldingen.csv, one .docx per pupil) and the letters not made before, with what
 * each draft still lacks and what was left out and why. A workbook register that holds the add-in's
 * sheets lends their user columns (status, reason, actions, "Gemeld op", the drafts sheet's
 * entries). Letters made are recorded in DIR/brieven-gemaakt.csv, so a later run into the same
 * folder does not make them again. "Niet melden" without a reason is refused as in the pane: the
 * flag keeps its draft and the output names the sheet row.
 */
export async function runReport(file: string, opts: CommonOptions & { out: string; date?: string }, io: CliIo): Promise<number> {
  const lang = opts.lang;
  const asOf = isoOption('--as-of', opts.asOf, lang);
  const date = isoOption('--date', opts.date, lang);
  const today = date ?? todayIso();
  const loaded = await loadRegister(file, { sheet: opts.sheet, config: opts.config, lang });
  const { settings } = loaded;
  const imported = loaded.import;
  const analysis = analyze(imported, settings, { asOf });
  const entries = await readEntries(file);
  const sheetEntries = await readSheetEntries(file);
  const outDir = await prepareOutDir(opts.out, lang);
  const sent = await readLetterLog(outDir, lang);
  const plan = draftPlan(analysis, imported, settings, { entries, sheetEntries, today });
  const drafts = plan.drafts;
  const letters = letterPlan(analysis.flags, imported.students, settings, today, { entries, sent });
  const bsnOf = (id: string): string | undefined => imported.students.get(id)?.bsn;

  const letterFiles = await letterDocuments(letters.letters, bsnOf);
  const draftFiles = [await draftsXlsxFile(drafts), draftsCsvFile(drafts), ...(await meldingDocuments(drafts, today))];
  // uniqueNames keeps the order: the drafts first, replaced per run; the letters after, kept.
  const files: OutFile[] = uniqueNames([...draftFiles, ...letterFiles]).map((f, i) => ({ ...f, perRun: i < draftFiles.length }));
  const made = letters.letters.map((letter) => ({ letter, file: letterFileName(letter, bsnOf(letter.pupil.id)) }));
  if (made.length > 0) files.push({ ...letterLogFile(await letterLogRows(outDir, lang), made, today), perRun: false });
  // All files into --out at once, or none (a write error is one line, exit 2).
  const run = await writeRun(outDir, files, lang);

  for (const r of plan.refused) io.err(`verzuimsignaal: ${say(lang, r.message, r.messageEn)}\n`);
  const out = [
    ...holidayNotice(imported, settings, { file, config: opts.config, lang }),
    ...reportSummary({ asOf: analysis.asOf, today, entries, plan, letters, out: opts.out, files, removed: run.removed }, lang),
  ];
  io.out(out.join('\n') + '\n');
  return 0;
}
