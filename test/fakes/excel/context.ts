import { gated, type HostApiSets } from './apiSets';
import { FakeRichApiError } from './errors';
import { assertNotInCellEditMode } from './guards';
import { OP_OVERHEAD, type FakeConfig, type FakeStats, type Op, type RequestStats } from './request';
import type { WorkbookState } from './state';
import { FakeWorkbook } from './workbook';

/**
 * The request context: calls on proxies queue operations, `sync()` runs them as one request and
 * refuses a request whose payload passes the limit, like Excel on the web.
 */

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  constructor(
    readonly state: WorkbookState,
    readonly stats: FakeStats,
    readonly config: FakeConfig,
    private readonly delayForCellEdit = false,
  ) {
    this.workbook = new FakeWorkbook(this);
    return gated(this, 'RequestContext', config.apiSets);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    // RunOptions.delayForCellEdit: "When false, if the user is in cell edit when the batch request is
    // processed by the host, the batch automatically fails."
    if (!this.delayForCellEdit) assertNotInCellEditMode(this.state);
    // A load queued after a change in the same request reads what the change left, so it is sized
    // after it runs (Excel too only knows the response once the request ran).
    const request: RequestStats = { writeBytes: 0, readBytes: 0, cellsWritten: 0 };
    const afterChange = new Set<Op>();
    let changed = false;
    let bytes = 0;
    for (const op of ops) {
      if (op.read && changed) {
        afterChange.add(op);
        continue;
      }
      const n = op.size();
      bytes += n;
      if (op.read) request.readBytes += n;
      else {
        request.writeBytes += n;
        changed = true;
      }
    }
    this.stats.requests.push(bytes);
    this.stats.perRequest.push(request);
    await Promise.resolve();
    const injected = this.state.failSync?.(this.stats.syncs);
    if (injected) throw injected;
    if (bytes > this.config.payloadLimitBytes) {
      this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
      throw new FakeRichApiError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${bytes} > ${this.config.payloadLimitBytes} bytes).`,
      );
    }
    this.current = request;
    try {
      for (const op of ops) {
        op.apply();
        if (afterChange.has(op)) {
          const n = op.size();
          bytes += n;
          request.readBytes += n;
        }
      }
    } finally {
      this.current = undefined;
      this.stats.requests[this.stats.requests.length - 1] = bytes;
      this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
    }
    if (this.state.calculationSuspendedSyncs > 0) this.state.calculationSuspendedSyncs -= 1;
    if (bytes > this.config.payloadLimitBytes) {
      throw new FakeRichApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }

  private current: RequestStats | undefined;

  /** Counts cells a write of the running request changed (for the benchmark's figures). */
  countCellsWritten(n: number): void {
    if (this.current) this.current.cellsWritten += n;
  }

  /** Queues an operation without payload beyond a small constant. */
  op(apply: () => void, size: () => number = () => OP_OVERHEAD, read = false): void {
    this.enqueue({ size, apply, read });
  }

  get host(): HostApiSets {
    return this.config.apiSets;
  }
}
