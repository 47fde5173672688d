import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli } from '../../tools/build-cli';

// bin/loadBundle.js: the bundle run with V8's code cache (Node 20, which has no
// module.enableCompileCache). Each command keeps a cache of its own in the user's folder in the
// temp folder; a cache V8 refuses is replaced, a folder others can write to is never used, and
// the command's output is the same with and without it.

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, 'test-artifacts/cli-cache/main.js');
const LAUNCHER = path.join(ROOT, 'test-artifacts/cli-cache-run.js');
const LOADER = path.join(ROOT, 'bin/loadBundle.js');
const REGISTER = path.join(__dirname, 'fixtures/register-debrug.csv');
const SETTINGS = path.join(__dirname, 'fixtures/settings-debrug.json');
const ANALYZE = ['analyze', REGISTER, '--config', SETTINGS, '--as-of', '2026-12-04', '--json'];
const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;

let temp: string;
const cacheDir = (): string => path.join(temp, uid === undefined ? 'verzuimsignaal-cache' : `verzuimsignaal-cache-${uid}`);
const caches = (): string[] => (existsSync(cacheDir()) ? readdirSync(cacheDir()).sort() : []);

function run(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp, VERZUIMSIGNAAL_NO_CODE_CACHE: '', NODE_DISABLE_COMPILE_CACHE: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  await buildCli({ outfile: BUNDLE });
  // What bin/verzuimsignaal.js does on Node 20.
  writeFileSync(
    LAUNCHER,
    `const b = require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(BUNDLE)}, process.argv[2] ?? '');
b.exports.main(process.argv.slice(2)).then((code) => { process.exitCode = code; b.save(); });`,
  );
});
beforeEach(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'vs-cache-'));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));
afterAll(() => {
  rmSync(path.dirname(BUNDLE), { recursive: true, force: true });
  rmSync(LAUNCHER, { force: true });
});

describe('the code cache of the bundled command line', () => {
  it('is written by the first run of a command, used by the next, and changes no output', () => {
    const plain = run(ANALYZE, { VERZUIMSIGNAAL_NO_CODE_CACHE: '1' });
    expect(plain.code).toBe(0);
    expect(caches()).toEqual([]);

    const first = run(ANALYZE);
    expect(first).toEqual(plain);
    const [file] = caches();
    expect(file).toMatch(new RegExp(`^analyze-${process.version.replace(/\./g, '\\.')}-${process.arch}-\\d+-\\d+\\.v8$`));
    const written = readFileSync(path.join(cacheDir(), file));
    expect(written.length).toBeGreaterThan(10_000);
    if (uid !== undefined) {
      expect(statSync(cacheDir()).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(cacheDir(), file)).mode & 0o777).toBe(0o600);
    }

    // Accepted: the same output, and the cache is left as it was.
    const second = run(ANALYZE);
    expect(second).toEqual(plain);
    expect(readFileSync(path.join(cacheDir(), file)).equals(written)).toBe(true);
  });

  it('keeps one cache per command, and replaces one V8 refuses', () => {
    expect(run(['--version']).code).toBe(0);
    expect(run(ANALYZE).code).toBe(0);
    expect(caches().map((f) => f.split('-')[0])).toEqual(['analyze', 'other']);

    const file = path.join(cacheDir(), caches()[0]);
    writeFileSync(file, Buffer.from('geen V8-code, maar rommel'));
    const r = run(ANALYZE);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ flags: expect.any(Array) });
    expect(readFileSync(file).toString('latin1')).not.toContain('rommel');
  });

  it('drops the cache of an earlier build of the same command', () => {
    mkdirSync(cacheDir(), { recursive: true, mode: 0o700 });
    writeFileSync(path.join(cacheDir(), 'analyze-v0.0.0-x64-1-1.v8'), 'oud');
    writeFileSync(path.join(cacheDir(), 'report-v0.0.0-x64-1-1.v8'), 'ander commando');
    expect(run(ANALYZE).code).toBe(0);
    const left = caches();
    expect(left).toHaveLength(2);
    expect(left).toContain('report-v0.0.0-x64-1-1.v8');
    expect(left.find((f) => f.startsWith('analyze-'))).not.toBe('analyze-v0.0.0-x64-1-1.v8');
  });

  // POSIX permissions: on Windows the temp folder is the user's own.
  it('never uses a cache folder that others can write to', () => {
    mkdirSync(cacheDir(), { recursive: true });
    chmodSync(cacheDir(), 0o777);
    const r = run(ANALYZE);
    expect(r.code).toBe(0);
    expect(caches()).toEqual([]);
  });
});
