// expect: example
// bug: the history makes room only once it is over capacity (`size > capacity`), so it keeps historyCapacity + 1 keys
// Reference: LRU-K cache (the policy behind MySQL's midpoint insertion and many DB buffer pools).
//
// Two LRU lists, each a hash map + doubly linked list so every step is O(1):
// - the history list remembers keys seen fewer than k times (with their access count and,
//   once a put happened, their value);
// - the cache list holds promoted keys, which are the only ones get() returns.
// A key is promoted the moment its history entry has count >= k and holds a value.

type Node<K, V> = {
  key: K;
  value: V | undefined;
  count: number; // history only: number of accesses so far
  hasValue: boolean; // history only: a put was made (even put(key, undefined))
  prev: Node<K, V>;
  next: Node<K, V>;
};

/** An LRU list: map for lookup, circular doubly linked list for order (head.next = MRU). */
class LruList<K, V> {
  readonly map = new Map<K, Node<K, V>>();
  private readonly head: Node<K, V>;

  constructor(readonly capacity: number) {
    const s = {} as Node<K, V>;
    s.prev = s;
    s.next = s;
    this.head = s;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): Node<K, V> | undefined {
    return this.map.get(key);
  }

  /** Inserts a new node as MRU (the caller makes room first). */
  addFront(node: Node<K, V>): void {
    node.prev = this.head;
    node.next = this.head.next;
    this.head.next.prev = node;
    this.head.next = node;
    this.map.set(node.key, node);
  }

  remove(node: Node<K, V>): void {
    node.prev.next = node.next;
    node.next.prev = node.prev;
    this.map.delete(node.key);
  }

  touch(node: Node<K, V>): void {
    this.remove(node);
    this.addFront(node);
  }

  /** Drops the LRU node if the list is full, making room for one more. */
  makeRoom(): void {
    if (this.map.size > this.capacity) this.remove(this.head.prev);
  }

  keys(): K[] {
    const out: K[] = [];
    for (let n = this.head.next; n !== this.head; n = n.next) out.push(n.key);
    return out;
  }
}

export class LRUKCache<K, V> {
  private readonly k: number;
  private readonly cache: LruList<K, V>;
  private readonly history: LruList<K, V>;

  constructor(capacity: number, k: number, historyCapacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer >= 1");
    if (!Number.isInteger(k) || k < 2) throw new RangeError("k must be an integer >= 2");
    if (!Number.isInteger(historyCapacity) || historyCapacity < 1) {
      throw new RangeError("historyCapacity must be an integer >= 1");
    }
    this.k = k;
    this.cache = new LruList(capacity);
    this.history = new LruList(historyCapacity);
  }

  get(key: K): V | undefined {
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.cache.touch(cached);
      return cached.value;
    }
    const node = this.recordHistoryAccess(key);
    return this.maybePromote(node) ? node.value : undefined;
  }

  put(key: K, value: V): void {
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      cached.value = value;
      this.cache.touch(cached);
      return;
    }
    const node = this.recordHistoryAccess(key);
    node.value = value;
    node.hasValue = true;
    this.maybePromote(node);
  }

  cachedKeys(): K[] {
    return this.cache.keys();
  }

  historyKeys(): K[] {
    return this.history.keys();
  }

  /** One access to a key that is not cached: bump its count or enter it with count 1. */
  private recordHistoryAccess(key: K): Node<K, V> {
    const existing = this.history.get(key);
    if (existing !== undefined) {
      existing.count++;
      this.history.touch(existing);
      return existing;
    }
    this.history.makeRoom();
    const node = { key, value: undefined, count: 1, hasValue: false } as Node<K, V>;
    this.history.addFront(node);
    return node;
  }

  /** Moves a history entry into the cache once it has k accesses and a value. */
  private maybePromote(node: Node<K, V>): boolean {
    if (node.count < this.k || !node.hasValue) return false;
    this.history.remove(node);
    this.cache.makeRoom();
    this.cache.addFront(node);
    return true;
  }
}
