/**
 * Excel on the web refuses a request or response over 5 MB. We aim for 2 MB per request, estimate
 * the size from the JSON of the values, and treat a payload error as "halve and try again".
 */

export const REQUEST_BUDGET_BYTES = 2 * 1024 * 1024;
export const MAX_CHUNK_ROWS = 10_000;
/** Bytes per cell assumed before the first chunk tells better (a register cell is ~6-15 bytes). */
export const INITIAL_BYTES_PER_CELL = 20;
/** Margin on a measured size: later rows may carry longer texts than the first ones. */
export const SAFETY = 1.25;

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge']);

export function isPayloadError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { code?: unknown; message?: unknown; debugInfo?: { code?: unknown } };
  if (typeof err.code === 'string' && PAYLOAD_CODES.has(err.code)) return true;
  if (typeof err.debugInfo?.code === 'string' && PAYLOAD_CODES.has(err.debugInfo.code)) return true;
  return typeof err.message === 'string' && /payload size|payloadtoolarge/i.test(err.message);
}

export function errorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Rows per chunk for a column count and a per-cell byte estimate, within the budget. */
export function rowsPerChunk(columns: number, bytesPerCell: number, budget = REQUEST_BUDGET_BYTES): number {
  const perRow = Math.max(1, columns) * Math.max(1, bytesPerCell) + 3;
  return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(budget / perRow)));
}

/** JSON size of a 2-D block (what goes over the wire), counted in UTF-16 units ~ bytes for Dutch text. */
export function jsonSize(values: unknown): number {
  return JSON.stringify(values).length;
}
