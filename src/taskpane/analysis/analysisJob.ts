import { importRegister } from '../../core/register/importRegister';
import { analyze } from '../../core/analysis/analyze';
import { dayFromIso } from '../../core/dates';
import type { CellGrid, ImportOptions, RegisterImport } from '../../core/register/types';
import type { AnalysisResult } from '../../core/analysis/types';
import type { Settings } from '../../core/settings/schema';

/** What the pane hands to the worker: plain data only (structured clone). */
export interface AnalysisJobInput {
  cells: CellGrid;
  settings: Settings;
  importOptions: ImportOptions;
  /** Only import (Register tab), or import and apply the rules (Signals tab). */
  analyse: boolean;
  asOf?: string;
}

export interface AnalysisJobOutput {
  imported: RegisterImport;
  result?: AnalysisResult;
}

export type JobStage = 'import' | 'analyse';

/** The engine work of one run, the same in the worker and in the fallback on the main thread. */
export function runAnalysisJob(input: AnalysisJobInput, onStage: (stage: JobStage) => void): AnalysisJobOutput {
  onStage('import');
  const imported = importRegister(input.cells, input.settings, input.importOptions);
  if (!input.analyse) return { imported };
  onStage('analyse');
  const asOf = input.asOf ? dayFromIso(input.asOf) : undefined;
  const result = analyze(imported, input.settings, asOf === undefined ? {} : { asOf });
  return { imported, result };
}
