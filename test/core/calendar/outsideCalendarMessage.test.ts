import { outsideCalendarMessage } from '../../../src/core/calendar';
import { dayFromIso } from '../../../src/core/dates';

describe('outsideCalendarMessage', () => {
  it('tells the user in Dutch and English which school year lacks holidays and what to do', () => {
    const m = outsideCalendarMessage(dayFromIso('2026-09-14') as number, 'midden');
    expect(m.message).toBe(
      'De datum 14-09-2026 valt in schooljaar 2026-2027, waarvoor de ingebouwde vakantietabel van regio Midden ' +
        'geen vakanties heeft (de tabel kent: 2024-2025, 2025-2026, 2027-2028, 2028-2029). Vul bij Instellingen › ' +
        'Kalender de vakanties en studiedagen van de school in; tot dan telt deze rij niet mee.',
    );
    expect(m.messageEn).toBe(
      'The date 2026-09-14 falls in school year 2026-2027, for which the built-in holiday table of region midden ' +
        "(Central) has no holidays (the table has: 2024-2025, 2025-2026, 2027-2028, 2028-2029). Enter the school's " +
        'holidays and study days under Settings › Calendar; until then this row is not counted.',
    );
  });

  it('names the school year of a date in July as the one that began the August before', () => {
    const m = outsideCalendarMessage(dayFromIso('2031-07-03') as number, 'zuid');
    expect(m.message).toContain('schooljaar 2030-2031');
    expect(m.message).toContain('regio Zuid');
    expect(m.messageEn).toContain('school year 2030-2031');
  });
});
