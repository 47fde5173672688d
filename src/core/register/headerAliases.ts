import type { RegisterField } from './types';

/**
 * How a header is compared: lower case without spaces, dots, dashes and underscores, so that
 * "Geb. datum", "geb_datum" and "GEBDATUM" are one header.
 */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[\s._\-\u00a0]+/g, '');
}

/**
 * Header texts (already normalised) per field, from register.md's table plus the spellings that
 * Magister, SOMtoday and ParnasSys exports use. A lower rank wins when two columns claim the same
 * field ("Absentiecode" over "Absentiereden", "Leerlingnummer" over a bare "ID", "Roepnaam" over
 * "Voornaam"); among equal ranks the leftmost column wins. Matching is exact on the normalised
 * text, so "Leerling" (a name) and "Leerling ID" (an id), "Tot" (end time) and "Tot lesuur"
 * (last lesson), "Uur" (lesson) and "Uren" (hours) never collide.
 */
const ALIASES: ReadonlyArray<readonly [RegisterField, number, readonly string[]]> = [
  ['studentId', 0, ['leerlingnummer', 'leerlingnr', 'llnr', 'llnnr', 'stamnummer', 'stamnr', 'leerlingid', 'studentid', 'studentnumber', 'studentnr', 'pupilid']],
  ['studentId', 1, ['id']],
  ['studentName', 0, ['naam', 'leerling', 'volledigenaam', 'name', 'leerlingnaam', 'studentname', 'fullname']],
  ['firstName', 0, ['roepnaam', 'firstname']],
  ['firstName', 1, ['voornaam', 'voornamen']],
  ['infix', 0, ['tussenvoegsel', 'tussenvoegsels', 'tussenv', 'voorvoegsel', 'voorvoegsels']],
  ['lastName', 0, ['achternaam', 'lastname', 'surname']],
  ['className', 0, ['klas', 'groep', 'stamgroep', 'stamklas', 'class']],
  ['mentor', 0, ['mentor', 'coach', 'tutor']],
  ['dateOfBirth', 0, ['geboortedatum', 'gebdatum', 'dateofbirth', 'dob', 'birthdate']],
  ['bsn', 0, ['bsn', 'onderwijsnummer', 'pgn']],
  // A date header that names the absence wins over a bare "Datum", often the date the row was entered.
  ['date', 0, ['absentiedatum', 'verzuimdatum', 'datumabsentie', 'datumverzuim', 'absencedate', 'dateofabsence']],
  ['date', 1, ['datum', 'date']],
  ['date', 2, ['dag']],
  ['lesson', 0, ['lesuur', 'beginlesuur', 'vanlesuur', 'uur', 'les', 'period']],
  ['lessonTo', 0, ['totlesuur', 'eindlesuur', 't/mlesuur', 'tmlesuur']],
  ['startTime', 0, ['van', 'begintijd', 'starttijd', 'start', 'starttime', 'vanaf']],
  ['endTime', 0, ['tot', 'eindtijd', 'end', 'endtime', 'totaan']],
  ['minutes', 0, ['minuten', 'min', 'aantalminuten', 'minutes']],
  ['hours', 0, ['uren', 'aantaluren', 'hours']],
  ['code', 0, ['code', 'absentiecode', 'verzuimcode']],
  ['code', 1, ['reden', 'absentiereden', 'verantwoording', 'reason']],
  ['kind', 0, ['soort', 'type', 'absentiesoort', 'kind']],
  ['authorised', 0, ['geoorloofd', 'toegestaan', 'authorised', 'authorized']],
  ['remark', 0, ['opmerking', 'opmerkingen', 'toelichting', 'notitie', 'remark', 'remarks', 'notes']],
  ['schoolActions', 0, ['actiesschool', 'actiesvandeschool', 'schoolacties', 'ondernomenacties', 'actiesondernomen', 'schoolactions', 'actionstaken', 'actionsbyschool']],
];

export interface HeaderMatch {
  field: RegisterField;
  rank: number;
}

const BY_HEADER: ReadonlyMap<string, HeaderMatch> = new Map(
  ALIASES.flatMap(([field, rank, names]) => names.map((n) => [n, { field, rank }] as const)),
);

export function matchHeader(text: string): HeaderMatch | undefined {
  return BY_HEADER.get(normalizeHeader(text));
}
