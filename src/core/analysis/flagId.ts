import { sha256Hex } from '../hash/sha256Hex';

/**
 * Every signal id starts with these letters. A bare hex hash such as "335466457e48" is read by a
 * spreadsheet as the number 3.35E+56 when a .csv is opened, and "123456789012" loses its identity
 * the same way; with a letter prefix the id is text to every reader.
 */
export const FLAG_ID_PREFIX = 'VS-';

/**
 * Stable signal id (output.md, with the prefix the issue asks for): `VS-` and the first 12 hex
 * characters of SHA-256 over `studentId|category|basis|level|start` in UTF-8, with an empty field
 * for a null basis or level. The same flag gets the same id on every run and machine, so the
 * user's columns can follow it.
 */
export function flagId(studentId: string, category: string, basis: string | null, level: number | null, start: string): string {
  const key = `${studentId}|${category}|${basis ?? ''}|${level ?? ''}|${start}`;
  return FLAG_ID_PREFIX + sha256Hex(key).slice(0, 12);
}

const CURRENT_ID = /^vs-?([0-9a-f]{12})$/i;
const LEGACY_ID = /^[0-9a-f]{12}$/i;

/**
 * The id a workbook cell refers to, in today's form. Workbooks filled before the prefix hold the
 * bare 12-character hash ("3f9c2a7e1b0d"); it is the same signal as "VS-3f9c2a7e1b0d", so the
 * user's entries stay with it. Case and spaces do not matter; anything else is returned trimmed.
 */
export function canonicalFlagId(text: string): string {
  const t = text.trim();
  const current = CURRENT_ID.exec(t);
  if (current) return FLAG_ID_PREFIX + current[1].toLowerCase();
  if (LEGACY_ID.test(t)) return FLAG_ID_PREFIX + t.toLowerCase();
  return t;
}

/** True when two ids (either form) name the same signal. */
export function sameFlagId(a: string, b: string): boolean {
  return canonicalFlagId(a) === canonicalFlagId(b);
}
