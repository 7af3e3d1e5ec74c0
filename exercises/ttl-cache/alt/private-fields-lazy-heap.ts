// Alternative correct solution: a class with private #fields and a *lazy* expiry heap. Instead
// of an indexed heap that updates entries in place, every set() pushes a new (expiresAt, entry,
// version) item; an item whose version no longer matches its entry is stale and is skipped when
// it reaches the top. Each item is pushed and popped once, so the purge stays O(log n)
// amortized; the heap is compacted when stale items outnumber live ones, which bounds memory.

type Entry<K, V> = { key: K; value: V; expiresAt: number; version: number; alive: boolean; prev: Entry<K, V> | null; next: Entry<K, V> | null };
type Item<K, V> = { at: number; entry: Entry<K, V>; version: number };

export class TTLCache<K, V> {
  readonly #capacity: number;
  readonly #now: () => number;
  readonly #map = new Map<K, Entry<K, V>>();
  #mru: Entry<K, V> | null = null;
  #lru: Entry<K, V> | null = null;
  #heap: Item<K, V>[] = [];

  constructor(capacity: number, now: () => number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer >= 1");
    this.#capacity = capacity;
    this.#now = now;
  }

  set(key: K, value: V, ttlMs: number): void {
    if (!Number.isInteger(ttlMs) || ttlMs < 1) throw new RangeError("ttlMs must be an integer >= 1");
    const t = this.#now();
    let e = this.#map.get(key);
    if (e) {
      this.#detach(e);
      e.value = value;
      e.expiresAt = t + ttlMs;
      e.version++;
    } else {
      if (this.#map.size >= this.#capacity) {
        this.#purge(t);
        if (this.#map.size >= this.#capacity) this.#delete(this.#lru!);
      }
      e = { key, value, expiresAt: t + ttlMs, version: 0, alive: true, prev: null, next: null };
      this.#map.set(key, e);
    }
    this.#attachFront(e);
    this.#push({ at: e.expiresAt, entry: e, version: e.version });
  }

  get(key: K): V | undefined {
    const e = this.#map.get(key);
    if (!e) return undefined;
    if (this.#now() >= e.expiresAt) {
      this.#delete(e);
      return undefined;
    }
    this.#detach(e);
    this.#attachFront(e);
    return e.value;
  }

  has(key: K): boolean {
    const e = this.#map.get(key);
    return !!e && this.#now() < e.expiresAt;
  }

  ttl(key: K): number | undefined {
    const e = this.#map.get(key);
    const left = e ? e.expiresAt - this.#now() : 0;
    return left > 0 ? left : undefined;
  }

  get size(): number {
    this.#purge(this.#now());
    return this.#map.size;
  }

  #purge(t: number): void {
    const h = this.#heap;
    while (h.length > 0 && h[0].at <= t) {
      const top = this.#pop();
      if (top.entry.alive && top.entry.version === top.version) this.#delete(top.entry);
    }
  }

  #delete(e: Entry<K, V>): void {
    e.alive = false;
    this.#map.delete(e.key);
    this.#detach(e);
  }

  #detach(e: Entry<K, V>): void {
    if (e.prev) e.prev.next = e.next;
    else this.#mru = e.next;
    if (e.next) e.next.prev = e.prev;
    else this.#lru = e.prev;
    e.prev = e.next = null;
  }

  #attachFront(e: Entry<K, V>): void {
    e.next = this.#mru;
    if (this.#mru) this.#mru.prev = e;
    else this.#lru = e;
    this.#mru = e;
  }

  #push(item: Item<K, V>): void {
    if (this.#heap.length > 2 * this.#map.size + 32) this.#compact();
    const h = this.#heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p].at <= h[i].at) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }

  #pop(): Item<K, V> {
    const h = this.#heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      this.#siftDown(0);
    }
    return top;
  }

  #siftDown(i: number): void {
    const h = this.#heap;
    for (;;) {
      const l = 2 * i + 1;
      let m = i;
      if (l < h.length && h[l].at < h[m].at) m = l;
      if (l + 1 < h.length && h[l + 1].at < h[m].at) m = l + 1;
      if (m === i) return;
      [h[m], h[i]] = [h[i], h[m]];
      i = m;
    }
  }

  /** Drops stale items and re-heapifies in O(n); runs after O(n) pushes, so O(1) amortized. */
  #compact(): void {
    this.#heap = this.#heap.filter((it) => it.entry.alive && it.entry.version === it.version);
    for (let i = (this.#heap.length >> 1) - 1; i >= 0; i--) this.#siftDown(i);
  }
}
