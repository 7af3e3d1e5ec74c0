/**
 * LRU-K: keys must be accessed k times (and hold a value) before they enter the cache.
 * Two LRU lists: the cache (`capacity`) and the history (`historyCapacity`).
 */
export class LRUKCache<K, V> {
  /** capacity >= 1, k >= 2, historyCapacity >= 1 (integers), else RangeError. */
  constructor(capacity: number, k: number, historyCapacity: number) {
    void capacity;
    void k;
    void historyCapacity;
  }

  /**
   * An access. Returns the value if, after this access, key is in the cache; otherwise undefined.
   * In the cache: becomes the cache's MRU. In the history: count + 1, history MRU.
   * In neither: enters the history as MRU with count 1 (evicting the history's LRU if full).
   */
  get(key: K): V | undefined {
    void key;
    throw new Error("not implemented");
  }

  /**
   * An access that also stores the value. In the cache: replaces the value, cache MRU.
   * In the history: count + 1, history MRU, stores the value. In neither: enters the history
   * with count 1 and the value. A history entry with count >= k that holds a value (any put,
   * even put(key, undefined)) moves at once to the cache as MRU, evicting the cache's LRU if
   * the cache is full (evicted cache entries are dropped entirely).
   */
  put(key: K, value: V): void {
    void key;
    void value;
    throw new Error("not implemented");
  }

  /** The cache list, most recently used first. */
  cachedKeys(): K[] {
    throw new Error("not implemented");
  }

  /** The history list, most recently used first. */
  historyKeys(): K[] {
    throw new Error("not implemented");
  }
}
