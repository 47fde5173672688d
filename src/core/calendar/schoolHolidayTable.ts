import { dayFromIso, schoolYearStart, ymdFromDay, type DayNumber } from '../dates';

export type Region = 'noord' | 'midden' | 'zuid';
export const REGIONS: readonly Region[] = ['noord', 'midden', 'zuid'];

/** One holiday as the settings hold it (calendar.holidays): inclusive ISO dates, Saturday to Sunday. */
export interface BuiltInHoliday {
  name: string;
  start: string;
  end: string;
}

interface SourcedHoliday extends BuiltInHoliday {
  /** Where these dates were found (a URL or publication). */
  source: string;
}

interface SchoolYearTable {
  /** "2025-2026": the school year from 1 August of the first year to 31 July of the second. */
  schoolYear: string;
  /**
   * Every holiday that overlaps the school year, so including the tail of the previous summer
   * holiday in August: without it the first weeks of August would count as school days.
   */
  regions: Partial<Record<Region, readonly SourcedHoliday[]>>;
}

// Sources, cited once and referred to by each entry. The summer, Christmas and (one week of) May
// holidays are compulsory per region, so a school's published calendar is a witness of those dates;
// the autumn and spring holidays are advice and are taken from national tables only.
const RIJK_2027_2028 =
  'https://rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-2027-2028';
const RIJK_2028_2029 =
  'https://rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-2028-2029';
const SPEC_2025_2026 =
  'holidays.md (Verzuimsignaal spec): national table as republished on soliferclub.nl "schoolvakanties 2025-2026", consistent with cbsdeverbinding.com (noord), piekschool.nl and edumarevpr.nl (midden), gbbenjamin.nl (zuid)';
const TABLE_2024_2025 =
  'https://simonscholen.nl/Over-SIMON (vakantierooster 2024-2025 per regio, after the provincial advice table); midden also https://edumarevpr.nl/vakantieregeling/; zuid voorjaarsvakantie also https://www.hartvannederland.nl/entertainment/evenementen/artikelen/carnaval-2025-schoolvakantie';
const SUMMER_2025 =
  'https://simonscholen.nl/Over-SIMON (zomervakantie 2025 per regio); noord also https://www.landstedembo.nl/vakantieplanning; midden also https://edumarevpr.nl/vakantieregeling/';
const SUMMER_2024 =
  'https://www.hartvannederland.nl/advies-en-tips/reizen/artikelen/zomervakantie-in-het-zuiden-laatste-loodjes-voor-noord-en-midden (ANP, July 2024: zuid starts, until 18 Aug; midden one week later, 13 Jul - 25 Aug; noord 20 Jul - 1 Sep)';
const SUMMER_2027_MIDDEN =
  'compulsory summer holiday as published by midden schools: https://deschelp.csgdewaard.nl/onze-school/schoolvakanties (17 jul t/m 29 aug 2027), https://mariaschool.wsko.nl/nl/vakanties-en-vrije-dagen and https://www.obsdepolsstokberkenwoude.nl/praktische-informatie/vakanties-en-vrije-dagen (Mon 19 Jul - Fri 27 Aug 2027)';

const e = (name: string, start: string, end: string, source: string): SourcedHoliday => ({ name, start, end, source });

/**
 * The official regional school holidays (set or advised by the Ministry of OCW). Only school years
 * whose every holiday was found in a citable source are here, the previous summer's tail in August
 * included; for any other year (e.g. 2026-2027, whose national table was not found, and noord and
 * zuid in 2027-2028, whose summer 2027 was not found) the school enters its own holidays. A
 * school's own calendar always wins.
 */
const TABLE: readonly SchoolYearTable[] = [
  {
    schoolYear: '2024-2025',
    regions: {
      noord: [
        e('Zomervakantie', '2024-07-20', '2024-09-01', SUMMER_2024),
        e('Herfstvakantie', '2024-10-26', '2024-11-03', TABLE_2024_2025),
        e('Kerstvakantie', '2024-12-21', '2025-01-05', TABLE_2024_2025),
        e('Voorjaarsvakantie', '2025-02-15', '2025-02-23', TABLE_2024_2025),
        e('Meivakantie', '2025-04-26', '2025-05-04', TABLE_2024_2025),
        e('Zomervakantie', '2025-07-12', '2025-08-24', SUMMER_2025),
      ],
      midden: [
        e('Zomervakantie', '2024-07-13', '2024-08-25', SUMMER_2024),
        e('Herfstvakantie', '2024-10-26', '2024-11-03', TABLE_2024_2025),
        e('Kerstvakantie', '2024-12-21', '2025-01-05', TABLE_2024_2025),
        e('Voorjaarsvakantie', '2025-02-22', '2025-03-02', TABLE_2024_2025),
        e('Meivakantie', '2025-04-26', '2025-05-04', TABLE_2024_2025),
        e('Zomervakantie', '2025-07-19', '2025-08-31', SUMMER_2025),
      ],
      zuid: [
        e('Zomervakantie', '2024-07-06', '2024-08-18', SUMMER_2024),
        e('Herfstvakantie', '2024-10-19', '2024-10-27', TABLE_2024_2025),
        e('Kerstvakantie', '2024-12-21', '2025-01-05', TABLE_2024_2025),
        e('Voorjaarsvakantie', '2025-02-22', '2025-03-02', TABLE_2024_2025),
        e('Meivakantie', '2025-04-26', '2025-05-04', TABLE_2024_2025),
        e('Zomervakantie', '2025-07-05', '2025-08-17', SUMMER_2025),
      ],
    },
  },
  {
    schoolYear: '2025-2026',
    regions: {
      noord: [
        e('Zomervakantie', '2025-07-12', '2025-08-24', SUMMER_2025),
        e('Herfstvakantie', '2025-10-18', '2025-10-26', SPEC_2025_2026),
        e('Kerstvakantie', '2025-12-20', '2026-01-04', SPEC_2025_2026),
        e('Voorjaarsvakantie', '2026-02-21', '2026-03-01', SPEC_2025_2026),
        e('Meivakantie', '2026-04-25', '2026-05-03', SPEC_2025_2026),
        e('Zomervakantie', '2026-07-04', '2026-08-16', SPEC_2025_2026),
      ],
      midden: [
        e('Zomervakantie', '2025-07-19', '2025-08-31', SUMMER_2025),
        e('Herfstvakantie', '2025-10-18', '2025-10-26', SPEC_2025_2026),
        e('Kerstvakantie', '2025-12-20', '2026-01-04', SPEC_2025_2026),
        e('Voorjaarsvakantie', '2026-02-14', '2026-02-22', SPEC_2025_2026),
        e('Meivakantie', '2026-04-25', '2026-05-03', SPEC_2025_2026),
        e('Zomervakantie', '2026-07-18', '2026-08-30', SPEC_2025_2026),
      ],
      zuid: [
        e('Zomervakantie', '2025-07-05', '2025-08-17', SUMMER_2025),
        e('Herfstvakantie', '2025-10-11', '2025-10-19', SPEC_2025_2026),
        e('Kerstvakantie', '2025-12-20', '2026-01-04', SPEC_2025_2026),
        e('Voorjaarsvakantie', '2026-02-14', '2026-02-22', SPEC_2025_2026),
        e('Meivakantie', '2026-04-25', '2026-05-03', SPEC_2025_2026),
        e('Zomervakantie', '2026-07-11', '2026-08-23', SPEC_2025_2026),
      ],
    },
  },
  {
    schoolYear: '2027-2028',
    regions: {
      midden: [
        e('Zomervakantie', '2027-07-17', '2027-08-29', SUMMER_2027_MIDDEN),
        e('Herfstvakantie', '2027-10-16', '2027-10-24', RIJK_2027_2028),
        e('Kerstvakantie', '2027-12-25', '2028-01-09', RIJK_2027_2028),
        e('Voorjaarsvakantie', '2028-02-26', '2028-03-05', RIJK_2027_2028),
        e('Meivakantie', '2028-04-29', '2028-05-07', RIJK_2027_2028),
        e('Zomervakantie', '2028-07-08', '2028-08-20', RIJK_2027_2028),
      ],
    },
  },
  {
    schoolYear: '2028-2029',
    regions: {
      noord: [
        e('Zomervakantie', '2028-07-15', '2028-08-27', RIJK_2027_2028),
        e('Herfstvakantie', '2028-10-14', '2028-10-22', RIJK_2028_2029),
        e('Kerstvakantie', '2028-12-23', '2029-01-07', RIJK_2028_2029),
        e('Voorjaarsvakantie', '2029-02-17', '2029-02-25', RIJK_2028_2029),
        e('Meivakantie', '2029-04-28', '2029-05-06', RIJK_2028_2029),
        e('Zomervakantie', '2029-07-21', '2029-09-02', RIJK_2028_2029),
      ],
      midden: [
        e('Zomervakantie', '2028-07-08', '2028-08-20', RIJK_2027_2028),
        e('Herfstvakantie', '2028-10-21', '2028-10-29', RIJK_2028_2029),
        e('Kerstvakantie', '2028-12-23', '2029-01-07', RIJK_2028_2029),
        e('Voorjaarsvakantie', '2029-02-17', '2029-02-25', RIJK_2028_2029),
        e('Meivakantie', '2029-04-28', '2029-05-06', RIJK_2028_2029),
        e('Zomervakantie', '2029-07-07', '2029-08-19', RIJK_2028_2029),
      ],
      zuid: [
        e('Zomervakantie', '2028-07-22', '2028-09-03', RIJK_2027_2028),
        e('Herfstvakantie', '2028-10-21', '2028-10-29', RIJK_2028_2029),
        e('Kerstvakantie', '2028-12-23', '2029-01-07', RIJK_2028_2029),
        e('Voorjaarsvakantie', '2029-02-10', '2029-02-18', RIJK_2028_2029),
        e('Meivakantie', '2029-04-28', '2029-05-06', RIJK_2028_2029),
        e('Zomervakantie', '2029-07-14', '2029-08-26', RIJK_2028_2029),
      ],
    },
  },
];

function schoolYearLabel(day: DayNumber): string {
  const y = ymdFromDay(schoolYearStart(day)).year;
  return `${y}-${y + 1}`;
}

function tableFor(day: DayNumber): SchoolYearTable | undefined {
  const label = schoolYearLabel(day);
  return TABLE.find((t) => t.schoolYear === label);
}

/**
 * The built-in holidays of a region for the school year that holds `schoolYearStartDay` (any day of
 * the school year will do; 1 August is the natural one), or undefined when the table does not have
 * that year for the region. Every holiday overlapping the school year is listed, the previous
 * summer holiday included. The objects have the shape of `calendar.holidays`, so the pane can copy
 * them into the settings for the user to adjust.
 */
export function builtInHolidays(region: Region, schoolYearStartDay: DayNumber): BuiltInHoliday[] | undefined {
  const list = tableFor(schoolYearStartDay)?.regions[region];
  return list ? list.map(({ name, start, end }) => ({ name, start, end })) : undefined;
}

/** The distinct sources behind a region's built-in holidays for that school year (for the pane). */
export function builtInHolidaySources(region: Region, schoolYearStartDay: DayNumber): string[] | undefined {
  const list = tableFor(schoolYearStartDay)?.regions[region];
  return list ? [...new Set(list.map((x) => x.source))] : undefined;
}

/** The school years ("2025-2026") the built-in table has for the region, oldest first. */
export function builtInSchoolYears(region: Region): string[] {
  return TABLE.filter((t) => t.regions[region]).map((t) => t.schoolYear);
}

/** Whether the built-in table has the school year of `day` for the region. */
export function builtInCovers(region: Region, day: DayNumber): boolean {
  return tableFor(day)?.regions[region] !== undefined;
}

/** Every built-in holiday of a region as day numbers (all years; duplicates across years removed). */
export function builtInHolidayDays(region: Region): { name: string; start: DayNumber; end: DayNumber }[] {
  const seen = new Set<string>();
  const out: { name: string; start: DayNumber; end: DayNumber }[] = [];
  for (const t of TABLE) {
    for (const x of t.regions[region] ?? []) {
      const key = `${x.start}/${x.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name: x.name, start: dayFromIso(x.start) as DayNumber, end: dayFromIso(x.end) as DayNumber });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Label of a school year, e.g. "2026-2027" for any day from 1 Aug 2026 to 31 Jul 2027. */
export function schoolYearOf(day: DayNumber): string {
  return schoolYearLabel(day);
}
