import { boundedMemo } from '../../src/core/boundedMemo';

describe('boundedMemo', () => {
  it('works a key out once, undefined results included, and starts again past its limit', () => {
    const asked: number[] = [];
    const half = boundedMemo((n: number) => {
      asked.push(n);
      return n % 2 === 0 ? n / 2 : undefined;
    }, 3);
    expect([half(4), half(4), half(3), half(3), half(6)]).toEqual([2, 2, undefined, undefined, 3]);
    expect(asked).toEqual([4, 3, 6]);
    // A fourth key clears the three kept: 4 is worked out again.
    half(8);
    half(4);
    expect(asked).toEqual([4, 3, 6, 8, 4]);
  });
});
