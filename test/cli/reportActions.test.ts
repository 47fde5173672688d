import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { Workbook } from 'exceljs';
import { docxText } from '../documents/docText';
import { DEBRUG_REGISTER, runReport, tmpDirFor } from '../helpers/reportFixture';

/**
 * The register of "De Brug" with the school's own actions column: pupil 3001's first rows note a
 * conversation (twice, as a register repeats it), a later row a letter; other pupils have none.
 */
async function registerLines(header: string): Promise<string[][]> {
  const lines = (await readFile(DEBRUG_REGISTER, 'utf8')).trimEnd().split('\n').map((l) => l.split(';'));
  let n3001 = 0;
  return lines.map((cells, i) => {
    if (i === 0) return [...cells, header];
    if (cells[0] !== '3001') return [...cells, ''];
    n3001 += 1;
    const action = n3001 <= 2 ? 'Gesprek met ouders 15-09-2026' : n3001 === 10 ? 'Brief vroegsignaal verstuurd' : '';
    return [...cells, action];
  });
}

async function draftRows(out: string): Promise<Record<string, string>[]> {
  const csv = (await readFile(join(out, 'meldingen.csv'), 'utf8')).replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(csv, { delimiter: ';', header: true, skipEmptyLines: true }).data;
  // Codes are written ="3001" so Excel keeps them as text: read them as Excel shows them.
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.replace(/^="(.*)"$/, '$1')])));
}

describe('verzuimsignaal report: "Acties van de school" from the register’s own column', () => {
  const tmp = tmpDirFor('vs-actions-');

  it('reads an "Acties van de school" column of a .csv register per pupil into the draft, engine signals apart', async () => {
    const file = join(tmp(), 'register.csv');
    await writeFile(file, (await registerLines('Acties van de school')).map((c) => c.join(';')).join('\n') + '\n');
    const out = join(tmp(), 'uit');
    const res = await runReport({ file, out });
    expect(res.code).toBe(0);
    const rows = await draftRows(out);
    const v3 = rows.find((r) => r.Leerlingnummer === '3001' && r['Soort verzuim (DUO)'] === 'V3');
    // Only what the school recorded, each text once, in register order.
    expect(v3?.['Acties school']).toBe('Gesprek met ouders 15-09-2026; Brief vroegsignaal verstuurd');
    // The engine's own signals are listed apart, without the school's actions.
    expect(v3?.['Eerdere signalen']).toMatch(/^Vroegsignaal/);
    expect(v3?.['Eerdere signalen']).not.toContain('Gesprek');
    // Pupils without an action in the column keep the warning; 3001 no longer has it.
    expect(res.out).not.toContain('Leerling 3001: geen acties van school vastgelegd');
    expect(res.out).toContain('Leerling 3002: geen acties van school vastgelegd');
    expect(rows.filter((r) => r.Leerlingnummer !== '3001').every((r) => r['Acties school'] === '')).toBe(true);
    const melding = await docxText(new Uint8Array(await readFile(join(out, 'melding-3001-2026-12-04.docx'))));
    expect(melding).toContain('Acties van de school\nGesprek met ouders 15-09-2026; Brief vroegsignaal verstuurd\n');
  });

  it('reads an "Ondernomen acties" column of an .xlsx register the same way', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Register');
    for (const cells of await registerLines('Ondernomen acties')) ws.addRow(cells);
    const file = join(tmp(), 'register.xlsx');
    await wb.xlsx.writeFile(file);
    const out = join(tmp(), 'uit');
    expect((await runReport({ file, out })).code).toBe(0);
    const v3 = (await draftRows(out)).find((r) => r.Leerlingnummer === '3001' && r['Soort verzuim (DUO)'] === 'V3');
    expect(v3?.['Acties school']).toBe('Gesprek met ouders 15-09-2026; Brief vroegsignaal verstuurd');
  });
});
