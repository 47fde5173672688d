import { addWorkingDays, isoFromSerial, serialFromIso } from '../../../src/core/reporting/excelDate';

describe('sheet dates', () => {
  it('writes ISO dates as 1900-system serials and reads them back', () => {
    expect(serialFromIso('2026-11-16')).toBe(46342);
    expect(isoFromSerial(46342)).toBe('2026-11-16');
  });

  it('counts urgency in working days that skip weekends and Dutch public holidays', () => {
    // Thursday 24 December 2026: Christmas Day (Fri) and the weekend are no working days.
    expect(addWorkingDays('2026-12-24', 2)).toBe('2026-12-29');
    // Friday 23 April 2027: King's Day falls on Tuesday 27 April.
    expect(addWorkingDays('2027-04-23', 2)).toBe('2027-04-28');
    expect(addWorkingDays('2026-11-16', 0)).toBe('2026-11-16');
  });
});
