// Alternative correct solution: a class with private #fields whose recency list lives in
// parallel typed arrays indexed by slot (prev/next links as integers, a free list of slots),
// with a Map from key to slot. Every operation is O(1), and no node objects are allocated.

export class LRUCache<K, V> {
  readonly #capacity: number;
  readonly #slotOf = new Map<K, number>();
  readonly #keys: K[];
  readonly #values: V[];
  // slot `capacity` is the sentinel: next[sentinel] = MRU, prev[sentinel] = LRU
  readonly #prev: Int32Array;
  readonly #next: Int32Array;
  #free: number[] = [];

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer >= 1");
    this.#capacity = capacity;
    this.#keys = new Array<K>(capacity);
    this.#values = new Array<V>(capacity);
    this.#prev = new Int32Array(capacity + 1);
    this.#next = new Int32Array(capacity + 1);
    this.#prev[capacity] = capacity;
    this.#next[capacity] = capacity;
    for (let i = capacity - 1; i >= 0; i--) this.#free.push(i);
  }

  get(key: K): V | undefined {
    const slot = this.#slotOf.get(key);
    if (slot === undefined) return undefined;
    this.#unlink(slot);
    this.#linkFront(slot);
    return this.#values[slot];
  }

  put(key: K, value: V): void {
    let slot = this.#slotOf.get(key);
    if (slot !== undefined) {
      this.#values[slot] = value;
      this.#unlink(slot);
      this.#linkFront(slot);
      return;
    }
    if (this.#free.length === 0) {
      const lru = this.#prev[this.#capacity];
      this.#unlink(lru);
      this.#slotOf.delete(this.#keys[lru]);
      this.#free.push(lru);
    }
    slot = this.#free.pop()!;
    this.#keys[slot] = key;
    this.#values[slot] = value;
    this.#slotOf.set(key, slot);
    this.#linkFront(slot);
  }

  delete(key: K): boolean {
    const slot = this.#slotOf.get(key);
    if (slot === undefined) return false;
    this.#unlink(slot);
    this.#slotOf.delete(key);
    // drop references so the cache does not keep deleted values alive
    this.#keys[slot] = undefined as K;
    this.#values[slot] = undefined as V;
    this.#free.push(slot);
    return true;
  }

  get size(): number {
    return this.#slotOf.size;
  }

  keys(): K[] {
    const out: K[] = [];
    const s = this.#capacity;
    for (let i = this.#next[s]; i !== s; i = this.#next[i]) out.push(this.#keys[i]);
    return out;
  }

  #unlink(slot: number): void {
    this.#next[this.#prev[slot]] = this.#next[slot];
    this.#prev[this.#next[slot]] = this.#prev[slot];
  }

  #linkFront(slot: number): void {
    const s = this.#capacity;
    this.#prev[slot] = s;
    this.#next[slot] = this.#next[s];
    this.#prev[this.#next[s]] = slot;
    this.#next[s] = slot;
  }
}
