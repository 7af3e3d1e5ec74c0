// expect: perf
// bug: the Map-only LRU that evicts with keys().next(): V8 leaves deleted entries as tombstones at the front of the table, so each eviction walks over them (O(n), not O(1))
// Recency is the Map's insertion order: a hit deletes and re-inserts the key.
export class LRUCache<K, V> {
  private readonly m = new Map<K, V>();
  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer >= 1");
  }
  get(key: K): V | undefined {
    if (!this.m.has(key)) return undefined;
    const v = this.m.get(key)!;
    this.m.delete(key);
    this.m.set(key, v);
    return v;
  }
  put(key: K, value: V): void {
    if (this.m.has(key)) this.m.delete(key);
    else if (this.m.size >= this.capacity) this.m.delete(this.m.keys().next().value as K);
    this.m.set(key, value);
  }
  delete(key: K): boolean { return this.m.delete(key); }
  get size(): number { return this.m.size; }
  keys(): K[] { return [...this.m.keys()].reverse(); }
}
