import type { FakeContext } from './context';
import { notLoaded } from './errors';

/** OfficeExtension.ClientResult: a value computed by the request that `sync()` runs (e.g. getCount()). */
export class FakeClientResult<T> {
  private result: { value: T } | undefined;
  constructor(context: FakeContext, compute: () => T) {
    context.op(() => (this.result = { value: compute() }), undefined, true);
  }
  get value(): T {
    if (!this.result) throw notLoaded('value');
    return this.result.value;
  }
}
