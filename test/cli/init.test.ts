import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnalysisResult } from '../../src/core/analysis/types';
import { defaultSettings, validateSettings } from '../../src/core/settings/validateSettings';
import { generateRegister } from '../../tools/generate/registerGenerator';
import { writeRegisterFile } from '../../tools/generate/writeRegisterFile';
import { runCli } from '../helpers/runCli';

let dir: string;
let register2627: string;
let small2627: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-init-'));
  // A school's register of 2026-2027, the year without an official holiday table. The generator
  // lays it over its own holidays; init does not see those, only the register.
  register2627 = path.join(dir, 'register-2026-2027.csv');
  await writeRegisterFile(generateRegister({ pupils: 300, seed: 21, schoolYearStart: '2026-08-01' }), register2627);
  small2627 = path.join(dir, 'klas-2026-2027.csv');
  await writeRegisterFile(generateRegister({ pupils: 10, seed: 21, schoolYearStart: '2026-08-01' }), small2627);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const holidaysOf = (file: string): string[] =>
  ((readJson(file).calendar as { holidays?: { name: string; start: string; end: string }[] }).holidays ?? []).map((h) => `${h.name} ${h.start} ${h.end}`);

const SCHOOLGIDS = [
  'Vakanties en vrije dagen schooljaar 2026-2027',
  '',
  'Herfstvakantie: maandag 19 oktober t/m vrijdag 23 oktober 2026',
  'Kerstvakantie 21 december 2026 - 1 januari 2027',
  'Voorjaarsvakantie: maandag 15 februari t/m vrijdag 19 februari 2027',
  'Meivakantie: maandag 26 april t/m vrijdag 7 mei 2027',
  'Zomervakantie: maandag 19 juli t/m vrijdag 27 augustus 2027',
  'Studiedag 12 november',
  'Goede Vrijdag',
  'Koningsdag',
  'Sportdag: datum volgt',
].join('\n');

describe('verzuimsignaal init', () => {
  it('end to end: init on a 2026-2027 register, then analyze with the written file, gives signals', async () => {
    const out = path.join(dir, 'from-register.json');
    const before = await runCli('analyze', register2627, '--json');
    // Without holidays nothing of 2026-2027 counts, and the first line says why and what fixes it.
    expect(before.code).toBe(0);
    expect((JSON.parse(before.out) as AnalysisResult).flags).toEqual([]);
    expect(before.err.split('\n')[0]).toMatch(/^Let op: schooljaar 2026-2027 heeft geen vakanties .*: 1\d\.\d{3} rijen tellen niet mee\. Oplossing: .*verzuimsignaal init /);

    const init = await runCli('init', register2627, '--out', out);
    expect(init.err).toBe('');
    expect(init.code).toBe(0);
    // The register has no rows in the generator's autumn, Christmas, spring and May holidays:
    // those weeks are proposed, widened to their weekends, with the built-in 2026 summer tail.
    expect(holidaysOf(out)).toEqual([
      'Zomervakantie 2026-07-18 2026-08-30',
      'Herfstvakantie 2026-10-17 2026-10-25',
      'Kerstvakantie 2026-12-19 2027-01-03',
      'Voorjaarsvakantie 2027-02-13 2027-02-21',
      'Meivakantie 2027-04-24 2027-05-02',
    ]);
    expect(init.out).toMatch(/Schooljaar 2026-2027: WAARSCHIJNLIJK VAKANTIE — afgeleid uit het register/);
    expect(init.out).toMatch(/Herfstvakantie\? +17-10-2026 t\/m 25-10-2026 +\(5 schooldagen zonder rijen/);
    expect(init.out).toMatch(/Nog in te vullen in .*from-register\.json: school\.name, school\.brin, school\.location, school\.reporter\.name/);

    // A complete settings file: every key of the defaults, valid as it stands.
    const written = readJson(out);
    expect(Object.keys(written).sort()).toEqual(Object.keys(defaultSettings()).sort());
    expect(Object.keys(written.school as object).sort()).toEqual(['brin', 'location', 'name', 'reporter']);
    expect(validateSettings(written).ok).toBe(true);

    const after = await runCli('analyze', register2627, '--config', out, '--json');
    expect(after.code).toBe(0);
    expect(after.err).toBe('');
    const result = JSON.parse(after.out) as AnalysisResult;
    expect(result.problems.filter((p) => p.kind === 'outside-calendar')).toEqual([]);
    expect(result.input.rowsCounted).toBeGreaterThan(0.99 * result.input.rowsRead);
    expect(result.flags.length).toBeGreaterThan(0);
    expect(result.flags.some((f) => f.reportTo === 'leerplicht')).toBe(true);
  });

  it('reads the pasted schoolgids text for the year the table lacks, and lists every line to check', async () => {
    const text = path.join(dir, 'vakanties.txt');
    writeFileSync(text, `\uFEFF${SCHOOLGIDS}`, 'utf8');
    const out = path.join(dir, 'from-text.json');
    const r = await runCli('init', register2627, '--holidays-text', text, '--out', out);
    expect(r.code).toBe(0);
    expect(holidaysOf(out)).toEqual([
      'Zomervakantie 2026-07-18 2026-08-30',
      'Herfstvakantie 2026-10-17 2026-10-25',
      'Kerstvakantie 2026-12-19 2027-01-03',
      'Voorjaarsvakantie 2027-02-13 2027-02-21',
      'Meivakantie 2027-04-24 2027-05-09',
      'Zomervakantie 2027-07-17 2027-08-29',
    ]);
    // Goede Vrijdag (26 March 2027) is a school's own day off; Koningsdag is already a public holiday.
    expect((readJson(out).calendar as { daysOff: string[] }).daysOff).toEqual(['2026-11-12', '2027-03-26']);
    expect(r.out).toMatch(/Schooljaar 2026-2027: gelezen uit .*vakanties\.txt/);
    expect(r.out).toMatch(/Herfstvakantie +17-10-2026 t\/m 25-10-2026 +\(regel 3: 19-10-2026 t\/m 23-10-2026, met de weekenden\)/);
    expect(r.out).toMatch(/Al een feestdag .*Koningsdag 27-04-2027/);
    expect(r.out).toMatch(/regel 11: "Sportdag: datum volgt" — geen datum gevonden/);
    expect(r.out).not.toMatch(/WAARSCHIJNLIJK/);
  });

  it('without a register: the built-in table for a sourced year, the text for another', async () => {
    const out = path.join(dir, 'built-in.json');
    const r = await runCli('init', '--region', 'zuid', '--school-year', '2025-2026', '--out', out);
    expect(r.code).toBe(0);
    expect(holidaysOf(out)).toEqual([
      'Zomervakantie 2025-07-05 2025-08-17',
      'Herfstvakantie 2025-10-11 2025-10-19',
      'Kerstvakantie 2025-12-20 2026-01-04',
      'Voorjaarsvakantie 2026-02-14 2026-02-22',
      'Meivakantie 2026-04-25 2026-05-03',
      'Zomervakantie 2026-07-11 2026-08-23',
    ]);
    expect((readJson(out).calendar as { region: string }).region).toBe('zuid');
    expect(r.out).toMatch(/Schooljaar 2025-2026: de officiële vakanties van regio Zuid \(ingebouwde tabel\)/);
    expect(r.out).toMatch(/bron: .*soliferclub\.nl/);

    const text = path.join(dir, 'zonder-jaar.txt');
    writeFileSync(text, 'Herfstvakantie 19 t/m 23 oktober\nKerstvakantie 21 december t/m 1 januari\n', 'utf8');
    const out2 = path.join(dir, 'text-only.json');
    const r2 = await runCli('init', '--holidays-text', text, '--school-year', '2026-2027', '--out', out2);
    expect(r2.code).toBe(0);
    expect(holidaysOf(out2)).toEqual([
      'Zomervakantie 2026-07-18 2026-08-30',
      'Herfstvakantie 2026-10-17 2026-10-25',
      'Kerstvakantie 2026-12-19 2027-01-03',
    ]);
  });

  it('a small register proposes nothing: it says so and leaves the holidays out', async () => {
    const out = path.join(dir, 'small.json');
    const r = await runCli('init', small2627, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Schooljaar 2026-2027: GEEN VAKANTIES \(Het register heeft 10 leerlingen: te weinig om vakanties uit af te leiden \(vanaf 100\)\.\)/);
    expect(r.out).toMatch(/--holidays-text BESTAND --force/);
    expect((readJson(out).calendar as Record<string, unknown>).holidays).toBeUndefined();
  });

  it('refuses to overwrite a file, a wrong region or school year, and a missing text file', async () => {
    const out = path.join(dir, 'exists.json');
    writeFileSync(out, '{"school":{"name":"Eigen"}}', 'utf8');
    const r = await runCli('init', '--school-year', '2025-2026', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/exists\.json bestaat al; .*--force/);
    expect(readFileSync(out, 'utf8')).toBe('{"school":{"name":"Eigen"}}');
    expect((await runCli('init', '--school-year', '2025-2026', '--out', out, '--force')).code).toBe(0);
    expect((await runCli('init', '--region', 'west', '--out', path.join(dir, 'x.json'))).err).toMatch(/--region: noord, midden of zuid/);
    expect((await runCli('init', '--school-year', '2026', '--out', path.join(dir, 'x.json'))).err).toMatch(/--school-year: schooljaar als JJJJ-JJJJ/);
    const missing = await runCli('init', '--holidays-text', path.join(dir, 'nope.txt'), '--out', path.join(dir, 'x.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--holidays-text: bestand niet gevonden/);
    expect(existsSync(path.join(dir, 'x.json'))).toBe(false);
  });
});

describe('the holiday line of inspect / analyze / report', () => {
  it('comes first in the text output, once per school year, naming the rows and the fix', async () => {
    const r = await runCli('inspect', register2627);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Let op: schooljaar 2026-2027 heeft geen vakanties \(de ingebouwde tabel van regio Midden heeft dit jaar niet\)/);
    expect(lines[0]).toContain(`verzuimsignaal init ${register2627} --holidays-text vakanties.txt --out instellingen.json`);
    expect(lines[1]).toBe(`Register: ${register2627}`);
    expect(r.out.match(/^Let op: schooljaar/gm)).toHaveLength(1);

    const report = await runCli('report', register2627, '--out', path.join(dir, 'report'));
    expect(report.out.split('\n')[0]).toMatch(/^Let op: schooljaar 2026-2027 heeft geen vakanties/);
  });

  it('warns, as the pane does, when the settings file\'s own holiday list misses a school year of the register', async () => {
    const config = path.join(dir, 'only-2025.json');
    writeFileSync(
      config,
      JSON.stringify({ calendar: { holidays: [{ name: 'Herfstvakantie', start: '2025-10-18', end: '2025-10-26' }] } }),
      'utf8',
    );
    const r = await runCli('analyze', register2627, '--config', config);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(
      /^Let op: de vakantielijst in .*only-2025\.json \("calendar\.holidays"\) heeft niets voor schooljaar 2026-2027, waar het register 1\d\.\d{3} rijen heeft: de vakantiedagen tellen nu als schooldagen\./,
    );
  });
});

describe('help and version', () => {
  it('--version prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    const r = await runCli('--version');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${pkg.version}\n`);
  });

  it('--help is in Dutch with English, and names init first', async () => {
    const r = await runCli('--help');
    expect(r.code).toBe(0);
    const text = r.out.replace(/\s+/g, ' ');
    expect(text).toContain('toon het versienummer / show the version number');
    expect(text).toContain('schrijf een instellingenbestand met de vakanties van de school / write a settings file with the school holidays');
    expect(text).toContain('pas de MAS-signaalregels toe en toon de signalen / apply the MAS rules and show the signals');
    expect(text).toContain('verzuimsignaal init register.xlsx --holidays-text vakanties.txt --out instellingen.json');
    const init = await runCli('init', '--help');
    expect(init.out.replace(/\s+/g, ' ')).toContain('--holidays-text <file> tekstbestand met de vakanties uit de schoolgids / text file with the holidays from the school guide');
  });
});
