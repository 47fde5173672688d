import type { Flag, ReportTo } from '../analysis/types';

export type Lang = 'nl' | 'en';

/** The thresholds a label names; the flag itself does not carry them. */
export interface LabelThresholds {
  sixteenHours: number;
  windowLesweken: number;
  earlySignalHours: number;
}

export const DEFAULT_LABEL_THRESHOLDS: LabelThresholds = { sixteenHours: 16, windowLesweken: 4, earlySignalHours: 8 };

function hoursText(n: number, lang: Lang): string {
  const text = String(n);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** Short label for a flag: what kind of signal it is (category, basis and step). */
export function flagLabel(
  flag: Pick<Flag, 'category' | 'basis' | 'level'>,
  lang: Lang = 'nl',
  thresholds: LabelThresholds = DEFAULT_LABEL_THRESHOLDS,
): string {
  const nl = lang === 'nl';
  switch (flag.category) {
    case 'sixteen-hours':
      return nl
        ? `${hoursText(thresholds.sixteenHours, lang)} uur in ${thresholds.windowLesweken} lesweken`
        : `${hoursText(thresholds.sixteenHours, lang)} hours in ${thresholds.windowLesweken} school weeks`;
    case 'early-signal':
      return nl
        ? `Vroegsignaal (${hoursText(thresholds.earlySignalHours, lang)} uur)`
        : `Early signal (${hoursText(thresholds.earlySignalHours, lang)} hours)`;
    case 'luxury':
      if (flag.basis === 'near-holiday') return nl ? 'Luxe verzuim (rond vakantie)' : 'Luxury absence (near a holiday)';
      if (flag.basis === 'sick-near-holiday') return nl ? 'Ziek rond vakantie (controle)' : 'Sick near a holiday (check)';
      return nl ? 'Luxe verzuim (verlofcode)' : 'Luxury absence (leave code)';
    case 'long-term':
      return nl ? 'Langdurig verzuim' : 'Long-term absence';
    case 'lateness':
      return nl ? `Te laat – stap ${flag.level ?? '?'}` : `Late – step ${flag.level ?? '?'}`;
    case 'sick-concern':
      return flag.basis === 'duration'
        ? nl
          ? 'Zorgwekkend ziekteverzuim (duur)'
          : 'Worrying sickness (duration)'
        : nl
          ? 'Zorgwekkend ziekteverzuim (frequentie)'
          : 'Worrying sickness (frequency)';
  }
}

export function reportToLabel(reportTo: ReportTo, lang: Lang = 'nl'): string {
  switch (reportTo) {
    case 'leerplicht':
      return lang === 'nl' ? 'Leerplicht' : 'Attendance officer';
    case 'school':
      return 'School';
    case 'jeugdarts':
      return lang === 'nl' ? 'Jeugdarts' : 'School doctor';
  }
}
