import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docxAllParts, docxText } from '../documents/docText';
import { DEBRUG_REGISTER, DEBRUG_SETTINGS, reportWorkbook, runReport, tmpDirFor } from '../helpers/reportFixture';
import { runCli } from '../helpers/runCli';

/** Every file of the output as searchable text (.docx/.xlsx unzipped, .csv decoded). */
async function allText(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // The hidden list of the run's documents is no output the school reads.
  for (const name of (await readdir(dir)).filter((n) => !n.startsWith('.'))) {
    const data = new Uint8Array(await readFile(join(dir, name)));
    out.set(name, name.endsWith('.csv') ? new TextDecoder().decode(data) : await docxAllParts(data));
  }
  return out;
}

describe('verzuimsignaal report (fixture register of "De Brug")', () => {
  const tmp = tmpDirFor('vs-report-', 'all');
  let dir: string;
  let res: Awaited<ReturnType<typeof runReport>>;
  const doc = async (name: string): Promise<string> => docxText(new Uint8Array(await readFile(join(dir, name))));

  beforeAll(async () => {
    dir = join(tmp(), 'uit');
    res = await runReport({ out: dir });
  });

  it('runs (exit 0) and writes drafts for exactly the pupils with leerplicht flags, letters per signal', async () => {
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      // The run's own list of documents, so the next run can remove what no longer applies.
      '.verzuimsignaal-uitvoer.json',
      'brief-16-uur-3001-2026-09-29.docx',
      'brief-16-uur-3007-2026-11-16.docx',
      'brief-luxe-verzuim-3002-2026-10-26.docx',
      'brief-te-laat-3003-2026-09-21.docx',
      'brief-te-laat-3003-2026-10-12.docx',
      'brief-te-laat-melding-3003-2026-11-16.docx',
      'brief-vroegsignaal-3001-2026-09-17.docx',
      'brief-vroegsignaal-3002-2026-10-16.docx',
      'brief-vroegsignaal-3005-2026-12-04.docx',
      'brief-vroegsignaal-3007-2026-11-11.docx',
      'brieven-gemaakt.csv',
      'melding-3001-2026-12-04.docx',
      'melding-3002-2026-12-04.docx',
      'melding-3003-2026-12-04.docx',
      'melding-3007-2026-12-04.docx',
      'meldingen.csv',
      'meldingen.xlsx',
    ]);
  });

  it('prints the warnings and a summary, without a BSN', () => {
    expect(res.out).toContain('Peildatum 04-12-2026; documenten gemaakt op 04-12-2026.');
    // Every report-by date lies before 4 December: said first, prominently.
    expect(res.out).toContain(
      [
        'LET OP: 4 melding(en) te laat, de meldtermijn is verstreken:',
        '  leerling 3001, V3 08-09-2026 t/m 29-09-2026: melden uiterlijk 06-10-2026',
        '  leerling 3002, L 15-10-2026 t/m 26-10-2026: melden uiterlijk 02-11-2026',
      ].join('\n'),
    );
    // 232323238 fails the 11-proef (2×9 + 3×8 + … + 3×2 − 8 = 100, not a multiple of 11).
    expect(res.out).toContain('    - Leerling 3003: PGN is geen geldig BSN of onderwijsnummer: het doorstaat de elfproef niet. Controleer het nummer.');
    expect(res.out).toContain('Conceptmeldingen voor leerplicht: 4 (leerlingen 3001, 3002, 3003, 3007)');
    expect(res.out).toContain(
      '  leerling 3002, L 15-10-2026 t/m 26-10-2026:\n    - Leerling 3002: TE LAAT: de meldtermijn is verstreken. Melden moest uiterlijk op 2 november 2026; meld zo snel mogelijk.\n    - Leerling 3002: PGN (BSN of onderwijsnummer) ontbreekt; het register heeft geen kolom BSN/PGN of geen waarde voor deze leerling.\n',
    );
    expect(res.out).toContain('    - Leerling 3001: geen acties van school vastgelegd (kolom "Acties school" op het blad Verzuimsignalen of in het register).');
    expect(res.out).not.toContain('Leerling 3001: PGN');
    expect(res.out).toContain('Brieven aan ouders (vanaf 18 jaar aan de leerling zelf): 10');
    expect(res.out).not.toMatch(/\d{9}/);
  });

  it('drafts the sixteen-hours melding of 3001 with pupil, dates, hours, school and specification', async () => {
    const text = await doc('melding-3001-2026-12-04.docx');
    for (const expected of [
      'Conceptmelding verzuim: Lieke van Dam',
      'Christelijk College De Brug, Vestiging Oost (BRIN 30QZ)',
      'Ongeoorloofd verzuim 16 uur of meer in 4 lesweken (V3): 8 september 2026 t/m 29 september 2026',
      '123456782',
      '11 februari 2011',
      '3A',
      '17,5',
      'Vroegsignaal ongeoorloofd verzuim: 8 september 2026 t/m 17 september 2026 (10 uur)',
      'A. Yilmaz',
      'Verzuimmedewerker',
      '030-2345678',
      'leerplicht@debrug.nl',
      'Melden uiterlijk\n6 oktober 2026\n',
      'TE LAAT: de meldtermijn is verstreken.',
    ]) {
      expect(text).toContain(expected);
    }
    // 7 days × lessons 2, 3 and 4 of 50 minutes, code S: one line per day, "lesuur 2-4".
    expect(text.match(/\nlesuur 2-4\n150\nS\n/g)).toHaveLength(7);
    expect(text).toMatch(/Verzuimdagen\n7\n/);
    expect(text).toMatch(/Alle lessen verzuimd\nNee\n/);
  });

  it('drafts luxury (3002), lateness (3003) and V4 (3007) meldingen', async () => {
    const lux = await doc('melding-3002-2026-12-04.docx');
    expect(lux).toContain('Luxe verzuim (L): 15 oktober 2026 t/m 26 oktober 2026');
    expect(lux).toMatch(/Verzuimuren\n15\n/);
    expect(lux).toMatch(/Alle lessen verzuimd\nJa\n/);
    expect(lux).toContain('Vermoedelijk vakantie: ongeoorloofd afwezig op schooldagen direct voor of na een vakantie');
    expect(lux).toContain('MAS-route\nB');
    expect(lux.match(/\nhele dag\n300\nA\n/g)).toHaveLength(3);
    const late = await doc('melding-3003-2026-12-04.docx');
    expect(late).toContain('Overig verzuim (te laat komen) (O): 7 september 2026 t/m 16 november 2026');
    expect(late).toMatch(/Verzuimuren\n0,75\n/);
    expect(late.match(/\nte laat \(lesuur 1\)\n5\nTL\n/g)).toHaveLength(9);
    expect(late).not.toContain('23 november 2026\nte laat');
    const v4 = await doc('melding-3007-2026-12-04.docx');
    expect(v4).toContain('Ongeoorloofd verzuim 16 uur of meer in 4 lesweken (18 jaar of ouder) (V4): 9 november 2026 t/m 16 november 2026');
    expect(v4).toMatch(/Verzuimuren\n20\n/);
  });

  it('writes the early-signal letter of 3005 in plain language, and addresses the adult 3007 himself', async () => {
    const letter = await doc('brief-vroegsignaal-3005-2026-12-04.docx');
    expect(letter).toContain('Aan de ouder(s) of verzorger(s) van Julia Kramer');
    expect(letter).toContain('Van 30 november 2026 tot en met 4 december 2026 was Julia ruim 8 uur afwezig zonder geldige reden.');
    expect(letter).toContain('Bel dan met A. Yilmaz (Verzuimmedewerker) op 030-2345678, of mail naar leerplicht@debrug.nl.');
    expect(letter).toContain('Christelijk College De Brug');
    const adult = await doc('brief-16-uur-3007-2026-11-16.docx');
    expect(adult).toContain('Aan Noa Meijer');
    expect(adult).toContain('Van 9 november 2026 tot en met 16 november 2026 was je 20 uur afwezig zonder geldige reden. Dat was op 4 schooldagen.');
    expect(adult).not.toContain('ouder(s)');
  });

  it('leaves no trace of the sick pupils, of sickness or of remarks anywhere', async () => {
    const files = await allText(dir);
    for (const [name, text] of files) {
      expect(name).not.toMatch(/3004|3006|3008/);
      for (const forbidden of ['Sem de Jong', 'Daan Koster', 'Ruben Claes', '345678902', '456789013', 'ziekenhuisopname', 'buikgriep', 'koorts', 'hoofdpijn', 'tijdens vakantie', '21-10-2026', '01-10-2026', '21 oktober 2026', '1 oktober 2026']) {
        expect({ name, found: text.includes(forbidden) ? forbidden : null }).toEqual({ name, found: null });
      }
    }
  });

  it('keeps the BSN to the PGN field of the drafts: never in letters or file names', async () => {
    const files = await allText(dir);
    const withBsn = [...files].filter(([, text]) => text.includes('123456782')).map(([name]) => name).sort();
    expect(withBsn).toEqual(['melding-3001-2026-12-04.docx', 'meldingen.csv', 'meldingen.xlsx']);
  });

  it('exports the drafts as csv for Dutch Excel: one line per draft', async () => {
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(join(dir, 'meldingen.csv')));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0].split(';').slice(0, 4)).toEqual(['Signaal-id', 'PGN (BSN/onderwijsnummer)', 'Leerlingnummer', 'Naam']);
    const ids = lines.slice(1).filter((l) => /^VS-[0-9a-f]{12};/.test(l)).map((l) => l.split(';')[2]);
    // Pupil numbers as ="…": text to Excel, whatever their digits.
    expect(ids).toEqual(['="3001"', '="3002"', '="3003"', '="3007"']);
  });
});

describe('verzuimsignaal report on a workbook that holds the sheet Verzuimsignalen', () => {
  const tmp = tmpDirFor('vs-report-xlsx-');

  it('follows the coordinator: Niet melden gives no draft and no letter, recorded actions silence the warning', async () => {
    // The register as a workbook sheet, plus the reporting sheet as the add-in writes it.
    const file = await reportWorkbook(tmp(), (grid, h, id) => {
      const row = (flagId: string) => grid.find((r) => r[0] === flagId) ?? [];
      row(id('3002', 'luxury'))[h.indexOf('Status')] = 'Niet melden';
      row(id('3002', 'luxury'))[h.indexOf('Reden / toelichting')] = 'Verlof achteraf verleend (begrafenis)';
      row(id('3001', 'early-signal'))[h.indexOf('Acties school')] = 'Gesprek met ouders 18-09-2026';
    });

    const out = join(tmp(), 'uit');
    const res = await runReport({ file, sheet: 'Register', out });
    expect(res.code).toBe(0);
    expect(res.out).toContain('Status en acties gelezen uit werkblad Verzuimsignalen (12 signalen).');
    expect(res.out).toContain('Overgeslagen, status Niet melden (met reden): 1');
    expect(res.out).toContain('Conceptmeldingen voor leerplicht: 3 (leerlingen 3001, 3003, 3007)');
    expect(res.out).not.toContain('Leerling 3001: geen acties');
    const names = await readdir(out);
    expect(names.filter((n) => n.includes('3002')).sort()).toEqual(['brief-vroegsignaal-3002-2026-10-16.docx']);
    const d3001 = await docxText(new Uint8Array(await readFile(join(out, 'melding-3001-2026-12-04.docx'))));
    expect(d3001).toContain('Vroegsignaal ongeoorloofd verzuim: 8 september 2026 t/m 17 september 2026 (10 uur); acties: Gesprek met ouders 18-09-2026');
    const all = await allText(out);
    for (const text of all.values()) expect(text).not.toContain('begrafenis');
  });
});

describe('verzuimsignaal report: unusable input', () => {
  const tmp = tmpDirFor('vs-report-bad-');

  it('exits 2 with one line for a missing register, a bad --as-of or an --out that is a file', async () => {
    const dir = tmp();
    let res = await runCli('report', join(dir, 'nope.csv'), '--out', join(dir, 'o'));
    expect(res.code).toBe(2);
    expect(res.err).toBe(`verzuimsignaal: bestand niet gevonden: ${join(dir, 'nope.csv')}\n`);
    res = await runCli('report', DEBRUG_REGISTER, '--as-of', '2026-13-01', '--out', join(dir, 'o'));
    expect(res.code).toBe(2);
    expect(res.err).toBe('verzuimsignaal: --as-of: geen geldige datum "2026-13-01" (dd-mm-jjjj of jjjj-mm-dd verwacht)\n');
    const file = join(dir, 'bestand');
    await writeFile(file, 'x');
    res = await runCli('report', DEBRUG_REGISTER, '--config', DEBRUG_SETTINGS, '--out', file);
    expect(res.code).toBe(2);
    expect(res.err).toBe(`verzuimsignaal: --out: ${file} is een bestand, geen map\n`);
  });
});
