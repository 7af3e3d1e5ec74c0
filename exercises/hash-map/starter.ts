// Map, Set, WeakMap and WeakSet are not available in this exercise.

/**
 * Java's String.hashCode: s[0]*31^(n-1) + ... + s[n-1] over UTF-16 code units, with int32
 * wraparound; returns a signed int32 like Java's int.
 */
export function stringHash(s: string): number {
  void s;
  throw new Error("not implemented");
}

/**
 * Java 8's HashMap without treeification: index = spread(stringHash(key)) & (capacity - 1)
 * with spread(h) = h ^ (h >>> 16); new keys are appended to their bucket's chain; after adding
 * a new key, if size > capacity * loadFactor the table doubles once (keeping each chain's
 * relative order); the table never shrinks; capacities stay at or below 2^30.
 */
export class HashMap<V> {
  /**
   * Defaults 16 and 0.75. initialCapacity: an integer >= 1, rounded up to a power of two;
   * loadFactor > 0; else RangeError.
   */
  constructor(initialCapacity?: number, loadFactor?: number) {
    void initialCapacity;
    void loadFactor;
  }

  /** Inserts or updates key. */
  set(key: string, value: V): void {
    void key;
    void value;
    throw new Error("not implemented");
  }

  /** The value for key, or undefined. */
  get(key: string): V | undefined {
    void key;
    throw new Error("not implemented");
  }

  /** Whether key is present. */
  has(key: string): boolean {
    void key;
    throw new Error("not implemented");
  }

  /** Removes key; true if it was present. */
  delete(key: string): boolean {
    void key;
    throw new Error("not implemented");
  }

  /** The number of keys. */
  get size(): number {
    throw new Error("not implemented");
  }

  /** The current number of buckets. */
  get capacity(): number {
    throw new Error("not implemented");
  }

  /** All keys: bucket index ascending; within a bucket, insertion order. */
  keys(): string[] {
    throw new Error("not implemented");
  }
}
