import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serialFromIso } from '../../src/core/reporting/excelDate';
import { docxAllParts } from '../documents/docText';
import { reportWorkbook, runReport, tmpDirFor } from '../helpers/reportFixture';
import { runCli } from '../helpers/runCli';

// `report --lang en`: what it prints is English, what it writes stays Dutch (the meldingen go to a
// Dutch attendance office, the letters to Dutch parents). Without --lang it is Dutch, as before.

/** Words and phrases of the Dutch summary; none may stand in the English one. */
const DUTCH = [
  'Peildatum',
  'documenten',
  'gemaakt op',
  'gelezen uit',
  'werkblad',
  'Conceptmeldingen',
  'leerling',
  'Leerling',
  'LET OP',
  'te laat',
  'uiterlijk',
  ' t/m ',
  'Overgeslagen',
  'met reden',
  'geweigerd',
  'pas toe',
  'Controleer',
  'ontbreekt',
  'Brieven',
  'ouders',
  'Geschreven',
  'Verwijderd',
  'meldingsnummer',
  'bestand',
  ' map',
];

const dutchIn = (text: string): string[] => DUTCH.filter((w) => text.includes(w));

/**
 * The coordinator's sheet: 3002's luxury signal reported (date, DUO number), 3007's signal
 * "Niet melden" with a reason, 3001's sixteen-hours signal "Niet melden" without one (refused).
 */
const coordinatorSheet = (dir: string): Promise<string> =>
  reportWorkbook(dir, (grid, h, id) => {
    const row = (flagId: string) => grid.find((r) => r[0] === flagId)!;
    const reported = row(id('3002', 'luxury'));
    reported[h.indexOf('Status')] = 'Gemeld';
    reported[h.indexOf('Gemeld op')] = serialFromIso('2026-10-28');
    reported[h.indexOf('DUO-meldingsnummer')] = '20261028-4711';
    row(id('3007', 'sixteen-hours'))[h.indexOf('Status')] = 'Niet melden';
    row(id('3007', 'sixteen-hours'))[h.indexOf('Reden / toelichting')] = 'Leerling volgt een traject bij de jeugdarts';
    row(id('3001', 'sixteen-hours'))[h.indexOf('Status')] = 'Niet melden';
  });

/**
 * Every document of a folder as text (.docx/.xlsx unzipped, .csv decoded), the run's hidden list
 * left out, and without the moment of writing that each zip's properties carry.
 */
async function documents(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir)).filter((n) => !n.startsWith('.')).sort()) {
    const data = new Uint8Array(await readFile(join(dir, name)));
    const text = name.endsWith('.csv') ? new TextDecoder().decode(data) : await docxAllParts(data);
    out.set(name, text.replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, ''));
  }
  return out;
}

describe('verzuimsignaal report --lang en', () => {
  const tmp = tmpDirFor('vs-report-lang-');

  it('prints every summary line in English, no Dutch sentence; a second run lists the removed drafts in English', async () => {
    const file = await coordinatorSheet(tmp());
    const out = join(tmp(), 'en');
    const en = await runReport({ file, sheet: 'Register', out, extra: ['--lang', 'en'] });
    expect(en.code).toBe(0);
    const lines = en.out.split('\n');
    expect(lines[0]).toBe('As of 04-12-2026; documents dated 04-12-2026.');
    expect(lines[1]).toBe('Status and actions read from the sheet Verzuimsignalen (12 signals).');
    expect(en.out).toContain('Draft meldingen for the attendance office (leerplicht): 2 (pupils 3001, 3003)');
    expect(en.out).toContain('NOTE: 2 melding(en) overdue, the reporting deadline has passed:\n  pupil 3001, V3 08-09-2026 to 29-09-2026: report by 06-10-2026\n');
    expect(en.out).toContain('Skipped, already reported: 1\n  pupil 3002, L 15-10-2026 to 26-10-2026: Gemeld on 28-10-2026, DUO report number 20261028-4711\n');
    // The refusal, in English on stderr and in the summary, naming the sheet row.
    expect(en.err).toMatch(/^verzuimsignaal: Verzuimsignalen row \d+ \(pupil 3001\): status Niet melden refused\. .* The draft stays\.\n$/);
    expect(en.out).toContain(`Niet melden refused (no reason; comply or explain), draft made all the same: 1\n  ${en.err.slice('verzuimsignaal: '.length)}`);
    // The validation warnings of the drafts, in English.
    expect(en.out).toContain('Check before reporting:\n  pupil 3001, V3 08-09-2026 to 29-09-2026:\n');
    expect(en.out).toContain('    - Pupil 3003: PGN is not a valid BSN or education number: it fails the 11-check. Check the number.\n');
    expect(en.out).toMatch(/Letters to parents \(from age 18 to the pupil\): \d+\n/);
    expect(en.out).toMatch(/Letters skipped: \d+ \(1 signal already reported or closed; 1 status Niet melden \(not to be reported\)\)\n/);
    expect(en.out).toContain(`Written to ${out}:\n  meldingen.xlsx\n  meldingen.csv\n`);
    // Only the file names, the sheet's values and the Dutch terms of the office remain Dutch.
    expect(dutchIn(en.out + en.err)).toEqual([]);
    // 3007's signal has its reason: no melding, counted apart.
    expect(en.out).toContain('Skipped, status Niet melden (not to be reported) with a reason: 1\n');

    // Three days later into the same folder: the meldingen are dated anew, the earlier ones go, the letters were made.
    const again = await runReport({ file, sheet: 'Register', out, date: '2026-12-07', extra: ['--lang', 'en'] });
    expect(again.code).toBe(0);
    expect(again.out).toContain('Removed, from an earlier run and no longer applicable: 2\n  melding-3001-2026-12-04.docx\n  melding-3003-2026-12-04.docx\n');
    expect(again.out).toContain('Letters to parents (from age 18 to the pupil): 0\n');
    expect(again.out).toMatch(/Letters skipped: 10 \(.*8 letter made or sent before.*\)\n/);
    expect(dutchIn(again.out + again.err)).toEqual([]);
  });

  it('writes the same Dutch documents as the Dutch run: only the screen follows --lang', async () => {
    const file = await coordinatorSheet(tmp());
    const nl = await runReport({ file, sheet: 'Register', out: join(tmp(), 'nl') });
    const en = await runReport({ file, sheet: 'Register', out: join(tmp(), 'en'), extra: ['--lang', 'en'] });
    expect([nl.code, en.code]).toEqual([0, 0]);
    // The word list catches the Dutch summary of the same run, so its absence above means something;
    // the rest stand in a second run (Verwijderd), a missing PGN (ontbreekt) and the errors (bestand, map).
    expect(DUTCH.filter((w) => !dutchIn(nl.out + nl.err).includes(w))).toEqual(['ontbreekt', 'Verwijderd', 'bestand', ' map']);
    const nlDocs = await documents(join(tmp(), 'nl'));
    const enDocs = await documents(join(tmp(), 'en'));
    expect([...enDocs.keys()]).toEqual([...nlDocs.keys()]);
    expect(enDocs.size).toBeGreaterThan(5);
    for (const [name, text] of enDocs) expect({ name, text }).toEqual({ name, text: nlDocs.get(name) });
    expect(enDocs.get('melding-3001-2026-12-04.docx')).toContain('Conceptmelding verzuim: Lieke van Dam');
  });

  it('says write errors, bad dates and a damaged letter record in English', async () => {
    const dir = tmp();
    const file = join(dir, 'bestand');
    await writeFile(file, 'x');
    const asFile = await runReport({ out: file, extra: ['--lang', 'en'] });
    expect(asFile.code).toBe(2);
    expect(asFile.err).toBe(`verzuimsignaal: --out: ${file} is a file, not a folder\n`);
    const under = await runReport({ out: join(file, 'uit'), extra: ['--lang', 'en'] });
    expect(under.err).toBe(`verzuimsignaal: --out: cannot make the folder ${join(file, 'uit')} (part of the path is a file, not a folder)\n`);
    const inTheWay = join(dir, 'uit');
    await mkdir(join(inTheWay, 'meldingen.csv'), { recursive: true });
    const blocked = await runReport({ out: inTheWay, extra: ['--lang', 'en'] });
    expect(blocked.code).toBe(2);
    expect(blocked.err).toBe(`verzuimsignaal: --out: ${join(inTheWay, 'meldingen.csv')} is in the way (not an ordinary file); remove or rename it\n`);
    expect(blocked.out).toBe('');
    const system = await runReport({ out: '/proc/self/uit', extra: ['--lang', 'en'] });
    expect(system.err).toBe('verzuimsignaal: --out: /proc/self/uit lies in /proc, a system folder; choose an ordinary folder\n');
    const badDate = await runReport({ out: join(dir, 'o'), date: '31-11-2026', extra: ['--lang', 'en'] });
    expect(badDate.err).toBe('verzuimsignaal: --date: not a valid date "31-11-2026" (dd-mm-yyyy or yyyy-mm-dd expected)\n');
    const damaged = join(dir, 'log');
    await mkdir(damaged);
    await writeFile(join(damaged, 'brieven-gemaakt.csv'), 'iets anders\n');
    const log = await runReport({ out: damaged, extra: ['--lang', 'en'] });
    expect(log.code).toBe(2);
    expect(log.err).toBe(`verzuimsignaal: ${join(damaged, 'brieven-gemaakt.csv')}: not a valid record of the letters made (the header line is missing)\n`);
  });
});

describe('verzuimsignaal report: Dutch unless asked', () => {
  const tmp = tmpDirFor('vs-report-nl-');

  it('prints Dutch without --lang and with --lang nl over VERZUIMSIGNAAL_LANG=en; the variable alone gives English', async () => {
    const nl = await runReport({ out: join(tmp(), 'a') });
    expect(nl.out.split('\n')[0]).toBe('Peildatum 04-12-2026; documenten gemaakt op 04-12-2026.');
    expect(nl.out).toContain('Conceptmeldingen voor leerplicht: 4 (leerlingen 3001, 3002, 3003, 3007)');
    expect(nl.out).toContain(`Geschreven in ${join(tmp(), 'a')}:`);
    const before = process.env.VERZUIMSIGNAAL_LANG;
    process.env.VERZUIMSIGNAAL_LANG = 'en';
    try {
      const env = await runReport({ out: join(tmp(), 'b') });
      expect(env.out.split('\n')[0]).toBe('As of 04-12-2026; documents dated 04-12-2026.');
      const flag = await runReport({ out: join(tmp(), 'c'), extra: ['--lang', 'nl'] });
      expect(flag.out.split('\n')[0]).toBe('Peildatum 04-12-2026; documenten gemaakt op 04-12-2026.');
    } finally {
      if (before === undefined) delete process.env.VERZUIMSIGNAAL_LANG;
      else process.env.VERZUIMSIGNAAL_LANG = before;
    }
  });

  it('report --help says that --lang changes the screen only and the documents stay Dutch, in both languages', async () => {
    const help = await runCli('report', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Taal / language:');
    expect(help.out).toMatch(/--lang en \(of VERZUIMSIGNAAL_LANG=en\): de tekst op het scherm in het Engels\. De documenten\n.*blijven Nederlands/);
    expect(help.out).toMatch(/--lang en \(or VERZUIMSIGNAAL_LANG=en\): the text on screen in English\. The documents stay\n +Dutch/);
  });
});
