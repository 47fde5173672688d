import { explainFlag, explainFlagParts, formatRowRanges } from '../../../src/core/analysis/explainFlag';
import type { Flag } from '../../../src/core/analysis/types';
import { settingsFor } from '../rules/helpers';

const base: Flag = {
  id: 'a9f10845ae53',
  studentId: '1001',
  studentName: 'Sanne de Vries',
  className: '2B',
  mentor: 'De Jong',
  category: 'sixteen-hours',
  basis: null,
  level: null,
  duoType: 'V3',
  start: '2026-09-07',
  end: '2026-09-28',
  hours: 17.5,
  occurrences: 21,
  schoolDays: 7,
  reportTo: 'leerplicht',
  masBranch: 'A',
  reportBy: '2026-10-05',
  rows: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22],
  notes: [],
  window: { start: '2026-09-07', end: '2026-09-28' },
};

describe('explainFlag', () => {
  it('explains a sixteen-hours flag in Dutch: what, window, rows and the melding via DUO within 5 working days', () => {
    expect(explainFlagParts(base, 'nl')).toEqual({
      title: '16 uur ongeoorloofd verzuim in 4 lesweken (V3)',
      what: 'Sanne de Vries (1001, klas 2B) was van 7 september 2026 tot en met 28 september 2026 17,5 uur ongeoorloofd afwezig (7 schooldagen, 21 registraties).',
      window:
        'Geteld over 7 september 2026 tot en met 28 september 2026: de laatste 4 lesweken (vakantieweken tellen niet mee), niet verder terug dan de vorige melding of 1 augustus.',
      rows: 'Registerrijen: 2–22.',
      next: 'Melden bij de leerplichtambtenaar via DUO (verzuimsoort V3), uiterlijk 5 oktober 2026 (binnen 5 werkdagen, Leerplichtwet art. 21a). Vermeld de acties die de school al heeft ondernomen. MAS-tak A: de leerplichtambtenaar onderzoekt het verzuim en kiest een route.',
    });
  });

  it('explains in English too, and uses the school’s own thresholds when given', () => {
    const settings = settingsFor('all', { sixteenHours: { thresholdHours: 12, windowLesweken: 3 }, reportWithinWorkingDays: 3 });
    const p = explainFlagParts(base, 'en', settings);
    expect(p.title).toBe('12 hours of unauthorised absence in 3 lesweken (V3)');
    expect(p.what).toBe('Sanne de Vries (1001, class 2B) was absent without authorisation for 17.5 hours from 7 September 2026 to 28 September 2026 (7 school days, 21 entries).');
    expect(p.next).toContain('by 5 October 2026 (within 3 working days, Leerplichtwet art. 21a)');
    expect(p.rows).toBe('Register rows: 2–22.');
  });

  it('names what the MAS says next for every kind of flag', () => {
    const next = (f: Partial<Flag>, lang: 'nl' | 'en' = 'nl'): string => explainFlagParts({ ...base, window: undefined, ...f }, lang).next;
    expect(next({ category: 'early-signal', duoType: null, reportTo: 'school', masBranch: null, reportBy: null })).toMatch(/^Nog geen melding bij leerplicht: .*gesprek met de leerling en de ouders/);
    expect(next({ category: 'luxury', basis: 'near-holiday', duoType: 'L', masBranch: 'B' })).toMatch(/verzuimsoort L.*MAS-tak B \(luxe verzuim\)/);
    expect(next({ category: 'luxury', basis: 'sick-near-holiday', duoType: null, reportTo: 'school', masBranch: null, reportBy: null })).toMatch(/^Geen melding: controleer de ziekmelding/);
    expect(next({ category: 'long-term', duoType: 'LRV' })).toMatch(/verzuimsoort LRV.*MAS-tak A/);
    expect(next({ category: 'lateness', level: 3, duoType: 'O' })).toMatch(/verzuimsoort O.*overig verzuim/);
    expect(next({ category: 'lateness', level: 1, duoType: null, reportTo: 'school', masBranch: null, reportBy: null })).toMatch(/protocol te laat komen/);
    expect(next({ category: 'sick-concern', basis: 'frequency', duoType: null, reportTo: 'jeugdarts', masBranch: null, reportBy: null })).toMatch(/^Bespreken met de jeugdarts \(MAZL\).*Nooit melden bij leerplicht/);
    expect(next({ category: 'sick-concern', basis: 'duration', duoType: null, reportTo: 'jeugdarts', masBranch: null, reportBy: null }, 'en')).toMatch(/youth doctor.*Never report to leerplicht/);
  });

  it('mentions V4 and an unknown date of birth', () => {
    expect(explainFlagParts({ ...base, duoType: 'V4' }, 'nl').what).toContain('18 jaar of ouder (V4)');
    expect(explainFlagParts({ ...base, notes: ['age unknown'] }, 'en').what).toContain('Date of birth unknown: V3 assumed.');
  });

  it('joins the parts into one text', () => {
    expect(explainFlag({ ...base, window: undefined, rows: [12, 13, 40] }, 'nl')).toBe(
      '16 uur ongeoorloofd verzuim in 4 lesweken (V3). Sanne de Vries (1001, klas 2B) was van 7 september 2026 tot en met 28 september 2026 17,5 uur ongeoorloofd afwezig (7 schooldagen, 21 registraties). Registerrijen: 12–13, 40. Melden bij de leerplichtambtenaar via DUO (verzuimsoort V3), uiterlijk 5 oktober 2026 (binnen 5 werkdagen, Leerplichtwet art. 21a). Vermeld de acties die de school al heeft ondernomen. MAS-tak A: de leerplichtambtenaar onderzoekt het verzuim en kiest een route.',
    );
    expect(formatRowRanges([2, 3, 4, 7, 9, 10])).toBe('2–4, 7, 9–10');
  });
});
