import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnalysisResult } from '../../src/core/analysis/types';
import { runCli } from '../helpers/runCli';

// The spec's example, read in place from ../shared (run only by .ci/run through check:shared).
const SHARED = path.resolve(__dirname, '../../../shared');
const EXAMPLE = path.join(SHARED, 'spec/examples/basic');
const REGISTER = path.join(EXAMPLE, 'register.csv');
const SETTINGS = path.join(EXAMPLE, 'settings.json');
const expected = JSON.parse(readFileSync(path.join(EXAMPLE, 'expected.json'), 'utf8')) as {
  flags: Record<string, unknown>[];
  problems: { row: number; kind: string }[];
};

const run = runCli;

/** Every field expected.json lists, in its order, flag by flag. */
function expectExampleResult(result: AnalysisResult): void {
  const actual = result.flags.map((flag, i) => {
    const fields = Object.keys(expected.flags[i] ?? expected.flags[0]);
    const row = flag as unknown as Record<string, unknown>;
    return Object.fromEntries(fields.map((k) => [k, row[k]]));
  });
  expect(actual).toEqual(expected.flags);
  for (const p of expected.problems) {
    expect(result.problems).toContainEqual(expect.objectContaining({ row: p.row, kind: p.kind }));
  }
}

describe('the spec example (examples/basic) through verzuimsignaal analyze', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vs-basic-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives exactly the flags of expected.json from register.csv', async () => {
    const { code, out, err } = await run('analyze', REGISTER, '--config', SETTINGS, '--as-of', '2026-12-04', '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    expectExampleResult(JSON.parse(out) as AnalysisResult);
  });

  it('gives the same flags from an .xlsx of the same rows with typed date cells', async () => {
    const lines = readFileSync(REGISTER, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(';'));
    const header = lines[0];
    const dateColumns = new Set(['Geboortedatum', 'Datum'].map((h) => header.indexOf(h)));
    const numberColumns = new Set(['Leerlingnummer', 'Lesuur', 'Minuten'].map((h) => header.indexOf(h)));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Register');
    ws.addRow(header);
    for (const cells of lines.slice(1)) {
      ws.addRow(
        cells.map((v, c) => {
          if (v === '') return null;
          if (dateColumns.has(c)) {
            const [d, m, y] = v.split('-').map(Number);
            return new Date(Date.UTC(y, m - 1, d));
          }
          return numberColumns.has(c) ? Number(v) : v;
        }),
      );
    }
    for (const c of dateColumns) ws.getColumn(c + 1).numFmt = 'dd-mm-yyyy';
    const file = path.join(dir, 'register.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, out, err } = await run('analyze', file, '--config', SETTINGS, '--as-of', '2026-12-04', '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    expectExampleResult(JSON.parse(out) as AnalysisResult);
  });
});
