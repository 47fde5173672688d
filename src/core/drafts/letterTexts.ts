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
  uren: 'aantal uur (bijv. 17,5)',
  van: 'eerste dag (dd-mm-jjjj)',
  tot: 'laatste dag (dd-mm-jjjj)',
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
  datum: 'datum van de brief',
} as const;
export type LetterPlaceholder = keyof typeof LETTER_PLACEHOLDERS;

const CONTACT =
  'Heeft u vragen, of wilt u een afspraak maken? Bel dan met {contact} ({functie}) op {telefoon}, of mail naar {email}.';

export const DEFAULT_LETTER_TEXTS: Readonly<Record<LetterKind, { onderwerp: string; tekst: string }>> = {
  vroegsignaal: {
    onderwerp: 'Afwezigheid van {naam}',
    tekst: [
      'Wij maken ons zorgen over de afwezigheid van {naam} uit klas {klas}. Van {van} tot en met {tot} was {voornaam} {uren} uur afwezig zonder geldige reden. Dat heet ongeoorloofd verzuim.',
      'Wij willen graag met u en {voornaam} praten: waarom was {voornaam} er niet, en hoe kunnen wij helpen? Zo voorkomen we samen dat het verzuim groter wordt. Is een leerling {grensUren} uur of meer in {lesweken} lesweken ongeoorloofd afwezig, dan moet de school dat melden bij de leerplichtambtenaar van de gemeente.',
      'Wat kunt u doen? Praat thuis met {voornaam} over school. Is er een reden voor de afwezigheid die wij niet kennen, laat het ons dan weten.',
      CONTACT,
    ].join('\n\n'),
  },
  teLaat: {
    onderwerp: '{naam} komt vaak te laat',
    tekst: [
      '{naam} uit klas {klas} is dit schooljaar {keer} keer te laat gekomen zonder geldige reden, voor het laatst op {tot}. Wie te laat komt, mist lestijd en stoort de les.',
      'Wij vragen u om samen met {voornaam} te zorgen dat {voornaam} op tijd op school is. Komt {voornaam} vaker te laat, dan neemt de school vervolgstappen. Na {meldgrens} keer te laat moet de school dit melden bij de leerplichtambtenaar van de gemeente.',
      'Is er een reden waarom {voornaam} niet op tijd kan komen? Laat het ons weten, dan zoeken we samen naar een oplossing.',
      CONTACT,
    ].join('\n\n'),
  },
  teLaatMelding: {
    onderwerp: 'Melding bij leerplicht: {naam} komt vaak te laat',
    tekst: [
      '{naam} uit klas {klas} is dit schooljaar {keer} keer te laat gekomen zonder geldige reden, van {van} tot en met {tot}.',
      'De school moet dit melden bij de leerplichtambtenaar van uw gemeente. Die melding doen wij nu. De leerplichtambtenaar kan contact met u en {voornaam} opnemen voor een gesprek. Het doel is dat {voornaam} weer op tijd op school komt.',
      'Wij willen ook zelf graag met u en {voornaam} praten over hoe we kunnen helpen.',
      CONTACT,
    ].join('\n\n'),
  },
  zestienUur: {
    onderwerp: 'Melding bij leerplicht: afwezigheid van {naam}',
    tekst: [
      'Van {van} tot en met {tot} was {naam} uit klas {klas} {uren} uur afwezig zonder geldige reden, op {dagen} schooldagen.',
      'Bij {grensUren} uur of meer ongeoorloofde afwezigheid in {lesweken} lesweken moet de school dit volgens de Leerplichtwet melden bij de leerplichtambtenaar van uw gemeente. Die melding doen wij nu. De leerplichtambtenaar neemt mogelijk contact met u op voor een gesprek. Het doel is dat {voornaam} weer elke dag naar school gaat.',
      'Wat kunt u doen? Praat thuis met {voornaam} over school, en neem contact met ons op. Samen zoeken we naar wat {voornaam} nodig heeft.',
      CONTACT,
    ].join('\n\n'),
  },
  luxeVerzuim: {
    onderwerp: 'Melding bij leerplicht: afwezigheid van {naam} zonder verlof',
    tekst: [
      '{naam} uit klas {klas} was van {van} tot en met {tot} op {dagen} schooldagen afwezig zonder toestemming ({uren} uur). Wij gaan ervan uit dat {voornaam} op vakantie was buiten de schoolvakanties.',
      'Vrij nemen buiten de schoolvakanties mag alleen met toestemming van de directeur, vooraf aangevraagd. Afwezigheid zonder die toestemming moet de school melden bij de leerplichtambtenaar van uw gemeente. Die melding doen wij nu. De leerplichtambtenaar kan contact met u opnemen.',
      'Was er een geldige reden die wij niet kennen? Laat het ons dan weten.',
      CONTACT,
    ].join('\n\n'),
  },
  langdurigVerzuim: {
    onderwerp: 'Melding bij leerplicht: langdurige afwezigheid van {naam}',
    tekst: [
      '{naam} uit klas {klas} is sinds {van} niet of nauwelijks op school geweest zonder geldige reden: tot en met {tot} waren dat {dagen} schooldagen achter elkaar.',
      'Zo lang wegblijven van school moet de school melden bij de leerplichtambtenaar van uw gemeente. Die melding doen wij nu. Het doel is dat {voornaam} zo snel mogelijk weer naar school gaat, of een andere passende plek krijgt.',
      'Wij willen graag met u en {voornaam} praten over wat er nodig is.',
      CONTACT,
    ].join('\n\n'),
  },
};

const CONTACT_PUPIL =
  'Heb je vragen, of wil je een afspraak maken? Bel dan met {contact} ({functie}) op {telefoon}, of mail naar {email}.';

/**
 * Texts for a pupil of 18 or older on the signal's end date. The letter goes to the pupil, not to
 * the parents: an adult's absence is not shared with parents without the pupil's consent (AVG).
 * Keys `<kind>.leerling.onderwerp` / `<kind>.leerling.tekst`.
 */
export const DEFAULT_ADULT_LETTER_TEXTS: Readonly<Record<LetterKind, { onderwerp: string; tekst: string }>> = {
  vroegsignaal: {
    onderwerp: 'Je afwezigheid op school',
    tekst: [
      'Van {van} tot en met {tot} was je {uren} uur afwezig zonder geldige reden. Dat heet ongeoorloofd verzuim.',
      'We willen graag met je praten: waarom was je er niet, en hoe kunnen we helpen? Ben je {grensUren} uur of meer in {lesweken} lesweken ongeoorloofd afwezig, dan moet de school dat melden bij DUO; de gemeente neemt dan contact met je op.',
      'Is er een reden voor je afwezigheid die wij niet kennen? Laat het ons weten.',
      CONTACT_PUPIL,
    ].join('\n\n'),
  },
  teLaat: {
    onderwerp: 'Je komt vaak te laat',
    tekst: [
      'Je bent dit schooljaar {keer} keer te laat gekomen zonder geldige reden, voor het laatst op {tot}. Wie te laat komt, mist lestijd en stoort de les.',
      'We vragen je om op tijd op school te zijn. Kom je vaker te laat, dan neemt de school vervolgstappen. Na {meldgrens} keer te laat moet de school dit melden.',
      'Is er een reden waarom je niet op tijd kunt komen? Laat het ons weten, dan zoeken we samen naar een oplossing.',
      CONTACT_PUPIL,
    ].join('\n\n'),
  },
  teLaatMelding: {
    onderwerp: 'Melding: je komt vaak te laat',
    tekst: [
      'Je bent dit schooljaar {keer} keer te laat gekomen zonder geldige reden, van {van} tot en met {tot}.',
      'De school moet dit melden bij DUO. Die melding doen wij nu. De gemeente kan contact met je opnemen voor een gesprek.',
      'We willen ook zelf graag met je praten over hoe we kunnen helpen.',
      CONTACT_PUPIL,
    ].join('\n\n'),
  },
  zestienUur: {
    onderwerp: 'Melding: je afwezigheid op school',
    tekst: [
      'Van {van} tot en met {tot} was je {uren} uur afwezig zonder geldige reden, op {dagen} schooldagen.',
      'Bij {grensUren} uur of meer ongeoorloofde afwezigheid in {lesweken} lesweken moet de school dit melden bij DUO. Die melding doen wij nu. De gemeente neemt mogelijk contact met je op voor een gesprek. Het doel is dat je je opleiding afmaakt.',
      'Neem contact met ons op, dan kijken we samen wat je nodig hebt.',
      CONTACT_PUPIL,
    ].join('\n\n'),
  },
  luxeVerzuim: {
    onderwerp: 'Melding: je afwezigheid zonder verlof',
    tekst: [
      'Je was van {van} tot en met {tot} op {dagen} schooldagen afwezig zonder toestemming ({uren} uur). Wij gaan ervan uit dat je op vakantie was buiten de schoolvakanties.',
      'Vrij nemen buiten de schoolvakanties mag alleen met toestemming van de directeur, vooraf aangevraagd. Afwezigheid zonder die toestemming moet de school melden. Die melding doen wij nu.',
      'Was er een geldige reden die wij niet kennen? Laat het ons dan weten.',
      CONTACT_PUPIL,
    ].join('\n\n'),
  },
  langdurigVerzuim: {
    onderwerp: 'Melding: je bent lang niet op school geweest',
    tekst: [
      'Je bent sinds {van} niet of nauwelijks op school geweest zonder geldige reden: tot en met {tot} waren dat {dagen} schooldagen achter elkaar.',
      'Zo lang wegblijven van school moet de school melden. Die melding doen wij nu. Het doel is dat je zo snel mogelijk weer naar school gaat, of een andere passende plek vindt.',
      'We willen graag met je praten over wat er nodig is.',
      CONTACT_PUPIL,
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
