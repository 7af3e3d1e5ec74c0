/**
 * A size-bounded cache cleared in generations: when the young generation is full it becomes
 * the old one and the previous old one is dropped whole. Hits in the old generation are
 * promoted. Eviction costs O(1) with no per-key bookkeeping; evicting key by key with
 * `map.keys().next()` on a large Map degrades badly in V8 (it rescans deleted slots).
 */
export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly generationSize: number) {}

  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  delete(key: K): void {
    this.young.delete(key);
    this.old.delete(key);
  }
}
