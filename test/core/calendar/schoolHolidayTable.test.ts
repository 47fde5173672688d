import {
  builtInCovers,
  builtInHolidayDays,
  builtInHolidays,
  builtInHolidaySources,
  builtInSchoolYears,
  REGIONS,
} from '../../../src/core/calendar';
import { dayFromIso, isoWeekday } from '../../../src/core/dates';

const day = (s: string): number => dayFromIso(s) as number;

describe('built-in school holiday table', () => {
  it('has 2025-2026 for each region as holidays.md lists it (plus the 2025 summer tail)', () => {
    expect(builtInHolidays('zuid', day('2025-08-01'))).toEqual([
      { name: 'Zomervakantie', start: '2025-07-05', end: '2025-08-17' },
      { name: 'Herfstvakantie', start: '2025-10-11', end: '2025-10-19' },
      { name: 'Kerstvakantie', start: '2025-12-20', end: '2026-01-04' },
      { name: 'Voorjaarsvakantie', start: '2026-02-14', end: '2026-02-22' },
      { name: 'Meivakantie', start: '2026-04-25', end: '2026-05-03' },
      { name: 'Zomervakantie', start: '2026-07-11', end: '2026-08-23' },
    ]);
    expect(builtInHolidays('noord', day('2025-08-01'))).toEqual([
      { name: 'Zomervakantie', start: '2025-07-12', end: '2025-08-24' },
      { name: 'Herfstvakantie', start: '2025-10-18', end: '2025-10-26' },
      { name: 'Kerstvakantie', start: '2025-12-20', end: '2026-01-04' },
      { name: 'Voorjaarsvakantie', start: '2026-02-21', end: '2026-03-01' },
      { name: 'Meivakantie', start: '2026-04-25', end: '2026-05-03' },
      { name: 'Zomervakantie', start: '2026-07-04', end: '2026-08-16' },
    ]);
    expect(builtInHolidays('midden', day('2025-08-01'))).toEqual([
      { name: 'Zomervakantie', start: '2025-07-19', end: '2025-08-31' },
      { name: 'Herfstvakantie', start: '2025-10-18', end: '2025-10-26' },
      { name: 'Kerstvakantie', start: '2025-12-20', end: '2026-01-04' },
      { name: 'Voorjaarsvakantie', start: '2026-02-14', end: '2026-02-22' },
      { name: 'Meivakantie', start: '2026-04-25', end: '2026-05-03' },
      { name: 'Zomervakantie', start: '2026-07-18', end: '2026-08-30' },
    ]);
  });

  it('finds the school year from any day in it', () => {
    expect(builtInHolidays('zuid', day('2026-03-15'))).toEqual(builtInHolidays('zuid', day('2025-08-01')));
    expect(builtInHolidays('zuid', day('2026-07-31'))).toEqual(builtInHolidays('zuid', day('2025-08-01')));
  });

  it('has the official 2028-2029 table (rijksoverheid.nl) for every region', () => {
    expect(builtInHolidays('zuid', day('2028-08-01'))).toEqual([
      { name: 'Zomervakantie', start: '2028-07-22', end: '2028-09-03' },
      { name: 'Herfstvakantie', start: '2028-10-21', end: '2028-10-29' },
      { name: 'Kerstvakantie', start: '2028-12-23', end: '2029-01-07' },
      { name: 'Voorjaarsvakantie', start: '2029-02-10', end: '2029-02-18' },
      { name: 'Meivakantie', start: '2029-04-28', end: '2029-05-06' },
      { name: 'Zomervakantie', start: '2029-07-14', end: '2029-08-26' },
    ]);
    expect(builtInHolidaySources('zuid', day('2028-08-01'))).toEqual([
      'https://rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-2027-2028',
      'https://rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-2028-2029',
    ]);
  });

  it('leaves out the years it could not source', () => {
    expect(builtInSchoolYears('midden')).toEqual(['2024-2025', '2025-2026', '2027-2028', '2028-2029']);
    expect(builtInSchoolYears('noord')).toEqual(['2024-2025', '2025-2026', '2028-2029']);
    expect(builtInSchoolYears('zuid')).toEqual(['2024-2025', '2025-2026', '2028-2029']);
    expect(builtInHolidays('midden', day('2026-08-01'))).toBeUndefined();
    expect(builtInHolidays('zuid', day('2027-08-01'))).toBeUndefined();
    expect(builtInHolidaySources('zuid', day('2027-08-01'))).toBeUndefined();
    expect(builtInCovers('midden', day('2026-09-07'))).toBe(false);
    expect(builtInCovers('midden', day('2027-09-06'))).toBe(true);
  });

  it('cites a source for every school year and region', () => {
    for (const region of REGIONS) {
      for (const year of builtInSchoolYears(region)) {
        const sources = builtInHolidaySources(region, day(`${year.slice(0, 4)}-08-01`)) ?? [];
        expect(sources.length).toBeGreaterThan(0);
        for (const s of sources) expect(s).toMatch(/https:\/\/|holidays\.md/);
      }
    }
  });

  it('holds only Saturday–Sunday holidays of the usual lengths, without overlaps', () => {
    const lengths: Record<string, number> = {
      Herfstvakantie: 9,
      Voorjaarsvakantie: 9,
      Meivakantie: 9,
      Kerstvakantie: 16,
      Zomervakantie: 44,
    };
    for (const region of REGIONS) {
      const list = builtInHolidayDays(region);
      list.forEach((h, i) => {
        expect(isoWeekday(h.start)).toBe(6);
        expect(isoWeekday(h.end)).toBe(7);
        expect(h.end - h.start + 1).toBe(lengths[h.name]);
        if (i > 0) expect(h.start).toBeGreaterThan(list[i - 1].end);
      });
    }
  });

  it('returns copies the caller may change', () => {
    const a = builtInHolidays('midden', day('2025-08-01'))!;
    a[0].start = '2000-01-01';
    expect(builtInHolidays('midden', day('2025-08-01'))![0].start).toBe('2025-07-19');
  });
});
