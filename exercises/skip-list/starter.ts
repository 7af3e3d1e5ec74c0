/**
 * A skip list. A key's level is drawn exactly like this, once, when a key that is not present
 * is inserted (never on a replace):
 *   let level = 1; while (level < maxLevel && random() < p) level++;
 * random() is called only by that loop.
 */
export class SkipList<V> {
  /** maxLevel defaults to 16, p to 0.5. */
  constructor(random: () => number, maxLevel?: number, p?: number) {
    void random;
    void maxLevel;
    void p;
  }

  /** Inserts key, or replaces its value if it exists. */
  insert(key: number, value: V): void {
    void key;
    void value;
    throw new Error("not implemented");
  }

  /** The value for key, or undefined. */
  search(key: number): V | undefined {
    void key;
    throw new Error("not implemented");
  }

  /** Removes key; true if it was present. */
  delete(key: number): boolean {
    void key;
    throw new Error("not implemented");
  }

  /** The entries with lo <= key <= hi, ascending. */
  range(lo: number, hi: number): [number, V][] {
    void lo;
    void hi;
    throw new Error("not implemented");
  }

  /** The number of keys. */
  get size(): number {
    throw new Error("not implemented");
  }

  /**
   * layers[0]: every key ascending; layers[i]: the keys whose level > i. Exactly
   * max(1, highest level among present keys) arrays: [[]] when empty.
   */
  layers(): number[][] {
    throw new Error("not implemented");
  }
}
