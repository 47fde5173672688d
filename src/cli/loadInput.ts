import { readFile, stat } from 'node:fs/promises';
import { readRegisterFile, RegisterFileError } from '../adapters/files';
import { importRegister, RegisterHeaderError } from '../core/register';
import type { RegisterImport } from '../core/register/types';
import type { Settings } from '../core/settings/schema';
import { defaultSettings, formatSettingsIssues, validateSettings } from '../core/settings/validateSettings';
import { CliError } from './io';

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
export async function loadSettingsFile(path?: string): Promise<Settings> {
  if (path === undefined) return defaultSettings();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CliError(code === 'ENOENT' ? `instellingenbestand niet gevonden: ${path}` : `instellingenbestand niet te lezen: ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(`instellingenbestand ${path} is geen geldige JSON (${why})`);
  }
  const result = validateSettings(json);
  if (!result.ok) {
    // One line, like every unusable input: each field by its label, the key after it for the JSON file.
    const issues = formatSettingsIssues(result.issues, { withKey: true }).split('\n').join('; ');
    throw new CliError(`ongeldige instellingen in ${path}: ${issues}`);
  }
  return result.settings;
}

/**
 * Reads a register file and imports it with the settings: what inspect, analyze and report start
 * from. Unusable input (no such file, a file that cannot be read, no header row) ends the command
 * with one clear line (exit status 2); problems in rows do not, they are part of the import.
 */
export async function loadRegister(file: string, opts: { sheet?: string; config?: string } = {}): Promise<LoadedRegister> {
  const settings = await loadSettingsFile(opts.config);
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new CliError(`geen bestand: ${file}`);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`bestand niet gevonden: ${file}`);
  }
  let read;
  try {
    read = await readRegisterFile(file, { sheet: opts.sheet });
  } catch (e) {
    if (e instanceof RegisterFileError) throw new CliError(e.message);
    throw new CliError(`bestand niet te lezen: ${file} (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const imported = importRegister(read.cells, settings, {
      date1904: read.date1904,
      firstSheetRow: 1,
      firstSheetColumn: 0,
      fileIssues: read.issues,
    });
    return { import: imported, settings, file, sheetName: read.sheetName };
  } catch (e) {
    if (e instanceof RegisterHeaderError) {
      // Name the sheet read and the others: the register is often on another sheet than the first.
      const where = read.sheetName !== undefined ? ` (werkblad "${read.sheetName}" gelezen` : '';
      const others = read.otherSheets?.length
        ? `; andere werkbladen: ${read.otherSheets.map((n) => `"${n}"`).join(', ')}; kies er een met --sheet NAAM)`
        : where
          ? ')'
          : '';
      throw new CliError(`${file}${where}${others}: ${e.message}`);
    }
    throw e;
  }
}
