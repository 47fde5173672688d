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
import { RegisterFileError } from '../../adapters/files/errors';
import { readRegisterFile } from '../../adapters/files/readRegisterFile';
import { CliError, type CliIo } from '../io';
import { say, wholeNumber, type CliLang } from '../lang';
import { compareCodeUnits } from '../../core/text/textOrder';

export interface InitOptions {
  region?: string;
  holidaysText?: string;
  schoolYear?: string;
  sheet?: string;
  out: string;
  force?: boolean;
  /** false with --no-propose: no holidays read from the register. */
  propose?: boolean;
  lang?: CliLang;
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
const REGION_EN: Record<Region, string> = { noord: 'North', midden: 'Central', zuid: 'South' };
const regionName = (region: Region, lang: CliLang | undefined): string => (lang === 'en' ? `${REGION_EN[region]} (${region})` : REGION_NL[region]);
const SCHOOL_FIELDS = ['school.name', 'school.brin', 'school.location', 'school.reporter.name', 'school.reporter.function', 'school.reporter.phone', 'school.reporter.email'];

function firstDay(schoolYear: string): DayNumber {
  return dayFromYmd(Number(schoolYear.slice(0, 4)), 8, 1);
}

function labelOf(day: DayNumber): string {
  const y = Number(isoFromDay(schoolYearStart(day)).slice(0, 4));
  return `${y}-${y + 1}`;
}

/** Dates on screen as the settings accept them and the pane shows them: dd-mm-jjjj, in both languages. */
function dutch(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

async function readText(path: string, lang: CliLang | undefined): Promise<string> {
  try {
    const text = await readFile(path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CliError(
      code === 'ENOENT'
        ? say(lang, `--holidays-text: bestand niet gevonden: ${path}`, `--holidays-text: file not found: ${path}`)
        : say(lang, `--holidays-text: bestand niet te lezen: ${path}`, `--holidays-text: cannot read the file: ${path}`),
    );
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
  lang: CliLang | undefined;
}

async function readRegisterFacts(file: string, region: Region, sheet: string | undefined, lang: CliLang | undefined): Promise<RegisterFacts> {
  let read;
  try {
    read = await readRegisterFile(file, { sheet });
  } catch (e) {
    if (e instanceof RegisterFileError) throw new CliError(e.message);
    const code = (e as { code?: string }).code;
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(
      code === 'ENOENT'
        ? say(lang, `bestand niet gevonden: ${file}`, `file not found: ${file}`)
        : say(lang, `bestand niet te lezen: ${file} (${why})`, `cannot read the file: ${file} (${why})`),
    );
  }
  const settings = defaultSettings();
  settings.calendar.region = region;
  let imported;
  try {
    imported = importRegister(read.cells, settings, { date1904: read.date1904, firstSheetRow: 1, firstSheetColumn: 0 });
  } catch (e) {
    if (e instanceof RegisterHeaderError) throw new CliError(`${file}: ${say(lang, e.message, e.messageEn)}`);
    throw e;
  }
  const cells = { cells: read.cells, firstSheetRow: 1, date1904: read.date1904 };
  const years = registerSchoolYears(imported, cells);
  const dated = datedRegisterRows(imported, cells);
  return { years, proposals: (schoolYear) => proposeHolidays(dated, { schoolYear }), lang };
}

/** The summer holiday that ends in August of the school year's first year (the built-in one, if sourced). */
function previousSummer(region: Region, schoolYear: string): BuiltInHoliday | undefined {
  const first = firstDay(schoolYear);
  const prior = builtInHolidays(region, first - 1);
  const summer = prior?.filter((h) => h.name === 'Zomervakantie').pop();
  return summer && (dayFromIso(summer.end) ?? 0) >= first ? summer : undefined;
}

function planYear(
  schoolYear: string,
  region: Region,
  parsed: HolidayTextResult | undefined,
  textFile: string | undefined,
  facts: RegisterFacts | undefined,
  propose: boolean,
  lang: CliLang | undefined,
): YearPlan {
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
    const why = result.reason
      ? say(lang, result.reason.message, result.reason.messageEn)
      : say(lang, 'het register heeft geen weken zonder rijen tussen gewone weken', 'the register has no weeks without rows between ordinary weeks');
    return { schoolYear, rows, holidays: [], source: { kind: 'none', why } };
  }
  const why = textFile
    ? say(lang, `${textFile} heeft geen vakanties in dit schooljaar`, `${textFile} has no holidays in this school year`)
    : say(lang, 'geen ingebouwde tabel voor dit schooljaar', 'no built-in table for this school year');
  return { schoolYear, rows, holidays: [], source: { kind: 'none', why } };
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
  const lang = opts.lang;
  const region = (opts.region ?? 'midden') as Region;
  if (!REGIONS.includes(region)) {
    throw new CliError(say(lang, `--region: noord, midden of zuid (niet "${opts.region}")`, `--region: noord (north), midden (central) or zuid (south), not "${opts.region}"`));
  }
  if (opts.schoolYear !== undefined && !/^(\d{4})-(\d{4})$/.test(opts.schoolYear)) {
    throw new CliError(
      say(lang, `--school-year: schooljaar als JJJJ-JJJJ, bijv. 2026-2027 (niet "${opts.schoolYear}")`, `--school-year: a school year as YYYY-YYYY, e.g. 2026-2027 (not "${opts.schoolYear}")`),
    );
  }
  if (!opts.force && (await exists(opts.out))) {
    throw new CliError(say(lang, `${opts.out} bestaat al; kies een andere naam of gebruik --force om het te overschrijven`, `${opts.out} exists already; choose another name or use --force to overwrite it`));
  }

  const facts = register === undefined ? undefined : await readRegisterFacts(register, region, opts.sheet, lang);
  const todayYear = labelOf(dayFromYmd(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()));
  const uncovered = [...(facts?.years.keys() ?? [])].filter((y) => !builtInCovers(region, firstDay(y))).sort();
  // Dates without a year in the text belong to the school year that needs them.
  const textYear = opts.schoolYear ?? (uncovered.length === 1 ? uncovered[0] : facts ? uncovered[uncovered.length - 1] : todayYear);
  const parsed = opts.holidaysText ? parseHolidayText(await readText(opts.holidaysText, lang), textYear ? { schoolYear: textYear } : {}) : undefined;

  const years = new Set<string>(facts ? facts.years.keys() : [opts.schoolYear ?? todayYear]);
  if (opts.schoolYear) years.add(opts.schoolYear);
  for (const h of parsed?.holidays ?? []) years.add(h.schoolYear);
  const plans = [...years].sort().map((y) => planYear(y, region, parsed, opts.holidaysText, facts, opts.propose !== false, lang));

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
  holidays.sort((a, b) => compareCodeUnits(a.start, b.start));
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
  if (!checked.ok) {
    const issues = formatSettingsIssues(checked.issues, { withKey: true, lang });
    throw new CliError(say(lang, `interne fout: de instellingen zijn ongeldig:\n${issues}`, `internal error: the settings are invalid:\n${issues}`));
  }
  try {
    await writeFile(opts.out, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(say(lang, `${opts.out} kan niet worden geschreven (${why})`, `cannot write ${opts.out} (${why})`));
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
  const lang = r.opts.lang;
  const t = (nl: string, en: string) => say(lang, nl, en);
  const region = regionName(r.region, lang);
  const out: string[] = [];
  out.push(
    t(
      `Instellingen geschreven naar ${r.opts.out} (regio ${region}; alle instellingen met hun standaardwaarde).`,
      `Settings written to ${r.opts.out} (region ${region}; every setting with its default value).`,
    ),
  );
  out.push('');
  out.push(t('Vakanties (calendar.holidays) — controleer ze met de schoolgids:', 'Holidays (calendar.holidays) — check them against the school guide:'));
  const until = t('t/m', 'to');
  const line = (name: string, start: string, end: string, extra = '') => `    ${name.padEnd(20)} ${dutch(start)} ${until} ${dutch(end)}${extra}`;
  const previousYear = t('   (ingebouwde tabel, vorig schooljaar)', '   (built-in table, previous school year)');
  for (const p of r.plans) {
    const n = p.rows === undefined ? undefined : wholeNumber(p.rows, lang);
    const rows = p.rows !== undefined ? t(`; ${n} ${p.rows === 1 ? 'rij' : 'rijen'} in het register`, `; ${n} ${p.rows === 1 ? 'row' : 'rows'} in the register`) : '';
    switch (p.source.kind) {
      case 'built-in':
        out.push(
          t(
            `  Schooljaar ${p.schoolYear}: de officiële vakanties van regio ${region} (ingebouwde tabel${rows})`,
            `  School year ${p.schoolYear}: the official holidays of region ${region} (built-in table${rows})`,
          ),
        );
        for (const h of p.holidays) out.push(line(h.name, h.start, h.end));
        out.push(`    ${t('bron', 'source')}: ${p.source.sources.join('; ')}`);
        break;
      case 'text': {
        out.push(t(`  Schooljaar ${p.schoolYear}: gelezen uit ${p.source.file}${rows}`, `  School year ${p.schoolYear}: read from ${p.source.file}${rows}`));
        const fromText = r.parsed?.holidays.filter((h) => h.schoolYear === p.schoolYear) ?? [];
        for (const h of p.holidays) {
          const src = fromText.find((x) => x.start === h.start && x.end === h.end);
          const widened = src && (src.statedStart !== h.start || src.statedEnd !== h.end) ? t(', met de weekenden', ', with the weekends') : '';
          const extra = src ? `   (${t('regel', 'line')} ${src.sourceLine}: ${dutch(src.statedStart)} ${until} ${dutch(src.statedEnd)}${widened})` : previousYear;
          out.push(line(h.name, h.start, h.end, extra));
        }
        break;
      }
      case 'register':
        out.push(
          t(
            `  Schooljaar ${p.schoolYear}: WAARSCHIJNLIJK VAKANTIE — afgeleid uit het register (weken zonder één rij)${rows}.`,
            `  School year ${p.schoolYear}: PROBABLY HOLIDAYS (waarschijnlijk vakantie) — inferred from the register (weeks without a single row)${rows}.`,
          ),
        );
        out.push(
          t(
            '    Niet officieel: vergelijk met de schoolgids en pas aan, of geef de vakanties met --holidays-text.',
            '    Not official: compare them with the school guide and correct them, or give the holidays with --holidays-text.',
          ),
        );
        for (const h of p.holidays) {
          const pr = p.source.proposals.find((x) => x.start === h.start && x.end === h.end);
          const extra = pr
            ? t(
                `   (${pr.emptyWeekdays} schooldagen zonder rijen; ervoor en erna gemiddeld ${pr.rowsPerDayAround} rijen per dag)`,
                `   (${pr.emptyWeekdays} school days without rows; before and after, ${pr.rowsPerDayAround} rows a day on average)`,
              )
            : previousYear;
          out.push(line(pr ? `${h.name}?` : h.name, h.start, h.end, extra));
        }
        out.push(
          t(
            '    De zomervakantie aan het eind van het schooljaar valt na de laatste rij: vul die zelf in.',
            '    The summer holiday at the end of the school year comes after the last row: fill it in yourself.',
          ),
        );
        break;
      case 'none':
        out.push(t(`  Schooljaar ${p.schoolYear}: GEEN VAKANTIES (${p.source.why})${rows}.`, `  School year ${p.schoolYear}: NO HOLIDAYS (${p.source.why})${rows}.`));
        out.push(
          t(
            `    Zet de vakanties uit de schoolgids in een tekstbestand en draai opnieuw met --holidays-text BESTAND --force, of vul ze in bij "calendar.holidays" in ${r.opts.out}.`,
            `    Put the holidays from the school guide in a text file and run again with --holidays-text FILE --force, or fill them in under "calendar.holidays" in ${r.opts.out}.`,
          ),
        );
        break;
    }
  }
  if (r.daysOff.length > 0) {
    out.push('');
    out.push(t('Vrije dagen (calendar.daysOff):', 'Days off (calendar.daysOff):'));
    for (const d of r.daysOff) out.push(`    ${dutch(d.date)}  ${d.name} (${t('regel', 'line')} ${d.sourceLine})`);
  }
  if (r.alreadyPublic.length > 0) {
    const list = r.alreadyPublic.map((d) => `${d.name} ${dutch(d.date)}`).join(', ');
    out.push(t(`Al een feestdag (publicHolidays "nl"), niet apart opgenomen: ${list}.`, `Already a public holiday (publicHolidays "nl"), not added separately: ${list}.`));
  }
  for (const w of r.parsed?.warnings ?? []) out.push(t(`Let op, regel ${w.line}: ${w.message}`, `Note, line ${w.line}: ${w.messageEn}`));
  if (r.parsed && r.parsed.unread.length > 0) {
    out.push('');
    out.push(
      t(
        `Niet gelezen uit ${r.opts.holidaysText} (controleer of hier een vakantie of vrije dag staat):`,
        `Not read from ${r.opts.holidaysText} (check whether these lines hold a holiday or a day off):`,
      ),
    );
    for (const u of r.parsed.unread) out.push(`    ${t('regel', 'line')} ${u.line}: "${u.text}" — ${t(u.reason, u.reasonEn)}`);
  }
  out.push('');
  out.push(
    t(
      `Nog in te vullen in ${r.opts.out}: ${SCHOOL_FIELDS.join(', ')} (voor de meldingen aan leerplicht).`,
      `Still to fill in in ${r.opts.out}: ${SCHOOL_FIELDS.join(', ')} (for the reports to the attendance office).`,
    ),
  );
  const next = `verzuimsignaal analyze ${r.register ?? 'REGISTER'} --config ${r.opts.out}${lang === 'en' ? ' --lang en' : ''}`;
  out.push(`${t('Daarna', 'Then')}: ${next}`);
  return `${out.join('\n')}\n`;
}
