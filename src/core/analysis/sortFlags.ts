import { compareCodeUnits as byText } from '../text/textOrder';
import type { Flag } from './types';

/**
 * output.md's order: studentId (as text, by code unit, so "1002" < "998"), end, category, basis,
 * level, start. A null basis or level sorts before any value.
 */
export function compareFlags(a: Flag, b: Flag): number {
  return (
    byText(a.studentId, b.studentId) ||
    byText(a.end, b.end) ||
    byText(a.category, b.category) ||
    byText(a.basis ?? '', b.basis ?? '') ||
    (a.level ?? 0) - (b.level ?? 0) ||
    byText(a.start, b.start)
  );
}

export function sortFlags(flags: Flag[]): Flag[] {
  return flags.sort(compareFlags);
}
