import { isoFromDay, type DayNumber } from '../dates';
import { builtInSchoolYears, schoolYearOf, type Region } from './schoolHolidayTable';

const REGION_NL: Record<Region, string> = { noord: 'Noord', midden: 'Midden', zuid: 'Zuid' };
const REGION_EN: Record<Region, string> = { noord: 'North', midden: 'Central', zuid: 'South' };

/**
 * Why a row dated in a school year without known holidays is not counted, and what the user can do
 * about it. The import prefixes the row and cell; this is the reason and the remedy, in Dutch and
 * English (Problem.message / messageEn).
 */
export function outsideCalendarMessage(day: DayNumber, region: Region): { message: string; messageEn: string } {
  const iso = isoFromDay(day);
  const [y, m, d] = iso.split('-');
  const year = schoolYearOf(day);
  const known = builtInSchoolYears(region);
  const knownNl = known.length ? ` (de tabel kent: ${known.join(', ')})` : '';
  const knownEn = known.length ? ` (the table has: ${known.join(', ')})` : '';
  return {
    message:
      `De datum ${d}-${m}-${y} valt in schooljaar ${year}, waarvoor de ingebouwde vakantietabel van regio ` +
      `${REGION_NL[region]} geen vakanties heeft${knownNl}. Vul bij Instellingen › Kalender de vakanties en ` +
      `studiedagen van de school in; tot dan telt deze rij niet mee.`,
    messageEn:
      `The date ${iso} falls in school year ${year}, for which the built-in holiday table of region ` +
      `${region} (${REGION_EN[region]}) has no holidays${knownEn}. Enter the school's holidays and study days ` +
      `under Settings › Calendar; until then this row is not counted.`,
  };
}
