import { dayFromIso } from '../../../src/core/dates';
import { applyAdultRegime, ADULT_NOTE } from '../../../src/core/rules/adultRegime';
import type { RawFlag } from '../../../src/core/rules/types';

const day = (iso: string): number => dayFromIso(iso)!;

function raw(category: RawFlag['category'], end: string, extra: Partial<RawFlag> = {}): RawFlag {
  return {
    studentId: '5001', category, basis: null, level: null, duoType: 'L', start: day('2026-10-01'), end: day(end), rows: [0],
    reportTo: 'leerplicht', masBranch: 'B', ...extra,
  };
}

describe('applyAdultRegime (rules.md, "Age and regime")', () => {
  const dob = day('2008-10-07'); // 18 on 7 October 2026

  it('sends luxury, long-term and lateness flags ending on or after the 18th birthday to the school, noted 18+', () => {
    for (const [category, duoType, masBranch] of [['luxury', 'L', 'B'], ['long-term', 'LRV', 'A'], ['lateness', 'O', 'A']] as const) {
      const f = raw(category, '2026-10-07', { duoType, masBranch });
      applyAdultRegime(f, dob);
      expect(f).toMatchObject({ reportTo: 'school', duoType: null, masBranch: null, notes: [ADULT_NOTE] });
    }
  });

  it('leaves a flag that ends the day before the birthday with leerplicht', () => {
    const f = raw('luxury', '2026-10-06');
    applyAdultRegime(f, dob);
    expect(f).toMatchObject({ reportTo: 'leerplicht', duoType: 'L', masBranch: 'B' });
    expect(f.notes).toBeUndefined();
  });

  it('never touches the sixteen-hours melding (V4 is DUO\'s melding from 18) or a pupil without a date of birth', () => {
    const v4 = raw('sixteen-hours', '2026-11-03', { duoType: 'V4', masBranch: 'A' });
    applyAdultRegime(v4, dob);
    expect(v4).toMatchObject({ reportTo: 'leerplicht', duoType: 'V4' });
    const unknown = raw('luxury', '2026-11-03');
    applyAdultRegime(unknown, undefined);
    expect(unknown.reportTo).toBe('leerplicht');
  });

  it('reaches a 29 February birthday on 1 March in other years', () => {
    const leap = day('2008-02-29');
    const feb28 = raw('lateness', '2026-02-28', { duoType: 'O' });
    applyAdultRegime(feb28, leap);
    expect(feb28.reportTo).toBe('leerplicht');
    const mar1 = raw('lateness', '2026-03-01', { duoType: 'O' });
    applyAdultRegime(mar1, leap);
    expect(mar1.reportTo).toBe('school');
  });
});
