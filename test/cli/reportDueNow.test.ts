import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { serialFromIso } from '../../src/core/reporting/excelDate';
import { reportWorkbook, runReport, tmpDirFor } from '../helpers/reportFixture';

// The workbook register with the sheet Verzuimsignalen as the coordinator edited it, worksheet "Register".
const run = (file: string, out: string, date?: string) => runReport({ file, sheet: 'Register', out, date });

describe('verzuimsignaal report: what is due now', () => {
  const tmp = tmpDirFor('vs-due-');

  it('gives a Gemeld flag no draft and no letter, and lists it as reported with its date and DUO number', async () => {
    const file = await reportWorkbook(tmp(), (grid, h, id) => {
      const row = grid.find((r) => r[0] === id('3002', 'luxury'))!;
      row[h.indexOf('Status')] = 'Gemeld';
      row[h.indexOf('Gemeld op')] = serialFromIso('2026-10-28');
      row[h.indexOf('DUO-meldingsnummer')] = '20261028-4711';
    });
    const out = join(tmp(), 'uit');
    const res = await run(file, out);
    expect(res.code).toBe(0);
    const names = await readdir(out);
    expect(names).not.toContain('melding-3002-2026-12-04.docx');
    expect(names).not.toContain('brief-luxe-verzuim-3002-2026-10-26.docx');
    // The early signal of 3002 is another signal, not reported: its letter is still due.
    expect(names).toContain('brief-vroegsignaal-3002-2026-10-16.docx');
    expect(res.out).toContain('Conceptmeldingen voor leerplicht: 3 (leerlingen 3001, 3003, 3007)');
    expect(res.out).toContain('Overgeslagen, al gemeld: 1\n  leerling 3002, L 15-10-2026 t/m 26-10-2026: Gemeld op 28-10-2026, DUO-meldingsnummer 20261028-4711\n');
    expect(res.out).toContain('Brieven overgeslagen: 1 (1 signaal al gemeld of afgesloten)');
    const csv = new TextDecoder().decode(await readFile(join(out, 'meldingen.csv')));
    expect(csv).not.toContain('="3002"');
  });

  it('makes no letter twice: a second run into the same folder skips the letters of the first', async () => {
    const file = await reportWorkbook(tmp());
    const out = join(tmp(), 'uit');
    const first = await run(file, out);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Brieven aan ouders (vanaf 18 jaar aan de leerling zelf): 10');
    const letters1 = (await readdir(out)).filter((n) => n.startsWith('brief-'));
    expect(letters1).toHaveLength(10);
    const log = new TextDecoder().decode(await readFile(join(out, 'brieven-gemaakt.csv')));
    expect(log.trimEnd().split('\r\n')).toHaveLength(11);
    expect(log).toContain(';brief-16-uur-3001-2026-09-29.docx;04-12-2026');

    const second = await run(file, out, '2026-12-07');
    expect(second.code).toBe(0);
    expect(second.out).toContain('Brieven aan ouders (vanaf 18 jaar aan de leerling zelf): 0');
    expect(second.out).toContain('Brieven overgeslagen: 10 (10 brief eerder gemaakt of verstuurd)');
    // No new letter file, and the record is unchanged.
    expect((await readdir(out)).filter((n) => n.startsWith('brief-')).sort()).toEqual(letters1.sort());
    expect(new TextDecoder().decode(await readFile(join(out, 'brieven-gemaakt.csv')))).toBe(log);
    // The drafts are still due and are made again, dated the day of the second run.
    expect(await readdir(out)).toContain('melding-3001-2026-12-07.docx');
  });

  it('honours a "Brief verstuurd op" column the school keeps in Verzuimsignalen', async () => {
    const file = await reportWorkbook(tmp(), (grid, h, id) => {
      grid[0].push('Brief verstuurd op');
      for (const r of grid.slice(1)) r.push(r[0] === id('3005', 'early-signal') ? serialFromIso('2026-12-04') : null);
      void h;
    });
    const out = join(tmp(), 'uit');
    const res = await run(file, out);
    expect(res.code).toBe(0);
    expect(await readdir(out)).not.toContain('brief-vroegsignaal-3005-2026-12-04.docx');
    expect(res.out).toContain('Brieven overgeslagen: 1 (1 brief eerder gemaakt of verstuurd)');
  });

  it('takes "Actie gemeente gewenst" (Ja/Nee, default Ja) and its toelichting from the Verzuimsignalen table', async () => {
    const file = await reportWorkbook(tmp(), (grid, h, id) => {
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
    const out = join(tmp(), 'uit');
    const res = await run(file, out);
    expect(res.code).toBe(0);
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
    const file = await reportWorkbook(tmp(), (grid, h, id) => {
      const r = grid.findIndex((x) => x[0] === id('3002', 'luxury'));
      grid[r][h.indexOf('Status')] = 'Niet melden';
      sheetRow = r + 1;
    });
    const out = join(tmp(), 'uit');
    const res = await run(file, out);
    expect(res.code).toBe(0);
    const message = `Verzuimsignalen rij ${sheetRow} (leerling 3002): status Niet melden geweigerd. Pas toe of leg uit: geef een reden waarom dit signaal niet gemeld wordt. Het concept blijft staan.`;
    expect(res.err).toBe(`verzuimsignaal: ${message}\n`);
    expect(res.out).toContain(`Niet melden geweigerd (geen reden; pas toe of leg uit), concept wel gemaakt: 1\n  ${message}\n`);
    expect(res.out).toContain('Conceptmeldingen voor leerplicht: 4 (leerlingen 3001, 3002, 3003, 3007)');
    const names = await readdir(out);
    expect(names).toContain('melding-3002-2026-12-04.docx');
    expect(names).toContain('brief-luxe-verzuim-3002-2026-10-26.docx');
  });
});
