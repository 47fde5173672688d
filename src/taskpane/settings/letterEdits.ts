import { DEFAULT_ADULT_LETTER_TEXTS, DEFAULT_LETTER_TEXTS, LETTER_PLACEHOLDERS, type LetterKind } from '../../core/drafts/letterTexts';

/** Parents' letter, or the letter to a pupil of 18 or older (keys `<kind>.leerling.*`). */
export type Addressee = 'ouders' | 'leerling';
export type LetterPart = 'onderwerp' | 'tekst';

export function letterKey(kind: LetterKind, addressee: Addressee, part: LetterPart): string {
  return addressee === 'leerling' ? `${kind}.leerling.${part}` : `${kind}.${part}`;
}

export function defaultLetterText(kind: LetterKind, addressee: Addressee, part: LetterPart): string {
  return (addressee === 'leerling' ? DEFAULT_ADULT_LETTER_TEXTS : DEFAULT_LETTER_TEXTS)[kind][part];
}

/** The text the letter uses now: the school's own, or the default when none (or blank) is set. */
export function currentLetterText(letters: Readonly<Record<string, string>>, kind: LetterKind, addressee: Addressee, part: LetterPart): string {
  const own = letters[letterKey(kind, addressee, part)];
  return own !== undefined && own.trim() !== '' ? own : defaultLetterText(kind, addressee, part);
}

/**
 * The letters settings after the user typed `value`. A text equal to the default (or blank) is not
 * stored: the settings keep only what the school changed, so a later improvement of a default
 * reaches every school that did not change that text.
 */
export function withLetterText(
  letters: Readonly<Record<string, string>>,
  kind: LetterKind,
  addressee: Addressee,
  part: LetterPart,
  value: string,
): Record<string, string> {
  const key = letterKey(kind, addressee, part);
  const out = { ...letters };
  if (value.trim() === '' || value === defaultLetterText(kind, addressee, part)) delete out[key];
  else out[key] = value;
  return out;
}

/** "Standaardtekst herstellen": drops the school's subject and body of one letter. */
export function withDefaultLetter(letters: Readonly<Record<string, string>>, kind: LetterKind, addressee: Addressee): Record<string, string> {
  const out = { ...letters };
  delete out[letterKey(kind, addressee, 'onderwerp')];
  delete out[letterKey(kind, addressee, 'tekst')];
  return out;
}

export function isCustomLetter(letters: Readonly<Record<string, string>>, kind: LetterKind, addressee: Addressee): boolean {
  return letterKey(kind, addressee, 'onderwerp') in letters || letterKey(kind, addressee, 'tekst') in letters;
}

/** Placeholders in braces that the letters do not know: they would stay in the letter as typed. */
export function unknownPlaceholders(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\{([^{}\s]*)\}/g)) {
    if (!Object.prototype.hasOwnProperty.call(LETTER_PLACEHOLDERS, m[1])) out.add(`{${m[1]}}`);
  }
  return [...out];
}
