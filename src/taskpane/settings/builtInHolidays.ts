import { builtInHolidaySources, builtInHolidays, builtInSchoolYears, type BuiltInHoliday, type Region } from '../../core/calendar';
import { dayFromIso } from '../../core/dates';
import type { Settings } from '../../core/settings/schema';
import { withHolidayRowsFor } from './holidayCoverage';

/** The official holidays of a region, every school year the built-in table has, in date order. */
export function builtInHolidayList(region: Region): BuiltInHoliday[] {
  const seen = new Set<string>();
  const out: BuiltInHoliday[] = [];
  for (const year of builtInSchoolYears(region)) {
    const start = dayFromIso(`${year.slice(0, 4)}-08-01`);
    if (start === undefined) continue;
    for (const h of builtInHolidays(region, start) ?? []) {
      const key = `${h.start}/${h.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(h);
      }
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** Where the built-in dates of a region come from, every school year, for the user to check. */
export function builtInSourceList(region: Region): string[] {
  const out = new Set<string>();
  for (const year of builtInSchoolYears(region)) {
    const start = dayFromIso(`${year.slice(0, 4)}-08-01`);
    if (start !== undefined) for (const s of builtInHolidaySources(region, start) ?? []) out.add(s);
  }
  return [...out];
}

/** Settings with empty holiday rows added (built-in holidays copied first, when in use). */
export function settingsWithHolidayYear(settings: Settings): Settings {
  const current = settings.calendar.holidays ?? builtInHolidayList(settings.calendar.region);
  return { ...settings, calendar: { ...settings.calendar, holidays: withHolidayRowsFor(current) } };
}
