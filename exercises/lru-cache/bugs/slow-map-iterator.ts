// expect: perf
// bug: a Map alone keeps the order (delete + set moves a key to the end) and evicts with
// keys().next(): looks O(1), but in V8 each new iterator walks over the holes that deletions left
// until the table rehashes, so an eviction costs O(capacity) (188 ms → 2,260 ms for 200k puts as
// capacity grows 2k → 64k). The checker must keep rejecting it, and say why.

export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly map = new Map<K, V>(); // insertion order = recency order, oldest first

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError("capacity must be an integer >= 1");
    }
    this.capacity = capacity;
  }

  get(key: K): V | undefined {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key)!;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  put(key: K, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }

  keys(): K[] {
    return [...this.map.keys()].reverse();
  }
}
