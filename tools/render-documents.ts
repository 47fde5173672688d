/**
 * Renders the Word melding and one letter of each kind to PNG with LibreOffice, for docs/ and the
 * README: `npx tsx tools/render-documents.ts [OUT_DIR]` (default docs/documents). Needs the Debian
 * packages libreoffice-writer and poppler-utils (`soffice`, `pdftoppm`); not part of npm test.
 *
 * The documents come from the command line itself (`verzuimsignaal report`) on the fixture
 * register of "De Brug" and on a small generated register with a pupil of 15 who stays away 20
 * school days (the long-term letter), so the images show exactly what a school gets.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main';

const ROOT = resolve(__dirname, '..');
const FIXTURES = join(ROOT, 'test/cli/fixtures');
const SETTINGS = join(FIXTURES, 'settings-debrug.json');
const DATE = '2026-12-04';

/** What to render: a file name pattern in the report output, and the image name. */
const WANTED: readonly [RegExp, string][] = [
  [/^melding-3001-/, 'melding-16-uur'],
  [/^brief-vroegsignaal-3005-/, 'brief-vroegsignaal'],
  [/^brief-te-laat-3003-.*-09-21/, 'brief-te-laat'],
  [/^brief-te-laat-melding-3003-/, 'brief-te-laat-melding'],
  [/^brief-16-uur-3001-/, 'brief-16-uur'],
  [/^brief-luxe-verzuim-3002-/, 'brief-luxe-verzuim'],
  [/^brief-langdurig-verzuim-6001-/, 'brief-langdurig-verzuim'],
];

/** Twenty whole school days without a valid reason, 2-30 November 2026 (20 November is a day off). */
function longTermRegister(): string {
  const lines = ['Leerlingnummer;Naam;Klas;Geboortedatum;BSN;Datum;Lesuur;Minuten;Code;Opmerking'];
  const day = new Date(Date.UTC(2026, 10, 2));
  for (let n = 0; n < 20; day.setUTCDate(day.getUTCDate() + 1)) {
    const wd = day.getUTCDay();
    const iso = day.toISOString().slice(0, 10);
    if (wd === 0 || wd === 6 || iso === '2026-11-20') continue;
    lines.push(`6001;Mila Verbeek;3B;14-05-2011;012345672;${iso.slice(8)}-${iso.slice(5, 7)}-${iso.slice(0, 4)};;;A;`);
    n++;
  }
  return lines.join('\n') + '\n';
}

async function report(register: string, out: string): Promise<void> {
  const io = { out: () => undefined, err: (t: string) => void process.stderr.write(t) };
  const code = await main(['report', register, '--config', SETTINGS, '--date', DATE, '--out', out], io);
  if (code !== 0) throw new Error(`report ${register} exited ${code}`);
}

async function run(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'docs/documents'));
  const work = await mkdtemp(join(tmpdir(), 'vs-render-'));
  try {
    // Two runs, two folders: a run into a folder removes the meldingen of an earlier run there.
    const debrug = join(work, 'debrug');
    await report(join(FIXTURES, 'register-debrug.csv'), debrug);
    const extra = join(work, 'langdurig.csv');
    await writeFile(extra, longTermRegister());
    const longTerm = join(work, 'langdurig');
    await report(extra, longTerm);
    const found: { dir: string; name: string }[] = [];
    for (const dir of [debrug, longTerm]) for (const name of await readdir(dir)) found.push({ dir, name });
    await mkdir(outDir, { recursive: true });
    for (const [pattern, image] of WANTED) {
      const hit = found.find((f) => pattern.test(f.name) && f.name.endsWith('.docx'));
      if (!hit) throw new Error(`no document matches ${pattern}`);
      const { dir: docs, name } = hit;
      const pdfDir = join(work, 'pdf');
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', pdfDir, join(docs, name)], {
        stdio: 'ignore',
        env: { ...process.env, HOME: work },
      });
      const pdf = join(pdfDir, name.replace(/\.docx$/, '.pdf'));
      // First page at 80 dpi: readable in the README, small in the repository.
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(work, image)]);
      await rename(join(work, `${image}.png`), join(outDir, `${image}.png`));
      process.stdout.write(`${name} → ${join(outDir, `${image}.png`)}\n`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

run().catch((e: unknown) => {
  process.stderr.write(`render-documents: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
