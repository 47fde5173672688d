import { dayFromDateInput, displayDate, isoFromDateInput } from '../../src/core/dateInput';
import { dayFromIso } from '../../src/core/dates';

describe('date input: dd-mm-jjjj and ISO', () => {
  it('reads the Dutch form with -, / or . and without leading zeros, and ISO', () => {
    for (const text of ['21-10-2025', '21/10/2025', '21.10.2025', ' 21-10-2025 ', '2025-10-21']) expect(isoFromDateInput(text)).toBe('2025-10-21');
    expect(isoFromDateInput('1-2-2027')).toBe('2027-02-01');
    expect(dayFromDateInput('29-02-2028')).toBe(dayFromIso('2028-02-29'));
  });

  it('refuses what is not a real date in either form', () => {
    for (const text of ['31-11-2026', '29-02-2027', '2026-13-01', '10/31/2026', '21-10-25', 'morgen', '']) expect(dayFromDateInput(text)).toBeUndefined();
  });

  it('shows every date one way: dd-mm-jjjj', () => {
    expect(displayDate('2025-10-21')).toBe('21-10-2025');
    expect(displayDate(dayFromIso('2027-01-03') as number)).toBe('03-01-2027');
    expect(displayDate('21-10-2025')).toBe('21-10-2025');
    expect(displayDate('onzin')).toBe('onzin');
  });
});
