import { gated, type HostApiSets } from './apiSets';
import { FakeRichApiError } from './errors';
import { OP_OVERHEAD, type FakeConfig, type FakeStats, type Op } from './request';
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
    let bytes = 0;
    for (const op of ops) bytes += op.size();
    this.stats.requests.push(bytes);
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
    await Promise.resolve();
    if (bytes > this.config.payloadLimitBytes) {
      throw new FakeRichApiError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${bytes} > ${this.config.payloadLimitBytes} bytes).`,
      );
    }
    for (const op of ops) op.apply();
    if (this.state.calculationSuspendedSyncs > 0) this.state.calculationSuspendedSyncs -= 1;
  }

  /** Queues an operation without payload beyond a small constant. */
  op(apply: () => void, size: () => number = () => OP_OVERHEAD): void {
    this.enqueue({ size, apply });
  }

  get host(): HostApiSets {
    return this.config.apiSets;
  }
}
