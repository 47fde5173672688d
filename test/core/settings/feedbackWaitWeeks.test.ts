import { defaultSettings, validateSettings } from '../../../src/core/settings/validateSettings';

describe('feedbackWaitWeeks: weeks after Gemeld op before a melding waits for feedback', () => {
  it('is 6 by default and takes 1 to 52 weeks', () => {
    expect(defaultSettings().feedbackWaitWeeks).toBe(6);
    for (const w of [1, 8, 52]) expect(validateSettings({ feedbackWaitWeeks: w })).toMatchObject({ ok: true, settings: { feedbackWaitWeeks: w } });
  });

  it('refuses 0, 53 and 2.5 weeks, named by its label in Dutch and English', () => {
    for (const w of [0, 53, 2.5]) {
      const r = validateSettings({ feedbackWaitWeeks: w });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues.map((i) => [i.key, i.label, i.labelEn])).toEqual([
        ['feedbackWaitWeeks', 'Wachten op terugkoppeling (weken)', 'Waiting for feedback (weeks)'],
      ]);
    }
  });
});
