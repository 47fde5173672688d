import type { Category } from '../settings/schema';

/** register.md's default mapping (common Magister / SOMtoday / ParnasSys codes and texts). */
const DEFAULT_TABLE: Readonly<Record<Category, readonly string[]>> = {
  unauthorised: [
    'A', 'AA', 'S', 'SA', 'O', 'OG', 'ON', 'ongeoorloofd', 'ongeoorloofd afwezig', 'afwezig zonder reden',
    'afwezig zonder bericht', 'spijbelen', 'gespijbeld', 'onbekend', 'absent', 'unauthorised', 'unauthorized', 'truant',
  ],
  late: ['L', 'LA', 'TL', 'TO', 'te laat', 'te laat ongeoorloofd', 'late', 'tardy'],
  sick: ['Z', 'ZB', 'ZH', 'ziek', 'ziekgemeld', 'ziek naar huis', 'sick', 'ill'],
  authorised: [
    'T', 'TG', 'M', 'MA', 'P', 'EH', 'V', 'VR', 'VL', 'GE', 'GI', 'U', 'geoorloofd', 'te laat geoorloofd', 'verlof',
    'bijzonder verlof', 'vakantieverlof', 'medisch', 'dokter', 'tandarts', 'orthodontist', 'religieus', 'begrafenis',
    'huwelijk', 'geschorst', 'schorsing', 'uitgestuurd', 'verwijderd', 'vrijstelling', 'stage', 'excursie', 'authorised',
    'authorized', 'excused',
  ],
  luxury: ['LV', 'luxe verzuim', 'luxe', 'vakantie zonder toestemming', 'vakantie', 'holiday'],
  ignore: ['PR', 'aanwezig', 'present', 'BV', 'HV', 'boeken vergeten', 'huiswerk vergeten', 'materiaal vergeten'],
};

/** How codes are compared: trimmed, lower case, runs of spaces as one. */
export function normalizeCode(code: string): string {
  return code.trim().toLowerCase().replace(/\s+/g, ' ');
}

export const DEFAULT_CODES: ReadonlyMap<string, Category> = new Map(
  (Object.entries(DEFAULT_TABLE) as [Category, readonly string[]][]).flatMap(([cat, codes]) =>
    codes.map((c) => [normalizeCode(c), cat] as const),
  ),
);
