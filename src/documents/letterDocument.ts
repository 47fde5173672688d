import { Document } from 'docx';
import { dutchDate } from '../core/drafts/draftColumns';
import type { ParentLetter } from '../core/drafts/letters';
import { documentFileName } from '../core/drafts/privacy';
import { heading, spacer, textParagraph } from './docxParts';
import type { GeneratedFile } from '../core/export/table';
import { packDocx } from './packDocx';

const LETTER_FILE_KIND: Record<ParentLetter['kind'], string> = {
  vroegsignaal: 'brief-vroegsignaal',
  teLaat: 'brief-te-laat',
  teLaatMelding: 'brief-te-laat-melding',
  zestienUur: 'brief-16-uur',
  luxeVerzuim: 'brief-luxe-verzuim',
  langdurigVerzuim: 'brief-langdurig-verzuim',
};

/** A letter's file name: kind, pupil number and the signal's end date; never a name or BSN. */
export function letterFileName(letter: ParentLetter, bsn?: string | null): string {
  return documentFileName(LETTER_FILE_KIND[letter.kind], { id: letter.pupil.id, name: letter.pupil.name, bsn }, letter.signalEnd, 'docx');
}

/** The Word letter to one pupil's parents. */
export async function letterDocument(letter: ParentLetter, bsn?: string | null): Promise<GeneratedFile> {
  const s = letter.sender;
  const doc = new Document({
    title: letter.addressee === 'leerling' ? 'Brief aan leerling' : 'Brief aan ouders',
    creator: letter.school.name || 'Verzuimsignaal',
    sections: [
      {
        children: [
          textParagraph(`${letter.school.name}${letter.school.location ? `, ${letter.school.location}` : ''}`, { bold: true }),
          spacer(),
          textParagraph(
            letter.addressee === 'leerling' ? `Aan ${letter.pupil.name}` : `Aan de ouder(s) of verzorger(s) van ${letter.pupil.name}`,
          ),
          textParagraph(`Datum: ${dutchDate(letter.date)}`),
          spacer(),
          heading(`Betreft: ${letter.subject}`, 2),
          textParagraph(letter.addressee === 'leerling' ? `Beste ${letter.pupil.name},` : 'Beste ouder(s) of verzorger(s),'),
          ...letter.paragraphs.map((p) => textParagraph(p)),
          textParagraph('Met vriendelijke groet,'),
          textParagraph([s.name, s.function, letter.school.name].filter((x) => x.trim()).join('\n')),
        ],
      },
    ],
  });
  return { name: letterFileName(letter, bsn), data: await packDocx(doc) };
}
