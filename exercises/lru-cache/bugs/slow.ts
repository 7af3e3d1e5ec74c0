// expect: perf
// bug: recency kept in a plain array: indexOf + splice + unshift make every hit O(n)

export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly values = new Map<K, V>();
  private order: K[] = []; // most recently used first

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError("capacity must be an integer >= 1");
    }
    this.capacity = capacity;
  }

  private touch(key: K): void {
    const i = this.order.indexOf(key);
    if (i >= 0) this.order.splice(i, 1);
    this.order.unshift(key);
  }

  get(key: K): V | undefined {
    if (!this.values.has(key)) return undefined;
    this.touch(key);
    return this.values.get(key);
  }

  put(key: K, value: V): void {
    if (!this.values.has(key) && this.values.size >= this.capacity) {
      const lru = this.order.pop()!;
      this.values.delete(lru);
    }
    this.values.set(key, value);
    this.touch(key);
  }

  delete(key: K): boolean {
    if (!this.values.delete(key)) return false;
    this.order.splice(this.order.indexOf(key), 1);
    return true;
  }

  get size(): number {
    return this.values.size;
  }

  keys(): K[] {
    return this.order.slice();
  }
}
