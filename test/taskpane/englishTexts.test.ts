// The English pane has no Dutch left (issue 12, point 5): every English text of the pane, its
// evaluation tab and the region names it shows is scanned for words only Dutch has. What may stay
// Dutch is named: the add-in's sheet names and the values it writes there (statuses, follow-up
// lists), and the example of schoolgids text the paste panel shows.
import { dictionaries } from '../../src/taskpane/i18n';
import { EVALUATION_TEXTS } from '../../src/taskpane/evaluation/texts';

/** Words that are Dutch and not English, matched as whole words, case-insensitive. */
const DUTCH_ONLY = [
  'lesweken', 'lesweek', 'leerling', 'leerlingen', 'uur', 'uren', 'vakantie', 'vakanties', 'noord', 'midden', 'zuid', 'regio',
  'schooljaar', 'schooldagen', 'studiedag', 'vrije', 'dagen', 'melden', 'vóór', 'signalen', 'signaal', 'instellingen', 'opslaan',
  'opgeslagen', 'analyseer', 'kolom', 'kolommen', 'rijen', 'rij', 'geen', 'niet', 'naar', 'tot', 'het', 'een', 'voor', 'bij', 'wordt',
  'worden', 'zijn', 'klas', 'reden', 'toelichting', 'volgende', 'stap', 'ongeoorloofd', 'geoorloofd', 'ziek', 'laat', 'brieven',
  'ouders', 'verzuim', 'vroegsignaal', 'langdurig', 'luxe', 'zorgwekkend', 'meldtermijn', 'schoolgids', 'kopregel', 'werkblad',
  'tabel', 'lesuur', 'minuten', 'datum', 'tellen', 'telt', 'gewijzigd', 'plakken', 'overnemen', 'waarschijnlijk', 'sluiten', 'taal',
  'bezig', 'onbekend', 'jeugdarts', 'leerplicht', 'terugkoppeling', 'gemeente', 'wacht',
];
const DUTCH_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${DUTCH_ONLY.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Dutch that is meant: names in the workbook and the values written to it, quoted in the text. */
const ALLOWED: readonly RegExp[] = [
  /Verzuimsignalen|Meldingen \(concept\)|Verzuimsignaal|Evaluatie/g,
  // Values the sheet holds, quoted: "Niet melden", "Gemeld op", "Brief verstuurd op", …
  /["“][^"”]*["”]/g,
  // The Dutch term beside its translation, as the sheet and the law name it.
  /\((?:pas toe of leg uit[^)]*|Actie gemeente gewenst|Terugkoppeling|Niet melden)\)/g,
  // Placeholders of letter texts ({leerling}): the letter templates' own vocabulary.
  /\{[a-zA-Z]+\}/g,
];

function dutchIn(text: string): string | undefined {
  const cleaned = ALLOWED.reduce((t, re) => t.replace(re, ' '), text);
  return cleaned.match(DUTCH_RE)?.[1];
}

function offenders(texts: Readonly<Record<string, string>>): string[] {
  return Object.entries(texts).flatMap(([key, text]) => {
    const word = dutchIn(text);
    return word ? [`${key}: "${word}" in ${JSON.stringify(text)}`] : [];
  });
}

describe('the English pane', () => {
  test('the scan finds Dutch where it is (the Dutch dictionary is full of it)', () => {
    expect(offenders(dictionaries.nl as unknown as Record<string, string>).length).toBeGreaterThan(100);
    expect(dutchIn('Analysed 3 lesweken')).toBe('lesweken');
    expect(dutchIn('Status "Niet melden" needs a reason')).toBeUndefined();
  });

  test('has no Dutch left in the pane texts', () => {
    expect(offenders(dictionaries.en as unknown as Record<string, string>)).toEqual([]);
  });

  test('has no Dutch left in the evaluation tab', () => {
    expect(offenders(EVALUATION_TEXTS.en)).toEqual([]);
  });
});
