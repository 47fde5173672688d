import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli } from '../../tools/build-cli';
import { writeBasicExampleXlsx } from '../fixtures/helpers/basicExampleXlsx';
import { runCli } from '../helpers/runCli';

// The command line as `npm ci` builds it: one file bundled by tools/build-cli.js, run in its own
// Node process. The other CLI tests run src/ in-process; this one checks that the bundle does the
// same, and that it still loads the heavy packages only for the commands that use them.

const ROOT = path.resolve(__dirname, '../..');
// Two folders below the package root, as dist/cli/main.js is (package.json, node_modules).
const BUNDLE = path.join(ROOT, 'test-artifacts/cli-bundle/main.js');
const FIXTURES = path.join(__dirname, 'fixtures');
const REGISTER = path.join(FIXTURES, 'register-debrug.csv');
const SETTINGS = path.join(FIXTURES, 'settings-debrug.json');
const AS_OF = ['--as-of', '2026-12-04'];
const HEAVY = ['exceljs', 'docx', 'jszip', 'papaparse', 'react-dom'];

interface Run {
  code: number | null;
  out: string;
  err: string;
  /** The packages (node_modules/NAME) the process had loaded when it exited. */
  packages: Set<string>;
}

// What bin/verzuimsignaal.js does, with the module list on stderr as the process exits (a file:
// `node -e CODE inspect …` would start Node's debugger).
const LAUNCHER = path.join(ROOT, 'test-artifacts/cli-bundle-run.js');
const LAUNCH = `
process.on('exit', () => process.stderr.write('\\nMODULES ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));
require(${JSON.stringify(BUNDLE)}).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
`;

function runBundle(...args: string[]): Run {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const marker = r.stderr.lastIndexOf('\nMODULES ');
  const modules = JSON.parse(r.stderr.slice(marker + '\nMODULES '.length)) as string[];
  const packages = new Set(modules.map((m) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(m)?.[1]).filter((p): p is string => p !== undefined));
  return { code: r.status, out: r.stdout, err: r.stderr.slice(0, marker), packages };
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vs-bundle-'));
  await buildCli({ outfile: BUNDLE });
  writeFileSync(LAUNCHER, LAUNCH);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.dirname(BUNDLE), { recursive: true, force: true });
  rmSync(LAUNCHER, { force: true });
});

describe('the bundled command line (tools/build-cli.js)', () => {
  it('is one file, and names the version of package.json', () => {
    expect(readdirSync(path.dirname(BUNDLE))).toEqual(['main.js']);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = runBundle('--version');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.trim()).toBe(pkg.version);
    // The signal ids are hashed by Node's crypto in the bundle, not by the pane's JavaScript hash.
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text).toContain('require("node:crypto")');
    expect(text).not.toContain('@noble/hashes');
  });

  it('prints the help without loading any document package', () => {
    const r = runBundle('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('analyze');
    expect(r.out).toContain('evaluate');
    for (const p of HEAVY) expect(r.packages).not.toContain(p);
  });

  it('analyzes a .csv to the same JSON as the sources, without exceljs, docx, jszip or react', async () => {
    const args = ['analyze', REGISTER, '--config', SETTINGS, ...AS_OF, '--json'];
    const fromSource = await runCli(...args);
    const r = runBundle(...args);
    expect(r.code).toBe(0);
    expect(r.err).toBe(fromSource.err);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(fromSource.out));
    for (const p of HEAVY) expect(r.packages).not.toContain(p);
  });

  it('ends quietly when the program it is piped into closes the pipe first (`| head`)', async () => {
    const child = spawn(process.execPath, [LAUNCHER, 'analyze', REGISTER, '--config', SETTINGS, ...AS_OF, '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader is gone before the first line is written.
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(err.slice(0, err.lastIndexOf('\nMODULES '))).toBe('');
    expect(code).toBe(0);
  });

  it('reads an .xlsx as the sources do, without exceljs or jszip', async () => {
    const xlsx = path.join(dir, 'register.xlsx');
    await writeBasicExampleXlsx(xlsx);
    const args = ['inspect', xlsx, '--sheet', 'Absenties', '--json'];
    const fromSource = await runCli(...args);
    const r = runBundle(...args);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(fromSource.out));
    expect((JSON.parse(r.out) as { counts: { rowsRead: number } }).counts.rowsRead).toBeGreaterThan(0);
    for (const p of HEAVY) expect(r.packages).not.toContain(p);
  });

  it('writes the same report files as the sources, loading docx and exceljs for them', async () => {
    const args = (out: string): string[] => ['report', REGISTER, '--config', SETTINGS, ...AS_OF, '--date', '2026-12-04', '--out', out];
    expect((await runCli(...args(path.join(dir, 'src')))).code).toBe(0);
    const r = runBundle(...args(path.join(dir, 'bundle')));
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(readdirSync(path.join(dir, 'bundle')).sort()).toEqual(readdirSync(path.join(dir, 'src')).sort());
    expect(r.packages).toContain('docx');
    expect(r.packages).toContain('exceljs');
  });

  it('writes the evaluation (xlsx and the html drawn with react-dom)', () => {
    const out = path.join(dir, 'evaluatie');
    const r = runBundle('evaluate', REGISTER, '--config', SETTINGS, ...AS_OF, '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(readdirSync(out).sort()).toEqual(['evaluatie.html', 'evaluatie.xlsx']);
    expect(readFileSync(path.join(out, 'evaluatie.html'), 'utf8')).toContain('<svg');
    expect(r.packages).toContain('react-dom');
  });

  it('ends unusable input with one line and exit status 2, as the sources do', () => {
    const missing = path.join(dir, 'geen-register.csv');
    const r = runBundle('analyze', missing);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe(`verzuimsignaal: bestand niet gevonden: ${missing}\n`);
  });
});
