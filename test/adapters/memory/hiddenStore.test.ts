import { decodeRecord, encodeRecord, MAX_CELL_CHARS, rowRuns, SETTINGS_MARKER } from '../../../src/adapters/workbook/hiddenStore';

describe('the hidden store record format', () => {
  it('splits JSON over cells of at most 30,000 characters that never start like a formula or a number', () => {
    const doc = { version: 1, codes: Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`=C${i}`, '-12'])) };
    const cells = encodeRecord(SETTINGS_MARKER, doc);
    expect(cells[0]).toBe('verzuimsignaal-settings');
    expect(cells[1]).toBe('v1');
    expect(cells.length).toBeGreaterThan(3);
    for (const c of cells) expect(c.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    for (const c of cells.slice(2)) expect(c[0]).toBe('|');
    expect(decodeRecord(SETTINGS_MARKER, cells)).toEqual(doc);
  });

  it('gives undefined for a missing, foreign or damaged record', () => {
    expect(decodeRecord(SETTINGS_MARKER, [])).toBeUndefined();
    expect(decodeRecord(SETTINGS_MARKER, ['iets anders', 'v1', '|{}'])).toBeUndefined();
    expect(decodeRecord(SETTINGS_MARKER, ['verzuimsignaal-settings', 'v1', '|{"format":1,"payl'])).toBeUndefined();
  });

  it('groups sheet rows into runs of consecutive rows, ignoring duplicates and non-rows', () => {
    expect(rowRuns([41, 12, 13, 40, 13, 0, -3, 2.5])).toEqual([
      { first: 12, count: 2 },
      { first: 40, count: 2 },
    ]);
  });
});
