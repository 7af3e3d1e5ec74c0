// expect: perf
// bug: both lists are Maps of entries stamped with a use counter; evicting sorts every entry by stamp to find the oldest, O(n log n) per eviction instead of O(1)

type Entry<V> = { value: V | undefined; hasValue: boolean; count: number; stamp: number };

export class LRUKCache<K, V> {
  private readonly cache = new Map<K, Entry<V>>();
  private readonly history = new Map<K, Entry<V>>();
  private clock = 0;

  constructor(
    private readonly capacity: number,
    private readonly k: number,
    private readonly historyCapacity: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer >= 1");
    if (!Number.isInteger(k) || k < 2) throw new RangeError("k must be an integer >= 2");
    if (!Number.isInteger(historyCapacity) || historyCapacity < 1) throw new RangeError("historyCapacity must be an integer >= 1");
  }

  private static oldest<K, V>(m: Map<K, Entry<V>>): K {
    return Array.from(m.keys()).sort((a, b) => m.get(a)!.stamp - m.get(b)!.stamp)[0];
  }

  private access(key: K): Entry<V> | null {
    const c = this.cache.get(key);
    if (c) {
      c.stamp = ++this.clock;
      return c;
    }
    let h = this.history.get(key);
    if (h) {
      h.count++;
      h.stamp = ++this.clock;
    } else {
      if (this.history.size >= this.historyCapacity) this.history.delete(LRUKCache.oldest(this.history));
      h = { value: undefined, hasValue: false, count: 1, stamp: ++this.clock };
      this.history.set(key, h);
    }
    return null;
  }

  private promote(key: K): boolean {
    const h = this.history.get(key)!;
    if (h.count < this.k || !h.hasValue) return false;
    this.history.delete(key);
    if (this.cache.size >= this.capacity) this.cache.delete(LRUKCache.oldest(this.cache));
    h.stamp = ++this.clock;
    this.cache.set(key, h);
    return true;
  }

  get(key: K): V | undefined {
    const c = this.access(key);
    if (c) return c.value;
    return this.promote(key) ? this.cache.get(key)!.value : undefined;
  }

  put(key: K, value: V): void {
    const c = this.access(key);
    if (c) {
      c.value = value;
      return;
    }
    const h = this.history.get(key)!;
    h.value = value;
    h.hasValue = true;
    this.promote(key);
  }

  cachedKeys(): K[] {
    return Array.from(this.cache.keys()).sort((a, b) => this.cache.get(b)!.stamp - this.cache.get(a)!.stamp);
  }

  historyKeys(): K[] {
    return Array.from(this.history.keys()).sort((a, b) => this.history.get(b)!.stamp - this.history.get(a)!.stamp);
  }
}
