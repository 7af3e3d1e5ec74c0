// expect: perf
// bug: stamps each entry with a use counter and, to evict, sorts all entries by stamp and drops the oldest: O(n log n) per eviction instead of O(1)

export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly entries = new Map<K, { value: V; stamp: number }>();
  private clock = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer >= 1");
    this.capacity = capacity;
  }

  get(key: K): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    e.stamp = ++this.clock;
    return e.value;
  }

  put(key: K, value: V): void {
    const e = this.entries.get(key);
    if (e) {
      e.value = value;
      e.stamp = ++this.clock;
      return;
    }
    if (this.entries.size >= this.capacity) {
      const byAge = Array.from(this.entries.keys()).sort((a, b) => this.entries.get(a)!.stamp - this.entries.get(b)!.stamp);
      this.entries.delete(byAge[0]);
    }
    this.entries.set(key, { value, stamp: ++this.clock });
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  keys(): K[] {
    return Array.from(this.entries.keys()).sort((a, b) => this.entries.get(b)!.stamp - this.entries.get(a)!.stamp);
  }
}
