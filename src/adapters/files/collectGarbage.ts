import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

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
 */
export function collectGarbage(): void {
  if (collector === undefined) {
    const own = (globalThis as { gc?: unknown }).gc;
    if (typeof own === 'function') collector = own as () => void;
    else {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
    }
  }
  collector();
}
