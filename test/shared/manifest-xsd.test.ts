// Validates manifest.xml against Microsoft's XSDs kept in ../shared (run only from .ci/run).
import { spawnSync } from 'child_process';
import * as path from 'path';

const shared = path.resolve(__dirname, '../../../shared');
const root = path.resolve(__dirname, '../..');

test('manifest.xml validates against OfficeAppManifestV1_1.xsd (xmllint)', () => {
  const xsd = path.join(shared, 'schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, path.join(root, 'manifest.xml')], { encoding: 'utf8' });
  expect(r.error).toBeUndefined();
  expect(r.stderr).toContain('manifest.xml validates');
  expect(r.status).toBe(0);
});
