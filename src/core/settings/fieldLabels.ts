/**
 * The name of each setting as the school sees it (the pane's labels), in Dutch and English, so a
 * settings error says "Drempel (uren) van de 16-urenregel" instead of "sixteenHours.thresholdHours".
 */

type Label = readonly [nl: string, en: string];

const FIELDS: Record<string, Label> = {
  version: ['Versie van de instellingen', 'Settings version'],
  school: ['School', 'School'],
  'school.name': ['Naam van de school', 'School name'],
  'school.brin': ['BRIN-nummer', 'BRIN number'],
  'school.location': ['Locatie', 'Location'],
  'school.reporter': ['Melder', 'Reporter'],
  'school.reporter.name': ['Naam van de melder', "Reporter's name"],
  'school.reporter.function': ['Functie van de melder', "Reporter's function"],
  'school.reporter.phone': ['Telefoon van de melder', "Reporter's phone"],
  'school.reporter.email': ['E-mail van de melder', "Reporter's e-mail"],
  calendar: ['Kalender', 'Calendar'],
  'calendar.region': ['Vakantieregio', 'Holiday region'],
  'calendar.schoolDays': ['Schooldagen', 'School days'],
  'calendar.holidays': ['Vakanties', 'Holidays'],
  'calendar.publicHolidays': ['Feestdagen', 'Public holidays'],
  'calendar.daysOff': ['Vrije dagen (studiedagen)', 'Days off (study days)'],
  counting: ['Tellen', 'Counting'],
  'counting.lessonMinutes': ['Minuten per lesuur', 'Minutes per lesson'],
  'counting.countLessonsAsHours': ['Lesuren als klokuren tellen', 'Count lessons as hours'],
  'counting.dayHours': ['Uren per schooldag', 'Hours per school day'],
  sixteenHours: ['16-urenregel', '16-hour rule'],
  'sixteenHours.enabled': ['16-urenregel aan', '16-hour rule on'],
  'sixteenHours.thresholdHours': ['Drempel (uren) van de 16-urenregel', 'Threshold (hours) of the 16-hour rule'],
  'sixteenHours.windowLesweken': ['Venster (lesweken) van de 16-urenregel', 'Window (school weeks) of the 16-hour rule'],
  'sixteenHours.minDaysBetweenReports': ['Dagen tussen twee meldingen (16-urenregel)', 'Days between two reports (16-hour rule)'],
  earlySignal: ['Vroegsignaal', 'Early signal'],
  'earlySignal.enabled': ['Vroegsignaal aan', 'Early signal on'],
  'earlySignal.thresholdHours': ['Drempel (uren) van het vroegsignaal', 'Threshold (hours) of the early signal'],
  luxury: ['Luxe verzuim', 'Luxury absence'],
  'luxury.enabled': ['Luxe verzuim aan', 'Luxury absence on'],
  'luxury.adjacentSchoolDays': ['Schooldagen rond een vakantie (luxe verzuim)', 'School days around a holiday (luxury absence)'],
  'luxury.minHoursPerDay': ['Minimaal uren per dag (luxe verzuim)', 'Minimum hours per day (luxury absence)'],
  'luxury.sickNearHoliday': ['Ziek rond een vakantie signaleren', 'Signal sickness around a holiday'],
  longTerm: ['Langdurig verzuim', 'Long-term absence'],
  'longTerm.enabled': ['Langdurig verzuim aan', 'Long-term absence on'],
  'longTerm.minConsecutiveSchoolDays': ['Aaneengesloten schooldagen (langdurig verzuim)', 'Consecutive school days (long-term absence)'],
  'longTerm.minHoursPerDay': ['Minimaal uren per dag (langdurig verzuim)', 'Minimum hours per day (long-term absence)'],
  lateness: ['Te laat komen', 'Lateness'],
  'lateness.enabled': ['Te laat komen aan', 'Lateness on'],
  'lateness.ladder': ['Ladder (aantal keer te laat)', 'Ladder (times late)'],
  'lateness.reportFromLevel': ['Melden vanaf stap (te laat komen)', 'Report from step (lateness)'],
  'lateness.countsAsAbsence': ['Te laat telt als verzuim', 'Lateness counts as absence'],
  sickConcern: ['Zorgwekkend ziekteverzuim', 'Worrying sickness absence'],
  'sickConcern.enabled': ['Zorgwekkend ziekteverzuim aan', 'Worrying sickness absence on'],
  'sickConcern.reportsInWindow': ['Ziekmeldingen in het venster', 'Sick reports in the window'],
  'sickConcern.windowLesweken': ['Venster (lesweken) van het ziekteverzuim', 'Window (school weeks) of sickness absence'],
  'sickConcern.consecutiveSchoolDays': ['Aaneengesloten ziektedagen', 'Consecutive sick days'],
  reportWithinWorkingDays: ['Melden binnen (werkdagen)', 'Report within (working days)'],
  feedbackWaitWeeks: ['Wachten op terugkoppeling (weken)', 'Waiting for feedback (weeks)'],
  codes: ['Codes', 'Codes'],
  letters: ['Brieven', 'Letters'],
  mapping: ['Kolomkeuze', 'Column choice'],
  'mapping.headerRow': ['Kopregel', 'Header row'],
  'mapping.fields': ['Kolommen', 'Columns'],
};

const HOLIDAY_PART: Record<string, Label> = { start: ['begindatum', 'start date'], end: ['einddatum', 'end date'], name: ['naam', 'name'] };

/**
 * The label of a settings key path (as validateSettings reports it), e.g. `calendar.holidays[2].end`
 * → "Einddatum van vakantie 3 (Herfstvakantie)". `holidayName` gives the holiday's own name when known.
 */
export function settingsFieldLabel(path: readonly PropertyKey[], holidayName?: (index: number) => string | undefined): { nl: string; en: string } {
  const parts = path.map((p) => (typeof p === 'number' ? p : String(p)));
  const [a, b, c, d] = parts;
  if (a === 'calendar' && b === 'holidays' && typeof c === 'number') {
    const name = holidayName?.(c);
    const which = { nl: `vakantie ${c + 1}${name ? ` (${name})` : ''}`, en: `holiday ${c + 1}${name ? ` (${name})` : ''}` };
    const part = typeof d === 'string' ? HOLIDAY_PART[d] : undefined;
    if (part) return { nl: `${cap(part[0])} van ${which.nl}`, en: `${cap(part[1])} of ${which.en}` };
    return { nl: cap(which.nl), en: cap(which.en) };
  }
  if (a === 'calendar' && (b === 'daysOff' || b === 'publicHolidays') && typeof c === 'number') {
    return b === 'daysOff' ? { nl: `Vrije dag ${c + 1}`, en: `Day off ${c + 1}` } : { nl: `Feestdag ${c + 1}`, en: `Public holiday ${c + 1}` };
  }
  if (a === 'calendar' && b === 'schoolDays' && typeof c === 'number') return { nl: `Schooldag ${c + 1}`, en: `School day ${c + 1}` };
  if (a === 'lateness' && b === 'ladder' && typeof c === 'number') return { nl: `Stap ${c + 1} van de ladder (te laat)`, en: `Step ${c + 1} of the ladder (lateness)` };
  if (a === 'codes' && typeof b === 'string') return { nl: `Code "${b}"`, en: `Code "${b}"` };
  if (a === 'letters' && typeof b === 'string') return { nl: `Brieftekst "${b}"`, en: `Letter text "${b}"` };
  if (a === 'mapping' && b === 'fields' && typeof c === 'string') return { nl: `Kolom voor "${c}"`, en: `Column for "${c}"` };
  for (let n = parts.length; n > 0; n--) {
    const hit = FIELDS[parts.slice(0, n).filter((p) => typeof p === 'string').join('.')];
    if (hit) return { nl: hit[0], en: hit[1] };
  }
  return { nl: 'Instellingen', en: 'Settings' };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
