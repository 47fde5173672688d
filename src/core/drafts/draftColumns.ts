import type { DraftMelding } from './types';

/** `code`: text of digits that must stay text with its leading zeros (PGN, pupil number). */
export type DraftColumnKind = 'text' | 'code' | 'number' | 'date' | 'yesno';

/** A column of the drafts table, shared by the sheet, the .csv and the .xlsx export. */
export interface DraftColumn {
  key: string;
  header: string;
  kind: DraftColumnKind;
  width: number;
  value(d: DraftMelding): string | number | boolean | null;
  /** Only on the drafts sheet (the exports hold drafts due now, never reported ones). */
  sheetOnly?: boolean;
}

function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** The specification for one cell, one line per day: "07-09-2026 lesuur 3-5 (150 min, S)". */
export function specificationText(d: DraftMelding): string {
  return d.dagen.map((day) => `${dutchDate(day.date)} ${day.part} (${day.minutes} min, ${day.codes})`).join('\n');
}

/** Earlier signals with the school's actions, one line each. */
export function earlierSignalsText(d: DraftMelding): string {
  return d.earlierSignals
    .map((s) => {
      const parts = [`${s.label} ${dutchDate(s.start)} t/m ${dutchDate(s.end)} (${formatHours(s.hours)} uur)`];
      if (s.actions) parts.push(`acties: ${s.actions}`);
      if (s.reportedOn) parts.push(`gemeld op ${s.reportedOn}`);
      if (s.duoNumber) parts.push(`DUO-nummer ${s.duoNumber}`);
      return parts.join('; ');
    })
    .join('\n');
}

export function formatHours(hours: number): string {
  return (Math.round(hours * 100) / 100).toString().replace('.', ',');
}

export { dutchDate };

/**
 * User columns read by header wherever they are (the reporting sheet "Verzuimsignalen", the drafts
 * sheet): "Actie gemeente gewenst" (Ja/Nee, default Ja) with its own toelichting, and the date a
 * letter about the signal was sent or made.
 */
export const ACTIE_GEMEENTE_HEADER = 'Actie gemeente gewenst';
export const ACTIE_GEMEENTE_TOELICHTING_HEADER = 'Toelichting actie gemeente';
export const LETTER_SENT_HEADER = 'Brief verstuurd op';

/**
 * The engine columns, in the order of the DUO Verzuimloket form (pupil, school, the absence, the
 * school's actions, the contact person), then the specification and the working fields. The
 * signal id comes first: it is the key the refill keeps user entries by.
 */
export const DRAFT_COLUMNS: readonly DraftColumn[] = [
  { key: 'flagId', header: 'Signaal-id', kind: 'text', width: 14, value: (d) => d.flagId },
  { key: 'pgn', header: 'PGN (BSN/onderwijsnummer)', kind: 'code', width: 16, value: (d) => d.pgn ?? '' },
  { key: 'studentId', header: 'Leerlingnummer', kind: 'code', width: 14, value: (d) => d.pupil.id },
  { key: 'name', header: 'Naam', kind: 'text', width: 24, value: (d) => d.pupil.name },
  { key: 'dateOfBirth', header: 'Geboortedatum', kind: 'date', width: 12, value: (d) => d.pupil.dateOfBirth },
  { key: 'className', header: 'Klas', kind: 'text', width: 8, value: (d) => d.pupil.className },
  { key: 'brin', header: 'BRIN', kind: 'text', width: 8, value: (d) => d.school.brin },
  { key: 'school', header: 'School', kind: 'text', width: 22, value: (d) => d.school.name },
  { key: 'location', header: 'Vestiging', kind: 'text', width: 16, value: (d) => d.school.location },
  { key: 'duoType', header: 'Soort verzuim (DUO)', kind: 'text', width: 8, value: (d) => d.duoType },
  { key: 'verzuimType', header: 'Omschrijving verzuim', kind: 'text', width: 36, value: (d) => d.verzuimType },
  { key: 'begindatum', header: 'Begindatum', kind: 'date', width: 12, value: (d) => d.begindatum },
  { key: 'einddatum', header: 'Einddatum', kind: 'date', width: 12, value: (d) => d.einddatum },
  { key: 'verzuimdagen', header: 'Verzuimdagen', kind: 'number', width: 10, value: (d) => d.verzuimdagen },
  { key: 'verzuimuren', header: 'Verzuimuren', kind: 'number', width: 10, value: (d) => d.verzuimuren },
  { key: 'alleLessen', header: 'Alle lessen verzuimd', kind: 'yesno', width: 10, value: (d) => d.alleLessenGemist },
  { key: 'reden', header: 'Vermoedelijke reden', kind: 'text', width: 40, value: (d) => d.vermoedelijkeReden },
  { key: 'acties', header: 'Acties school', kind: 'text', width: 40, value: (d) => d.actiesSchool },
  { key: 'eerdereSignalen', header: 'Eerdere signalen', kind: 'text', width: 40, value: earlierSignalsText },
  { key: 'actieGemeente', header: ACTIE_GEMEENTE_HEADER, kind: 'yesno', width: 12, value: (d) => d.actieGemeenteGewenst },
  {
    key: 'actieGemeenteToelichting',
    header: ACTIE_GEMEENTE_TOELICHTING_HEADER,
    kind: 'text',
    width: 36,
    value: (d) => d.actieGemeenteToelichting,
  },
  { key: 'reporterName', header: 'Contactpersoon', kind: 'text', width: 18, value: (d) => d.reporter.name },
  { key: 'reporterFunction', header: 'Functie', kind: 'text', width: 18, value: (d) => d.reporter.function },
  { key: 'reporterPhone', header: 'Telefoon', kind: 'text', width: 14, value: (d) => d.reporter.phone },
  { key: 'reporterEmail', header: 'E-mail', kind: 'text', width: 24, value: (d) => d.reporter.email },
  { key: 'specificatie', header: 'Specificatie verzuim', kind: 'text', width: 50, value: specificationText },
  { key: 'masBranch', header: 'MAS-route', kind: 'text', width: 8, value: (d) => d.masBranch ?? '' },
  { key: 'reportBy', header: 'Melden uiterlijk', kind: 'date', width: 12, value: (d) => d.reportBy },
  { key: 'overdue', header: 'Meldtermijn verstreken', kind: 'yesno', width: 12, value: (d) => d.reportByPassed },
  { key: 'createdOn', header: 'Opgesteld op', kind: 'date', width: 12, value: (d) => d.createdOn },
  { key: 'status', header: 'Status signaal', kind: 'text', width: 14, value: (d) => d.status },
  { key: 'reportedOn', header: 'Al gemeld op', kind: 'date', width: 12, sheetOnly: true, value: (d) => d.alreadyReported?.on || null },
  {
    key: 'reportedNumber',
    header: 'DUO-meldingsnummer',
    kind: 'code',
    width: 16,
    sheetOnly: true,
    value: (d) => d.alreadyReported?.duoNumber ?? '',
  },
  { key: 'warnings', header: 'Ontbreekt', kind: 'text', width: 40, value: (d) => d.warnings.map((w) => w.message).join('\n') },
];
