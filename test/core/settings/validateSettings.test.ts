import { defaultSettings, formatSettingsIssues, validateSettings } from '../../../src/core/settings/validateSettings';

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

describe('settings errors in plain words, naming the field by its label', () => {
  const issuesOf = (input: unknown) => {
    const r = validateSettings(input);
    if (r.ok) throw new Error('expected issues');
    return r.issues;
  };

  it('says what is wrong without zod\'s words ("expected number, received NaN")', () => {
    const issues = issuesOf({
      counting: { lessonMinutes: Number.NaN, dayHours: 30 },
      sixteenHours: { thresholdHours: '16', windowLesweken: 2.5 },
      luxury: { adjacentSchoolDays: -1 },
      calendar: { region: 'west', schoolDays: [] },
      codes: { XC: 'spijbelen' },
    });
    const lines = issues.map((i) => `${i.label}: ${i.message}`);
    expect(lines).toEqual([
      'Vakantieregio: kies uit: noord, midden, zuid (nu: "west")',
      'Schooldagen: vul er minstens 1 in',
      'Minuten per lesuur: moet een getal zijn; het veld is leeg of bevat geen getal',
      'Uren per schooldag: mag hoogstens 24 zijn',
      'Drempel (uren) van de 16-urenregel: moet een getal zijn (nu: "16")',
      'Venster (lesweken) van de 16-urenregel: moet een heel getal zijn (niet 2,5)',
      'Schooldagen rond een vakantie (luxe verzuim): mag niet negatief zijn',
      'Code "XC": kies uit: unauthorised (ongeoorloofd), late (te laat), sick (ziek), authorised (geoorloofd), luxury (luxe verzuim), ignore (negeren) (nu: "spijbelen")',
    ]);
    expect(issues.map((i) => `${i.labelEn}: ${i.messageEn}`)[3]).toBe('Hours per school day: must be at most 24');
    for (const i of issues) {
      expect(`${i.label} ${i.message} ${i.labelEn} ${i.messageEn}`).not.toMatch(/expected|received|NaN|Invalid|[a-z]\.[a-z]|\[/i);
    }
  });

  it('names a holiday by its number and its own name', () => {
    const [issue] = issuesOf({ calendar: { holidays: [{ name: 'Herfstvakantie', start: '2026-10-25', end: '2026-10-17' }] } });
    expect(issue).toEqual({
      key: 'calendar.holidays[0].end',
      label: 'Einddatum van vakantie 1 (Herfstvakantie)',
      labelEn: 'End date of holiday 1 (Herfstvakantie)',
      message: 'einddatum ligt vóór de begindatum',
      messageEn: 'end is before start',
    });
    expect(formatSettingsIssues([issue], { withKey: true })).toBe(
      'Einddatum van vakantie 1 (Herfstvakantie): einddatum ligt vóór de begindatum ("calendar.holidays[0].end")',
    );
    expect(formatSettingsIssues([issue], { lang: 'en' })).toBe('End date of holiday 1 (Herfstvakantie): end is before start');
  });

  it('names an unknown key and says to check the spelling', () => {
    const [issue] = issuesOf({ sixteenHours: { treshold: 12 } });
    expect(issue).toMatchObject({ key: 'sixteenHours.treshold', label: '16-urenregel', message: 'onbekende instelling "treshold" (controleer de spelling)' });
  });
});

describe('dates in settings: dd-mm-jjjj or ISO, kept as ISO', () => {
  it('accepts both forms and stores ISO', () => {
    const r = validateSettings({ calendar: { holidays: [{ name: 'Herfstvakantie', start: '17-10-2026', end: '2026-10-25' }], daysOff: ['12-11-2026', '8/2/2027'] } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.calendar.holidays).toEqual([{ name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' }]);
    expect(r.settings.calendar.daysOff).toEqual(['2026-11-12', '2027-02-08']);
  });

  it('names the bad date of an own public-holiday list by its place', () => {
    const r = validateSettings({ calendar: { publicHolidays: ['25-12-2025', '2025-13-01'] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.key, i.label])).toEqual([['calendar.publicHolidays[1]', 'Feestdag 2']]);
  });

  it('refuses a date that exists in neither form, quoting it', () => {
    const r = validateSettings({ calendar: { daysOff: ['31-11-2026', '11/31/2026'] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.label}: ${i.message}`)).toEqual([
      'Vrije dag 1: geen geldige datum: "31-11-2026" (dd-mm-jjjj of jjjj-mm-dd)',
      'Vrije dag 2: geen geldige datum: "11/31/2026" (dd-mm-jjjj of jjjj-mm-dd)',
    ]);
  });
});
