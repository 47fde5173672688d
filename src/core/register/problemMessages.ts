import { isoFromDay, isoWeekday, type DayNumber } from '../dates';
import type { DayKind } from '../calendar';

/** A date as Dutch users write it: dd-mm-jjjj. */
export function dutchDate(day: DayNumber): string {
  const [y, m, d] = isoFromDay(day).split('-');
  return `${d}-${m}-${y}`;
}

const WEEKDAY_NL = ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface Text2 {
  nl: string;
  en: string;
}

/** Why a day is not a school day, in words ("zaterdag", "Herfstvakantie", "studiedag"). */
export function nonSchoolDayReason(day: DayNumber, kind: DayKind, periodName: string | undefined): Text2 {
  const wd = isoWeekday(day);
  switch (kind) {
    case 'weekend':
      return { nl: `een ${WEEKDAY_NL[wd]}, geen lesdag`, en: `a ${WEEKDAY_EN[wd]}, not a school weekday` };
    case 'holiday':
      return periodName
        ? { nl: `in de ${periodName}`, en: `during ${periodName}` }
        : { nl: 'in een schoolvakantie', en: 'during a school holiday' };
    case 'public-holiday':
      return periodName
        ? { nl: `een feestdag (${periodName})`, en: `a public holiday (${periodName})` }
        : { nl: 'een feestdag', en: 'a public holiday' };
    case 'day-off':
      return { nl: 'een vrije dag of studiedag van de school', en: "one of the school's days off (study day)" };
    default:
      return { nl: 'geen schooldag', en: 'not a school day' };
  }
}

/** "Rij 47, cel E47 (Datum): " and its English twin: every message names the row and the cell. */
export function where(row: number, cell: string | undefined, header: string | null): Text2 {
  const c = cell ? `, cel ${cell}` : '';
  const h = header ? ` (${header})` : '';
  return { nl: `Rij ${row}${c}${h}: `, en: `Row ${row}${cell ? `, cell ${cell}` : ''}${h}: ` };
}

/** The warning for a date column whose text dates only make sense month-first (09/15/2026). */
export function dateOrderWarning(column: string, example: string, unreadable: number): { message: string; messageEn: string } {
  return {
    message:
      `De datums in kolom ${column} lijken als maand-dag-jaar geschreven (bijvoorbeeld "${example}"): ` +
      `${unreadable} ${unreadable === 1 ? 'datum bestaat' : 'datums bestaan'} niet als dag-maand-jaar. ` +
      'Verzuimsignaal leest datums als dag-maand-jaar; exporteer het register met datums als dd-mm-jjjj of jjjj-mm-dd.',
    messageEn:
      `The dates in column ${column} look month-day-year (for example "${example}"): ` +
      `${unreadable} ${unreadable === 1 ? 'date does' : 'dates do'} not exist as day-month-year. ` +
      'Verzuimsignaal reads dates day-month-year; export the register with dates as dd-mm-yyyy or yyyy-mm-dd.',
  };
}
