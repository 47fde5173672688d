import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnalysisResult } from '../../src/core/analysis/types';
import { formatSummary } from '../../src/cli/formatSummary';
import { defaultSettings } from '../../src/core/settings/validateSettings';
import { EXPECTED } from '../core/analysis/fixtures/herfstKerstExpected';
import { runCli } from '../helpers/runCli';

const FIXTURES = path.resolve(__dirname, '../core/analysis/fixtures');
const REGISTER = path.join(FIXTURES, 'herfst-kerst.csv');
const CONFIG = path.join(FIXTURES, 'herfst-kerst.settings.json');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-analyze-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

const withoutIds = (r: AnalysisResult): unknown[] => r.flags.map(({ id: _id, mentor: _mentor, ...rest }) => rest);

describe('verzuimsignaal analyze', () => {
  it('--json prints the AnalysisResult of output.md with 2-space indentation', async () => {
    const { code, out, err } = await run('analyze', REGISTER, '--config', CONFIG, '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const result = JSON.parse(out) as AnalysisResult;
    expect(out).toBe(JSON.stringify(result, null, 2) + '\n');
    expect(result.version).toBe(1);
    expect(result.asOf).toBe('2026-12-18');
    expect(result.input).toEqual({ rowsRead: 47, rowsCounted: 45, rowsNotCounted: 2, students: 8, rowsAfterAsOf: 0 });
    expect(result.problems.map((p) => [p.row, p.kind])).toEqual([
      [24, 'non-school-day'],
      [43, 'unmapped-code'],
    ]);
    expect(withoutIds(result)).toEqual(EXPECTED);
  });

  it('--as-of leaves out later rows and says so', async () => {
    const { code, out } = await run('analyze', REGISTER, '--config', CONFIG, '--as-of', '2026-12-02', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as AnalysisResult;
    expect(result.asOf).toBe('2026-12-02');
    expect(result.input).toEqual({ rowsRead: 47, rowsCounted: 41, rowsNotCounted: 6, students: 8, rowsAfterAsOf: 4 });
    expect(result.flags.map((f) => `${f.studentId} ${f.category} ${f.end}`)).toEqual([
      '2101 early-signal 2026-09-15',
      '2101 sixteen-hours 2026-09-22',
      '2103 early-signal 2026-11-12',
      '2103 luxury 2026-11-12',
      '2104 lateness 2026-09-16',
      '2105 luxury 2026-11-24',
      '2105 sick-concern 2026-12-01',
      '2106 early-signal 2026-12-01',
    ]);
  });

  it('prints a Dutch summary per pupil: what, why, what next and by when; then problems and counts', async () => {
    const { code, out, err } = await run('analyze', REGISTER, '--config', CONFIG, '--as-of', '2026-12-02');
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `Verzuimsignaal – analyse van ${REGISTER} (peildatum 2 december 2026)`,
      'Rijen: 47 gelezen, 41 geteld, 6 niet geteld (waarvan 4 na de peildatum); 8 leerlingen.',
      '',
      'Signalen: 8 bij 5 leerlingen (melden bij leerplicht: 2, school: 5, jeugdarts: 1).',
    ]);
    expect(lines).toContain('Leerling 2101 – Jesse Vermeulen (klas 3A)');
    expect(lines).toContain(
      '  • 16 uur ongeoorloofd verzuim in 4 lesweken (V3) – 8 september 2026 t/m 22 september 2026, 16,67 uur; naar leerplicht; melden vóór 29 september 2026',
    );
    expect(lines).toContain('    Registerrijen: 2–21.');
    expect(lines).toContain(
      '    Volgende stap: Melden bij de leerplichtambtenaar via DUO (verzuimsoort V3), uiterlijk 29 september 2026 (binnen 5 werkdagen, Leerplichtwet art. 21a). Vermeld de acties die de school al heeft ondernomen. MAS-tak A: de leerplichtambtenaar onderzoekt het verzuim en kiest een route.',
    );
    expect(lines).toContain(
      '  • Luxe verzuim: verlofcode zonder toestemming (L) – 11 november 2026 t/m 12 november 2026, 10 uur; naar leerplicht; melden vóór 19 november 2026',
    );
    expect(lines).toContain('  • Zorgwekkend ziekteverzuim: lang ziek (MAZL) – 23 november 2026 t/m 1 december 2026, 35 uur; naar jeugdarts');
    expect(out).toContain('Volgende stap: Bespreken met de jeugdarts (MAZL)');
    expect(lines).toContain('Problemen (2; non-school-day: 1, unmapped-code: 1):');
    expect(out).toMatch(/\n {2}Rij 24, cel E24 \(Datum\): 21-12-2026 is in de Kerstvakantie[^\n]*\n/);
    expect(out).toMatch(/\n {2}Rij 43, cel H43 \(Code\): [^\n]*XQ[^\n]*\n/);
    expect(lines).toContain('Codes zonder categorie: XQ (1 rij). Leg ze vast onder "codes" in de instellingen (--config), dan tellen ze mee.');
  });

  it('reads the same register from an .xlsx with typed date and number cells', async () => {
    const csv = readFileSync(REGISTER, 'utf8').trim().split('\n').map((l) => l.split(';'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Absenties');
    const toDate = (dmy: string): Date => {
      const [d, m, y] = dmy.split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    };
    csv.forEach((cells, i) => {
      if (i === 0) return void ws.addRow(cells);
      const [id, name, klas, dob, date, les, min, code, remark] = cells;
      ws.addRow([Number(id), name, klas, toDate(dob), toDate(date), les ? Number(les) : null, min ? Number(min) : null, code, remark || null]);
    });
    ws.getColumn(4).numFmt = 'dd-mm-yyyy';
    ws.getColumn(5).numFmt = 'dd-mm-yyyy';
    const file = path.join(dir, 'herfst-kerst.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, out, err } = await run('analyze', file, '--config', CONFIG, '--sheet', 'Absenties', '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as AnalysisResult;
    expect(withoutIds(result)).toEqual(EXPECTED);
    expect(result.problems.map((p) => [p.row, p.kind])).toEqual([
      [24, 'non-school-day'],
      [43, 'unmapped-code'],
    ]);
  });

  it('--as-of takes the date as dd-mm-jjjj too', async () => {
    const iso = await run('analyze', REGISTER, '--config', CONFIG, '--as-of', '2026-12-02', '--json');
    const dutch = await run('analyze', REGISTER, '--config', CONFIG, '--as-of', '02-12-2026', '--json');
    expect(dutch.code).toBe(0);
    expect((JSON.parse(dutch.out) as AnalysisResult).asOf).toBe('2026-12-02');
    expect(dutch.out).toBe(iso.out);
  });

  it('exits 2 with one line on stderr for unusable input', async () => {
    const cases: [string[], RegExp][] = [
      [['analyze', path.join(dir, 'bestaat-niet.csv')], /^verzuimsignaal: bestand niet gevonden: .*bestaat-niet\.csv\n$/],
      [['analyze', REGISTER, '--as-of', '12/04/2026x'], /^verzuimsignaal: ongeldige peildatum voor --as-of: "12\/04\/2026x" \(verwacht dd-mm-jjjj of jjjj-mm-dd, bijv\. 04-12-2026\)\n$/],
      [['analyze', REGISTER, '--as-of', '2026-02-30'], /^verzuimsignaal: ongeldige peildatum voor --as-of: "2026-02-30"/],
    ];
    const noHeader = path.join(dir, 'geen-kop.csv');
    writeFileSync(noHeader, 'Naam;Klas\nSanne;2B\n');
    cases.push([['analyze', noHeader], /^verzuimsignaal: .*geen-kop\.csv.*\n$/]);
    const badConfig = path.join(dir, 'fout.json');
    writeFileSync(badConfig, JSON.stringify({ sixteenHours: { thresholdHours: -1 } }));
    cases.push([['analyze', REGISTER, '--config', badConfig], /^verzuimsignaal: .*sixteenHours\.thresholdHours.*\n$/]);
    for (const [argv, message] of cases) {
      const { code, out, err } = await run(...argv);
      expect({ argv, code, out }).toEqual({ argv, code: 2, out: '' });
      expect(err).toMatch(message);
      expect(err.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('lists at most 25 problems in the summary and says how many more there are and where', () => {
    const problems = Array.from({ length: 30 }, (_, i) => ({
      row: i + 2,
      column: 'Datum',
      kind: 'bad-date' as const,
      message: `Rij ${i + 2}: datum onleesbaar.`,
      messageEn: `Row ${i + 2}: unreadable date.`,
    }));
    const text = formatSummary(
      { version: 1, asOf: '', input: { rowsRead: 30, rowsCounted: 0, rowsNotCounted: 30, students: 3, rowsAfterAsOf: 0 }, problems, flags: [] },
      { file: 'x.csv', settings: defaultSettings() },
    );
    expect(text.split('\n')).toEqual([
      'Verzuimsignaal – analyse van x.csv (peildatum onbekend)',
      'Rijen: 30 gelezen, 0 geteld, 30 niet geteld; 3 leerlingen.',
      '',
      'Geen signalen.',
      '',
      'Problemen (30; bad-date: 30):',
      ...problems.slice(0, 25).map((p) => `  ${p.message}`),
      '  … en nog 5 problemen; alle problemen staan in de uitvoer van --json en van verzuimsignaal inspect.',
      '',
    ]);
  });
});
