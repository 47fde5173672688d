// Validates the XML manifests against Microsoft's XSDs kept in ../shared (run only from .ci/run):
// the repo's manifest.xml, a release manifest for a hosted address and the test pane's manifest,
// both as tools/manifest.js writes them (office-addin-manifest rewrites the latter).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const shared = path.resolve(__dirname, '../../../shared');
const root = path.resolve(__dirname, '../..');
const xsd = path.join(shared, 'schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const tool = path.join(root, 'tools/manifest.js');

function xmllint(file: string): void {
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  expect(r.error).toBeUndefined();
  expect(r.stderr).toContain(`${file} validates`);
  expect(r.status).toBe(0);
}

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-xsd-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('manifest.xml validates against OfficeAppManifestV1_1.xsd (xmllint)', () => {
  xmllint(path.join(root, 'manifest.xml'));
});

test('a release manifest (tools/manifest.js release) validates', () => {
  const r = spawnSync(process.execPath, [tool, 'release', 'https://verzuim.hetbaken.nl/addin/', dir], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  xmllint(path.join(dir, 'manifest.xml'));
});

test('the test pane manifest (tools/manifest.js harness) validates', () => {
  const r = spawnSync(process.execPath, [tool, 'harness', 'https://localhost:3001'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  const file = path.join(dir, 'harness-manifest.xml');
  fs.writeFileSync(file, r.stdout);
  xmllint(file);
});
