import { AnalysisCancelled, runAnalysis } from '../../src/taskpane/analysis/runAnalysis';
import { defaultSettings } from '../../src/core/settings/validateSettings';
import type { CellValue } from '../../src/core/register/types';

// Ten lessons of 50 minutes skipped on Monday 3 and Tuesday 4 November 2025 (sheet rows 2-11):
// 500 minutes, over the early-signal threshold of 8 hours (480) on the Tuesday.
const cells: CellValue[][] = [['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Lesuur', 'Code']];
for (const date of ['03-11-2025', '04-11-2025']) for (let l = 1; l <= 5; l++) cells.push(['20511', 'Noor Bakker', '1A', date, l, 'S']);

const input = { cells, settings: defaultSettings(), importOptions: { firstSheetRow: 1 }, analyse: true };

describe('runAnalysis (main-thread fallback, as without Web Workers)', () => {
  test('imports and analyses, reporting its stages', async () => {
    const stages: string[] = [];
    const out = await runAnalysis(input, { inline: true, onStage: (s) => stages.push(s) });
    expect(stages).toEqual(['import', 'analyse']);
    expect(out.imported.counts).toMatchObject({ rowsRead: 10, rowsCounted: 10, rowsNotCounted: 0 });
    expect(out.result?.flags.map((f) => [f.category, f.start, f.end, f.hours, f.rows])).toEqual([
      ['early-signal', '2025-11-03', '2025-11-04', 8.33, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ]);
  });

  test('import only, for the Register tab', async () => {
    const out = await runAnalysis({ ...input, analyse: false }, { inline: true });
    expect(out.result).toBeUndefined();
    expect(out.imported.codes).toEqual([{ code: 'S', category: 'unauthorised', rows: 10, source: 'default' }]);
  });

  test('Stop before or while it runs rejects with AnalysisCancelled', async () => {
    const before = new AbortController();
    before.abort();
    await expect(runAnalysis(input, { inline: true, signal: before.signal })).rejects.toBeInstanceOf(AnalysisCancelled);
    const during = new AbortController();
    const run = runAnalysis(input, { inline: true, signal: during.signal });
    during.abort();
    await expect(run).rejects.toBeInstanceOf(AnalysisCancelled);
  });
});
