import { mkdirSync, writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core/analysis/analyze';
import { importRegister } from '../src/core/register';
import { registerGrid } from './engineBench';
import { round } from './stats';

/**
 * `npm run bench -- --profile`: a CPU profile of importRegister + analyze on 1,000,000 generated
 * rows (after a warm-up), written to bench/tmp/prof/engine1m.cpuprofile (open it in Chrome
 * DevTools, Performance tab) and summarised as the functions with the most self time.
 */

export interface ProfileSummary {
  file: string;
  importMs: number;
  analyzeMs: number;
  totalSampledMs: number;
  /** Self time per function (file:function), highest first, over samples in the engine or the GC. */
  top: { fn: string; selfMs: number; share: number }[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((ok, fail) => session.post(method, params ?? {}, (err, res) => (err ? fail(err) : ok(res as T))));
}

export async function profileEngine(rows = 1_000_000): Promise<ProfileSummary> {
  const warm = registerGrid(20_000, 99);
  for (let i = 0; i < 2; i++) analyze(importRegister(warm.grid, warm.settings), warm.settings);
  const { grid, settings } = registerGrid(rows);

  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
  await post(session, 'Profiler.start');
  const t0 = performance.now();
  const imported = importRegister(grid, settings);
  const t1 = performance.now();
  analyze(imported, settings);
  const t2 = performance.now();
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  session.disconnect();

  const dir = resolve(__dirname, 'tmp/prof');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'engine1m.cpuprofile');
  writeFileSync(file, JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const engineFrame = (url: string): boolean => url.includes('/src/');
  /** Samples inside the engine (a src/ frame on the stack) or in the garbage collector. */
  const counts = (id: number): boolean => {
    const node = byId.get(id);
    if (node?.callFrame.functionName === '(garbage collector)') return true;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      if (engineFrame(byId.get(cur)?.callFrame.url ?? '')) return true;
    }
    return false;
  };
  const self = new Map<string, number>();
  let total = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id);
    if (!node || !counts(id)) return;
    const dt = (deltas[i] ?? 0) / 1000;
    total += dt;
    const cf = node.callFrame;
    const where = cf.url ? cf.url.replace(/^.*\/(src|bench|tools|node_modules)\//, '$1/') : '';
    const key = `${where ? `${where}: ` : ''}${cf.functionName || '(anonymous)'}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([fn, ms]) => ({ fn, selfMs: round(ms), share: round(ms / total, 3) }));
  return { file, importMs: round(t1 - t0), analyzeMs: round(t2 - t1), totalSampledMs: round(total), top };
}
