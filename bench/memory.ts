import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Peak resident memory from Linux's high-water mark (VmHWM). The engine runs synchronously, so a
 * timer sampling process.memoryUsage() would never fire during it; the kernel's mark sees every
 * page. Writing 5 to clear_refs resets the mark so each measurement starts from the current RSS.
 */

function statusKb(field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

export function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak RSS in MB since the last reset (or process start); falls back to the current RSS. */
export function peakMb(): number {
  const kb = statusKb('VmHWM');
  return kb === undefined ? process.memoryUsage().rss / 1048576 : kb / 1024;
}

export function rssMb(): number {
  return process.memoryUsage().rss / 1048576;
}

export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}
