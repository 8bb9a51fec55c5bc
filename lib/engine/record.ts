/**
 * A record with one entry per key of a fixed list, e.g. a score per option or a weight per
 * criterion. The one place the engine asserts a type: TypeScript cannot see that a loop over
 * every key of `keys` fills every key of the record, so the result is typed after it is filled.
 */
export function record<K extends string, V>(
  keys: readonly K[],
  value: (key: K, index: number) => V,
): Record<K, V> {
  const entries: Partial<Record<K, V>> = {};
  keys.forEach((k, i) => {
    entries[k] = value(k, i);
  });
  return entries as Record<K, V>;
}
