import type { Flag, FlagCategory } from '../../core/analysis/types';
import { compareBySurname, nameMatches } from '../../core/names';

export interface FlagFilter {
  className?: string;
  category?: FlagCategory;
  status?: string;
  mentor?: string;
  /** Part of the pupil's name or number; case and accents ignored ("sahin" finds Şahin). */
  text?: string;
  /** Only meldingen waiting for feedback from the attendance office (see waitingForFeedback). */
  waiting?: boolean;
}

export type FlagSort = 'urgency' | 'name' | 'class';

export function filterFlags(
  flags: readonly Flag[],
  f: FlagFilter,
  statusOf: (id: string) => string,
  waiting: (id: string) => boolean = () => false,
): Flag[] {
  const text = f.text?.trim();
  return flags.filter(
    (x) =>
      (!f.className || x.className === f.className) &&
      (!f.category || x.category === f.category) &&
      (!f.mentor || x.mentor === f.mentor) &&
      (!f.status || statusOf(x.id) === f.status) &&
      (!f.waiting || waiting(x.id)) &&
      (!text || nameMatches(x.studentName, text) || x.studentId.toLowerCase().includes(text.toLowerCase())),
  );
}

/**
 * Urgency: flags with a report-by date first, earliest deadline first; flags without one (school
 * signals) after them, most recent end first. Ties by name, so the order is stable.
 */
export function sortFlags(flags: readonly Flag[], sort: FlagSort): Flag[] {
  // By surname, the Dutch way: "Sanne de Vries" under V.
  const byName = (a: Flag, b: Flag) => compareBySurname(a.studentName, b.studentName) || a.studentId.localeCompare(b.studentId);
  const out = [...flags];
  if (sort === 'name') return out.sort((a, b) => byName(a, b) || a.end.localeCompare(b.end));
  if (sort === 'class') return out.sort((a, b) => a.className.localeCompare(b.className, 'nl', { numeric: true }) || byName(a, b));
  return out.sort((a, b) => {
    if (a.reportBy && b.reportBy) return a.reportBy.localeCompare(b.reportBy) || byName(a, b);
    if (a.reportBy) return -1;
    if (b.reportBy) return 1;
    return b.end.localeCompare(a.end) || byName(a, b);
  });
}
