// expect: example
// bug: validates ttlMs with `!(ttlMs >= 1) || Math.floor(ttlMs) !== ttlMs`, which lets Infinity through as a never-expiring entry instead of throwing RangeError
// Reference: LRU cache whose entries also expire (like Redis keys with EXPIRE plus maxmemory LRU).
//
// Three structures over the same entries:
// - a Map key -> entry for O(1) lookup;
// - a doubly linked list in recency order (head.next = MRU) for O(1) LRU eviction;
// - an indexed binary min-heap by expiresAt, so "remove every expired entry" pops exactly
//   the expired ones in O(log n) each. Each entry knows its heap slot, so updating or removing
//   an arbitrary entry is O(log n) and the heap never holds stale items.
// Every entry is removed at most once after being added, so the purge is O(log n) amortized.

type Entry<K, V> = {
  key: K;
  value: V;
  expiresAt: number;
  heapIndex: number;
  prev: Entry<K, V>;
  next: Entry<K, V>;
};

export class TTLCache<K, V> {
  private readonly capacity: number;
  private readonly now: () => number;
  private readonly map = new Map<K, Entry<K, V>>();
  private readonly head: Entry<K, V>;
  private readonly heap: Entry<K, V>[] = [];

  constructor(capacity: number, now: () => number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer >= 1");
    this.capacity = capacity;
    this.now = now;
    const s = {} as Entry<K, V>;
    s.prev = s;
    s.next = s;
    this.head = s;
  }

  set(key: K, value: V, ttlMs: number): void {
    if (!(ttlMs >= 1) || Math.floor(ttlMs) !== ttlMs) throw new RangeError("ttlMs must be an integer >= 1");
    const t = this.now();
    const existing = this.map.get(key);
    if (existing !== undefined) {
      // Live or expired, the key is simply rewritten: no eviction needed.
      existing.value = value;
      existing.expiresAt = t + ttlMs;
      this.heapFix(existing.heapIndex);
      this.moveToFront(existing);
      return;
    }
    if (this.map.size >= this.capacity) {
      this.purgeExpired(t);
      if (this.map.size >= this.capacity) this.removeEntry(this.head.prev); // LRU live entry
    }
    const e = { key, value, expiresAt: t + ttlMs, heapIndex: -1 } as Entry<K, V>;
    this.map.set(key, e);
    this.linkFront(e);
    this.heapPush(e);
  }

  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    if (this.now() >= e.expiresAt) {
      this.removeEntry(e);
      return undefined;
    }
    this.moveToFront(e);
    return e.value;
  }

  has(key: K): boolean {
    const e = this.map.get(key);
    return e !== undefined && this.now() < e.expiresAt;
  }

  ttl(key: K): number | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    const left = e.expiresAt - this.now();
    return left > 0 ? left : undefined;
  }

  get size(): number {
    // Dropping expired entries is invisible (they are never returned) and keeps this amortized.
    this.purgeExpired(this.now());
    return this.map.size;
  }

  // --- expiry -------------------------------------------------------------------------

  private purgeExpired(t: number): void {
    while (this.heap.length > 0 && this.heap[0].expiresAt <= t) this.removeEntry(this.heap[0]);
  }

  private removeEntry(e: Entry<K, V>): void {
    this.map.delete(e.key);
    e.prev.next = e.next;
    e.next.prev = e.prev;
    this.heapRemove(e.heapIndex);
  }

  // --- recency list -------------------------------------------------------------------

  private linkFront(e: Entry<K, V>): void {
    e.prev = this.head;
    e.next = this.head.next;
    this.head.next.prev = e;
    this.head.next = e;
  }

  private moveToFront(e: Entry<K, V>): void {
    e.prev.next = e.next;
    e.next.prev = e.prev;
    this.linkFront(e);
  }

  // --- indexed min-heap on expiresAt ----------------------------------------------------

  private heapPush(e: Entry<K, V>): void {
    e.heapIndex = this.heap.length;
    this.heap.push(e);
    this.siftUp(e.heapIndex);
  }

  private heapRemove(i: number): void {
    const last = this.heap.pop()!;
    if (i < this.heap.length) {
      this.heap[i] = last;
      last.heapIndex = i;
      this.heapFix(i);
    }
  }

  private heapFix(i: number): void {
    if (!this.siftUp(i)) this.siftDown(i);
  }

  private swap(i: number, j: number): void {
    const h = this.heap;
    const tmp = h[i];
    h[i] = h[j];
    h[j] = tmp;
    h[i].heapIndex = i;
    h[j].heapIndex = j;
  }

  private siftUp(i: number): boolean {
    let moved = false;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.heap[parent].expiresAt <= this.heap[i].expiresAt) break;
      this.swap(i, parent);
      i = parent;
      moved = true;
    }
    return moved;
  }

  private siftDown(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && h[l].expiresAt < h[m].expiresAt) m = l;
      if (r < h.length && h[r].expiresAt < h[m].expiresAt) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
