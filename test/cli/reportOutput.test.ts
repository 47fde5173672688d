import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { RUN_MANIFEST_NAME } from '../../src/cli/outputDir';

const FIXTURES = join(__dirname, 'fixtures');
const REGISTER = join(FIXTURES, 'register-debrug.csv');
const SETTINGS = join(FIXTURES, 'settings-debrug.json');

function collector(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

const report = (out: string, io: CliIo, asOf = '2026-12-04') =>
  main(['report', REGISTER, '--config', SETTINGS, '--as-of', asOf, '--date', '2026-12-04', '--out', out], io);

/** The folder's entries with their contents ('folder' for a folder). */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    out.set(e.name, e.isDirectory() ? 'folder' : (await readFile(join(dir, e.name))).toString('base64'));
  }
  return out;
}

describe('verzuimsignaal report --out: one run at a time, written whole', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vs-out-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('removes the meldingen of an earlier run that no longer apply, keeps letters and the user’s own files', async () => {
    const out = join(dir, 'uit');
    let io = collector();
    expect(await report(out, io)).toBe(0);
    const first = await readdir(out);
    expect(first).toContain('melding-3001-2026-12-04.docx');
    expect(first).toContain(RUN_MANIFEST_NAME);
    await writeFile(join(out, 'notities.txt'), 'eigen aantekeningen');
    // An earlier as-of date: 3001 has no melding yet, so its draft of the first run no longer applies.
    io = collector();
    expect(await report(out, io, '2026-09-10')).toBe(0);
    const second = await readdir(out);
    expect(second).not.toContain('melding-3001-2026-12-04.docx');
    expect(io.stdout).toContain('Verwijderd, van een eerdere run en niet meer van toepassing:');
    expect(io.stdout).toContain('  melding-3001-2026-12-04.docx');
    // Letters are made once and stay; so do the user's files and the letter log.
    for (const name of first.filter((n) => n.startsWith('brief-'))) expect(second).toContain(name);
    expect(second).toContain('brieven-gemaakt.csv');
    expect(await readFile(join(out, 'notities.txt'), 'utf8')).toBe('eigen aantekeningen');
    // No staging folder left beside --out or inside it.
    expect((await readdir(dir)).sort()).toEqual(['uit']);
    expect(second.filter((n) => n.includes('schrijven'))).toEqual([]);
  });

  it('changes nothing when a file cannot be written: a folder in the way is one line and exit 2', async () => {
    const out = join(dir, 'uit');
    await mkdir(join(out, 'meldingen.csv'), { recursive: true });
    await writeFile(join(out, 'notities.txt'), 'eigen aantekeningen');
    const before = await snapshot(out);
    const io = collector();
    expect(await report(out, io)).toBe(2);
    expect(io.stderr).toBe(`verzuimsignaal: --out: ${join(out, 'meldingen.csv')} staat in de weg (geen gewoon bestand); verwijder of hernoem het\n`);
    expect(io.stdout).toBe('');
    expect(await snapshot(out)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['uit']);
  });

  it('says in one line that a folder cannot be made under a file', async () => {
    await writeFile(join(dir, 'bestand'), 'x');
    const io = collector();
    expect(await report(join(dir, 'bestand', 'uit'), io)).toBe(2);
    expect(io.stderr).toBe(`verzuimsignaal: --out: map ${join(dir, 'bestand', 'uit')} kan niet worden gemaakt (een deel van het pad is een bestand, geen map)\n`);
  });

  it('never blocks on a FIFO in the folder: it is named, exit 2', async () => {
    const out = join(dir, 'uit');
    await mkdir(out);
    execFileSync('mkfifo', [join(out, 'brieven-gemaakt.csv')]);
    const io = collector();
    expect(await report(out, io)).toBe(2);
    expect(io.stderr).toBe(`verzuimsignaal: --out: ${join(out, 'brieven-gemaakt.csv')} is geen gewoon bestand; verwijder of hernoem het\n`);
  });

  it.each([['/proc/self/uit', '/proc'], ['/sys/kernel/uit', '/sys'], ['/dev/uit', '/dev']])('refuses --out %s at once (a system folder)', async (out, root) => {
    const io = collector();
    expect(await report(out, io)).toBe(2);
    expect(io.stderr).toBe(`verzuimsignaal: --out: ${out} ligt in ${root}, een systeemmap; kies een gewone map\n`);
  });

  it('refuses a link that leads into /proc', async () => {
    const link = join(dir, 'proc-link');
    execFileSync('ln', ['-s', '/proc/self', link]);
    const io = collector();
    expect(await report(join(link, 'uit'), io)).toBe(2);
    expect(io.stderr).toMatch(/^verzuimsignaal: --out: .* ligt in \/proc, een systeemmap; kies een gewone map\n$/);
  });
});
