import type { HostApiSets } from './apiSets';

/** What one request (one `context.sync()`) carries: queued operations, their payload, and the counters. */

export interface FakeStats {
  syncs: number;
  /** Payload bytes (JSON of values written and read) of every request, in order. */
  requests: number[];
  maxRequestBytes: number;
  /** Every cell write: sheet name and what was written. */
  writes: { sheet: string; kind: string; address: string }[];
  /** Per request, in order: bytes sent for writes, bytes read back, and cells written. */
  perRequest: RequestStats[];
}

export interface RequestStats {
  writeBytes: number;
  readBytes: number;
  cellsWritten: number;
}

export interface FakeConfig {
  payloadLimitBytes: number;
  /** The requirement sets the simulated host claims. */
  apiSets: HostApiSets;
}

export interface Op {
  /** Payload bytes this operation adds to its request (computed before the request runs). */
  size(): number;
  apply(): void;
  /** A load: it changes nothing, and what it reads depends on the operations queued before it. */
  read?: boolean;
}

export const OP_OVERHEAD = 60;

/** UTF-8 length of the JSON, counted by hand so the fake needs no Node Buffer (it also runs in a browser). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value ?? null);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}
