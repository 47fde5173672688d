import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RUN_MANIFEST_NAME } from '../../src/cli/outputDir';
import { runReport, tmpDirFor } from '../helpers/reportFixture';

const report = (out: string, asOf?: string) => runReport({ out, asOf });

/** The folder's entries with their contents ('folder' for a folder). */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    out.set(e.name, e.isDirectory() ? 'folder' : (await readFile(join(dir, e.name))).toString('base64'));
  }
  return out;
}

describe('verzuimsignaal report --out: one run at a time, written whole', () => {
  const tmp = tmpDirFor('vs-out-');

  it('removes the meldingen of an earlier run that no longer apply, keeps letters and the user’s own files', async () => {
    const dir = tmp();
    const out = join(dir, 'uit');
    expect((await report(out)).code).toBe(0);
    const first = await readdir(out);
    expect(first).toContain('melding-3001-2026-12-04.docx');
    expect(first).toContain(RUN_MANIFEST_NAME);
    await writeFile(join(out, 'notities.txt'), 'eigen aantekeningen');
    // An earlier as-of date: 3001 has no melding yet, so its draft of the first run no longer applies.
    const res = await report(out, '2026-09-10');
    expect(res.code).toBe(0);
    const second = await readdir(out);
    expect(second).not.toContain('melding-3001-2026-12-04.docx');
    expect(res.out).toContain('Verwijderd, van een eerdere run en niet meer van toepassing:');
    expect(res.out).toContain('  melding-3001-2026-12-04.docx');
    // Letters are made once and stay; so do the user's files and the letter log.
    for (const name of first.filter((n) => n.startsWith('brief-'))) expect(second).toContain(name);
    expect(second).toContain('brieven-gemaakt.csv');
    expect(await readFile(join(out, 'notities.txt'), 'utf8')).toBe('eigen aantekeningen');
    // No staging folder left beside --out or inside it.
    expect((await readdir(dir)).sort()).toEqual(['uit']);
    expect(second.filter((n) => n.includes('schrijven'))).toEqual([]);
  });

  it('changes nothing when a file cannot be written: a folder in the way is one line and exit 2', async () => {
    const dir = tmp();
    const out = join(dir, 'uit');
    await mkdir(join(out, 'meldingen.csv'), { recursive: true });
    await writeFile(join(out, 'notities.txt'), 'eigen aantekeningen');
    const before = await snapshot(out);
    const res = await report(out);
    expect(res.code).toBe(2);
    expect(res.err).toBe(`verzuimsignaal: --out: ${join(out, 'meldingen.csv')} staat in de weg (geen gewoon bestand); verwijder of hernoem het\n`);
    expect(res.out).toBe('');
    expect(await snapshot(out)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['uit']);
  });

  it('says in one line that a folder cannot be made under a file', async () => {
    const dir = tmp();
    await writeFile(join(dir, 'bestand'), 'x');
    const res = await report(join(dir, 'bestand', 'uit'));
    expect(res.code).toBe(2);
    expect(res.err).toBe(`verzuimsignaal: --out: map ${join(dir, 'bestand', 'uit')} kan niet worden gemaakt (een deel van het pad is een bestand, geen map)\n`);
  });

  it('never blocks on a FIFO in the folder: it is named, exit 2', async () => {
    const out = join(tmp(), 'uit');
    await mkdir(out);
    execFileSync('mkfifo', [join(out, 'brieven-gemaakt.csv')]);
    const res = await report(out);
    expect(res.code).toBe(2);
    expect(res.err).toBe(`verzuimsignaal: --out: ${join(out, 'brieven-gemaakt.csv')} is geen gewoon bestand; verwijder of hernoem het\n`);
  });

  it.each([['/proc/self/uit', '/proc'], ['/sys/kernel/uit', '/sys'], ['/dev/uit', '/dev']])('refuses --out %s at once (a system folder)', async (out, root) => {
    const res = await report(out);
    expect(res.code).toBe(2);
    expect(res.err).toBe(`verzuimsignaal: --out: ${out} ligt in ${root}, een systeemmap; kies een gewone map\n`);
  });

  it('refuses a link that leads into /proc', async () => {
    const link = join(tmp(), 'proc-link');
    execFileSync('ln', ['-s', '/proc/self', link]);
    const res = await report(join(link, 'uit'));
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/^verzuimsignaal: --out: .* ligt in \/proc, een systeemmap; kies een gewone map\n$/);
  });
});
