// The unified manifest for Microsoft 365 (manifest.json), add-in only, beside manifest.xml: checked
// offline against the schema @microsoft/app-manifest ships (node tools/manifest.js validate-json;
// run in a child process because the package loads ES modules jest cannot require), and against
// the XML manifest it must agree with.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const text = fs.readFileSync(path.join(root, 'manifest.json'), 'utf8');
const json = JSON.parse(text);
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

function schemaErrors(doc: unknown): { status: number | null; errors: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-json-'));
  try {
    const file = path.join(dir, 'manifest.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const r = spawnSync(process.execPath, [path.join(root, 'tools/manifest.js'), 'validate-json', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return { status: r.status, errors: JSON.parse(r.stdout) as string[] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const xmlValue = (tag: string) => new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(xml)?.[1];

describe('manifest.json (unified manifest for Microsoft 365)', () => {
  test('validates against its schema (v1.17, as shipped in @microsoft/app-manifest)', () => {
    expect(json.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json');
    expect(schemaErrors(json)).toEqual({ status: 0, errors: [] });
  });

  test('the schema check fails on a manifest that breaks it (no accent colour, a bad scope)', () => {
    const { accentColor: _drop, ...withoutAccent } = json;
    const broken = { ...withoutAccent, extensions: [{ ...json.extensions[0], requirements: { ...json.extensions[0].requirements, scopes: ['spreadsheet'] } }] };
    const r = schemaErrors(broken);
    expect(r.status).toBe(1);
    expect(r.errors.some((e) => e.includes("must have required property 'accentColor'"))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('/extensions/0/requirements/scopes/0'))).toBe(true);
  });

  test('is the same add-in as manifest.xml: Id, version, ExcelApi 1.12, task pane page, Home-tab button', () => {
    expect(json.id).toBe(xmlValue('Id'));
    expect(`${json.version}.0`).toBe(xmlValue('Version'));
    const ext = json.extensions[0];
    expect(ext.requirements).toEqual({ scopes: ['workbook'], capabilities: [{ name: 'ExcelApi', minVersion: '1.12' }] });
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.12"/>');
    const [runtime] = ext.runtimes;
    expect(runtime.code.page).toBe('https://localhost:3000/taskpane.html');
    expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(runtime.actions).toEqual([{ id: 'OpenPane', type: 'openPage', view: 'Verzuimsignaal.Pane' }]);
    const [tab] = ext.ribbons[0].tabs;
    expect(tab.builtInTabId).toBe('TabHome');
    const [control] = tab.groups[0].controls;
    expect(control).toMatchObject({ id: 'Verzuimsignaal.OpenPane', type: 'button', actionId: 'OpenPane' });
    expect(json.authorization.permissions.resourceSpecific).toEqual([{ name: 'Document.ReadWrite.User', type: 'Delegated' }]);
  });

  test('is an add-in only: no Teams tabs, bots, connectors or message extensions', () => {
    for (const key of ['staticTabs', 'configurableTabs', 'bots', 'connectors', 'composeExtensions', 'meetingExtensionDefinition', 'copilotAgents']) {
      expect(json).not.toHaveProperty(key);
    }
    expect(json.extensions).toHaveLength(1);
  });

  test('names only https://localhost:3000 (the development origin), like manifest.xml', () => {
    const urls = (text.match(/https:\/\/[^"]+/g) ?? []).filter((u) => !u.startsWith('https://developer.microsoft.com/'));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) expect(new URL(u).origin).toBe('https://localhost:3000');
    expect(json.validDomains).toEqual(['localhost:3000']);
  });

  test('icons: color 192 px and outline 32 px in the package; every ribbon and alternate icon its size', () => {
    expect(pngSize(path.join(root, json.icons.color))).toEqual({ width: 192, height: 192 });
    expect(pngSize(path.join(root, json.icons.outline))).toEqual({ width: 32, height: 32 });
    const ext = json.extensions[0];
    const sized: { size: number; url: string }[] = [
      ...ext.ribbons[0].tabs[0].groups[0].icons,
      ...ext.ribbons[0].tabs[0].groups[0].controls[0].icons,
      ext.alternates[0].alternateIcons.icon,
      ext.alternates[0].alternateIcons.highResolutionIcon,
    ];
    expect(sized).toHaveLength(8);
    for (const { size, url } of sized) {
      expect(pngSize(path.join(root, new URL(url).pathname)).width).toBe(size);
    }
  });

  test('texts fit the schema limits and are Dutch by default', () => {
    expect(json.localizationInfo.defaultLanguageTag).toBe('nl-nl');
    expect(json.name.short.length).toBeLessThanOrEqual(30);
    expect(json.description.short.length).toBeLessThanOrEqual(80);
    expect(json.description.full).toContain('Leerplichtwet');
  });
});
