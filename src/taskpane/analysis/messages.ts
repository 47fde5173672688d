import type { AnalysisJobOutput, JobStage } from './analysisJob';
import type { RegisterField } from '../../core/register/types';

export type WorkerMessage =
  | { type: 'stage'; stage: JobStage }
  | { type: 'done'; output: AnalysisJobOutput }
  | { type: 'error'; message: string }
  /** No header row: sent as data, because an Error's class does not survive postMessage. */
  | { type: 'header-error'; found: RegisterField[]; closestRow: number | null };
