/** An LRU cache whose entries also expire. Time comes only from `now()`. */
export class TTLCache<K, V> {
  /** capacity: an integer >= 1, else RangeError. */
  constructor(capacity: number, now: () => number) {
    void capacity;
    void now;
  }

  /**
   * Stores key with an expiry at now() + ttlMs (ttlMs an integer >= 1, else RangeError);
   * key becomes the most recently used. When a new key is added to a full cache, first every
   * expired entry is removed; if the cache is still full, the LRU live entry is evicted.
   */
  set(key: K, value: V, ttlMs: number): void {
    void key;
    void value;
    void ttlMs;
    throw new Error("not implemented");
  }

  /**
   * The value of a live key. Expired when now() >= expiresAt: the entry is removed and
   * undefined returned. A hit makes key the most recently used.
   */
  get(key: K): V | undefined {
    void key;
    throw new Error("not implemented");
  }

  /** Like get (true for a live key), but never changes recency. */
  has(key: K): boolean {
    void key;
    throw new Error("not implemented");
  }

  /** Remaining ms (expiresAt - now()) for a live key, else undefined; never changes recency. */
  ttl(key: K): number | undefined {
    void key;
    throw new Error("not implemented");
  }

  /** The number of live (unexpired) entries. */
  get size(): number {
    throw new Error("not implemented");
  }
}
