import { createRequire } from 'node:module';

/**
 * Below this much memory let go, V8 is left to its own timing; a large register's text (or grid)
 * is worth a collection at once.
 */
export const COLLECT_FROM_BYTES = 16 * 1024 * 1024;

let collector: (() => void) | undefined;

/**
 * A full garbage collection, now. Reading a large register leaves its bytes, then its text, then
 * its grid behind as garbage just as the next, equally large stage starts; V8 collects old memory
 * only once the heap has grown well past what is live, so without this the process holds two
 * stages at once (a 100 MB .csv peaked at 0.9 GB, issue 13 point 6). Node has no API for it but
 * the --expose-gc flag, which V8 also takes at run time for contexts made afterwards.
 *
 * A dead Buffer's memory (the file's bytes) is handed back only by the collection after the one
 * that found it dead: measured, a 100 MB file's bytes stayed in memory through the whole parse
 * unless the parse happened to trigger a full collection itself. Two passes free them at once.
 */
export function collectGarbage(passes: 1 | 2 = 1): void {
  if (collector === undefined) {
    const own = (globalThis as { gc?: unknown }).gc;
    if (typeof own === 'function') collector = own as () => void;
    else {
      // Loaded here, for the first large file: node:v8 (with the heap tools it loads) would cost
      // every start of the command line.
      const load = createRequire(__filename);
      (load('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
      collector = (load('node:vm') as typeof import('node:vm')).runInNewContext('gc') as () => void;
    }
  }
  for (let i = 0; i < passes; i++) collector();
}
