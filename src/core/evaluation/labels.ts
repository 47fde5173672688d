import type { FlagCategory } from '../analysis/types';

export type EvaluationLang = 'nl' | 'en';

/** Short names of the signal categories, for legends and table headers. */
export const CATEGORY_LABELS: Record<EvaluationLang, Record<FlagCategory, string>> = {
  nl: {
    'sixteen-hours': '16 uur',
    'early-signal': 'Vroegsignaal',
    luxury: 'Luxe verzuim',
    'long-term': 'Langdurig',
    lateness: 'Te laat',
    'sick-concern': 'Zorgwekkend ziek',
  },
  en: {
    'sixteen-hours': '16 hours',
    'early-signal': 'Early signal',
    luxury: 'Luxury absence',
    'long-term': 'Long-term',
    lateness: 'Late',
    'sick-concern': 'Worrying sickness',
  },
};

export type MeldingState = 'onTime' | 'late' | 'reportedWithoutDate' | 'notReported' | 'open';

export const MELDING_STATES: readonly MeldingState[] = ['onTime', 'late', 'reportedWithoutDate', 'notReported', 'open'];

export const MELDING_LABELS: Record<EvaluationLang, Record<MeldingState, string>> = {
  nl: { onTime: 'Op tijd gemeld', late: 'Te laat gemeld', reportedWithoutDate: 'Gemeld, datum onbekend', notReported: 'Niet gemeld', open: 'Open' },
  en: { onTime: 'Reported on time', late: 'Reported late', reportedWithoutDate: 'Reported, date unknown', notReported: 'Not reported', open: 'Open' },
};

const MONTHS: Record<EvaluationLang, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "2026-09" → "sep 2026" (nl) / "Sep 2026" (en). */
export function monthLabel(month: string, lang: EvaluationLang, withYear = true): string {
  const m = Number(month.slice(5, 7));
  const name = MONTHS[lang][m - 1] ?? month;
  return withYear ? `${name} ${month.slice(0, 4)}` : name;
}
