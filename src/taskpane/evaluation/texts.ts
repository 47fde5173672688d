import { format, useLang, type Lang, type Params } from '../i18n';

/**
 * The Evaluatie tab's texts, Dutch and English. They live beside the tab rather than in i18n.ts
 * because the tab is loaded lazily: its texts then stay out of the pane's initial JavaScript too.
 */
const nl = {
  intro: 'Cijfers voor de evaluatie met de ketenpartners (MAS stap 10): uit de analyse en wat in het blad Verzuimsignalen is ingevuld.',
  schoolYear: 'Schooljaar',
  asOf: 'Peildatum {date}',
  reading: 'Blad Verzuimsignalen lezen…',
  noSheet: 'Nog geen blad Verzuimsignalen: elk signaal telt als Nieuw.',
  fillSheet: 'Blad Evaluatie vullen',
  sheetFilled: 'Blad Evaluatie gevuld voor {year}, met {charts} grafieken.',
  keyFigures: 'Kerncijfers',
  signals: 'Signalen',
  due: 'Te melden bij leerplicht',
  reported: 'Gemeld',
  onTime: 'op tijd',
  late: 'te laat',
  withoutDate: 'zonder datum',
  notReported: 'Niet gemeld',
  open: 'Open',
  median: 'Mediaan werkdagen tot melding',
  medianNone: 'nog geen',
  early: 'Leerlingen met een vroegsignaal',
  earlyLater: 'van wie later 16 uur',
  repeat: 'Leerlingen met meer dan één melding',
  charts: 'Grafieken',
  byClass: 'Signalen per klas',
  reasons: 'Niet gemeld, en waarom',
  reasonsNone: 'Geen.',
  noReason: 'geen reden opgegeven',
};

export type EvalKey = keyof typeof nl;

const en: Record<EvalKey, string> = {
  intro: 'Figures for the evaluation with the chain partners (MAS step 10): from the analysis and what is filled in on the Verzuimsignalen sheet.',
  schoolYear: 'School year',
  asOf: 'As of {date}',
  reading: 'Reading the Verzuimsignalen sheet…',
  noSheet: 'No Verzuimsignalen sheet yet: every signal counts as new.',
  fillSheet: 'Fill the Evaluatie sheet',
  sheetFilled: 'Evaluatie sheet filled for {year}, with {charts} charts.',
  keyFigures: 'Key figures',
  signals: 'Signals',
  due: 'Due to the attendance office',
  reported: 'Reported',
  onTime: 'on time',
  late: 'late',
  withoutDate: 'without a date',
  notReported: 'Not reported',
  open: 'Open',
  median: 'Median working days to report',
  medianNone: 'none yet',
  early: 'Pupils with an early signal',
  earlyLater: 'of whom later sixteen hours',
  repeat: 'Pupils with more than one report',
  charts: 'Charts',
  byClass: 'Signals per class',
  reasons: 'Not reported, and why',
  reasonsNone: 'None.',
  noReason: 'no reason given',
};

export const EVALUATION_TEXTS: Readonly<Record<Lang, Record<EvalKey, string>>> = { nl, en };

export function useEvalT(): (key: EvalKey, params?: Params) => string {
  const dict = EVALUATION_TEXTS[useLang()];
  return (key, params) => format(dict[key], params);
}
