/**
 * Weighted sampling without replacement (Efraimidis–Spirakis): each item gets the key
 * u^(1/w) for a uniform u, and the k largest keys win. Heavier items tend to come first.
 * `random` is injectable so tests are deterministic.
 */
export function weightedSample<T>(items: readonly { item: T; weight: number }[], k: number, random: () => number = Math.random): T[] {
  return items
    .filter((entry) => entry.weight > 0)
    .map((entry) => ({ item: entry.item, key: Math.pow(random(), 1 / entry.weight) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, Math.max(0, k))
    .map((entry) => entry.item);
}

export { seededRandom } from "../random/seeded-random";
