// expect: perf
// bug: to purge expired entries, sorts every entry by expiry on each set into a full cache (and on each size), O(n log n) per call instead of O(log n)
// Recency is a correct doubly linked list; only the expiry side is rebuilt on every call.

type Entry<K, V> = { key: K; value: V; expiresAt: number; prev: Entry<K, V>; next: Entry<K, V> };

export class TTLCache<K, V> {
  private readonly map = new Map<K, Entry<K, V>>();
  private readonly head: Entry<K, V>;

  constructor(
    private readonly capacity: number,
    private readonly now: () => number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer >= 1");
    const s = {} as Entry<K, V>;
    s.prev = s;
    s.next = s;
    this.head = s;
  }

  set(key: K, value: V, ttlMs: number): void {
    if (!Number.isInteger(ttlMs) || ttlMs < 1) throw new RangeError("ttlMs must be an integer >= 1");
    const t = this.now();
    const e = this.map.get(key);
    if (e) {
      e.value = value;
      e.expiresAt = t + ttlMs;
      this.unlink(e);
      this.linkFront(e);
      return;
    }
    if (this.map.size >= this.capacity) {
      this.purge(t);
      if (this.map.size >= this.capacity) this.remove(this.head.prev);
    }
    const fresh = { key, value, expiresAt: t + ttlMs } as Entry<K, V>;
    this.map.set(key, fresh);
    this.linkFront(fresh);
  }

  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (this.now() >= e.expiresAt) {
      this.remove(e);
      return undefined;
    }
    this.unlink(e);
    this.linkFront(e);
    return e.value;
  }

  has(key: K): boolean {
    const e = this.map.get(key);
    return e !== undefined && this.now() < e.expiresAt;
  }

  ttl(key: K): number | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    const left = e.expiresAt - this.now();
    return left > 0 ? left : undefined;
  }

  get size(): number {
    this.purge(this.now());
    return this.map.size;
  }

  private purge(t: number): void {
    const byExpiry = Array.from(this.map.values()).sort((a, b) => a.expiresAt - b.expiresAt);
    for (const e of byExpiry) {
      if (e.expiresAt > t) break;
      this.remove(e);
    }
  }

  private remove(e: Entry<K, V>): void {
    this.map.delete(e.key);
    this.unlink(e);
  }

  private unlink(e: Entry<K, V>): void {
    e.prev.next = e.next;
    e.next.prev = e.prev;
  }

  private linkFront(e: Entry<K, V>): void {
    e.prev = this.head;
    e.next = this.head.next;
    this.head.next.prev = e;
    this.head.next = e;
  }
}
