/**
 * What the school's own staff read about a signal: the short label (pane list, the sheet
 * Verzuimsignalen, the command line), the longer title of a pupil's detail, who it is reported to.
 * One vocabulary for one audience; the attendance office's words are in attendanceOfficeLabels.
 */
import type { Settings } from '../settings/schema';
import type { Flag, ReportTo } from '../analysis/types';

export type Lang = 'nl' | 'en';

/** "17,5" / "17.5". */
export function formatHours(hours: number, lang: Lang): string {
  const text = String(hours);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** The settings the wording uses; the defaults of rules.md when not given. */
export type Wording = Pick<Settings, 'sixteenHours' | 'earlySignal' | 'luxury' | 'longTerm' | 'sickConcern' | 'reportWithinWorkingDays'>;

export const DEFAULT_WORDING: Wording = {
  sixteenHours: { enabled: true, thresholdHours: 16, windowLesweken: 4, minDaysBetweenReports: 7 },
  earlySignal: { enabled: true, thresholdHours: 8 },
  luxury: { enabled: true, adjacentSchoolDays: 2, minHoursPerDay: 3, sickNearHoliday: true },
  longTerm: { enabled: true, minConsecutiveSchoolDays: 20, minHoursPerDay: 4 },
  sickConcern: { enabled: true, reportsInWindow: 4, windowLesweken: 12, consecutiveSchoolDays: 7 },
  reportWithinWorkingDays: 5,
};


/** The thresholds a label names; the flag itself does not carry them. */
export interface LabelThresholds {
  sixteenHours: number;
  windowLesweken: number;
  earlySignalHours: number;
}

export const DEFAULT_LABEL_THRESHOLDS: LabelThresholds = { sixteenHours: 16, windowLesweken: 4, earlySignalHours: 8 };

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
        ? `${formatHours(thresholds.sixteenHours, lang)} uur in ${thresholds.windowLesweken} lesweken`
        : `${formatHours(thresholds.sixteenHours, lang)} hours in ${thresholds.windowLesweken} school weeks`;
    case 'early-signal':
      return nl
        ? `Vroegsignaal (${formatHours(thresholds.earlySignalHours, lang)} uur)`
        : `Early signal (${formatHours(thresholds.earlySignalHours, lang)} hours)`;
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

/** The flag's label: what kind of signal it is. */
export function flagTitle(flag: Flag, lang: Lang, settings: Wording = DEFAULT_WORDING): string {
  const nl = lang === 'nl';
  const w = settings.sixteenHours.windowLesweken;
  switch (flag.category) {
    case 'sixteen-hours':
      return nl
        ? `${formatHours(settings.sixteenHours.thresholdHours, lang)} uur ongeoorloofd verzuim in ${w} lesweken (${flag.duoType})`
        : `${settings.sixteenHours.thresholdHours} hours of unauthorised absence in ${w} lesweken (${flag.duoType})`;
    case 'early-signal':
      return nl
        ? `Vroegsignaal: ${formatHours(settings.earlySignal.thresholdHours, lang)} uur ongeoorloofd verzuim in ${w} lesweken`
        : `Early signal: ${settings.earlySignal.thresholdHours} hours of unauthorised absence in ${w} lesweken`;
    case 'luxury':
      if (flag.basis === 'sick-near-holiday') return nl ? 'Ziek rond een vakantie (controle)' : 'Sick next to a holiday (check)';
      if (flag.basis === 'near-holiday') return nl ? 'Vermoedelijk luxe verzuim rond een vakantie (L)' : 'Suspected luxury absence next to a holiday (L)';
      return nl ? 'Luxe verzuim: verlofcode zonder toestemming (L)' : 'Luxury absence: holiday code without leave (L)';
    case 'long-term':
      return nl ? 'Langdurig relatief verzuim (LRV)' : 'Long-term absence (LRV)';
    case 'lateness':
      return nl
        ? `Te laat komen – stap ${flag.level} (${flag.occurrences} keer)${flag.duoType ? ` (${flag.duoType})` : ''}`
        : `Lateness – step ${flag.level} (${flag.occurrences} times)${flag.duoType ? ` (${flag.duoType})` : ''}`;
    case 'sick-concern':
      return flag.basis === 'frequency'
        ? nl ? 'Zorgwekkend ziekteverzuim: vaak ziek gemeld (MAZL)' : 'Worrying sickness: frequent sick reports (MAZL)'
        : nl ? 'Zorgwekkend ziekteverzuim: lang ziek (MAZL)' : 'Worrying sickness: long sickness (MAZL)';
  }
}
