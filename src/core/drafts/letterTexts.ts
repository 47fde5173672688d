/**
 * Default texts of the letters to parents, in plain Dutch (B1). A school overrides any of them in
 * the settings under `letters`, key `<kind>.onderwerp` (subject) or `<kind>.tekst` (body; blank
 * lines separate paragraphs). Placeholders in braces are filled in per letter (LETTER_PLACEHOLDERS).
 * No import here: the settings schema reads LETTER_TEXT_KEYS to refuse unknown keys.
 */
export const LETTER_KINDS = ['vroegsignaal', 'teLaat', 'teLaatMelding', 'zestienUur', 'luxeVerzuim', 'langdurigVerzuim'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_PLACEHOLDERS = {
  naam: 'naam van de leerling',
  voornaam: 'voornaam van de leerling (het eerste woord van de naam)',
  klas: 'klas',
  uren: 'aantal uur als getal (bijv. 17,5)',
  urenTekst: 'aantal uur in woorden (bijv. "ruim 18 uur", "17 en een half uur")',
  van: 'eerste dag (bijv. 7 september 2026)',
  tot: 'laatste dag (bijv. 28 september 2026)',
  dagen: 'aantal schooldagen',
  keer: 'aantal keer te laat',
  meldgrens: 'aantal keer te laat waarna de school meldt bij leerplicht',
  grensUren: 'uren ongeoorloofd verzuim waarna de school meldt (instelling sixteenHours.thresholdHours)',
  lesweken: 'aantal lesweken waarin die uren tellen (instelling sixteenHours.windowLesweken)',
  school: 'naam van de school',
  contact: 'naam van de contactpersoon',
  functie: 'functie van de contactpersoon',
  telefoon: 'telefoonnummer van de contactpersoon',
  email: 'e-mailadres van de contactpersoon',
  contactzin: 'de zin "Heeft u vragen? Bel dan met …", gemaakt uit wat van de contactpersoon is ingevuld',
  datum: 'datum van de brief (bijv. 4 december 2026)',
} as const;
export type LetterPlaceholder = keyof typeof LETTER_PLACEHOLDERS;

/**
 * Who the leerplichtambtenaar is, said once per letter where the word first appears: many parents
 * do not know the word.
 */
const LPA =
  'de leerplichtambtenaar van uw gemeente. Dat is de medewerker van de gemeente die erop let dat kinderen naar school gaan en die helpt als dat niet lukt';

/**
 * The legal duty, named with its article, in every letter that announces a melding: artikel 21a
 * of the Leerplichtwet 1969 is the school head's duty to report unauthorised (relative) absence,
 * 16 hours in 4 lesweken at the latest; leave (verlof) is artikel 11, 13a (holiday leave) and 14
 * (other important circumstances). Artikel 21 is not used: that concerns a pupil not enrolled.
 */
const LAW_16 = 'Dat staat in de Leerplichtwet 1969 (artikel 21a).';

export const DEFAULT_LETTER_TEXTS: Readonly<Record<LetterKind, { onderwerp: string; tekst: string }>> = {
  vroegsignaal: {
    onderwerp: 'Afwezigheid van {naam}',
    tekst: [
      'Wij maken ons zorgen over de afwezigheid van {naam} uit klas {klas}. Van {van} tot en met {tot} was {voornaam} {urenTekst} afwezig zonder geldige reden. Dat heet ongeoorloofd verzuim.',
      'Wij willen graag met u en {voornaam} praten: waarom was {voornaam} er niet, en hoe kunnen wij helpen? Zo voorkomen we samen dat het verzuim groter wordt.',
      'Is een leerling in {lesweken} lesweken {grensUren} uur of meer afwezig zonder geldige reden, dan moet de school dat melden bij ' +
        LPA +
        '. Zover is het nu nog niet.',
      'Wat kunt u doen? Praat thuis met {voornaam} over school. Is er een reden voor de afwezigheid die wij niet kennen? Laat het ons dan weten.',
      '{contactzin}',
    ].join('\n\n'),
  },
  teLaat: {
    onderwerp: '{naam} komt vaak te laat',
    tekst: [
      '{naam} uit klas {klas} is dit schooljaar {keer} keer te laat gekomen zonder geldige reden. De laatste keer was op {tot}. Wie te laat komt, mist lestijd en stoort de les.',
      'Wij vragen u om samen met {voornaam} te zorgen dat {voornaam} op tijd op school is.',
      'Komt {voornaam} vaker te laat, dan neemt de school vervolgstappen. Scholen en gemeenten in onze regio hebben afgesproken dat de school na {meldgrens} keer te laat komen contact opneemt met ' +
        LPA +
        '. Dat is een afspraak in onze regio, geen regel uit de wet.',
      'Is er een reden waarom {voornaam} niet op tijd kan komen? Laat het ons weten, dan zoeken we samen naar een oplossing.',
      '{contactzin}',
    ].join('\n\n'),
  },
  teLaatMelding: {
    onderwerp: 'Melding bij leerplicht: {naam} komt vaak te laat',
    tekst: [
      '{naam} uit klas {klas} is dit schooljaar {keer} keer te laat gekomen zonder geldige reden, van {van} tot en met {tot}.',
      'Scholen en gemeenten in onze regio hebben afgesproken dat de school na {meldgrens} keer te laat komen een melding doet bij ' +
        LPA +
        '. Dat is een afspraak in onze regio. Te laat komen zonder geldige reden is ongeoorloofd verzuim, en ongeoorloofd verzuim meldt de school op grond van de Leerplichtwet 1969 (artikel 21a).',
      'Die melding doen wij nu. De leerplichtambtenaar kan contact met u en {voornaam} opnemen voor een gesprek. Het doel is dat {voornaam} weer op tijd op school komt.',
      'Wij willen ook zelf graag met u en {voornaam} praten over hoe we kunnen helpen.',
      '{contactzin}',
    ].join('\n\n'),
  },
  zestienUur: {
    onderwerp: 'Melding bij leerplicht: afwezigheid van {naam}',
    tekst: [
      'Van {van} tot en met {tot} was {naam} uit klas {klas} {urenTekst} afwezig zonder geldige reden. Dat was op {dagen} schooldagen.',
      'Is een leerling in {lesweken} lesweken {grensUren} uur of meer afwezig zonder geldige reden, dan moet de school dat melden bij ' +
        LPA +
        '. ' +
        LAW_16,
      'Die melding doen wij nu. De leerplichtambtenaar neemt misschien contact met u op voor een gesprek. Het doel is dat {voornaam} weer elke dag naar school gaat.',
      'Wat kunt u doen? Praat thuis met {voornaam} over school, en neem contact met ons op. Samen zoeken we naar wat {voornaam} nodig heeft.',
      '{contactzin}',
    ].join('\n\n'),
  },
  luxeVerzuim: {
    onderwerp: 'Melding bij leerplicht: afwezigheid van {naam} zonder verlof',
    tekst: [
      '{naam} uit klas {klas} was van {van} tot en met {tot} afwezig zonder toestemming van de school. Dat was op {dagen} schooldagen ({urenTekst}). Wij vermoeden dat {voornaam} in die tijd op vakantie was. Dat weten wij niet zeker.',
      'Extra vrij buiten de schoolvakanties kan alleen als u dat vooraf bij de directeur aanvraagt en toestemming krijgt. Vrij voor vakantie krijgt u alleen als u door uw werk in geen enkele schoolvakantie weg kunt. Dan kan de directeur één keer per schooljaar ten hoogste 10 schooldagen vrij geven, niet in de eerste twee weken van het schooljaar. Bij een bijzondere gebeurtenis, zoals een bruiloft of een begrafenis, beslist de directeur over ten hoogste 10 schooldagen. Gaat het om meer dan 10 schooldagen, dan beslist de leerplichtambtenaar. Zo staat het in de Leerplichtwet 1969 (artikel 11, 13a en 14).',
      'Afwezigheid zonder toestemming moet de school melden bij ' + LPA + '. ' + LAW_16 + ' Die melding doen wij nu.',
      'Was er een geldige reden die wij niet kennen, bijvoorbeeld ziekte? Laat het ons dan weten.',
      '{contactzin}',
    ].join('\n\n'),
  },
  langdurigVerzuim: {
    onderwerp: 'Melding bij leerplicht: langdurige afwezigheid van {naam}',
    tekst: [
      '{naam} uit klas {klas} is sinds {van} niet of nauwelijks op school geweest zonder geldige reden. Tot en met {tot} waren dat {dagen} schooldagen achter elkaar.',
      'Zo lang wegblijven van school moet de school melden bij ' + LPA + '. ' + LAW_16,
      'Die melding doen wij nu. Het doel is dat {voornaam} zo snel mogelijk weer naar school gaat, of een andere passende plek krijgt.',
      'Wij willen graag met u en {voornaam} praten over wat er nodig is.',
      '{contactzin}',
    ].join('\n\n'),
  },
};

/**
 * Texts for a pupil who is 18 or older on the day the letter is made. The letter goes to the
 * pupil, not to the parents: an adult's absence is not shared with parents without the pupil's
 * consent (AVG). From 18 leerplicht no longer applies: the only melding is the sixteen-hours one
 * (V4), which DUO passes to the RMC, the regional service that helps young people without a
 * diploma. Keys `<kind>.leerling.onderwerp` / `<kind>.leerling.tekst`.
 */
export const DEFAULT_ADULT_LETTER_TEXTS: Readonly<Record<LetterKind, { onderwerp: string; tekst: string }>> = {
  vroegsignaal: {
    onderwerp: 'Je afwezigheid op school',
    tekst: [
      'Van {van} tot en met {tot} was je {urenTekst} afwezig zonder geldige reden. Dat heet ongeoorloofd verzuim.',
      'We willen graag met je praten: waarom was je er niet, en hoe kunnen we helpen?',
      'Ben je in {lesweken} lesweken {grensUren} uur of meer afwezig zonder geldige reden, dan meldt de school dat bij DUO. DUO geeft de melding door aan het RMC van je regio: de medewerkers daar helpen jongeren om hun opleiding af te maken. Zover is het nu nog niet.',
      'Is er een reden voor je afwezigheid die wij niet kennen? Laat het ons weten.',
      '{contactzin}',
    ].join('\n\n'),
  },
  teLaat: {
    onderwerp: 'Je komt vaak te laat',
    tekst: [
      'Je bent dit schooljaar {keer} keer te laat gekomen zonder geldige reden. De laatste keer was op {tot}. Wie te laat komt, mist lestijd en stoort de les.',
      'We vragen je om op tijd op school te zijn. Kom je vaker te laat, dan neemt de school vervolgstappen.',
      'Is er een reden waarom je niet op tijd kunt komen? Laat het ons weten, dan zoeken we samen naar een oplossing.',
      '{contactzin}',
    ].join('\n\n'),
  },
  teLaatMelding: {
    onderwerp: 'Je komt vaak te laat',
    tekst: [
      'Je bent dit schooljaar {keer} keer te laat gekomen zonder geldige reden, van {van} tot en met {tot}.',
      'We willen graag met je praten over hoe je op tijd kunt komen en wat je daarvoor nodig hebt.',
      '{contactzin}',
    ].join('\n\n'),
  },
  zestienUur: {
    onderwerp: 'Melding bij DUO: je afwezigheid op school',
    tekst: [
      'Van {van} tot en met {tot} was je {urenTekst} afwezig zonder geldige reden. Dat was op {dagen} schooldagen.',
      'Ben je in {lesweken} lesweken {grensUren} uur of meer afwezig zonder geldige reden, dan meldt de school dat bij DUO. DUO geeft de melding door aan het RMC van je regio: de medewerkers daar helpen jongeren om hun opleiding af te maken. Vanaf 18 jaar geldt de Leerplichtwet niet meer. De wet vraagt de school dan wel om verzuim te melden van jongeren tot 23 jaar die nog geen startkwalificatie hebben (een diploma havo, vwo of mbo niveau 2 of hoger).',
      'Die melding doen wij nu. Iemand van het RMC neemt misschien contact met je op voor een gesprek. Het doel is dat je je opleiding afmaakt.',
      'Neem contact met ons op, dan kijken we samen wat je nodig hebt.',
      '{contactzin}',
    ].join('\n\n'),
  },
  luxeVerzuim: {
    onderwerp: 'Je afwezigheid zonder verlof',
    tekst: [
      'Je was van {van} tot en met {tot} afwezig zonder toestemming van de school. Dat was op {dagen} schooldagen ({urenTekst}). Wij vermoeden dat je in die tijd op vakantie was. Dat weten wij niet zeker.',
      'Extra vrij buiten de schoolvakanties vraag je vooraf aan bij de school.',
      'Was er een geldige reden die wij niet kennen, bijvoorbeeld ziekte? Laat het ons dan weten.',
      '{contactzin}',
    ].join('\n\n'),
  },
  langdurigVerzuim: {
    onderwerp: 'Je bent lang niet op school geweest',
    tekst: [
      'Je bent sinds {van} niet of nauwelijks op school geweest zonder geldige reden. Tot en met {tot} waren dat {dagen} schooldagen achter elkaar.',
      'We willen graag met je praten over wat er nodig is om weer naar school te gaan, of om een andere passende plek te vinden.',
      '{contactzin}',
    ].join('\n\n'),
  },
};

/** Keys a school may set under `letters` in its settings. */
export const LETTER_TEXT_KEYS: readonly string[] = LETTER_KINDS.flatMap((k) => [
  `${k}.onderwerp`,
  `${k}.tekst`,
  `${k}.leerling.onderwerp`,
  `${k}.leerling.tekst`,
]);
