/** Whole-number ticks from 0 to at least `max`, at most about five of them. */
export function integerTicks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((s) => top / s <= 5) ?? Math.ceil(top / 5);
  const ticks: number[] = [];
  for (let t = 0; t < top + step; t += step) {
    ticks.push(t);
    if (t >= top) break;
  }
  return ticks;
}
