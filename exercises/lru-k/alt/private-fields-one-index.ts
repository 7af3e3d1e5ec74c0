// Alternative correct solution: one Map indexes both lists (each entry knows which list it is
// in), the two recency lists are null-terminated doubly linked lists with head and tail
// pointers, and all state lives in private #fields. Every operation is O(1).

type Entry<K, V> = {
  key: K;
  value: V | undefined;
  hasValue: boolean;
  count: number;
  inCache: boolean;
  prev: Entry<K, V> | null;
  next: Entry<K, V> | null;
};

class Lane<K, V> {
  head: Entry<K, V> | null = null; // most recently used
  tail: Entry<K, V> | null = null; // least recently used
  size = 0;

  pushFront(e: Entry<K, V>): void {
    e.prev = null;
    e.next = this.head;
    if (this.head) this.head.prev = e;
    else this.tail = e;
    this.head = e;
    this.size++;
  }

  unlink(e: Entry<K, V>): void {
    if (e.prev) e.prev.next = e.next;
    else this.head = e.next;
    if (e.next) e.next.prev = e.prev;
    else this.tail = e.prev;
    e.prev = e.next = null;
    this.size--;
  }

  keys(): K[] {
    const out: K[] = [];
    for (let e = this.head; e; e = e.next) out.push(e.key);
    return out;
  }
}

export class LRUKCache<K, V> {
  readonly #capacity: number;
  readonly #k: number;
  readonly #historyCapacity: number;
  readonly #index = new Map<K, Entry<K, V>>();
  readonly #cache = new Lane<K, V>();
  readonly #history = new Lane<K, V>();

  constructor(capacity: number, k: number, historyCapacity: number) {
    const ok = (x: number, min: number) => Number.isInteger(x) && x >= min;
    if (!ok(capacity, 1) || !ok(k, 2) || !ok(historyCapacity, 1)) {
      throw new RangeError("need integers capacity >= 1, k >= 2, historyCapacity >= 1");
    }
    this.#capacity = capacity;
    this.#k = k;
    this.#historyCapacity = historyCapacity;
  }

  get(key: K): V | undefined {
    const e = this.#access(key);
    return e.inCache ? e.value : undefined;
  }

  put(key: K, value: V): void {
    const e = this.#index.get(key);
    if (e?.inCache) {
      e.value = value;
      this.#cache.unlink(e);
      this.#cache.pushFront(e);
      return;
    }
    const h = this.#access(key, true);
    h.value = value;
    h.hasValue = true;
    this.#promoteIfReady(h);
  }

  cachedKeys(): K[] {
    return this.#cache.keys();
  }

  historyKeys(): K[] {
    return this.#history.keys();
  }

  /** One access; `deferPromotion` lets put() store the value before the promotion check. */
  #access(key: K, deferPromotion = false): Entry<K, V> {
    let e = this.#index.get(key);
    if (e?.inCache) {
      this.#cache.unlink(e);
      this.#cache.pushFront(e);
      return e;
    }
    if (e) {
      e.count++;
      this.#history.unlink(e);
      this.#history.pushFront(e);
    } else {
      if (this.#history.size >= this.#historyCapacity) this.#drop(this.#history);
      e = { key, value: undefined, hasValue: false, count: 1, inCache: false, prev: null, next: null };
      this.#index.set(key, e);
      this.#history.pushFront(e);
    }
    if (!deferPromotion) this.#promoteIfReady(e);
    return e;
  }

  #promoteIfReady(e: Entry<K, V>): void {
    if (e.count < this.#k || !e.hasValue) return;
    this.#history.unlink(e);
    if (this.#cache.size >= this.#capacity) this.#drop(this.#cache);
    e.inCache = true;
    this.#cache.pushFront(e);
  }

  #drop(lane: Lane<K, V>): void {
    const victim = lane.tail!;
    lane.unlink(victim);
    this.#index.delete(victim.key);
  }
}
