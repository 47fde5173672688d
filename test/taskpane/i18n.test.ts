import { dictionaries, format, langFromLocale, translator } from '../../src/taskpane/i18n';

describe('pane dictionary', () => {
  test('Dutch and English have the same keys, none empty, with the same placeholders', () => {
    const nl = dictionaries.nl;
    const en = dictionaries.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect({ key, nl: nl[key].trim().length > 0, en: en[key].trim().length > 0 }).toEqual({ key, nl: true, en: true });
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect({ key, holes: holes(en[key]) }).toEqual({ key, holes: holes(nl[key]) });
    }
  });

  test('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Rij {row} in {sheet}', { row: 58, sheet: 'Verzuim' })).toBe('Rij 58 in Verzuim');
    expect(format('Rij {row}', {})).toBe('Rij {row}');
    expect(translator('nl')('shownOf', { shown: 3, total: 41 })).toBe('3 van 41 signalen');
    expect(translator('en')('shownOf', { shown: 3, total: 41 })).toBe('3 of 41 signals');
  });

  test('the pas-toe-of-leg-uit refusal says what to do in both languages', () => {
    expect(translator('nl')('reasonRequired')).toBe('Pas toe of leg uit: geef een reden waarom u niet meldt.');
    expect(translator('en')('reasonRequired')).toContain('give a reason');
  });

  test("English only for an English Office display language, Dutch otherwise", () => {
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('en-GB')).toBe('en');
    expect(langFromLocale('nl-NL')).toBe('nl');
    expect(langFromLocale('nl-BE')).toBe('nl');
    expect(langFromLocale('de-DE')).toBe('nl');
    expect(langFromLocale(undefined)).toBe('nl');
  });
});
