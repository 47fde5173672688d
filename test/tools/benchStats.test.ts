import { median, quantile } from '../../bench/stats';

describe('the bench statistics', () => {
  it('takes the median and the quartiles of unsorted runs', () => {
    const runs = [230, 212, 250, 241, 219, 300, 225, 236, 228];
    expect(median(runs)).toBe(230);
    // Sorted: 212 219 225 228 230 236 241 250 300: the quartiles are the 3rd and 7th.
    expect([quantile(runs, 0.25), quantile(runs, 0.75)]).toEqual([225, 241]);
    expect([quantile(runs, 0), quantile(runs, 1)]).toEqual([212, 300]);
    expect(runs[0]).toBe(230); // the runs themselves are left in their order
  });
});
