import { Document, type Paragraph, type Table } from 'docx';
import { dutchDate, earlierSignalsText, formatHours } from '../core/drafts/draftColumns';
import { documentFileName } from '../core/drafts/privacy';
import type { DraftMelding } from '../core/drafts/types';
import type { GeneratedFile } from '../core/export/table';
import { bullet, fieldTable, gridTable, heading, spacer, textParagraph } from './docxParts';
import { packDocx } from './packDocx';

export type { GeneratedFile };

const orDash = (s: string | null | undefined): string => (s && s.trim() ? s : '—');
const yesNo = (b: boolean): string => (b ? 'Ja' : 'Nee');

function draftSection(d: DraftMelding, first: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  out.push(
    heading(
      `${d.verzuimType} (${d.duoType}): ${dutchDate(d.begindatum)} t/m ${d.einddatum ? dutchDate(d.einddatum) : '—'}`,
      2,
      !first,
    ),
  );
  if (d.warnings.length > 0) {
    out.push(textParagraph('Let op: vul aan voordat u meldt', { bold: true }));
    for (const w of d.warnings) out.push(bullet(w.message));
  }
  out.push(heading('Leerling', 3));
  out.push(
    fieldTable([
      ['PGN (BSN of onderwijsnummer)', orDash(d.pgn)],
      ['Leerlingnummer', d.pupil.id],
      ['Naam', orDash(d.pupil.name)],
      ['Geboortedatum', d.pupil.dateOfBirth ? dutchDate(d.pupil.dateOfBirth) : '—'],
      ['Klas', orDash(d.pupil.className)],
    ]),
  );
  out.push(heading('School', 3));
  out.push(
    fieldTable([
      ['Naam school', orDash(d.school.name)],
      ['BRIN', orDash(d.school.brin)],
      ['Vestiging', orDash(d.school.location)],
    ]),
  );
  out.push(heading('Verzuim', 3));
  out.push(
    fieldTable([
      ['Soort verzuim', `${d.verzuimType} (${d.duoType})`],
      ['Begindatum', dutchDate(d.begindatum)],
      ['Einddatum', d.einddatum ? dutchDate(d.einddatum) : '—'],
      ['Verzuimdagen', String(d.verzuimdagen)],
      ['Verzuimuren', formatHours(d.verzuimuren)],
      ['Alle lessen verzuimd', yesNo(d.alleLessenGemist)],
      ['Vermoedelijke reden', d.vermoedelijkeReden],
      ['MAS-route', orDash(d.masBranch)],
      ['Melden uiterlijk', d.reportBy ? dutchDate(d.reportBy) : '—'],
    ]),
  );
  out.push(heading('Acties van de school', 3));
  out.push(textParagraph(d.actiesSchool || '(nog niet ingevuld in de kolom "Acties school")'));
  if (d.earlierSignals.length > 0) {
    out.push(textParagraph('Eerdere signalen van de school dit schooljaar:', { bold: true }));
    for (const line of earlierSignalsText(d).split('\n')) out.push(bullet(line));
  }
  if (d.aanvulling) {
    out.push(textParagraph('Aanvulling van de school voor leerplicht:', { bold: true }));
    out.push(textParagraph(d.aanvulling));
  }
  out.push(fieldTable([['Actie gemeente gewenst', yesNo(d.actieGemeenteGewenst)]]));
  out.push(heading('Contactpersoon school', 3));
  out.push(
    fieldTable([
      ['Naam', orDash(d.reporter.name)],
      ['Functie', orDash(d.reporter.function)],
      ['Telefoon', orDash(d.reporter.phone)],
      ['E-mail', orDash(d.reporter.email)],
    ]),
  );
  out.push(heading('Specificatie van het verzuim', 3));
  out.push(
    gridTable(
      ['Datum', 'Lesuren of tijden', 'Minuten', 'Code'],
      d.specificatie.map((a) => [dutchDate(a.date), a.lessons || '—', String(a.minutes), a.code]),
    ),
  );
  out.push(spacer());
  return out;
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
  const doc = new Document({
    // Document properties travel with the file: no name or BSN in them.
    title: 'Conceptmelding verzuim',
    creator: first.school.name || 'Verzuimsignaal',
    description: 'Concept voor het Verzuimloket van DUO',
    sections: [
      {
        children: [
          heading(`Conceptmelding verzuim: ${first.pupil.name || `leerling ${pupilId}`}`, 1),
          textParagraph(
            `${orDash(first.school.name)}${first.school.location ? `, ${first.school.location}` : ''}${first.school.brin ? ` (BRIN ${first.school.brin})` : ''}`,
            { bold: true },
          ),
          textParagraph(
            `Opgesteld op ${dutchDate(createdOn)}. Dit is een concept: controleer en vul aan, en meld daarna in het Verzuimloket van DUO.`,
            { italics: true },
          ),
          ...drafts.flatMap((d, i) => draftSection(d, i === 0)),
        ],
      },
    ],
  });
  return { name: documentFileName('melding', { id: pupilId, name: first.pupil.name, bsn: first.pgn }, createdOn, 'docx'), data: await packDocx(doc) };
}
