import type { CellValue } from '../../core/register/types';
import type { ReadOptions } from '../workbook/port';
import { errorCode, INITIAL_BYTES_PER_CELL, isPayloadError, jsonSize, REQUEST_BUDGET_BYTES, rowsPerChunk, SAFETY } from './payload';

export interface Box {
  firstRow: number;
  firstColumn: number;
  rowCount: number;
  columnCount: number;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw signal.reason instanceof Error ? signal.reason : new DOMException('Het lezen is afgebroken.', 'AbortError');
  }
}

/**
 * Reads a box of a worksheet's values in chunks: one sync per chunk, each chunk sized to stay
 * under the request budget (estimated from the column count, then from what the chunks
 * measured), halved and retried when Excel still refuses the payload. Recursive per chunk, so no
 * sync sits inside a loop. Empty cells come back as null.
 */
export async function readChunks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  box: Box,
  options: ReadOptions = {},
  budget = REQUEST_BUDGET_BYTES,
): Promise<CellValue[][]> {
  const out: CellValue[][] = [];
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  let refused = false;
  // Excel (desktop) sometimes answers a large request with a bare GeneralException instead of a
  // payload error: taken as one once, so a real fault still surfaces on the next occurrence.
  let generalTaken = false;
  const tooLarge = (e: unknown, n: number): boolean => {
    if (isPayloadError(e)) return n > 1;
    if (errorCode(e) !== 'GeneralException' || generalTaken || n <= 1) return false;
    generalTaken = true;
    return true;
  };

  const readChunk = async (offset: number, wanted: number): Promise<void> => {
    if (offset >= box.rowCount) return;
    throwIfAborted(options.signal);
    const n = Math.min(wanted, box.rowCount - offset);
    const range = worksheet.getRangeByIndexes(box.firstRow + offset, box.firstColumn, n, box.columnCount);
    range.load('values');
    try {
      await context.sync();
    } catch (e) {
      if (!tooLarge(e, n)) throw e;
      const half = Math.max(1, Math.floor(n / 2));
      // What Excel refused tells us more than the estimate did: chunks stay this small.
      refused = true;
      bytesPerCell = Math.max(bytesPerCell, budget / (half * box.columnCount));
      return readChunk(offset, half);
    }
    const values = range.values as CellValue[][];
    const measured = (jsonSize(values) / (n * box.columnCount)) * SAFETY;
    bytesPerCell = offset === 0 && !refused ? Math.max(measured, 4) : Math.max(bytesPerCell, measured);
    for (const row of values) out.push(row.map((v) => (v === '' ? null : v)));
    options.onProgress?.({
      fraction: (offset + n) / box.rowCount,
      message: `${offset + n} van ${box.rowCount} rijen gelezen`,
    });
    // Let the pane paint between chunks.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    return readChunk(offset + n, rowsPerChunk(box.columnCount, bytesPerCell, budget));
  };

  await readChunk(0, rowsPerChunk(box.columnCount, bytesPerCell, budget));
  return out;
}
