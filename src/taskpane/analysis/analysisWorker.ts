/// <reference lib="webworker" />
// The analysis Web Worker: import and rules run here so the pane never blocks (Office restarts an
// add-in that stops responding for about 5 s). Cancelling terminates the worker.
import '../zodConfig';
import { runAnalysisJob, type AnalysisJobInput } from './analysisJob';
import type { WorkerMessage } from './messages';
import { RegisterHeaderError } from '../../core/register/headerError';

const ctx = self as unknown as DedicatedWorkerGlobalScope;

ctx.onmessage = (event: MessageEvent<AnalysisJobInput>) => {
  const post = (m: WorkerMessage) => ctx.postMessage(m);
  try {
    const out = runAnalysisJob(event.data, (stage) => post({ type: 'stage', stage }));
    post({ type: 'done', output: out });
  } catch (err) {
    if (err instanceof RegisterHeaderError) {
      post({ type: 'header-error', found: err.found, closestRow: err.closestRow });
      return;
    }
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
