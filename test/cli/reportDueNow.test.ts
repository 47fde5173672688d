import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import Papa from 'papaparse';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { loadRegister } from '../../src/cli/loadInput';
import { analyze } from '../../src/core/analysis/analyze';
import type { CellValue } from '../../src/core/register/types';
import { buildReportingSheet } from '../../src/core/reporting/reportingSheet';
import { serialFromIso } from '../../src/core/reporting/excelDate';

const FIXTURES = join(__dirname, 'fixtures');
const REGISTER = join(FIXTURES, 'register-debrug.csv');
const SETTINGS = join(FIXTURES, 'settings-debrug.json');

function collector(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

/**
 * The register of "De Brug" as a workbook with the reporting sheet as the add-in writes it, after
 * the coordinator edited it (`edit` gets the grid and the flag id of a pupil's signal). The sheet
 * starts at A1, so grid row r is sheet row r + 1.
 */
async function workbookWith(dir: string, edit: (grid: CellValue[][], h: CellValue[], id: (pupil: string, category: string) => string) => void): Promise<string> {
  const loaded = await loadRegister(REGISTER, { config: SETTINGS });
  const analysis = analyze(loaded.import, loaded.settings, { asOf: '2026-12-04' });
  const sheet = buildReportingSheet(analysis, undefined).spec;
  const grid: CellValue[][] = [sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => [...r])];
  const id = (pupil: string, category: string): string => {
    const f = analysis.flags.find((x) => x.studentId === pupil && x.category === category);
    if (!f) throw new Error(`no ${category} flag for ${pupil}`);
    return f.id;
  };
  edit(grid, grid[0], id);
  const wb = new Workbook();
  const reg = wb.addWorksheet('Register');
  for (const line of (await readFile(REGISTER, 'utf8')).trimEnd().split('\n')) reg.addRow(line.split(';'));
  const rep = wb.addWorksheet('Verzuimsignalen');
  for (const r of grid) rep.addRow(r.map((c) => (c === undefined ? null : c)));
  const file = join(dir, 'register.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const run = (file: string, out: string, io: CliIo, date = '2026-12-04') =>
  main(['report', file, '--sheet', 'Register', '--config', SETTINGS, '--as-of', '2026-12-04', '--date', date, '--out', out], io);

describe('verzuimsignaal report: what is due now', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vs-due-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives a Gemeld flag no draft and no letter, and lists it as reported with its date and DUO number', async () => {
    const file = await workbookWith(dir, (grid, h, id) => {
      const row = grid.find((r) => r[0] === id('3002', 'luxury'))!;
      row[h.indexOf('Status')] = 'Gemeld';
      row[h.indexOf('Gemeld op')] = serialFromIso('2026-10-28');
      row[h.indexOf('DUO-meldingsnummer')] = '20261028-4711';
    });
    const io = collector();
    const out = join(dir, 'uit');
    expect(await run(file, out, io)).toBe(0);
    const names = await readdir(out);
    expect(names).not.toContain('melding-3002-2026-12-04.docx');
    expect(names).not.toContain('brief-luxe-verzuim-3002-2026-10-26.docx');
    // The early signal of 3002 is another signal, not reported: its letter is still due.
    expect(names).toContain('brief-vroegsignaal-3002-2026-10-16.docx');
    expect(io.stdout).toContain('Conceptmeldingen voor leerplicht: 3 (leerlingen 3001, 3003, 3007)');
    expect(io.stdout).toContain('Overgeslagen, al gemeld: 1\n  leerling 3002, L 15-10-2026 t/m 26-10-2026: Gemeld op 28-10-2026, DUO-meldingsnummer 20261028-4711\n');
    expect(io.stdout).toContain('Brieven overgeslagen: 1 (1 signaal al gemeld of afgesloten)');
    const csv = new TextDecoder().decode(await readFile(join(out, 'meldingen.csv')));
    expect(csv).not.toContain('="3002"');
  });

  it('makes no letter twice: a second run into the same folder skips the letters of the first', async () => {
    const file = await workbookWith(dir, () => undefined);
    const out = join(dir, 'uit');
    const first = collector();
    expect(await run(file, out, first)).toBe(0);
    expect(first.stdout).toContain('Brieven aan ouders (vanaf 18 jaar aan de leerling zelf): 10');
    const letters1 = (await readdir(out)).filter((n) => n.startsWith('brief-'));
    expect(letters1).toHaveLength(10);
    const log = new TextDecoder().decode(await readFile(join(out, 'brieven-gemaakt.csv')));
    expect(log.trimEnd().split('\r\n')).toHaveLength(11);
    expect(log).toContain(';brief-16-uur-3001-2026-09-29.docx;04-12-2026');

    const second = collector();
    expect(await run(file, out, second, '2026-12-07')).toBe(0);
    expect(second.stdout).toContain('Brieven aan ouders (vanaf 18 jaar aan de leerling zelf): 0');
    expect(second.stdout).toContain('Brieven overgeslagen: 10 (10 brief eerder gemaakt of verstuurd)');
    // No new letter file, and the record is unchanged.
    expect((await readdir(out)).filter((n) => n.startsWith('brief-')).sort()).toEqual(letters1.sort());
    expect(new TextDecoder().decode(await readFile(join(out, 'brieven-gemaakt.csv')))).toBe(log);
    // The drafts are still due and are made again, dated the day of the second run.
    expect(await readdir(out)).toContain('melding-3001-2026-12-07.docx');
  });

  it('honours a "Brief verstuurd op" column the school keeps in Verzuimsignalen', async () => {
    const file = await workbookWith(dir, (grid, h, id) => {
      grid[0].push('Brief verstuurd op');
      for (const r of grid.slice(1)) r.push(r[0] === id('3005', 'early-signal') ? serialFromIso('2026-12-04') : null);
      void h;
    });
    const io = collector();
    const out = join(dir, 'uit');
    expect(await run(file, out, io)).toBe(0);
    expect(await readdir(out)).not.toContain('brief-vroegsignaal-3005-2026-12-04.docx');
    expect(io.stdout).toContain('Brieven overgeslagen: 1 (1 brief eerder gemaakt of verstuurd)');
  });

  it('takes "Actie gemeente gewenst" (Ja/Nee, default Ja) and its toelichting from the Verzuimsignalen table', async () => {
    const file = await workbookWith(dir, (grid, h, id) => {
      // The follow-up column is there (default Ja); the school adds a toelichting column beside it.
      const actie = grid[0].indexOf('Actie gemeente gewenst');
      grid[0].push('Toelichting actie gemeente');
      for (const r of grid.slice(1)) {
        if (r[0] === id('3001', 'sixteen-hours')) {
          r[actie] = 'Nee';
          r.push('School en ouders hebben een plan; leerplicht ter kennisgeving');
        } else r.push(null);
      }
      void h;
    });
    const io = collector();
    const out = join(dir, 'uit');
    expect(await run(file, out, io)).toBe(0);
    const csv = new TextDecoder().decode(await readFile(join(out, 'meldingen.csv'))).replace(/^\uFEFF/, '');
    const [header, ...lines] = Papa.parse<string[]>(csv, { delimiter: ';', skipEmptyLines: true }).data;
    const at = (line: string[], h: string): string => line[header.indexOf(h)];
    const v3 = lines.find((l) => at(l, 'Leerlingnummer') === '="3001"' && at(l, 'Soort verzuim (DUO)') === 'V3');
    expect(v3 && [at(v3, 'Actie gemeente gewenst'), at(v3, 'Toelichting actie gemeente')]).toEqual([
      'Nee',
      'School en ouders hebben een plan; leerplicht ter kennisgeving',
    ]);
    // The default Ja elsewhere, with no toelichting.
    const others = lines.filter((l) => l !== v3);
    expect(others.length).toBeGreaterThan(0);
    expect(others.map((l) => at(l, 'Actie gemeente gewenst'))).toEqual(others.map(() => 'Ja'));
    const melding = await readFile(join(out, 'melding-3001-2026-12-04.docx'));
    const { docxText } = await import('../documents/docText');
    const text = await docxText(new Uint8Array(melding));
    expect(text).toContain('Actie gemeente gewenst\nNee\n');
    expect(text).toContain('Toelichting actie gemeente\nSchool en ouders hebben een plan; leerplicht ter kennisgeving\n');
  });

  it('refuses "Niet melden" without a reason as the pane does: the draft stays, the output names the row', async () => {
    let sheetRow = 0;
    const file = await workbookWith(dir, (grid, h, id) => {
      const r = grid.findIndex((x) => x[0] === id('3002', 'luxury'));
      grid[r][h.indexOf('Status')] = 'Niet melden';
      sheetRow = r + 1;
    });
    const io = collector();
    const out = join(dir, 'uit');
    expect(await run(file, out, io)).toBe(0);
    const message = `Verzuimsignalen rij ${sheetRow} (leerling 3002): status Niet melden geweigerd. Pas toe of leg uit: geef een reden waarom dit signaal niet gemeld wordt. Het concept blijft staan.`;
    expect(io.stderr).toBe(`verzuimsignaal: ${message}\n`);
    expect(io.stdout).toContain(`Niet melden geweigerd (geen reden; pas toe of leg uit), concept wel gemaakt: 1\n  ${message}\n`);
    expect(io.stdout).toContain('Conceptmeldingen voor leerplicht: 4 (leerlingen 3001, 3002, 3003, 3007)');
    const names = await readdir(out);
    expect(names).toContain('melding-3002-2026-12-04.docx');
    expect(names).toContain('brief-luxe-verzuim-3002-2026-10-26.docx');
  });
});
