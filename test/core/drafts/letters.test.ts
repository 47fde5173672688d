import type { Flag } from '../../../src/core/analysis/types';
import {
  buildParentLetter,
  contactSentence,
  fillPlaceholders,
  firstName,
  letterKindOf,
  letterPlan,
  parentLetters,
} from '../../../src/core/drafts/letters';
import type { DraftReportingEntry } from '../../../src/core/drafts/types';
import { parseSettings, validateSettings } from '../../../src/core/settings/validateSettings';
import { dayFromIso } from '../../../src/core/dates';
import { earlySignal2001, flags, settings, sixteen2001, students } from './fixtures';

/**
 * Letters hold no-break spaces in dates ("7 september 2026") and non-breaking hyphens in phone
 * numbers: compared here with plain spaces and hyphens.
 */
const plain = (t: string | undefined): string | undefined => t?.replace(/\u00A0/g, ' ').replace(/\u2011/g, '-');
const paras = (l: { paragraphs: string[] } | null): string[] => (l ? l.paragraphs.map((p) => plain(p) ?? '') : []);

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
  it('are written for early signals, lateness steps and meldingen, never for sickness or the 18+ school signals', () => {
    expect(letterKindOf({ category: 'early-signal', basis: null, reportTo: 'school' })).toBe('vroegsignaal');
    expect(letterKindOf({ category: 'lateness', basis: null, reportTo: 'school' })).toBe('teLaat');
    expect(letterKindOf({ category: 'lateness', basis: null, reportTo: 'leerplicht' })).toBe('teLaatMelding');
    expect(letterKindOf({ category: 'sixteen-hours', basis: null, reportTo: 'leerplicht' })).toBe('zestienUur');
    expect(letterKindOf({ category: 'luxury', basis: 'near-holiday', reportTo: 'leerplicht' })).toBe('luxeVerzuim');
    expect(letterKindOf({ category: 'luxury', basis: 'near-holiday', reportTo: 'school' })).toBeNull();
    expect(letterKindOf({ category: 'luxury', basis: 'sick-near-holiday', reportTo: 'school' })).toBeNull();
    expect(letterKindOf({ category: 'long-term', basis: null, reportTo: 'leerplicht' })).toBe('langdurigVerzuim');
    expect(letterKindOf({ category: 'long-term', basis: null, reportTo: 'school' })).toBeNull();
    expect(letterKindOf({ category: 'sick-concern', basis: 'duration', reportTo: 'jeugdarts' })).toBeNull();
    const letters = parentLetters(flags, students, settings, '2026-12-04');
    expect(letters.map((l) => [l.flagId, l.kind])).toEqual([
      ['es2001a', 'vroegsignaal'],
      ['v3n2001b', 'zestienUur'],
      ['es2002a', 'vroegsignaal'],
      ['lx2002a', 'luxeVerzuim'],
    ]);
  });

  it('fill in the pupil, hours in words, dates in words and whom to call, dated the day they are made', () => {
    const l = buildParentLetter(earlySignal2001, students.get('2001'), settings, '2026-12-04');
    expect(l?.subject).toBe('Afwezigheid van Bram Hendriks');
    expect(l?.date).toBe('2026-12-04');
    expect(paras(l)[0]).toBe(
      'Wij maken ons zorgen over de afwezigheid van Bram Hendriks uit klas 2C. Van 7 september 2026 tot en met 16 september 2026 was Bram 10 uur afwezig zonder geldige reden. Dat heet ongeoorloofd verzuim.',
    );
    // Dates and the phone number never break over two lines.
    expect(l?.paragraphs[0]).toContain('7\u00A0september\u00A02026');
    expect(l?.paragraphs.at(-1)).toContain('op 050\u20117654321,');
    expect(paras(l).at(-1)).toBe(
      'Heeft u vragen, of wilt u een afspraak maken? Bel dan met M. de Groot (Verzuimcoördinator) op 050-7654321, of mail naar verzuim@slnoord.nl.',
    );
    expect(l?.warnings).toEqual([]);
  });

  it('say the hours as a parent reads them', () => {
    const at = (hours: number) => paras(buildParentLetter({ ...earlySignal2001, hours }, students.get('2001'), settings, '2026-12-04'))[0];
    expect(at(8.33)).toContain('was Bram ruim 8 uur afwezig');
    expect(at(17.5)).toContain('was Bram 17 en een half uur afwezig');
    expect(at(17.83)).toContain('was Bram bijna 18 uur afwezig');
    expect(at(1.5)).toContain('was Bram anderhalf uur afwezig');
  });

  it('explain the leerplichtambtenaar once, and name the law with its article in every letter that announces a melding', () => {
    const meldingen = [
      buildParentLetter(sixteen2001, students.get('2001'), settings, '2026-10-01'),
      buildParentLetter({ ...sixteen2001, id: 'lx', category: 'luxury', basis: 'near-holiday', duoType: 'L' }, students.get('2001'), settings, '2026-10-01'),
      buildParentLetter({ ...sixteen2001, id: 'lt', category: 'long-term', duoType: 'LRV' }, students.get('2001'), settings, '2026-10-01'),
      buildParentLetter(lateness3, students.get('2001'), settings, '2026-12-04'),
    ];
    for (const l of meldingen) {
      const text = paras(l).join('\n');
      expect({ kind: l?.kind, law: /Leerplichtwet 1969 \(artikel [0-9a-z, ]+\)/.test(text) }).toEqual({ kind: l?.kind, law: true });
      expect({ kind: l?.kind, explained: text.split('Dat is de medewerker van de gemeente die erop let dat kinderen naar school gaan').length - 1 }).toEqual({
        kind: l?.kind,
        explained: 1,
      });
      // One form of address: u, never je.
      expect({ kind: l?.kind, je: /\b(je|jij|jouw)\b/i.test(text) }).toEqual({ kind: l?.kind, je: false });
    }
  });

  it('name the right article of the Leerplichtwet 1969 for each kind of letter', () => {
    const pupil = students.get('2001');
    const adult = { ...pupil!, dateOfBirth: dayFromIso('2008-01-01') };
    /** Every "artikel …" a letter cites, with the law it names. */
    const cited = (l: ReturnType<typeof buildParentLetter>): string[] =>
      [...paras(l).join('\n').matchAll(/(Leerplichtwet 1969|wet[a-z ]*) \(artikel ([0-9a-z, ]+)\)/gi)].map((m) => `${m[1]}: ${m[2]}`);
    const kinds: [string, Flag, string[]][] = [
      // The melding of 16 hours in 4 lesweken: the school head's duty to report relative absence.
      ['zestienUur', sixteen2001, ['Leerplichtwet 1969: 21a']],
      // Luxury absence: reported as relative absence (21a); the leave rules are 11, 13a and 14.
      ['luxeVerzuim', { ...sixteen2001, id: 'lx', category: 'luxury', basis: 'near-holiday', duoType: 'L' }, ['Leerplichtwet 1969: 11, 13a en 14', 'Leerplichtwet 1969: 21a']],
      ['langdurigVerzuim', { ...sixteen2001, id: 'lt', category: 'long-term', duoType: 'LRV' }, ['Leerplichtwet 1969: 21a']],
      ['teLaatMelding', lateness3, ['Leerplichtwet 1969: 21a']],
      // No melding announced: no article claimed.
      ['vroegsignaal', earlySignal2001, []],
      ['teLaat', lateness1, []],
    ];
    for (const [kind, f, articles] of kinds) {
      const l = buildParentLetter(f, pupil, settings, '2026-12-04');
      expect({ kind: l?.kind, articles: cited(l) }).toEqual({ kind, articles });
      // Artikel 21 (a pupil not enrolled) is never the basis of these meldingen.
      expect(paras(l).join('\n')).not.toMatch(/artikel 21\b(?!a)/);
    }
    // From 18 the Leerplichtwet no longer applies: the V4 letter names no article of it, and no law that does not exist.
    const v4 = buildParentLetter({ ...sixteen2001, duoType: 'V4' }, adult, settings, '2026-12-04');
    const v4Text = paras(v4).join('\n');
    expect(v4?.addressee).toBe('leerling');
    expect(v4Text).toContain('Vanaf 18 jaar geldt de Leerplichtwet niet meer.');
    expect(v4Text).toContain('startkwalificatie');
    expect(v4Text).not.toMatch(/artikel|Wet regionale/);
  });

  it('state luxury absence as a suspicion and the leave rules as the law has them', () => {
    const l = buildParentLetter({ ...sixteen2001, category: 'luxury', basis: 'near-holiday', duoType: 'L' }, students.get('2001'), settings, '2026-10-01');
    const text = paras(l).join('\n');
    expect(text).toContain('Wij vermoeden dat Bram in die tijd op vakantie was. Dat weten wij niet zeker.');
    expect(text).toContain('één keer per schooljaar ten hoogste 10 schooldagen');
    expect(text).toContain('niet in de eerste twee weken van het schooljaar');
    expect(text).toContain('Gaat het om meer dan 10 schooldagen, dan beslist de leerplichtambtenaar.');
    expect(text).toContain('Leerplichtwet 1969 (artikel 11, 13a en 14)');
  });

  it('present the lateness steps as a regional agreement, not as law', () => {
    const step1 = buildParentLetter(lateness1, students.get('2001'), settings, '2026-12-04');
    expect(step1?.kind).toBe('teLaat');
    expect(paras(step1)[0]).toBe(
      'Bram Hendriks uit klas 2C is dit schooljaar 3 keer te laat gekomen zonder geldige reden. De laatste keer was op 8 september 2026. Wie te laat komt, mist lestijd en stoort de les.',
    );
    expect(paras(step1)[2]).toContain('na 9 keer te laat komen contact opneemt met de leerplichtambtenaar');
    expect(paras(step1)[2]).toContain('Dat is een afspraak in onze regio, geen regel uit de wet.');
    const step3 = buildParentLetter(lateness3, students.get('2001'), settings, '2026-12-04');
    expect(step3?.subject).toBe('Melding bij leerplicht: Bram Hendriks komt vaak te laat');
    expect(paras(step3)[0]).toBe(
      'Bram Hendriks uit klas 2C is dit schooljaar 9 keer te laat gekomen zonder geldige reden, van 1 september 2026 tot en met 3 november 2026.',
    );
    expect(paras(step3)[1]).toContain('Dat is een afspraak in onze regio.');
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
    expect(paras(l)).toEqual(['Geachte ouders,', 'Bram Hendriks miste 10 uur tussen 7 september 2026 en 16 september 2026. Bel M. de Groot op 050-7654321. {onbekend}']);
  });

  it('go to the pupil from 18 on the day the letter is made, with the school’s own adult texts', () => {
    const adult = { ...students.get('2001')!, dateOfBirth: dayFromIso('2008-09-20') };
    // 18 on 20 September 2026: a letter made on 19 September goes to the parents, on the 20th to the pupil.
    expect(buildParentLetter(earlySignal2001, adult, settings, '2026-09-19')?.addressee).toBe('ouders');
    const at18 = buildParentLetter(earlySignal2001, adult, settings, '2026-09-20');
    expect(at18?.addressee).toBe('leerling');
    expect(at18?.subject).toBe('Je afwezigheid op school');
    expect(paras(at18)[0]).toBe('Van 7 september 2026 tot en met 16 september 2026 was je 10 uur afwezig zonder geldige reden. Dat heet ongeoorloofd verzuim.');
    expect(paras(at18).at(-1)).toBe(
      'Heb je vragen, of wil je een afspraak maken? Bel dan met M. de Groot (Verzuimcoördinator) op 050-7654321, of mail naar verzuim@slnoord.nl.',
    );
    // One form of address: je, never u.
    expect(/\bu\b/.test(paras(at18).join('\n'))).toBe(false);
    const own = parseSettings({ ...settings, letters: { 'zestienUur.leerling.tekst': 'Beste {naam}, je miste {uren} uur.' } });
    expect(paras(buildParentLetter({ ...sixteen2001, duoType: 'V4' }, adult, own, '2026-12-04'))).toEqual(['Beste Bram Hendriks, je miste 17,5 uur.']);
  });

  it('without a reporter give a warning and no broken sentence', () => {
    const none = parseSettings({ ...settings, school: { ...settings.school, reporter: { name: '', function: '', phone: '', email: '' } } });
    const l = buildParentLetter(sixteen2001, students.get('2001'), none, '2026-10-01');
    const text = paras(l).join('\n');
    expect(paras(l).at(-1)).toBe('Heeft u vragen, of wilt u een afspraak maken? Neem dan contact op met Stedelijk Lyceum Noord.');
    expect(text).not.toMatch(/\(\s*\)|\s{2}|\s[,.]|op ,|met {2}/);
    expect(l?.warnings.map((w) => w.message)).toEqual([
      'Brief voor leerling 2001: geen contactpersoon met telefoon of e-mail ingevuld (instellingen school.reporter); de brief verwijst daarom naar de school.',
    ]);
    // A school's own text with {contact} and {telefoon} left empty: tidied, not broken.
    const own = parseSettings({ ...none, letters: { 'zestienUur.tekst': 'Bel dan met {contact} ({functie}) op {telefoon}.' } });
    expect(paras(buildParentLetter(sixteen2001, students.get('2001'), own, '2026-10-01'))).toEqual(['Bel dan met op.']);
  });

  it('build the contact sentence from what is filled in', () => {
    const r = { name: 'M. de Groot', function: '', phone: '', email: 'verzuim@slnoord.nl' };
    expect(contactSentence(r, 'SLN', 'ouders')).toBe('Heeft u vragen, of wilt u een afspraak maken? Mail dan naar M. de Groot: verzuim@slnoord.nl.');
    expect(contactSentence({ ...r, email: '', phone: '050 - 12 34' }, 'SLN', 'ouders')).toBe(
      'Heeft u vragen, of wilt u een afspraak maken? Bel dan met M. de Groot op 050\u00A0\u2011\u00A012\u00A034.',
    );
    expect(contactSentence({ ...r, email: '' }, 'SLN', 'leerling')).toBe('Heb je vragen, of wil je een afspraak maken? Neem dan contact op met M. de Groot van SLN.');
  });

  it('uses the first name after the first mention', () => {
    expect(firstName('Sanne de Vries')).toBe('Sanne');
    expect(firstName('Vries, Sanne de')).toBe('Sanne');
    expect(firstName('  Yara el Amrani ')).toBe('Yara');
  });

  it('name the school’s own thresholds', () => {
    const own = parseSettings({ ...settings, sixteenHours: { thresholdHours: 12.5, windowLesweken: 3 } });
    const l = buildParentLetter(earlySignal2001, students.get('2001'), own, '2026-12-04');
    expect(paras(l)[2]).toContain('Is een leerling in 3 lesweken 12,5 uur of meer afwezig zonder geldige reden');
  });

  it('fills placeholders, leaving an unknown one as typed', () => {
    expect(fillPlaceholders('{uren} {x}', { ...placeholderValues(), uren: '17,5' })).toBe('17,5 {x}');
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

describe('letterPlan: letters due now, once per signal', () => {
  it('makes no letter for a signal that is Gemeld, and says why', () => {
    const entries = new Map<string, DraftReportingEntry>([['lx2002a', { status: 'Gemeld', reportedOn: '2026-10-20', duoNumber: '555' }]]);
    const plan = letterPlan(flags, students, settings, '2026-12-04', { entries });
    expect(plan.letters.map((l) => l.flagId)).toEqual(['es2001a', 'v3n2001b', 'es2002a']);
    expect(plan.skipped).toEqual(expect.arrayContaining([{ flagId: 'lx2002a', pupilId: '2002', kind: 'luxeVerzuim', reason: 'reported', on: '2026-10-20' }]));
  });

  it('does not make a letter again that was sent ("Brief verstuurd op") or made by an earlier run', () => {
    const entries = new Map<string, DraftReportingEntry>([['v3n2001b', { letterSentOn: '2026-10-02' }]]);
    const sent = new Map([['es2002a', '2026-10-20']]);
    const plan = letterPlan(flags, students, settings, '2026-12-04', { entries, sent });
    expect(plan.letters.map((l) => l.flagId)).toEqual(['es2001a', 'lx2002a']);
    expect(plan.skipped.filter((s) => s.reason === 'already-sent').map((s) => [s.flagId, s.on])).toEqual([
      ['v3n2001b', '2026-10-02'],
      ['es2002a', '2026-10-20'],
    ]);
  });

  it('makes no early-signal letter for a period after a sixteen-hours melding of the same pupil', () => {
    // 2001: early signal 7-16 September, melding 7-28 September, then a new early signal in October.
    const after = { ...earlySignal2001, id: 'es2001b', start: '2026-09-30', end: '2026-10-09' };
    const plan = letterPlan([...flags, after], students, settings, '2026-12-04');
    expect(plan.letters.map((l) => l.flagId)).not.toContain('es2001b');
    expect(plan.skipped.find((s) => s.flagId === 'es2001b')?.reason).toBe('after-melding');
    // The melding marked Niet melden (with a reason) was never made: the early-signal letter is due.
    const entries = new Map<string, DraftReportingEntry>([['v3n2001b', { status: 'Niet melden', reason: 'Verhuisd naar het buitenland' }]]);
    const plan2 = letterPlan([...flags, after], students, settings, '2026-12-04', { entries });
    expect(plan2.letters.map((l) => l.flagId)).toContain('es2001b');
  });

  it('skips a signal marked "Niet melden" only with a reason (pas toe of leg uit)', () => {
    const withReason = new Map<string, DraftReportingEntry>([['v3n2001b', { status: 'Niet melden', reason: 'Verhuisd' }]]);
    expect(letterPlan(flags, students, settings, '2026-12-04', { entries: withReason }).letters.map((l) => l.flagId)).not.toContain('v3n2001b');
    const without = new Map<string, DraftReportingEntry>([['v3n2001b', { status: 'Niet melden' }]]);
    expect(letterPlan(flags, students, settings, '2026-12-04', { entries: without }).letters.map((l) => l.flagId)).toContain('v3n2001b');
  });
});

function placeholderValues() {
  return {
    naam: '', voornaam: '', klas: '', uren: '', urenTekst: '', van: '', tot: '', dagen: '', keer: '', meldgrens: '', grensUren: '', lesweken: '',
    school: '', contact: '', functie: '', telefoon: '', email: '', contactzin: '', datum: '',
  };
}
