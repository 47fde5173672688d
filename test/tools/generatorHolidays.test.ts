import { REGIONS } from '../../src/core/calendar';
import { dayFromIso, dayFromYmd, isoWeekday } from '../../src/core/dates';
import { generatorCalendar, inventedHolidays } from '../../tools/generate/generatorHolidays';

const day = (iso: string) => dayFromIso(iso) as number;

describe('the generator\'s own holidays', () => {
  it('uses the built-in table where it has the school year', () => {
    expect(generatorCalendar('midden', dayFromYmd(2025, 8, 1))).toEqual({ region: 'midden' });
  });

  it('invents 2026-2027 (no official table) in the usual shape: Saturday to Sunday, usual lengths', () => {
    const midden = generatorCalendar('midden', dayFromYmd(2026, 8, 1)).holidays ?? [];
    expect(midden.map((h) => `${h.name} ${h.start} ${h.end}`)).toEqual([
      // the 2026 summer tail comes from the built-in 2025-2026 table
      'Zomervakantie 2026-07-18 2026-08-30',
      'Herfstvakantie 2026-10-17 2026-10-25',
      'Kerstvakantie 2026-12-19 2027-01-03',
      'Voorjaarsvakantie 2027-02-13 2027-02-21',
      'Meivakantie 2027-04-24 2027-05-02',
      'Zomervakantie 2027-07-17 2027-08-29',
    ]);
    for (const region of REGIONS) {
      const list = inventedHolidays(region, 2026);
      for (const h of list) {
        expect(isoWeekday(day(h.start))).toBe(6);
        expect(isoWeekday(day(h.end))).toBe(7);
      }
      // 9 days, 16 at Christmas, 44 in summer
      expect(list.slice(1).map((h) => day(h.end) - day(h.start) + 1)).toEqual([9, 16, 9, 9, 44]);
    }
  });

  it('staggers the regions as the real calendar does', () => {
    const start = (region: 'noord' | 'midden' | 'zuid', name: string) =>
      inventedHolidays(region, 2026).filter((h) => h.name === name).pop()?.start;
    expect(start('zuid', 'Herfstvakantie')).toBe('2026-10-10');
    expect(start('noord', 'Voorjaarsvakantie')).toBe('2027-02-20');
    expect(new Set(REGIONS.map((r) => start(r, 'Zomervakantie'))).size).toBe(3);
  });
});
