import type { BuiltInHoliday } from '../../core/calendar';

/**
 * The holiday list with new holidays added: rows still blank (offered by "add the holidays of a
 * year") give way, a holiday already in the list (same dates) is not added twice, and the list is
 * kept in date order so the user checks it top to bottom.
 */
export function mergeHolidays(current: readonly BuiltInHoliday[], added: readonly BuiltInHoliday[]): BuiltInHoliday[] {
  const kept = current.filter((h) => h.start.trim() !== '' || h.end.trim() !== '').map((h) => ({ ...h }));
  const seen = new Set(kept.map((h) => `${h.start}/${h.end}`));
  for (const h of added) {
    const key = `${h.start}/${h.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ name: h.name, start: h.start, end: h.end });
  }
  return kept.sort((a, b) => a.start.localeCompare(b.start));
}

/** Days off with new ones added, each once, in date order. */
export function mergeDaysOff(current: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...current, ...added])].sort();
}
