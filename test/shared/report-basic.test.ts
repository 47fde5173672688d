import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';
import { docxAllParts, docxText } from '../documents/docText';

// The spec's example (runs only from .ci/run, where ../shared sits beside the project).
const SHARED = resolve(__dirname, '../../../shared');
const EXAMPLE = join(SHARED, 'spec/examples/basic');

describe('verzuimsignaal report on examples/basic', () => {
  let root: string;
  let dir: string;
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  let code: number;
  const doc = async (name: string): Promise<string> => docxText(new Uint8Array(await readFile(join(dir, name))));

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vs-report-basic-'));
    dir = join(root, 'out');
    code = await main(
      ['report', join(EXAMPLE, 'register.csv'), '--config', join(EXAMPLE, 'settings.json'), '--as-of', '2026-12-04', '--date', '2026-12-04', '--out', dir],
      io,
    );
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes melding drafts for exactly 1001, 1002, 1003 and 1007, and the early-signal letter of 1005', async () => {
    expect(io.stderr).toBe('');
    expect(code).toBe(0);
    const names = await readdir(dir);
    expect(names.filter((n) => n.startsWith('melding-')).sort()).toEqual([
      'melding-1001-2026-12-04.docx',
      'melding-1002-2026-12-04.docx',
      'melding-1003-2026-12-04.docx',
      'melding-1007-2026-12-04.docx',
    ]);
    expect(names.filter((n) => n.includes('1005'))).toEqual(['brief-vroegsignaal-1005-2026-12-04.docx']);
    expect(names.filter((n) => /1004|1006|1008/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['meldingen.xlsx', 'meldingen.csv']));
    expect(io.stdout).toContain('Conceptmeldingen voor leerplicht: 5 (leerlingen 1001, 1002, 1003, 1007)');
  });

  it('puts the pupil, the dates, the hours and the school in the documents', async () => {
    const d1001 = await doc('melding-1001-2026-12-04.docx');
    expect(d1001).toContain('Conceptmelding verzuim: Sanne de Vries');
    expect(d1001).toContain('Voorbeeldcollege, Hoofdlocatie (BRIN 99XX)');
    expect(d1001).toContain('Ongeoorloofd verzuim 16 uur of meer in 4 lesweken (V3): 7 september 2026 t/m 28 september 2026');
    expect(d1001).toContain('Ongeoorloofd verzuim 16 uur of meer in 4 lesweken (V3): 30 september 2026 t/m 28 oktober 2026');
    expect(d1001.match(/Verzuimuren\n17,5\n/g)).toHaveLength(2);
    expect(d1001).toContain('J. Jansen');
    expect(d1001).toContain('010-1234567');
    const d1002 = await doc('melding-1002-2026-12-04.docx');
    expect(d1002).toContain('Daan Bakker');
    expect(d1002).toContain('Luxe verzuim (L): 15 oktober 2026 t/m 26 oktober 2026');
    expect(d1002).toMatch(/Verzuimuren\n15\n/);
    const d1003 = await doc('melding-1003-2026-12-04.docx');
    expect(d1003).toContain('Overig verzuim (te laat komen) (O): 1 september 2026 t/m 3 november 2026');
    expect(d1003).toMatch(/Verzuimuren\n1,5\n/);
    const d1007 = await doc('melding-1007-2026-12-04.docx');
    expect(d1007).toContain('(V4): 9 november 2026 t/m 16 november 2026');
    expect(d1007).toMatch(/Verzuimuren\n20\n/);
    const letter = await doc('brief-vroegsignaal-1005-2026-12-04.docx');
    expect(letter).toContain('Noor Smit');
    expect(letter).toContain('Van 30 november 2026 tot en met 4 december 2026 was Noor ruim 8 uur afwezig zonder geldige reden.');
    expect(letter).toContain('Voorbeeldcollege');
  });

  it('leaves no trace of the sick pupils or of remarks in any file', async () => {
    // Every file, the run's own list of documents (.json) included, read as what it is.
    for (const name of await readdir(dir)) {
      const data = new Uint8Array(await readFile(join(dir, name)));
      const text = name.endsWith('.csv') || name.endsWith('.json') ? new TextDecoder().decode(data) : await docxAllParts(data);
      for (const forbidden of ['Milan Visser', 'Lotte Mulder', 'Emma Dekker', 'tijdens vakantie', '20-10-2026', '20 oktober 2026']) {
        expect({ name, found: text.includes(forbidden) ? forbidden : null }).toEqual({ name, found: null });
      }
    }
  });
});
