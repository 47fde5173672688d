import type { ReportingStatus } from './reportingSheet';

/**
 * The MAS follow-up columns of "Verzuimsignalen" (output.md, steps 2-9): their headers, the values
 * output.md gives for them, and the checks it names. One source for the reporting sheet (which
 * writes the columns and their lists), the pane (which fills them) and the evaluation (which
 * counts routes and results by these names).
 */

export const FOLLOW_UP_HEADERS = {
  municipalityAction: 'Actie gemeente gewenst',
  duoStatus: 'Status DUO',
  contactOn: 'Contact leerplicht op',
  route: 'Route',
  routeOn: 'Route gekozen op',
  feedback: 'Terugkoppeling',
  feedbackOn: 'Terugkoppeling op',
  result: 'Resultaat',
  closedOn: 'Afgesloten op',
} as const;

export const MUNICIPALITY_ACTION_VALUES = ['Ja', 'Nee'] as const;

/** DUO's statuses of a verzuimmelding since August 2020. */
export const DUO_STATUSES = ['Geregistreerd', 'In behandeling', 'Afgesloten', 'Ingetrokken', 'Ter kennisgeving aangenomen'] as const;

/** MAS steps 5-7, branch A. */
export const ROUTES_A = [
  'Waarschuwing',
  'Vrijwillige hulp',
  'Halt',
  'Civiel kader (Raad voor de Kinderbescherming)',
  'Strafrechtelijk kader (proces-verbaal)',
  'Combinatie',
  'Last onder dwangsom',
] as const;

/** MAS step 7, branch B (luxury absence): a proces-verbaal or not. */
export const ROUTES_B = ['Geen proces-verbaal', 'Proces-verbaal'] as const;

export const ROUTES = [...ROUTES_A, ...ROUTES_B] as const;
export type Route = (typeof ROUTES)[number];

export const RESULTS = [
  'Terug op school',
  'Passend onderwijs gevonden',
  'Verzuim gestopt',
  'Verzuim gaat door',
  'Vrijstelling',
  'Uitgeschreven of verhuisd',
  'Anders',
] as const;
export type Result = (typeof RESULTS)[number];

/** A value as typed, matched case- and space-insensitively to its canonical spelling; other text stays as typed. */
export function canonicalValue(text: string, values: readonly string[]): string {
  const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return values.find((v) => v.toLowerCase() === key) ?? text.trim().replace(/\s+/g, ' ');
}

/** The input message of the Route column: the check the sheet marks. */
export const ROUTE_NEEDS_REPORT_NOTE = 'Een route hoort bij een melding: vul eerst "Gemeld op" in.';

/** What the school recorded for one melding, as far as the MAS steps go. Dates ISO or null. */
export interface FollowUpFields {
  status: ReportingStatus;
  reportedOn: string | null;
  contactOn: string | null;
  route: string;
  routeOn: string | null;
  feedback: string;
  feedbackOn: string | null;
  result: string;
  closedOn: string | null;
}

export type FollowUpDateField = 'reportedOn' | 'contactOn' | 'routeOn' | 'feedbackOn' | 'closedOn';

/** The date fields in table order, with their header (the sheet's) and English name (the pane's). */
export const FOLLOW_UP_DATE_FIELDS: readonly { field: FollowUpDateField; header: string; en: string }[] = [
  { field: 'reportedOn', header: 'Gemeld op', en: 'Reported on' },
  { field: 'contactOn', header: FOLLOW_UP_HEADERS.contactOn, en: 'Contact with the attendance officer on' },
  { field: 'routeOn', header: FOLLOW_UP_HEADERS.routeOn, en: 'Route chosen on' },
  { field: 'feedbackOn', header: FOLLOW_UP_HEADERS.feedbackOn, en: 'Feedback on' },
  { field: 'closedOn', header: FOLLOW_UP_HEADERS.closedOn, en: 'Closed on' },
];

export interface FollowUpProblem {
  field: keyof FollowUpFields;
  /** The sheet's header of the cell concerned. */
  header: string;
  message: string;
  messageEn: string;
}

function filled(text: string | null): boolean {
  return text !== null && text.trim() !== '';
}

function dutchDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/** output.md: a date before the flag's start, or a Route without "Gemeld op", is marked (sheet) and refused (pane). */
export function followUpProblems(f: FollowUpFields, flagStart: string): FollowUpProblem[] {
  const problems: FollowUpProblem[] = [];
  for (const d of FOLLOW_UP_DATE_FIELDS) {
    const v = f[d.field];
    if (v !== null && v < flagStart) {
      problems.push({
        field: d.field,
        header: d.header,
        message: `${d.header} (${dutchDate(v)}) ligt vóór de begindatum van het signaal (${dutchDate(flagStart)}).`,
        messageEn: `${d.en} (${dutchDate(v)}) is before the signal's start date (${dutchDate(flagStart)}).`,
      });
    }
  }
  if (filled(f.route) && f.reportedOn === null) {
    problems.push({
      field: 'route',
      header: FOLLOW_UP_HEADERS.route,
      message: 'Een route hoort bij een melding: vul eerst "Gemeld op" in.',
      messageEn: 'A route belongs to a melding: fill in "Gemeld op" (reported on) first.',
    });
  }
  return problems;
}
