/**
 * Name lists for generated pupils and mentors: common names of Dutch secondary-school pupils of
 * the 2010s birth years (CBS / SVB top lists), including the names of larger migrant communities,
 * so a generated register looks like a real school's export.
 */
export const FIRST_NAMES: readonly string[] = [
  'Daan', 'Sem', 'Lucas', 'Levi', 'Finn', 'Milan', 'Noah', 'Luuk', 'Bram', 'Jesse', 'Thijs', 'Ruben',
  'Lars', 'Tim', 'Sven', 'Stijn', 'Koen', 'Gijs', 'Max', 'Siem', 'Thomas', 'Julian', 'Mees', 'Hidde',
  'Jelle', 'Tygo', 'Joep', 'Ties', 'Jayden', 'Dex', 'Mohammed', 'Ayoub', 'Bilal', 'Adam', 'Yusuf',
  'Emre', 'Kerem', 'Anouar', 'Rayan', 'Quinten', 'Wessel', 'Floris', 'Olivier', 'Boaz', 'Niels',
  'Emma', 'Julia', 'Sophie', 'Lotte', 'Tess', 'Mila', 'Sara', 'Eva', 'Anna', 'Lisa', 'Fleur', 'Sanne',
  'Roos', 'Nina', 'Isa', 'Maud', 'Jasmijn', 'Floor', 'Fenna', 'Iris', 'Noor', 'Evi', 'Zoë', 'Lieke',
  'Femke', 'Anouk', 'Liv', 'Saar', 'Esmee', 'Yara', 'Aya', 'Fatima', 'Imane', 'Zeynep', 'Elif',
  'Hiba', 'Salma', 'Amira', 'Chaima', 'Merel', 'Vera', 'Puck', 'Lynn', 'Demi', 'Britt', 'Kiki',
];

/** [tussenvoegsel, achternaam]; an empty tussenvoegsel is exported as an empty cell. */
export const LAST_NAMES: readonly (readonly [string, string])[] = [
  ['de', 'Jong'], ['', 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'], ['', 'Bakker'],
  ['', 'Janssen'], ['', 'Visser'], ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['', 'Mulder'],
  ['de', 'Groot'], ['', 'Bos'], ['', 'Vos'], ['', 'Peters'], ['', 'Hendriks'], ['van', 'Leeuwen'],
  ['', 'Dekker'], ['', 'Brouwer'], ['de', 'Wit'], ['', 'Dijkstra'], ['', 'Smits'], ['de', 'Graaf'],
  ['van der', 'Meer'], ['van der', 'Linden'], ['', 'Kok'], ['', 'Jacobs'], ['de', 'Haan'],
  ['', 'Vermeulen'], ['van den', 'Heuvel'], ['van der', 'Veen'], ['van den', 'Broek'], ['de', 'Bruijn'],
  ['van der', 'Heijden'], ['', 'Schouten'], ['van', 'Beek'], ['', 'Willems'], ['van', 'Vliet'],
  ['van de', 'Ven'], ['', 'Hoekstra'], ['', 'Maas'], ['', 'Verhoeven'], ['', 'Koster'], ['van', 'Dam'],
  ['van der', 'Wal'], ['', 'Prins'], ['', 'Blom'], ['', 'Huisman'], ['', 'Postma'], ['', 'Kuipers'],
  ['', 'Yılmaz'], ['', 'El Amrani'], ['', 'Öztürk'], ['', 'Bouzid'], ['', 'Kaya'], ['', 'Pinas'],
  ['', 'Nguyen'], ['', 'Haddou'], ['', 'Şahin'], ['', 'Wijaya'], ['', 'Demir'], ['', 'Benali'],
  ['', 'Ramdin'], ['', 'Kowalski'], ['', 'Achterberg'], ['', 'Veldman'], ['ten', 'Hove'], ['', 'Wolters'],
];

export const MENTOR_INITIALS: readonly string[] = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'I.', 'J.', 'K.', 'L.', 'M.', 'N.', 'P.', 'R.', 'S.', 'T.', 'W.', 'Y.'];
