// Map, Set, WeakMap and WeakSet are not available in this exercise.

/** A string-keyed map that remembers an order: insertion order, or access order. */
export class LinkedHashMap<V> {
  /** accessOrder defaults to false (insertion order). */
  constructor(accessOrder?: boolean) {
    void accessOrder;
  }

  /**
   * A new key goes to the end; an existing key keeps its place (its value is replaced),
   * except in access order, where it moves to the end.
   */
  set(key: string, value: V): void {
    void key;
    void value;
    throw new Error("not implemented");
  }

  /** The value for key, or undefined. In access order, a hit moves the key to the end. */
  get(key: string): V | undefined {
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

  /** All keys, from the start to the end. */
  keys(): string[] {
    throw new Error("not implemented");
  }

  /** The eldest key (at the start), or undefined when empty. */
  first(): string | undefined {
    throw new Error("not implemented");
  }
}
