import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliLang, wholeNumber } from '../../src/cli/lang';
import type { AnalysisResult } from '../../src/core/analysis/types';
import { generateRegister } from '../../tools/generate/registerGenerator';
import { writeRegisterFile } from '../../tools/generate/writeRegisterFile';
import { SAMPLE_CSV, SAMPLE_SETTINGS } from '../fixtures/helpers/evaluationWorkbook';
import { runCli } from '../helpers/runCli';

// Issue 12, point 5: dates as people write them on every date option, and init and the
// warnings of the command line in English for who asks (--lang en or VERZUIMSIGNAAL_LANG=en).

let dir: string;
let register2627: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-lang-'));
  register2627 = path.join(dir, 'register-2026-2027.csv');
  await writeRegisterFile(generateRegister({ pupils: 120, seed: 5, schoolYearStart: '2026-08-01' }), register2627);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('date options take dd-mm-jjjj as well as ISO', () => {
  it('evaluate --as-of 04-12-2026 gives the same figures as --as-of 2026-12-04', async () => {
    const iso = await runCli('evaluate', SAMPLE_CSV, '--config', SAMPLE_SETTINGS, '--as-of', '2026-12-04', '--json');
    const dutch = await runCli('evaluate', SAMPLE_CSV, '--config', SAMPLE_SETTINGS, '--as-of', '04-12-2026', '--json');
    expect(iso.code).toBe(0);
    expect(dutch.code).toBe(0);
    expect(JSON.parse(dutch.out)).toEqual(JSON.parse(iso.out));
    expect((JSON.parse(dutch.out) as { asOf: string }).asOf).toBe('2026-12-04');
  });

  it('analyze and report take both forms too; an impossible date is refused on one line, in either language', async () => {
    const a = await runCli('analyze', SAMPLE_CSV, '--config', SAMPLE_SETTINGS, '--as-of', '4-12-2026', '--json');
    expect((JSON.parse(a.out) as AnalysisResult).asOf).toBe('2026-12-04');
    const out = path.join(dir, 'report');
    const r = await runCli('report', SAMPLE_CSV, '--config', SAMPLE_SETTINGS, '--as-of', '04-12-2026', '--date', '07-12-2026', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Peildatum 0?4-12-2026; documenten gemaakt op 0?7-12-2026/);
    for (const cmd of ['analyze', 'evaluate']) {
      const bad = await runCli(cmd, SAMPLE_CSV, '--as-of', '31-11-2026');
      expect(bad.code).toBe(2);
      expect(bad.err).toBe('verzuimsignaal: ongeldige peildatum voor --as-of: "31-11-2026" (verwacht dd-mm-jjjj of jjjj-mm-dd, bijv. 04-12-2026)\n');
      const en = await runCli(cmd, SAMPLE_CSV, '--as-of', '2026-13-01', '--lang', 'en');
      expect(en.err).toBe('verzuimsignaal: invalid as-of date for --as-of: "2026-13-01" (expected dd-mm-yyyy or yyyy-mm-dd, e.g. 04-12-2026)\n');
    }
  });
});

describe('the language of the command line', () => {
  it('writes whole numbers as nl-NL and en-GB do (12.345 and 12,345), without ICU', () => {
    for (const n of [0, 1, 7, 999, 1000, 1001, 12345, 100000, 999999, 1000000, 1234567890, -1, -1000, -987654]) {
      expect(wholeNumber(n, 'nl')).toBe(n.toLocaleString('nl-NL'));
      expect(wholeNumber(n, undefined)).toBe(n.toLocaleString('nl-NL'));
      expect(wholeNumber(n, 'en')).toBe(n.toLocaleString('en-GB'));
    }
  });

  it('is Dutch unless --lang or VERZUIMSIGNAAL_LANG says English; the system locale does not decide', () => {
    expect(cliLang(undefined, {})).toBe('nl');
    expect(cliLang(undefined, { LANG: 'en_US.UTF-8' })).toBe('nl');
    expect(cliLang(undefined, { VERZUIMSIGNAAL_LANG: 'en' })).toBe('en');
    expect(cliLang('nl', { VERZUIMSIGNAAL_LANG: 'en' })).toBe('nl');
    expect(cliLang('EN', {})).toBe('en');
    expect(cliLang('en-GB', {})).toBe('en');
    expect(() => cliLang('de', {})).toThrow('--lang: nl of en, niet "de" / nl or en, not "de"');
  });

  it('init --lang en lists the holidays to check, the proposals and what to fill in, in English; the file is the same', async () => {
    const en = path.join(dir, 'en.json');
    const nl = path.join(dir, 'nl.json');
    const r = await runCli('init', register2627, '--out', en, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    await runCli('init', register2627, '--out', nl);
    expect(readFileSync(en, 'utf8')).toBe(readFileSync(nl, 'utf8'));
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`Settings written to ${en} (region Central (midden); every setting with its default value).`);
    expect(r.out).toContain('Holidays (calendar.holidays) — check them against the school guide:');
    expect(r.out).toMatch(/School year 2026-2027: PROBABLY HOLIDAYS \(waarschijnlijk vakantie\) — inferred from the register \(weeks without a single row\); \d{1,3},\d{3} rows in the register\./);
    expect(r.out).toMatch(/Herfstvakantie\? +17-10-2026 to 25-10-2026 +\(5 school days without rows; before and after, \d+ rows a day on average\)/);
    expect(r.out).toContain(`Still to fill in in ${en}: school.name, school.brin`);
    expect(r.out).toContain(`Then: verzuimsignaal analyze ${register2627} --config ${en} --lang en`);
    // No Dutch sentence left: only names (holidays, regions) and the register's own words.
    for (const dutch of ['Schooljaar', 'geschreven', 'controleer', 'rijen', 'vul ', 'Daarna', 'Niet officieel']) expect(r.out).not.toContain(dutch);
  });

  it('init --lang en on a schoolgids text: unread lines and weekday warnings in English', async () => {
    const text = path.join(dir, 'vakanties.txt');
    writeFileSync(
      text,
      ['Schooljaar 2026-2027', 'Herfstvakantie: maandag 19 oktober t/m vrijdag 23 oktober 2026', 'Meivakantie: maandag 27 april t/m vrijdag 7 mei 2027', 'Studiedag 12 november', 'Sportdag: datum volgt'].join('\n'),
      'utf8',
    );
    const out = path.join(dir, 'text-en.json');
    const r = await runCli('init', '--holidays-text', text, '--school-year', '2026-2027', '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/School year 2026-2027: read from .*vakanties\.txt/);
    expect(r.out).toMatch(/Herfstvakantie +17-10-2026 to 25-10-2026 +\(line 2: 19-10-2026 to 23-10-2026, with the weekends\)/);
    expect(r.out).toContain('Days off (calendar.daysOff):');
    expect(r.out).toContain('Note, line 3: 2027-04-27 is a Tuesday, not a Monday: check the date');
    expect(r.out).toMatch(/line 5: "Sportdag: datum volgt" — no date found/);
  });

  it('the holiday line of inspect and analyze, and the errors of a bad settings file, in English', async () => {
    const inspect = await runCli('inspect', register2627, '--lang', 'en');
    expect(inspect.out.split('\n')[0]).toMatch(
      /^Note: school year 2026-2027 has no holidays \(the built-in table of region Central \(midden\) lacks this year\): \d{1,3},\d{3} rows are not counted\. Fix: put the holidays from the school guide in vakanties\.txt and run `verzuimsignaal init /,
    );
    const analyze = await runCli('analyze', register2627, '--lang', 'en');
    expect(analyze.out.split('\n')[0]).toMatch(/^Note: school year 2026-2027 has no holidays/);
    expect(analyze.out).toContain('No signals.');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ sixteenHours: { thresholdHours: -3 } }), 'utf8');
    const refused = await runCli('analyze', register2627, '--config', bad, '--lang', 'en');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^verzuimsignaal: invalid settings in .*bad\.json: .*\("sixteenHours\.thresholdHours"\)\n$/);
    expect(refused.err).not.toMatch(/ongeldig|moet/);
    const missing = await runCli('analyze', path.join(dir, 'nope.csv'), '--lang', 'en');
    expect(missing.err).toBe(`verzuimsignaal: file not found: ${path.join(dir, 'nope.csv')}\n`);
  });

  it('VERZUIMSIGNAAL_LANG=en does the same for every call; --lang nl overrides it', async () => {
    const before = process.env.VERZUIMSIGNAAL_LANG;
    process.env.VERZUIMSIGNAAL_LANG = 'en';
    try {
      const r = await runCli('analyze', register2627);
      expect(r.out.split('\n')[0]).toMatch(/^Note: school year 2026-2027/);
      const nl = await runCli('analyze', register2627, '--lang', 'nl');
      expect(nl.out.split('\n')[0]).toMatch(/^Let op: schooljaar 2026-2027/);
    } finally {
      if (before === undefined) delete process.env.VERZUIMSIGNAAL_LANG;
      else process.env.VERZUIMSIGNAAL_LANG = before;
    }
  });
});
