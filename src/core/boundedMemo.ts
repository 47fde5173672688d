/**
 * `compute(key)` worked out once per key, for values a register repeats down its rows (days,
 * date serials). Past `limit` keys the memo starts again rather than grow into a second copy of
 * the data (a timestamp column has a key of its own on every row).
 */
export function boundedMemo<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
