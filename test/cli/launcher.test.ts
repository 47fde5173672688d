import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli } from '../../tools/build-cli';
import { generateRegister, registerToCsv } from '../../tools/generate/registerGenerator';
import { runCli } from '../helpers/runCli';

// bin/verzuimsignaal.js itself, as an installed command runs it: the launcher ends the process as
// soon as stdout and stderr have taken the output (rather than waiting for V8's background
// compiler), so what is checked here is that nothing written is lost on the way, through pipes
// and with more output than a pipe holds, and that the exit status is the command's.

const ROOT = path.resolve(__dirname, '../..');
// A package of its own under test-artifacts: bin/ and dist/cli/main.js as npm ci leaves them.
const PKG = path.join(ROOT, 'test-artifacts/cli-launcher');
const BIN = path.join(PKG, 'bin/verzuimsignaal.js');

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function runBin(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp, ...env } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}

let temp: string;
let register: string;
let settings: string;
beforeAll(async () => {
  temp = mkdtempSync(path.join(tmpdir(), 'vs-launcher-'));
  mkdirSync(path.join(PKG, 'bin'), { recursive: true });
  for (const f of ['verzuimsignaal.js', 'loadBundle.js']) copyFileSync(path.join(ROOT, 'bin', f), path.join(PKG, 'bin', f));
  copyFileSync(path.join(ROOT, 'package.json'), path.join(PKG, 'package.json'));
  await buildCli({ outfile: path.join(PKG, 'dist/cli/main.js') });
  // 200 pupils: a JSON report of more than the 64 KB a pipe holds.
  const g = generateRegister({ pupils: 200, seed: 7 });
  register = path.join(temp, 'register.csv');
  settings = path.join(temp, 'settings.json');
  writeFileSync(register, `\ufeff${registerToCsv(g)}`);
  writeFileSync(settings, JSON.stringify(g.settings));
}, 120_000);
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(PKG, { recursive: true, force: true });
});

describe('bin/verzuimsignaal.js', () => {
  it('hands over all of a long output through a pipe, the same as the command in-process', async () => {
    const args = ['analyze', register, '--config', settings, '--as-of', '2026-06-01', '--json'];
    const expected = await runCli(...args);
    expect(expected.code).toBe(0);
    expect(expected.out.length).toBeGreaterThan(65_536);
    // The first run writes the code cache, the second uses it: both end with the whole output.
    for (let run = 1; run <= 2; run++) expect(await runBin(args)).toEqual({ code: 0, out: expected.out, err: expected.err });
    const text = await runBin(args.slice(0, -1));
    expect(text.out).toBe((await runCli(...args.slice(0, -1))).out);
  }, 120_000);

  it('ends with the command’s exit status and its message on stderr', async () => {
    const missing = path.join(temp, 'niet-er.csv');
    const expected = await runCli('analyze', missing);
    expect(expected.code).toBe(2);
    expect(await runBin(['analyze', missing])).toEqual({ code: 2, out: '', err: expected.err });
    const help = await runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('analyze');
  }, 60_000);

  it('behaves the same without the code cache', async () => {
    const args = ['analyze', register, '--config', settings, '--as-of', '2026-06-01'];
    const expected = await runCli(...args);
    expect(await runBin(args, { VERZUIMSIGNAAL_NO_CODE_CACHE: '1' })).toEqual({ code: expected.code, out: expected.out, err: expected.err });
  }, 60_000);

  it('loads for `analyze` of a .csv none of the Node modules only other commands and workbooks use', async () => {
    // Every module Node loads costs each start; these came in with commander, the workbook reader,
    // the promise-based fs and the garbage-collection helper (issue 13, point 6).
    const listing = path.join(temp, 'modules.json');
    const preload = path.join(temp, 'list-modules.cjs');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(listing)}, JSON.stringify(process.moduleLoadList)));\n`);
    const child = await new Promise<number | null>((done) => {
      const args = ['--require', preload, BIN, 'analyze', register, '--config', settings, '--as-of', '2026-06-01'];
      spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, TMPDIR: temp } }).on('close', done);
    });
    expect(child).toBe(0);
    const loaded = (JSON.parse(readFileSync(listing, 'utf8')) as string[]).filter((m) => m.startsWith('NativeModule '));
    const unwanted = ['child_process', 'zlib', 'fs/promises', 'v8', 'readline', 'dgram'].map((m) => `NativeModule ${m}`);
    expect(loaded.filter((m) => unwanted.includes(m))).toEqual([]);
    // The check sees what it should: the modules the command does use are listed.
    expect(loaded).toEqual(expect.arrayContaining(['NativeModule fs', 'NativeModule crypto']));
  }, 60_000);
});
