import { Document } from 'docx';
import { longDutchDate } from '../core/drafts/dutchText';
import type { ParentLetter } from '../core/drafts/letters';
import { documentFileName } from '../core/drafts/privacy';
import { heading, spacer, textParagraph } from './docxParts';
import { confidentialHeader, DOC_STYLES, PAGE, pageNumberFooter } from './docxStyle';
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

/** The Word letter to one pupil's parents (or to the pupil from 18). */
export async function letterDocument(letter: ParentLetter, bsn?: string | null): Promise<GeneratedFile> {
  const s = letter.sender;
  const school = `${letter.school.name}${letter.school.location ? `, ${letter.school.location}` : ''}`;
  const adult = letter.addressee === 'leerling';
  const signature = [s.name, s.function, letter.school.name].filter((x) => x.trim());
  const doc = new Document({
    title: adult ? 'Brief aan leerling' : 'Brief aan ouders',
    creator: letter.school.name || 'Verzuimsignaal',
    styles: DOC_STYLES,
    sections: [
      {
        properties: { page: PAGE },
        headers: { default: confidentialHeader(school) },
        footers: { default: pageNumberFooter() },
        children: [
          ...(school.trim() ? [textParagraph(school, { bold: true })] : []),
          spacer(),
          textParagraph(adult ? `Aan ${letter.pupil.name}` : `Aan de ouder(s) of verzorger(s) van ${letter.pupil.name}`),
          textParagraph(`Datum: ${longDutchDate(letter.date, { nbsp: true })}`),
          spacer(),
          heading(`Betreft: ${letter.subject}`, 2),
          textParagraph(adult ? `Beste ${letter.pupil.name},` : 'Beste ouder(s) of verzorger(s),'),
          ...letter.paragraphs.map((p) => textParagraph(p)),
          textParagraph('Met vriendelijke groet,', { keepNext: true }),
          textParagraph(signature.length > 0 ? signature.join('\n') : 'De school'),
        ],
      },
    ],
  });
  return { name: letterFileName(letter, bsn), data: await packDocx(doc) };
}
