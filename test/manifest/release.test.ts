/**
 * @jest-environment jsdom
 */
// Release manifests get their addresses at build time (ADDIN_BASE_URL; webpack's
// ReleaseManifestPlugin runs tools/manifest.js) and never name localhost; the test pane gets its
// own manifest. office-addin-manifest reads and rewrites them; it loads ES modules jest cannot
// require, so these tests run tools/manifest.js as a child process, as the build does.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const tool = path.join(root, 'tools/manifest.js');

function release(baseUrl: string): { status: number | null; stderr: string; xml?: string; json?: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-release-'));
  try {
    const r = spawnSync(process.execPath, [tool, 'release', baseUrl, dir], { encoding: 'utf8' });
    const read = (f: string) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), 'utf8') : undefined);
    return { status: r.status, stderr: r.stderr, xml: read('manifest.xml'), json: read('manifest.json') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('release manifests (node tools/manifest.js release <baseUrl> <dir>)', () => {
  const out = release('https://verzuim.hetbaken.nl/addin');

  test('every address of the XML manifest is under the base URL; the AppDomain is its origin', () => {
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const doc = parse(out.xml ?? '');
    const named = Array.from(doc.getElementsByTagName('*')).flatMap((e) => {
      const v = e.getAttribute('DefaultValue') ?? (e.localName === 'AppDomain' ? e.textContent : null);
      return v && /^https?:/.test(v) ? [`${e.localName}=${v}`] : [];
    });
    expect(named).toEqual([
      'IconUrl=https://verzuim.hetbaken.nl/addin/assets/icon-32.png',
      'HighResolutionIconUrl=https://verzuim.hetbaken.nl/addin/assets/icon-64.png',
      'SupportUrl=https://verzuim.hetbaken.nl/addin/help.html',
      'AppDomain=https://verzuim.hetbaken.nl',
      'SourceLocation=https://verzuim.hetbaken.nl/addin/taskpane.html',
      'Image=https://verzuim.hetbaken.nl/addin/assets/icon-16.png',
      'Image=https://verzuim.hetbaken.nl/addin/assets/icon-32.png',
      'Image=https://verzuim.hetbaken.nl/addin/assets/icon-80.png',
      'Url=https://verzuim.hetbaken.nl/addin/help.html',
      'Url=https://verzuim.hetbaken.nl/addin/taskpane.html',
    ]);
    expect(out.xml).not.toMatch(/localhost/i);
    // Everything else is the add-in as in the repo: same Id, same strings.
    expect(doc.getElementsByTagName('Id')[0].textContent).toBe('e1ad8f27-3b43-48a4-b7a1-3f14d9802286');
    expect(out.xml).toContain('Verzuimsignaal is geïnstalleerd');
  });

  test('the JSON manifest: every address under the base URL, validDomains the host', () => {
    const json = JSON.parse(out.json ?? '{}');
    expect(out.json).not.toMatch(/localhost/i);
    expect(json.validDomains).toEqual(['verzuim.hetbaken.nl']);
    expect(json.extensions[0].runtimes[0].code.page).toBe('https://verzuim.hetbaken.nl/addin/taskpane.html');
    expect(json.developer.privacyUrl).toBe('https://verzuim.hetbaken.nl/addin/help.html');
    expect(json.id).toBe('e1ad8f27-3b43-48a4-b7a1-3f14d9802286');
  });

  test.each([
    ['http://verzuim.hetbaken.nl/', 'ADDIN_BASE_URL must be https'],
    ['https://localhost:3000/', 'ADDIN_BASE_URL names this machine (localhost)'],
    ['https://127.0.0.1/', 'ADDIN_BASE_URL names this machine (127.0.0.1)'],
    ['verzuim.hetbaken.nl', 'is not a URL'],
  ])('refuses %s and writes nothing', (baseUrl, message) => {
    const r = release(baseUrl);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.xml).toBeUndefined();
    expect(r.json).toBeUndefined();
  });
});

describe('the test pane manifest (node tools/manifest.js harness <origin>)', () => {
  test('its own Id and name, every address on the test server, the pane page harness.html', () => {
    const r = spawnSync(process.execPath, [tool, 'harness', 'https://localhost:3001'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const doc = parse(r.stdout);
    expect(doc.getElementsByTagName('Id')[0].textContent).toBe('7c2b9e41-5d8a-4f36-b0e2-9a4c1d7e3f58');
    expect(doc.getElementsByTagName('DisplayName')[0].getAttribute('DefaultValue')).toBe('Verzuimsignaal testvenster');
    const urls = r.stdout.match(/https:\/\/localhost:\d+[^"<]*/g) ?? [];
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.every((u) => u.startsWith('https://localhost:3001'))).toBe(true);
    expect(r.stdout).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3001/harness.html"/>');
    expect(r.stdout).toContain('<SourceLocation DefaultValue="https://localhost:3001/harness.html"/>');
  });
});

describe('webpack.config.js', () => {
  const saved = process.env.ADDIN_BASE_URL;
  beforeEach(() => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../webpack.config.js') as (env: object, argv: { mode: string }) => Promise<{ name: string; plugins: object[] }[]>;
  const pluginNames = async (mode: string) => (await config({}, { mode })).find((c) => c.name === 'web')?.plugins.map((p) => p.constructor.name);
  const copied = async (mode: string) => {
    const web = (await config({}, { mode })).find((c) => c.name === 'web');
    const copy = web?.plugins.find((p) => p.constructor.name === 'CopyPlugin') as { patterns: { from: string }[] } | undefined;
    return copy?.patterns.map((p) => p.from);
  };

  test('development copies the localhost manifests for npm start', async () => {
    delete process.env.ADDIN_BASE_URL;
    expect(await copied('development')).toEqual(['assets/*.png', 'manifest.xml', 'manifest.json']);
    expect(await pluginNames('development')).not.toContain('ReleaseManifestPlugin');
  });

  test('production without ADDIN_BASE_URL ships no manifest; with it, the release manifests', async () => {
    delete process.env.ADDIN_BASE_URL;
    expect(await copied('production')).toEqual(['assets/*.png']);
    expect(await pluginNames('production')).not.toContain('ReleaseManifestPlugin');
    process.env.ADDIN_BASE_URL = 'https://verzuim.hetbaken.nl/addin/';
    expect(await copied('production')).toEqual(['assets/*.png']);
    expect(await pluginNames('production')).toContain('ReleaseManifestPlugin');
  });

  test('a production build for a local address fails before it starts', async () => {
    process.env.ADDIN_BASE_URL = 'https://localhost:3000/';
    await expect(config({}, { mode: 'production' })).rejects.toThrow('ADDIN_BASE_URL names this machine (localhost)');
  });
});
