import { DEFAULT_ADULT_LETTER_TEXTS, DEFAULT_LETTER_TEXTS } from '../../src/core/drafts/letterTexts';
import {
  currentLetterText,
  isCustomLetter,
  letterKey,
  unknownPlaceholders,
  withDefaultLetter,
  withLetterText,
} from '../../src/taskpane/settings/letterEdits';

describe('editing the letter texts', () => {
  test('keys follow the settings schema: <kind>.onderwerp and <kind>.leerling.tekst', () => {
    expect(letterKey('vroegsignaal', 'ouders', 'onderwerp')).toBe('vroegsignaal.onderwerp');
    expect(letterKey('zestienUur', 'leerling', 'tekst')).toBe('zestienUur.leerling.tekst');
  });

  test('without an own text the default shows; an own text replaces it', () => {
    expect(currentLetterText({}, 'teLaat', 'ouders', 'onderwerp')).toBe('{naam} komt vaak te laat');
    expect(currentLetterText({}, 'teLaat', 'leerling', 'onderwerp')).toBe('Je komt vaak te laat');
    expect(currentLetterText({ 'teLaat.onderwerp': 'Te laat op school: {naam}' }, 'teLaat', 'ouders', 'onderwerp')).toBe('Te laat op school: {naam}');
    // A blank own text falls back to the default, as the letters do.
    expect(currentLetterText({ 'teLaat.onderwerp': '  ' }, 'teLaat', 'ouders', 'onderwerp')).toBe('{naam} komt vaak te laat');
  });

  test('only changed texts are stored; typing the default back or clearing removes the key', () => {
    const changed = withLetterText({}, 'vroegsignaal', 'ouders', 'onderwerp', 'Zorgen over {naam}');
    expect(changed).toEqual({ 'vroegsignaal.onderwerp': 'Zorgen over {naam}' });
    expect(isCustomLetter(changed, 'vroegsignaal', 'ouders')).toBe(true);
    expect(isCustomLetter(changed, 'vroegsignaal', 'leerling')).toBe(false);
    expect(withLetterText(changed, 'vroegsignaal', 'ouders', 'onderwerp', DEFAULT_LETTER_TEXTS.vroegsignaal.onderwerp)).toEqual({});
    expect(withLetterText(changed, 'vroegsignaal', 'ouders', 'onderwerp', '')).toEqual({});
  });

  test('"standaardtekst herstellen" drops subject and body of that one letter only', () => {
    const letters = {
      'zestienUur.onderwerp': 'Melding: {naam}',
      'zestienUur.tekst': 'Beste ouders,\n\n{naam} was {uren} uur afwezig.',
      'zestienUur.leerling.tekst': 'Je was {uren} uur afwezig.',
    };
    expect(withDefaultLetter(letters, 'zestienUur', 'ouders')).toEqual({ 'zestienUur.leerling.tekst': 'Je was {uren} uur afwezig.' });
    const adult = withDefaultLetter(letters, 'zestienUur', 'leerling');
    expect(currentLetterText(adult, 'zestienUur', 'leerling', 'tekst')).toBe(DEFAULT_ADULT_LETTER_TEXTS.zestienUur.tekst);
  });

  test('placeholders the letters do not know are listed once each', () => {
    expect(unknownPlaceholders('Beste ouders van {naam} uit {klas}, {naaam} was {uren} uur weg. {naaam}, {Naam}')).toEqual(['{naaam}', '{Naam}']);
    expect(unknownPlaceholders(DEFAULT_LETTER_TEXTS.zestienUur.tekst)).toEqual([]);
  });
});
