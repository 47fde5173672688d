import path from 'node:path';
import type { AnalysisResult } from '../../src/core/analysis/types';
import { EVALUATION_CATEGORIES, type EvaluationFigures } from '../../src/core/evaluation';
import { runCli } from '../helpers/runCli';

// The done-when check on the spec's example, read in place from ../shared.
const EXAMPLE = path.resolve(__dirname, '../../../shared/spec/examples/basic');
const ARGS = [path.join(EXAMPLE, 'register.csv'), '--config', path.join(EXAMPLE, 'settings.json'), '--as-of', '2026-12-04', '--json'];

describe('verzuimsignaal evaluate on the spec example (examples/basic)', () => {
  it('agrees with analyze on signals.byCategory and meldingen.due, and reports 0 meldingen from a .csv', async () => {
    const evaluated = await runCli('evaluate', ...ARGS);
    const analysed = await runCli('analyze', ...ARGS);
    expect(evaluated.err).toBe('');
    expect(evaluated.code).toBe(0);
    const figures = JSON.parse(evaluated.out) as EvaluationFigures;
    const { flags } = JSON.parse(analysed.out) as AnalysisResult;
    expect(figures.schoolYear).toBe('2026-2027');
    expect(figures.asOf).toBe('2026-12-04');
    const byCategory = Object.fromEntries(EVALUATION_CATEGORIES.map((c) => [c, flags.filter((f) => f.category === c).length]));
    expect(figures.signals.byCategory).toEqual(byCategory);
    expect(figures.meldingen.due).toBe(flags.filter((f) => f.reportTo === 'leerplicht').length);
    expect(figures.meldingen.due).toBeGreaterThan(0);
    expect(figures.meldingen.reported).toBe(0);
    for (const key of ['version', 'schoolYear', 'asOf', 'signals', 'meldingen', 'routes', 'results', 'earlySignals', 'repeat', 'notReportedReasons']) {
      expect(figures).toHaveProperty(key);
    }
    for (const key of ['due', 'reported', 'notReported', 'open', 'onTime', 'late', 'medianWorkingDaysToReport']) {
      expect(figures.meldingen).toHaveProperty(key);
    }
  });
});
