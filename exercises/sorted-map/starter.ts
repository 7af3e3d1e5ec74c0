// Map, Set, WeakMap and WeakSet are not available in this exercise.

/** A map from numbers to values, kept in key order. */
export class SortedMap<V> {
  /** Inserts or updates key. */
  set(key: number, value: V): void {
    void key;
    void value;
    throw new Error("not implemented");
  }

  /** The value for key, or undefined. */
  get(key: number): V | undefined {
    void key;
    throw new Error("not implemented");
  }

  /** Removes key; true if it was present. */
  delete(key: number): boolean {
    void key;
    throw new Error("not implemented");
  }

  /** The number of keys. */
  get size(): number {
    throw new Error("not implemented");
  }

  /** The smallest key, or undefined when empty. */
  firstKey(): number | undefined {
    throw new Error("not implemented");
  }

  /** The greatest key, or undefined when empty. */
  lastKey(): number | undefined {
    throw new Error("not implemented");
  }

  /** The greatest key <= key, or undefined. */
  floorKey(key: number): number | undefined {
    void key;
    throw new Error("not implemented");
  }

  /** The least key >= key, or undefined. */
  ceilingKey(key: number): number | undefined {
    void key;
    throw new Error("not implemented");
  }

  /** The entries with lo <= key < hi, ascending. */
  range(lo: number, hi: number): [number, V][] {
    void lo;
    void hi;
    throw new Error("not implemented");
  }
}
