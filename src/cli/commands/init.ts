import { readFile, stat, writeFile } from 'node:fs/promises';
import { builtInCovers, builtInHolidays, builtInHolidaySources, REGIONS, type BuiltInHoliday, type Region } from '../../core/calendar';
import { datedRegisterRows, registerSchoolYears } from '../../core/calendar/holidayCoverage';
import { parseHolidayText, type HolidayTextResult } from '../../core/calendar/holidayText';
import { proposeHolidays, type HolidayProposal, type ProposalResult } from '../../core/calendar/proposeHolidays';
import { publicHolidayLookup } from '../../core/calendar/publicHolidays';
import { dayFromIso, dayFromYmd, isoFromDay, schoolYearStart, type DayNumber } from '../../core/dates';
import { importRegister, RegisterHeaderError } from '../../core/register';
import type { Settings } from '../../core/settings/schema';
import { defaultSettings, formatSettingsIssues, validateSettings } from '../../core/settings/validateSettings';
import { readRegisterFile, RegisterFileError } from '../../adapters/files';
import { CliError, type CliIo } from '../io';

export interface InitOptions {
  region?: string;
  holidaysText?: string;
  schoolYear?: string;
  sheet?: string;
  out: string;
  force?: boolean;
  /** false with --no-propose: no holidays read from the register. */
  propose?: boolean;
}

type Source =
  | { kind: 'built-in'; sources: string[] }
  | { kind: 'text'; file: string }
  | { kind: 'register'; proposals: HolidayProposal[] }
  | { kind: 'none'; why: string };

interface YearPlan {
  schoolYear: string;
  rows?: number;
  holidays: BuiltInHoliday[];
  source: Source;
}

const REGION_NL: Record<Region, string> = { noord: 'Noord', midden: 'Midden', zuid: 'Zuid' };
const SCHOOL_FIELDS = ['school.name', 'school.brin', 'school.location', 'school.reporter.name', 'school.reporter.function', 'school.reporter.phone', 'school.reporter.email'];

function firstDay(schoolYear: string): DayNumber {
  return dayFromYmd(Number(schoolYear.slice(0, 4)), 8, 1);
}

function labelOf(day: DayNumber): string {
  const y = Number(isoFromDay(schoolYearStart(day)).slice(0, 4));
  return `${y}-${y + 1}`;
}

function dutch(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

async function readText(path: string): Promise<string> {
  try {
    const text = await readFile(path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CliError(code === 'ENOENT' ? `--holidays-text: bestand niet gevonden: ${path}` : `--holidays-text: bestand niet te lezen: ${path}`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

interface RegisterFacts {
  years: Map<string, number>;
  proposals: (schoolYear: string) => ProposalResult;
}

async function readRegisterFacts(file: string, region: Region, sheet: string | undefined): Promise<RegisterFacts> {
  let read;
  try {
    read = await readRegisterFile(file, { sheet });
  } catch (e) {
    if (e instanceof RegisterFileError) throw new CliError(e.message);
    const code = (e as { code?: string }).code;
    throw new CliError(code === 'ENOENT' ? `bestand niet gevonden: ${file}` : `bestand niet te lezen: ${file} (${e instanceof Error ? e.message : String(e)})`);
  }
  const settings = defaultSettings();
  settings.calendar.region = region;
  let imported;
  try {
    imported = importRegister(read.cells, settings, { date1904: read.date1904, firstSheetRow: 1, firstSheetColumn: 0 });
  } catch (e) {
    if (e instanceof RegisterHeaderError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
  const cells = { cells: read.cells, firstSheetRow: 1, date1904: read.date1904 };
  const years = registerSchoolYears(imported, cells);
  const dated = datedRegisterRows(imported, cells);
  return { years, proposals: (schoolYear) => proposeHolidays(dated, { schoolYear }) };
}

/** The summer holiday that ends in August of the school year's first year (the built-in one, if sourced). */
function previousSummer(region: Region, schoolYear: string): BuiltInHoliday | undefined {
  const first = firstDay(schoolYear);
  const prior = builtInHolidays(region, first - 1);
  const summer = prior?.filter((h) => h.name === 'Zomervakantie').pop();
  return summer && (dayFromIso(summer.end) ?? 0) >= first ? summer : undefined;
}

function planYear(schoolYear: string, region: Region, parsed: HolidayTextResult | undefined, textFile: string | undefined, facts: RegisterFacts | undefined, propose: boolean): YearPlan {
  const rows = facts?.years.get(schoolYear);
  const fromText = (parsed?.holidays ?? []).filter((h) => h.schoolYear === schoolYear).map(({ name, start, end }) => ({ name, start, end }));
  const withSummer = (list: BuiltInHoliday[]) => {
    const summer = previousSummer(region, schoolYear);
    const first = firstDay(schoolYear);
    const coversAugust = list.some((h) => (dayFromIso(h.start) ?? Infinity) <= first && (dayFromIso(h.end) ?? -Infinity) >= first);
    return summer && !coversAugust ? [summer, ...list] : list;
  };
  // The school's own list wins over the built-in table; the register's proposal comes last.
  if (fromText.length > 0 && textFile) return { schoolYear, rows, holidays: withSummer(fromText), source: { kind: 'text', file: textFile } };
  const first = firstDay(schoolYear);
  if (builtInCovers(region, first)) {
    return { schoolYear, rows, holidays: builtInHolidays(region, first) ?? [], source: { kind: 'built-in', sources: builtInHolidaySources(region, first) ?? [] } };
  }
  if (facts && propose) {
    const result = facts.proposals(schoolYear);
    if (result.proposals.length > 0) {
      return {
        schoolYear,
        rows,
        holidays: withSummer(result.proposals.map(({ name, start, end }) => ({ name, start, end }))),
        source: { kind: 'register', proposals: result.proposals },
      };
    }
    return { schoolYear, rows, holidays: [], source: { kind: 'none', why: result.reason?.message ?? 'het register heeft geen weken zonder rijen tussen gewone weken' } };
  }
  return { schoolYear, rows, holidays: [], source: { kind: 'none', why: textFile ? `${textFile} heeft geen vakanties in dit schooljaar` : 'geen ingebouwde tabel voor dit schooljaar' } };
}

/**
 * `verzuimsignaal init [REGISTER] [--region R] [--holidays-text FILE] --out settings.json`: writes
 * a complete settings file (every key, defaults filled in) with the school's holidays for the
 * school years of the register (or the current one): the built-in table where it was sourced, the
 * holidays read from the pasted schoolgids text for the other years, and failing those, the weeks
 * the register itself has no rows in ("waarschijnlijk vakantie"). Everything is listed on screen
 * to check against the schoolgids before the file is used; the school and reporter fields are left
 * empty to fill in.
 */
export async function runInit(register: string | undefined, opts: InitOptions, io: CliIo, today: Date = new Date()): Promise<number> {
  const region = (opts.region ?? 'midden') as Region;
  if (!REGIONS.includes(region)) throw new CliError(`--region: noord, midden of zuid (niet "${opts.region}") / north, central or south`);
  if (opts.schoolYear !== undefined && !/^(\d{4})-(\d{4})$/.test(opts.schoolYear)) {
    throw new CliError(`--school-year: schooljaar als JJJJ-JJJJ, bijv. 2026-2027 (niet "${opts.schoolYear}")`);
  }
  if (!opts.force && (await exists(opts.out))) {
    throw new CliError(`${opts.out} bestaat al; kies een andere naam of gebruik --force om het te overschrijven`);
  }

  const facts = register === undefined ? undefined : await readRegisterFacts(register, region, opts.sheet);
  const todayYear = labelOf(dayFromYmd(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()));
  const uncovered = [...(facts?.years.keys() ?? [])].filter((y) => !builtInCovers(region, firstDay(y))).sort();
  // Dates without a year in the text belong to the school year that needs them.
  const textYear = opts.schoolYear ?? (uncovered.length === 1 ? uncovered[0] : facts ? uncovered[uncovered.length - 1] : todayYear);
  const parsed = opts.holidaysText ? parseHolidayText(await readText(opts.holidaysText), textYear ? { schoolYear: textYear } : {}) : undefined;

  const years = new Set<string>(facts ? facts.years.keys() : [opts.schoolYear ?? todayYear]);
  if (opts.schoolYear) years.add(opts.schoolYear);
  for (const h of parsed?.holidays ?? []) years.add(h.schoolYear);
  const plans = [...years].sort().map((y) => planYear(y, region, parsed, opts.holidaysText, facts, opts.propose !== false));

  const holidays: BuiltInHoliday[] = [];
  const seen = new Set<string>();
  for (const p of plans) {
    for (const h of p.holidays) {
      const key = `${h.start}/${h.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      holidays.push(h);
    }
  }
  holidays.sort((a, b) => a.start.localeCompare(b.start));
  const isPublic = publicHolidayLookup('nl');
  const daysOff = (parsed?.daysOff ?? []).filter((d) => isPublic(dayFromIso(d.date) ?? NaN) === undefined);
  const alreadyPublic = (parsed?.daysOff ?? []).filter((d) => isPublic(dayFromIso(d.date) ?? NaN) !== undefined);

  const settings: Settings = defaultSettings();
  settings.calendar.region = region;
  // No holidays found at all: leave the key out, so the built-in table's rule applies (rows of a
  // school year without holidays are not counted) instead of counting every holiday as school.
  settings.calendar.holidays = holidays.length > 0 ? holidays.map((h) => ({ name: h.name, start: h.start, end: h.end })) : undefined;
  settings.calendar.daysOff = [...new Set(daysOff.map((d) => d.date))].sort();
  const checked = validateSettings(settings);
  if (!checked.ok) throw new CliError(`interne fout: de instellingen zijn ongeldig:\n${formatSettingsIssues(checked.issues, { withKey: true })}`);
  try {
    await writeFile(opts.out, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
  } catch (e) {
    throw new CliError(`${opts.out} kan niet worden geschreven (${e instanceof Error ? e.message : String(e)})`);
  }

  io.out(formatInitReport({ plans, parsed, daysOff, alreadyPublic, region, opts, register }));
  return 0;
}

function formatInitReport(r: {
  plans: YearPlan[];
  parsed: HolidayTextResult | undefined;
  daysOff: HolidayTextResult['daysOff'];
  alreadyPublic: HolidayTextResult['daysOff'];
  region: Region;
  opts: InitOptions;
  register: string | undefined;
}): string {
  const out: string[] = [];
  out.push(`Instellingen geschreven naar ${r.opts.out} (regio ${REGION_NL[r.region]}; alle instellingen met hun standaardwaarde).`);
  out.push('');
  out.push('Vakanties (calendar.holidays) — controleer ze met de schoolgids:');
  const line = (name: string, start: string, end: string, extra = '') => `    ${name.padEnd(20)} ${dutch(start)} t/m ${dutch(end)}${extra}`;
  for (const p of r.plans) {
    const rows = p.rows !== undefined ? `; ${p.rows.toLocaleString('nl-NL')} ${p.rows === 1 ? 'rij' : 'rijen'} in het register` : '';
    switch (p.source.kind) {
      case 'built-in':
        out.push(`  Schooljaar ${p.schoolYear}: de officiële vakanties van regio ${REGION_NL[r.region]} (ingebouwde tabel${rows})`);
        for (const h of p.holidays) out.push(line(h.name, h.start, h.end));
        out.push(`    bron: ${p.source.sources.join('; ')}`);
        break;
      case 'text': {
        out.push(`  Schooljaar ${p.schoolYear}: gelezen uit ${p.source.file}${rows}`);
        const fromText = r.parsed?.holidays.filter((h) => h.schoolYear === p.schoolYear) ?? [];
        for (const h of p.holidays) {
          const src = fromText.find((x) => x.start === h.start && x.end === h.end);
          const extra = src
            ? `   (regel ${src.sourceLine}: ${dutch(src.statedStart)} t/m ${dutch(src.statedEnd)}${src.statedStart !== h.start || src.statedEnd !== h.end ? ', met de weekenden' : ''})`
            : '   (ingebouwde tabel, vorig schooljaar)';
          out.push(line(h.name, h.start, h.end, extra));
        }
        break;
      }
      case 'register':
        out.push(`  Schooljaar ${p.schoolYear}: WAARSCHIJNLIJK VAKANTIE — afgeleid uit het register (weken zonder één rij)${rows}.`);
        out.push('    Niet officieel: vergelijk met de schoolgids en pas aan, of geef de vakanties met --holidays-text.');
        for (const h of p.holidays) {
          const pr = p.source.proposals.find((x) => x.start === h.start && x.end === h.end);
          const extra = pr ? `   (${pr.emptyWeekdays} schooldagen zonder rijen; ervoor en erna gemiddeld ${pr.rowsPerDayAround} rijen per dag)` : '   (ingebouwde tabel, vorig schooljaar)';
          out.push(line(pr ? `${h.name}?` : h.name, h.start, h.end, extra));
        }
        out.push('    De zomervakantie aan het eind van het schooljaar valt na de laatste rij: vul die zelf in.');
        break;
      case 'none':
        out.push(`  Schooljaar ${p.schoolYear}: GEEN VAKANTIES (${p.source.why})${rows}.`);
        out.push(
          `    Zet de vakanties uit de schoolgids in een tekstbestand en draai opnieuw met --holidays-text BESTAND --force, of vul ze in bij "calendar.holidays" in ${r.opts.out}.`,
        );
        break;
    }
  }
  if (r.daysOff.length > 0) {
    out.push('');
    out.push('Vrije dagen (calendar.daysOff):');
    for (const d of r.daysOff) out.push(`    ${dutch(d.date)}  ${d.name} (regel ${d.sourceLine})`);
  }
  if (r.alreadyPublic.length > 0) {
    out.push(`Al een feestdag (publicHolidays "nl"), niet apart opgenomen: ${r.alreadyPublic.map((d) => `${d.name} ${dutch(d.date)}`).join(', ')}.`);
  }
  for (const w of r.parsed?.warnings ?? []) out.push(`Let op, regel ${w.line}: ${w.message}`);
  if (r.parsed && r.parsed.unread.length > 0) {
    out.push('');
    out.push(`Niet gelezen uit ${r.opts.holidaysText} (controleer of hier een vakantie of vrije dag staat):`);
    for (const u of r.parsed.unread) out.push(`    regel ${u.line}: "${u.text}" — ${u.reason}`);
  }
  out.push('');
  out.push(`Nog in te vullen in ${r.opts.out}: ${SCHOOL_FIELDS.join(', ')} (voor de meldingen aan leerplicht).`);
  out.push(
    r.register
      ? `Daarna: verzuimsignaal analyze ${r.register} --config ${r.opts.out}`
      : `Daarna: verzuimsignaal analyze REGISTER --config ${r.opts.out}`,
  );
  return `${out.join('\n')}\n`;
}
