import type { Flag } from '../../../src/core/analysis/types';
import { buildParentLetter, fillPlaceholders, firstName, letterKindOf, parentLetters } from '../../../src/core/drafts/letters';
import type { DraftReportingEntry } from '../../../src/core/drafts/types';
import { parseSettings, validateSettings } from '../../../src/core/settings/validateSettings';
import { dayFromIso } from '../../../src/core/dates';
import { earlySignal2001, flags, settings, sixteen2001, students } from './fixtures';

const lateness3: Flag = {
  ...earlySignal2001,
  id: 'tl2001c',
  category: 'lateness',
  level: 3,
  duoType: 'O',
  reportTo: 'leerplicht',
  masBranch: 'A',
  start: '2026-09-01',
  end: '2026-11-03',
  hours: 1.5,
  occurrences: 9,
  schoolDays: 9,
};
const lateness1: Flag = { ...lateness3, id: 'tl2001a', level: 1, duoType: null, reportTo: 'school', masBranch: null, end: '2026-09-08', occurrences: 3, hours: 0.5 };

describe('parent letters', () => {
  it('are written for early signals, lateness steps and meldingen, never for sickness', () => {
    expect(letterKindOf({ category: 'early-signal', basis: null, reportTo: 'school' })).toBe('vroegsignaal');
    expect(letterKindOf({ category: 'lateness', basis: null, reportTo: 'school' })).toBe('teLaat');
    expect(letterKindOf({ category: 'lateness', basis: null, reportTo: 'leerplicht' })).toBe('teLaatMelding');
    expect(letterKindOf({ category: 'sixteen-hours', basis: null, reportTo: 'leerplicht' })).toBe('zestienUur');
    expect(letterKindOf({ category: 'luxury', basis: 'near-holiday', reportTo: 'leerplicht' })).toBe('luxeVerzuim');
    expect(letterKindOf({ category: 'luxury', basis: 'sick-near-holiday', reportTo: 'school' })).toBeNull();
    expect(letterKindOf({ category: 'long-term', basis: null, reportTo: 'leerplicht' })).toBe('langdurigVerzuim');
    expect(letterKindOf({ category: 'sick-concern', basis: 'duration', reportTo: 'jeugdarts' })).toBeNull();
    const letters = parentLetters(flags, students, settings, '2026-12-04');
    expect(letters.map((l) => [l.flagId, l.kind])).toEqual([
      ['es2001a', 'vroegsignaal'],
      ['v3n2001b', 'zestienUur'],
      ['es2002a', 'vroegsignaal'],
      ['lx2002a', 'luxeVerzuim'],
    ]);
  });

  it('fill in the pupil, the hours, the dates and whom to call', () => {
    const l = buildParentLetter(earlySignal2001, students.get('2001'), settings, '2026-12-04');
    expect(l?.subject).toBe('Afwezigheid van Bram Hendriks');
    expect(l?.paragraphs[0]).toBe(
      'Wij maken ons zorgen over de afwezigheid van Bram Hendriks uit klas 2C. Van 07-09-2026 tot en met 16-09-2026 was Bram 10 uur afwezig zonder geldige reden. Dat heet ongeoorloofd verzuim.',
    );
    expect(l?.paragraphs[l.paragraphs.length - 1]).toBe(
      'Heeft u vragen, of wilt u een afspraak maken? Bel dan met M. de Groot (Verzuimcoördinator) op 050-7654321, of mail naar verzuim@slnoord.nl.',
    );
    expect(l?.sender).toEqual({ name: 'M. de Groot', function: 'Verzuimcoördinator', phone: '050-7654321', email: 'verzuim@slnoord.nl' });
  });

  it('name each lateness step with the count and the reporting threshold (9 of 3-6-9-12)', () => {
    const step1 = buildParentLetter(lateness1, students.get('2001'), settings, '2026-12-04');
    expect(step1?.kind).toBe('teLaat');
    expect(step1?.paragraphs[0]).toBe(
      'Bram Hendriks uit klas 2C is dit schooljaar 3 keer te laat gekomen zonder geldige reden, voor het laatst op 08-09-2026. Wie te laat komt, mist lestijd en stoort de les.',
    );
    expect(step1?.paragraphs[1]).toContain('Na 9 keer te laat moet de school dit melden bij de leerplichtambtenaar');
    const step3 = buildParentLetter(lateness3, students.get('2001'), settings, '2026-12-04');
    expect(step3?.subject).toBe('Melding bij leerplicht: Bram Hendriks komt vaak te laat');
    expect(step3?.paragraphs[0]).toBe('Bram Hendriks uit klas 2C is dit schooljaar 9 keer te laat gekomen zonder geldige reden, van 01-09-2026 tot en met 03-11-2026.');
  });

  it('use the school’s own texts from the settings, with placeholders', () => {
    const own = parseSettings({
      ...settings,
      letters: {
        'vroegsignaal.onderwerp': 'Verzuim {naam} ({klas})',
        'vroegsignaal.tekst': 'Geachte ouders,\n\n{naam} miste {uren} uur tussen {van} en {tot}. Bel {contact} op {telefoon}. {onbekend}',
      },
    });
    const l = buildParentLetter(earlySignal2001, students.get('2001'), own, '2026-12-04');
    expect(l?.subject).toBe('Verzuim Bram Hendriks (2C)');
    expect(l?.paragraphs).toEqual([
      'Geachte ouders,',
      'Bram Hendriks miste 10 uur tussen 07-09-2026 en 16-09-2026. Bel M. de Groot op 050-7654321. {onbekend}',
    ]);
  });

  it('go to the pupil, not the parents, from 18 on (V4, or 18 on the end date), with the school’s own adult texts', () => {
    const adult = { ...students.get('2001')!, dateOfBirth: dayFromIso('2008-09-20') };
    // 18 on 2026-09-20: the early signal ending 2026-09-16 still goes to the parents.
    expect(buildParentLetter(earlySignal2001, adult, settings, '2026-12-04')?.addressee).toBe('ouders');
    const at18 = buildParentLetter({ ...earlySignal2001, end: '2026-09-21' }, adult, settings, '2026-12-04');
    expect(at18?.addressee).toBe('leerling');
    expect(at18?.subject).toBe('Je afwezigheid op school');
    expect(at18?.paragraphs[0]).toBe('Van 07-09-2026 tot en met 21-09-2026 was je 10 uur afwezig zonder geldige reden. Dat heet ongeoorloofd verzuim.');
    const v4 = buildParentLetter({ ...sixteen2001, duoType: 'V4' }, students.get('2001'), settings, '2026-12-04');
    expect(v4?.addressee).toBe('leerling');
    const own = parseSettings({ ...settings, letters: { 'zestienUur.leerling.tekst': 'Beste {naam}, je miste {uren} uur.' } });
    expect(buildParentLetter({ ...sixteen2001, duoType: 'V4' }, students.get('2001'), own, '2026-12-04')?.paragraphs).toEqual([
      'Beste Bram Hendriks, je miste 17,5 uur.',
    ]);
  });

  it('skip signals the school marked "Niet melden"', () => {
    const entries = new Map<string, DraftReportingEntry>([['v3n2001b', { status: 'Niet melden' }]]);
    expect(parentLetters(flags, students, settings, '2026-12-04', entries).map((l) => l.flagId)).toEqual(['es2001a', 'es2002a', 'lx2002a']);
  });

  it('uses the first name after the first mention', () => {
    expect(firstName('Sanne de Vries')).toBe('Sanne');
    expect(firstName('Vries, Sanne de')).toBe('Sanne');
    expect(firstName('  Yara el Amrani ')).toBe('Yara');
    const l = buildParentLetter(earlySignal2001, students.get('2001'), settings, '2026-12-04');
    expect(l?.paragraphs[1]).toBe(
      'Wij willen graag met u en Bram praten: waarom was Bram er niet, en hoe kunnen wij helpen? Zo voorkomen we samen dat het verzuim groter wordt. Is een leerling 16 uur of meer in 4 lesweken ongeoorloofd afwezig, dan moet de school dat melden bij de leerplichtambtenaar van de gemeente.',
    );
  });

  it('name the school’s own thresholds', () => {
    const own = parseSettings({ ...settings, sixteenHours: { thresholdHours: 12.5, windowLesweken: 3 } });
    const l = buildParentLetter(earlySignal2001, students.get('2001'), own, '2026-12-04');
    expect(l?.paragraphs[1]).toContain('Is een leerling 12,5 uur of meer in 3 lesweken ongeoorloofd afwezig');
  });

  it('fills hours with a decimal comma', () => {
    expect(fillPlaceholders('{uren}', { ...placeholderValues(), uren: '17,5' })).toBe('17,5');
    const l = buildParentLetter({ ...earlySignal2001, hours: 8.33 }, students.get('2001'), settings, '2026-12-04');
    expect(l?.paragraphs[0]).toContain('8,33 uur');
  });

  it('are refused in the settings under an unknown key, naming it', () => {
    expect(validateSettings({ letters: { 'vroegsignaal.tekst': 'x', 'brief.tekst': 'y' } })).toEqual({
      ok: false,
      issues: [
        {
          key: 'letters.brief.tekst',
          label: 'Brieftekst "brief.tekst"',
          labelEn: 'Letter text "brief.tekst"',
          message: 'onbekende brieftekst',
          messageEn: 'unknown letter text',
        },
      ],
    });
  });
});

function placeholderValues() {
  return {
    naam: '', voornaam: '', klas: '', uren: '', van: '', tot: '', dagen: '', keer: '', meldgrens: '', grensUren: '', lesweken: '', school: '', contact: '', functie: '', telefoon: '', email: '', datum: '',
  };
}
