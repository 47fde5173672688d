import { gated } from './apiSets';
import type { FakeContext } from './context';
import { notLoaded } from './errors';

/** The result of a worksheet function (workbook.functions.*), computed when its request runs. */

export class FakeFunctionResult {
  private result: { value: unknown } | undefined;
  constructor(
    readonly context: FakeContext,
    compute: () => unknown,
  ) {
    context.op(() => (this.result = { value: compute() }));
    return gated(this, 'FunctionResult', context.host);
  }
  load(): this {
    return this;
  }
  get value(): unknown {
    if (!this.result) throw notLoaded('value');
    return this.result.value;
  }
}
