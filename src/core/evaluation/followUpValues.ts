/**
 * The values output.md gives for the MAS follow-up columns of "Verzuimsignalen" (steps 2-9). The
 * evaluation counts routes and results by these names; the reporting sheet offers them as lists.
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
