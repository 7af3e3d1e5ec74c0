/** A fixed-capacity cache that evicts the least recently used key. */
export class LRUCache<K, V> {
  /** capacity: an integer >= 1, else RangeError. */
  constructor(capacity: number) {
    void capacity;
  }

  /** The value for key, or undefined. A hit makes key the most recently used. */
  get(key: K): V | undefined {
    void key;
    throw new Error("not implemented");
  }

  /**
   * Inserts or updates key; key becomes the most recently used. If the size would exceed the
   * capacity, evicts the least recently used key. Updating an existing key never evicts.
   */
  put(key: K, value: V): void {
    void key;
    void value;
    throw new Error("not implemented");
  }

  /** Removes key; true if it was present. */
  delete(key: K): boolean {
    void key;
    throw new Error("not implemented");
  }

  /** The number of keys stored. */
  get size(): number {
    throw new Error("not implemented");
  }

  /** All keys, most recently used first. */
  keys(): K[] {
    throw new Error("not implemented");
  }
}
