import path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

// Runs only from .ci/run (npm run check:shared), where the specification lives beside the repo.
const SHARED = path.resolve(__dirname, '../../../shared');
const BASIC = path.join(SHARED, 'spec/examples/basic');

describe('inspect on the spec example (acceptance)', () => {
  it('shows XQ unmapped and exactly the problems at rows 47 and 85; read 84 = counted 82 + not counted 2', async () => {
    let out = '';
    let err = '';
    const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
    const code = await main(['inspect', path.join(BASIC, 'register.csv'), '--config', path.join(BASIC, 'settings.json'), '--json'], io);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.codes.find((c: { code: string }) => c.code === 'XQ')).toEqual({ code: 'XQ', category: null, rows: 1, source: 'unmapped' });
    expect(json.codes[0].code).toBe('XQ');
    expect(json.problems.map((p: { row: number; kind: string }) => [p.row, p.kind])).toEqual([
      [47, 'non-school-day'],
      [85, 'unmapped-code'],
    ]);
    expect(json.counts).toEqual({ rowsRead: 84, rowsCounted: 82, rowsNotCounted: 2, blankRows: 0 });
    expect(json.header.row).toBe(1);
    expect(json.header.mapping.code).toEqual({ column: 'H', header: 'Code' });
  });
});
