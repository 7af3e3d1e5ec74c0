// expect: example
// bug: evicts only when the cache is already over capacity (`size > capacity` checked before inserting), so it holds capacity + 1 entries

type Node<K, V> = { key: K; value: V; prev: Node<K, V> | null; next: Node<K, V> | null };

export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly index = new Map<K, Node<K, V>>();
  private head: Node<K, V> | null = null; // most recently used
  private tail: Node<K, V> | null = null; // least recently used

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer >= 1");
    this.capacity = capacity;
  }

  get(key: K): V | undefined {
    const node = this.index.get(key);
    if (!node) return undefined;
    this.detach(node);
    this.pushFront(node);
    return node.value;
  }

  put(key: K, value: V): void {
    const node = this.index.get(key);
    if (node) {
      node.value = value;
      this.detach(node);
      this.pushFront(node);
      return;
    }
    if (this.index.size > this.capacity && this.tail) {
      const lru = this.tail;
      this.detach(lru);
      this.index.delete(lru.key);
    }
    const fresh: Node<K, V> = { key, value, prev: null, next: null };
    this.pushFront(fresh);
    this.index.set(key, fresh);
  }

  delete(key: K): boolean {
    const node = this.index.get(key);
    if (!node) return false;
    this.detach(node);
    this.index.delete(key);
    return true;
  }

  get size(): number {
    return this.index.size;
  }

  keys(): K[] {
    const out: K[] = [];
    for (let n = this.head; n; n = n.next) out.push(n.key);
    return out;
  }

  private detach(n: Node<K, V>): void {
    if (n.prev) n.prev.next = n.next;
    else this.head = n.next;
    if (n.next) n.next.prev = n.prev;
    else this.tail = n.prev;
    n.prev = n.next = null;
  }

  private pushFront(n: Node<K, V>): void {
    n.next = this.head;
    if (this.head) this.head.prev = n;
    this.head = n;
    if (!this.tail) this.tail = n;
  }
}
