import { Document, type Paragraph, type Table } from 'docx';
import { formatHours } from '../core/drafts/draftColumns';
import { longDutchDate, unbreakable } from '../core/drafts/dutchText';
import { documentFileName } from '../core/drafts/privacy';
import type { DraftMelding } from '../core/drafts/types';
import type { GeneratedFile } from '../core/export/table';
import { fieldTable, gridTable, heading, textParagraph, type FieldRow } from './docxParts';
import { confidentialHeader, DOC_STYLES, PAGE, pageNumberFooter } from './docxStyle';
import { packDocx } from './packDocx';

export type { GeneratedFile };

const orDash = (s: string | null | undefined): string => (s && s.trim() ? s : '—');
const yesNo = (b: boolean): string => (b ? 'Ja' : 'Nee');
/** A date that stays on one line ("28 september 2026" with no-break spaces). */
const date = (iso: string | null | undefined): string => (iso ? longDutchDate(iso, { nbsp: true }) : '—');

function earlierSignalLines(d: DraftMelding): string {
  if (d.earlierSignals.length === 0) return '—';
  return d.earlierSignals
    .map((s) => {
      const parts = [`${s.label}: ${date(s.start)} t/m ${date(s.end)} (${formatHours(s.hours)} uur)`];
      if (s.actions) parts.push(`acties: ${s.actions}`);
      if (s.reportedOn) parts.push(`gemeld op ${date(s.reportedOn)}`);
      if (s.duoNumber) parts.push(`DUO-meldingsnummer ${s.duoNumber}`);
      return parts.join('; ');
    })
    .join('\n');
}

/** Every field of the melding in one table, in the order of the Verzuimloket form. */
function draftFields(d: DraftMelding): FieldRow[] {
  const rows: FieldRow[] = [];
  if (d.reportByPassed) {
    rows.push({ alert: `TE LAAT: de meldtermijn is verstreken. Melden moest uiterlijk op ${date(d.reportBy)}. Meld zo snel mogelijk.` });
  }
  if (d.warnings.some((w) => w.code !== 'report-by-passed')) {
    rows.push({
      alert: ['Vul aan voordat u meldt:', ...d.warnings.filter((w) => w.code !== 'report-by-passed').map((w) => `• ${w.message}`)].join('\n'),
    });
  }
  rows.push(
    { section: 'Leerling' },
    ['PGN (BSN of onderwijsnummer)', orDash(d.pgn)],
    ['Leerlingnummer', d.pupil.id],
    ['Naam', orDash(d.pupil.name)],
    ['Geboortedatum', date(d.pupil.dateOfBirth)],
    ['Klas', orDash(d.pupil.className)],
    { section: 'School' },
    ['Naam school', orDash(d.school.name)],
    ['BRIN', orDash(d.school.brin)],
    ['Vestiging', orDash(d.school.location)],
    { section: 'Verzuim' },
    ['Soort verzuim', `${d.verzuimType} (${d.duoType})`],
    ['Begindatum', date(d.begindatum)],
    ['Einddatum', date(d.einddatum)],
    ['Verzuimdagen', String(d.verzuimdagen)],
    ['Verzuimuren', formatHours(d.verzuimuren)],
    ['Alle lessen verzuimd', yesNo(d.alleLessenGemist)],
    ['Vermoedelijke reden', d.vermoedelijkeReden],
    ['MAS-route', orDash(d.masBranch)],
    ['Melden uiterlijk', date(d.reportBy)],
    { section: 'Wat de school deed' },
    ['Acties van de school', orDash(d.actiesSchool)],
    ['Eerdere signalen', earlierSignalLines(d)],
    ['Aanvulling voor leerplicht', orDash(d.aanvulling)],
    ['Actie gemeente gewenst', yesNo(d.actieGemeenteGewenst)],
    ['Toelichting actie gemeente', orDash(d.actieGemeenteToelichting)],
    { section: 'Contactpersoon school' },
    ['Naam', orDash(d.reporter.name)],
    ['Functie', orDash(d.reporter.function)],
    ['Telefoon', orDash(unbreakable(d.reporter.phone.trim()))],
    ['E-mail', orDash(d.reporter.email)],
  );
  return rows;
}

function draftSection(d: DraftMelding, first: boolean): (Paragraph | Table)[] {
  return [
    heading(`${d.verzuimType} (${d.duoType}): ${date(d.begindatum)} t/m ${date(d.einddatum)}`, 2, !first),
    fieldTable(draftFields(d)),
    heading('Specificatie van het verzuim', 3),
    gridTable(
      ['Datum', 'Lesuren', 'Minuten', 'Code'],
      d.dagen.map((day) => [date(day.date), day.part || '—', String(day.minutes), day.codes]),
    ),
  ];
}

/**
 * The Word document with one pupil's draft meldingen. Throws when given drafts of more than one
 * pupil: a document never holds several pupils.
 */
export async function meldingDocument(drafts: readonly DraftMelding[], createdOn: string): Promise<GeneratedFile> {
  if (drafts.length === 0) throw new Error('meldingDocument: geen concepten / no drafts');
  const pupilId = drafts[0].pupil.id;
  if (drafts.some((d) => d.pupil.id !== pupilId)) {
    throw new Error('meldingDocument: één leerling per document / one pupil per document');
  }
  const first = drafts[0];
  const schoolLine = `${orDash(first.school.name)}${first.school.location ? `, ${first.school.location}` : ''}${first.school.brin ? ` (BRIN ${first.school.brin})` : ''}`;
  const doc = new Document({
    // Document properties travel with the file: no name or BSN in them.
    title: 'Conceptmelding verzuim',
    creator: first.school.name || 'Verzuimsignaal',
    description: 'Concept voor het Verzuimloket van DUO',
    styles: DOC_STYLES,
    sections: [
      {
        properties: { page: PAGE },
        headers: { default: confidentialHeader(schoolLine) },
        footers: { default: pageNumberFooter() },
        children: [
          heading(`Conceptmelding verzuim: ${first.pupil.name || `leerling ${pupilId}`}`, 1),
          textParagraph(schoolLine, { bold: true }),
          textParagraph(`Opgesteld op ${date(createdOn)}. Controleer dit concept en meld daarna in het Verzuimloket van DUO.`, {
            italics: true,
          }),
          ...drafts.flatMap((d, i) => draftSection(d, i === 0)),
        ],
      },
    ],
  });
  return { name: documentFileName('melding', { id: pupilId, name: first.pupil.name, bsn: first.pgn }, createdOn, 'docx'), data: await packDocx(doc) };
}
