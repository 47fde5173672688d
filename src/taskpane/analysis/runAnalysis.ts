import { runAnalysisJob, type AnalysisJobInput, type AnalysisJobOutput, type JobStage } from './analysisJob';
import type { WorkerMessage } from './messages';
import { RegisterHeaderError } from '../../core/register/headerError';

/** Built by webpack next to the pages (see webpack.config.js, the "worker" compiler). */
export const WORKER_URL = 'analysis-worker.js';

export class AnalysisCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AnalysisCancelled';
  }
}

export interface RunOptions {
  onStage?: (stage: JobStage) => void;
  signal?: AbortSignal;
  /** Force the main-thread fallback (tests, or a host without workers). */
  inline?: boolean;
}

/**
 * Runs import (+ rules) in a Web Worker; a Stop terminates the worker at once. Without Worker
 * support the job runs on the main thread after yielding once, so the progress text can paint.
 */
export function runAnalysis(input: AnalysisJobInput, options: RunOptions = {}): Promise<AnalysisJobOutput> {
  const { onStage, signal } = options;
  if (signal?.aborted) return Promise.reject(new AnalysisCancelled());
  if (options.inline || typeof Worker === 'undefined') return runInline(input, options);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL);
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new AnalysisCancelled());
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.type === 'stage') onStage?.(m.stage);
      else if (m.type === 'done') {
        finish();
        resolve(m.output);
      } else if (m.type === 'header-error') {
        finish();
        reject(new RegisterHeaderError(m.found, m.closestRow));
      } else {
        finish();
        reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message || 'analysis worker failed'));
    };
    worker.postMessage(input);
  });
}

async function runInline(input: AnalysisJobInput, { onStage, signal }: RunOptions): Promise<AnalysisJobOutput> {
  await new Promise((r) => setTimeout(r, 0));
  if (signal?.aborted) throw new AnalysisCancelled();
  const out = runAnalysisJob(input, (s) => onStage?.(s));
  if (signal?.aborted) throw new AnalysisCancelled();
  return out;
}
