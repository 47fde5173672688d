import { defaultSettings, validateSettings } from '../../../src/core/settings/validateSettings';

describe('settings', () => {
  it('fills every default of config.md', () => {
    const s = defaultSettings();
    expect(s.version).toBe(1);
    expect(s.calendar.region).toBe('midden');
    expect(s.calendar.schoolDays).toEqual([1, 2, 3, 4, 5]);
    expect(s.counting).toEqual({ lessonMinutes: 50, countLessonsAsHours: false, dayHours: 5 });
    expect(s.sixteenHours).toEqual({ enabled: true, thresholdHours: 16, windowLesweken: 4, minDaysBetweenReports: 7 });
    expect(s.lateness.ladder).toEqual([3, 6, 9, 12]);
    expect(s.sickConcern).toEqual({ enabled: true, reportsInWindow: 4, windowLesweken: 12, consecutiveSchoolDays: 7 });
    expect(s.reportWithinWorkingDays).toBe(5);
  });

  it('keeps given values and fills the rest', () => {
    const r = validateSettings({ counting: { lessonMinutes: 45 }, codes: { XC: 'unauthorised' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.counting).toEqual({ lessonMinutes: 45, countLessonsAsHours: false, dayHours: 5 });
    expect(r.settings.codes).toEqual({ XC: 'unauthorised' });
  });

  it('names the offending key of an unknown key, a wrong type and an impossible value', () => {
    const r = validateSettings({
      calendar: { holidays: [{ name: 'Herfst', start: '2026-10-20', end: '2026-10-10' }], colour: 'red' },
      sixteenHours: { thresholdHours: -1 },
      earlySignal: { enabled: 'ja' },
      lateness: { ladder: [3, 2] },
      codes: { XC: 'spijbelen' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const keys = r.issues.map((i) => i.key).sort();
    expect(keys).toEqual(
      [
        'calendar.colour',
        'calendar.holidays[0].end',
        'codes.XC',
        'earlySignal.enabled',
        'lateness.ladder',
        'sixteenHours.thresholdHours',
      ].sort(),
    );
    expect(r.issues.find((i) => i.key === 'calendar.colour')?.message).toMatch(/onbekende instelling/);
    expect(r.issues.find((i) => i.key === 'calendar.holidays[0].end')?.message).toMatch(/vóór de begindatum/);
  });

  it('refuses a date that is not a real day', () => {
    const r = validateSettings({ calendar: { daysOff: ['2026-02-30'] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].key).toBe('calendar.daysOff[0]');
  });

  it('takes a document without version as version 1 and refuses an unknown version', () => {
    expect(validateSettings({}).ok).toBe(true);
    const r = validateSettings({ version: 99 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].key).toBe('version');
  });
});
