import { readFileSync, statSync, type Stats } from 'node:fs';
// The modules themselves, not the folder's index: that would load the workbook reader for every file.
import { RegisterFileError } from '../adapters/files/errors';
import { readRegisterFile } from '../adapters/files/readRegisterFile';
import { collectGarbage, COLLECT_FROM_BYTES } from '../adapters/files/collectGarbage';
import { importRegister, RegisterHeaderError } from '../core/register';
import type { RegisterImport } from '../core/register/types';
import type { Settings } from '../core/settings/schema';
import { defaultSettings, formatSettingsIssues, validateSettings } from '../core/settings/validateSettings';
import { CliError } from './io';
import { say, type CliLang } from './lang';

export interface LoadedRegister {
  import: RegisterImport;
  settings: Settings;
  file: string;
  /** The sheet read, for .xlsx. */
  sheetName?: string;
}

/**
 * The settings of `--config FILE`, or the defaults without it. Unusable settings end the command
 * with one line naming the file or the offending key (exit status 2).
 */
export async function loadSettingsFile(path?: string, lang?: CliLang): Promise<Settings> {
  if (path === undefined) return defaultSettings();
  let text: string;
  try {
    // Synchronous, as the rest of a command's reading: Node's promise-based fs module alone (with
    // the streams and readline it loads) is some 9 ms of every start.
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CliError(
      code === 'ENOENT'
        ? say(lang, `instellingenbestand niet gevonden: ${path}`, `settings file not found: ${path}`)
        : say(lang, `instellingenbestand niet te lezen: ${path}`, `cannot read the settings file: ${path}`),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(say(lang, `instellingenbestand ${path} is geen geldige JSON (${why})`, `settings file ${path} is not valid JSON (${why})`));
  }
  const result = validateSettings(json);
  if (!result.ok) {
    // One line, like every unusable input: each field by its label, the key after it for the JSON file.
    const issues = formatSettingsIssues(result.issues, { withKey: true, lang }).split('\n').join('; ');
    throw new CliError(say(lang, `ongeldige instellingen in ${path}: ${issues}`, `invalid settings in ${path}: ${issues}`));
  }
  return result.settings;
}

/**
 * Reads a register file and imports it with the settings: what inspect, analyze and report start
 * from. Unusable input (no such file, a file that cannot be read, no header row) ends the command
 * with one clear line (exit status 2); problems in rows do not, they are part of the import.
 */
export async function loadRegister(file: string, opts: { sheet?: string; config?: string; lang?: CliLang } = {}): Promise<LoadedRegister> {
  const lang = opts.lang;
  const settings = await loadSettingsFile(opts.config, lang);
  let s: Stats;
  try {
    s = statSync(file);
  } catch {
    throw new CliError(say(lang, `bestand niet gevonden: ${file}`, `file not found: ${file}`));
  }
  if (!s.isFile()) throw new CliError(say(lang, `geen bestand: ${file}`, `not a file: ${file}`));
  const large = s.size >= COLLECT_FROM_BYTES;
  const loaded = await readAndImport(file, settings, opts.sheet, lang, large);
  // A large register's grid is garbage now that it is imported (and readAndImport, whose frame
  // held it, has returned): collected before the analysis starts to allocate.
  if (large) collectGarbage();
  return loaded;
}

async function readAndImport(file: string, settings: Settings, sheet: string | undefined, lang: CliLang | undefined, large: boolean): Promise<LoadedRegister> {
  let read;
  try {
    read = await readRegisterFile(file, { sheet });
  } catch (e) {
    if (e instanceof RegisterFileError) throw new CliError(e.message);
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(say(lang, `bestand niet te lezen: ${file} (${why})`, `cannot read the file: ${file} (${why})`));
  }
  // A large file's text is garbage now (the reader has returned): collected before the import grows.
  if (large) collectGarbage();
  // V8 grows the heap well past what is live before it looks at old memory: without a collection or
  // two on the way, the rows let go would stay until the whole register's records had been built.
  let collectAt = read.cells.length / 3;
  const onRowsRead = large
    ? (rows: number, total: number): void => {
        if (rows < collectAt) return;
        collectGarbage();
        collectAt += total / 3;
      }
    : undefined;
  try {
    const imported = importRegister(read.cells, settings, {
      date1904: read.date1904,
      firstSheetRow: 1,
      firstSheetColumn: 0,
      fileIssues: read.issues,
      // The grid is this function's alone: its rows can go as they are read.
      consumeRows: true,
      onRowsRead,
    });
    return { import: imported, settings, file, sheetName: read.sheetName };
  } catch (e) {
    if (e instanceof RegisterHeaderError) {
      // Name the sheet read and the others: the register is often on another sheet than the first.
      const where = read.sheetName !== undefined ? say(lang, ` (werkblad "${read.sheetName}" gelezen`, ` (read sheet "${read.sheetName}"`) : '';
      const list = read.otherSheets?.map((n) => `"${n}"`).join(', ');
      const others = read.otherSheets?.length
        ? say(lang, `; andere werkbladen: ${list}; kies er een met --sheet NAAM)`, `; other sheets: ${list}; choose one with --sheet NAME)`)
        : where
          ? ')'
          : '';
      throw new CliError(`${file}${where}${others}: ${say(lang, e.message, e.messageEn)}`);
    }
    throw e;
  }
}
