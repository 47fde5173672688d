/**
 * @jest-environment jsdom
 */
// What the XSD cannot check (xmllint runs from .ci/run, test/shared/manifest-xsd.test.ts): a GUID
// Id, resids that resolve, https URLs on one origin, string lengths and icon pixel sizes.
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');

function all(localName: string): Element[] {
  return Array.from(doc.getElementsByTagName('*')).filter((e) => e.localName === localName);
}
function only(localName: string): Element {
  const found = all(localName);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian). */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('parses as XML, is a TaskPaneApp for Excel with ReadWriteDocument', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const app = doc.documentElement;
    expect(app.localName).toBe('OfficeApp');
    expect(app.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('TaskPaneApp');
    expect(only('Permissions').textContent).toBe('ReadWriteDocument');
    expect(all('Host').find((h) => h.getAttribute('Name') === 'Workbook')).toBeDefined();
  });

  test('has a fixed GUID Id', () => {
    expect(only('Id').textContent).toBe('e1ad8f27-3b43-48a4-b7a1-3f14d9802286');
    expect(only('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('needs ExcelApi 1.12', () => {
    const set = all('Set').find((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(set?.getAttribute('MinVersion')).toBe('1.12');
  });

  test('is Dutch by default with English overrides', () => {
    expect(only('DefaultLocale').textContent).toBe('nl-NL');
    const displayName = only('DisplayName');
    expect(displayName.getAttribute('DefaultValue')).toBe('Verzuimsignaal');
    const overrides = all('Override').map((o) => o.getAttribute('Locale'));
    expect(new Set(overrides)).toEqual(new Set(['en-US']));
    // Every user-facing string has an English override.
    for (const s of all('String')) {
      expect(Array.from(s.children).some((c) => c.localName === 'Override' && c.getAttribute('Locale') === 'en-US')).toBe(true);
    }
  });

  test('has a Home-tab button that shows the task pane', () => {
    const tab = only('OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const action = only('Action');
    expect(action.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('ShowTaskpane');
    const source = Array.from(action.children).find((c) => c.localName === 'SourceLocation');
    expect(source?.getAttribute('resid')).toBe('Taskpane.Url');
  });

  test('every resid resolves to a resource of the right kind', () => {
    const ids = new Map<string, string>();
    for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
      const section = only(kind);
      for (const child of Array.from(section.children)) {
        const id = child.getAttribute('id') ?? '';
        expect(ids.has(id)).toBe(false);
        ids.set(id, kind);
      }
    }
    const refs = Array.from(doc.getElementsByTagName('*')).filter((e) => e.hasAttribute('resid'));
    expect(refs.length).toBeGreaterThanOrEqual(12);
    const expectedKind: Record<string, string[]> = {
      Image: ['Images'],
      SourceLocation: ['Urls'],
      LearnMoreUrl: ['Urls'],
      Label: ['ShortStrings'],
      Title: ['ShortStrings'],
      Description: ['LongStrings'],
    };
    for (const ref of refs) {
      const id = ref.getAttribute('resid') ?? '';
      expect({ resid: id, found: ids.get(id) }).toEqual({ resid: id, found: expect.any(String) });
      expect(expectedKind[ref.localName]).toContain(ids.get(id));
    }
  });

  test('every URL is https on one origin (https://localhost:3000)', () => {
    const urls: string[] = [];
    for (const e of Array.from(doc.getElementsByTagName('*'))) {
      if (e.localName === 'AppDomain') urls.push(e.textContent ?? '');
      if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(e.localName) && e.hasAttribute('DefaultValue')) {
        urls.push(e.getAttribute('DefaultValue') ?? '');
      }
      if ((e.localName === 'Image' || e.localName === 'Url') && e.hasAttribute('id')) urls.push(e.getAttribute('DefaultValue') ?? '');
    }
    expect(urls.length).toBe(10);
    for (const u of urls) {
      const url = new URL(u);
      expect(url.protocol).toBe('https:');
      expect(url.origin).toBe('https://localhost:3000');
    }
  });

  test('short strings fit 125 characters, long strings and descriptions 250', () => {
    const check = (section: string, max: number) => {
      for (const s of Array.from(only(section).children)) {
        const texts = [s.getAttribute('DefaultValue') ?? '', ...Array.from(s.children).map((o) => o.getAttribute('Value') ?? '')];
        for (const t of texts) {
          expect(t.length).toBeGreaterThan(0);
          expect(t.length).toBeLessThanOrEqual(max);
        }
      }
    };
    check('ShortStrings', 125);
    check('LongStrings', 250);
    const displayName = only('DisplayName');
    expect((displayName.getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(125);
    // The add-in's own description (the first child named Description, not a resid reference).
    const description = Array.from(doc.documentElement.children).find((e) => e.localName === 'Description');
    expect(description).toBeDefined();
    if (!description) return;
    for (const t of [description.getAttribute('DefaultValue') ?? '', ...Array.from(description.children).map((o) => o.getAttribute('Value') ?? '')]) {
      expect(t.length).toBeLessThanOrEqual(250);
    }
  });

  test('icons exist in assets/ with the pixel size their URL and size attribute name', () => {
    const expected: Record<string, number> = {
      'icon-16.png': 16,
      'icon-32.png': 32,
      'icon-64.png': 64,
      'icon-80.png': 80,
    };
    const iconUrls = [
      only('IconUrl').getAttribute('DefaultValue') ?? '',
      only('HighResolutionIconUrl').getAttribute('DefaultValue') ?? '',
      ...Array.from(only('Images').children).map((i) => i.getAttribute('DefaultValue') ?? ''),
    ];
    expect(iconUrls.map((u) => new URL(u).pathname)).toEqual([
      '/assets/icon-32.png',
      '/assets/icon-64.png',
      '/assets/icon-16.png',
      '/assets/icon-32.png',
      '/assets/icon-80.png',
    ]);
    for (const u of iconUrls) {
      const name = path.basename(new URL(u).pathname);
      const size = pngSize(path.join(root, 'assets', name));
      expect(size).toEqual({ width: expected[name], height: expected[name] });
    }
    // A <bt:Image size="N"> reference must point at an N-pixel icon.
    const resourceById = new Map(Array.from(only('Images').children).map((i) => [i.getAttribute('id'), i.getAttribute('DefaultValue') ?? '']));
    for (const ref of all('Image').filter((i) => i.hasAttribute('resid'))) {
      const size = Number(ref.getAttribute('size'));
      const file = path.basename(new URL(resourceById.get(ref.getAttribute('resid')) ?? '').pathname);
      expect(pngSize(path.join(root, 'assets', file)).width).toBe(size);
    }
  });
});
