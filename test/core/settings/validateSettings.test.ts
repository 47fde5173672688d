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

describe('every numeric setting has a sane upper bound, refused by its label', () => {
  /** Paths of every number in the settings with their defaults, plus the optional column choice. */
  function numericPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (typeof value === 'number') return [path];
    if (Array.isArray(value)) return value.flatMap((v, i) => numericPaths(v, [...path, i]));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numericPaths(v, [...path, k]));
    return [];
  }
  function withValue(path: readonly (string | number)[], v: unknown): Record<string, unknown> {
    const defaults = JSON.parse(JSON.stringify(defaultSettings())) as Record<string, unknown>;
    let at: Record<string | number, unknown> = defaults;
    for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
    at[path[path.length - 1]] = v;
    return defaults;
  }
  const paths = [
    ...numericPaths(defaultSettings()).filter((p) => p[0] !== 'version' && !(p[0] === 'calendar' && p[1] === 'schoolDays')),
    ['mapping', 'headerRow'],
    ['mapping', 'fields', 'code'],
  ];

  it('covers the numbers of every rule', () => {
    expect(paths.map((p) => p.join('.'))).toEqual(
      expect.arrayContaining([
        'counting.lessonMinutes', 'counting.dayHours', 'sixteenHours.thresholdHours', 'sixteenHours.windowLesweken',
        'sixteenHours.minDaysBetweenReports', 'earlySignal.thresholdHours', 'luxury.adjacentSchoolDays', 'luxury.minHoursPerDay',
        'longTerm.minConsecutiveSchoolDays', 'longTerm.minHoursPerDay', 'lateness.ladder.3', 'lateness.reportFromLevel',
        'sickConcern.reportsInWindow', 'sickConcern.windowLesweken', 'sickConcern.consecutiveSchoolDays', 'reportWithinWorkingDays',
      ]),
    );
  });

  it.each(paths.map((p) => [p.join('.'), p] as const))('refuses 1e9 for %s with the field named by its label', (_, path) => {
    // The whole ladder is raised for a step, so it still increases.
    const input = path[0] === 'lateness' && path[1] === 'ladder' ? withValue(['lateness', 'ladder'], [3, 6, 9, 1e9]) : path[0] === 'mapping' ? { mapping: path[1] === 'headerRow' ? { headerRow: 1e9 } : { fields: { code: 1e9 } } } : withValue(path, 1e9);
    const r = validateSettings(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    const [issue] = r.issues;
    expect(issue.message).toMatch(/^mag hoogstens [\d]+ zijn$/);
    expect(issue.messageEn).toMatch(/^must be at most [\d]+$/);
    // A label as the pane shows it, never the key.
    expect(issue.label).not.toContain('.');
    expect(issue.label).not.toBe('Instellingen');
    // The bound itself is accepted.
    const max = Number(/(\d+)/.exec(issue.message)?.[1]);
    const atMax = path[0] === 'lateness' && path[1] === 'ladder' ? withValue(['lateness', 'ladder'], [3, 6, 9, max]) : path[0] === 'mapping' ? { mapping: path[1] === 'headerRow' ? { headerRow: max } : { fields: { code: max } } } : withValue(path, max);
    expect(validateSettings(atMax).ok).toBe(true);
  });

  it('refuses a ladder of more than 20 steps, by its label', () => {
    const r = validateSettings({ lateness: { ladder: Array.from({ length: 21 }, (_, i) => i + 1) } });
    expect(r.ok ? [] : r.issues.map((i) => `${i.label}: ${i.message}`)).toEqual(['Ladder (aantal keer te laat): hoogstens 20 waarden']);
  });
});
