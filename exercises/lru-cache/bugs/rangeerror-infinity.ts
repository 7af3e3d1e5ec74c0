// expect: example
// bug: validates capacity with `capacity < 1 || Math.floor(capacity) !== capacity`, which lets Infinity through (an unbounded "LRU" cache)

type Node<K, V> = { key: K; value: V; prev: Node<K, V>; next: Node<K, V> };

export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly index = new Map<K, Node<K, V>>();
  private readonly head: Node<K, V>;

  constructor(capacity: number) {
    if (capacity < 1 || Math.floor(capacity) !== capacity) throw new RangeError("capacity must be a positive integer");
    this.capacity = capacity;
    const s = {} as Node<K, V>;
    s.prev = s;
    s.next = s;
    this.head = s;
  }

  get(key: K): V | undefined {
    const node = this.index.get(key);
    if (node === undefined) return undefined;
    this.moveToFront(node);
    return node.value;
  }

  put(key: K, value: V): void {
    const existing = this.index.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.moveToFront(existing);
      return;
    }
    if (this.index.size >= this.capacity) {
      const lru = this.head.prev;
      this.unlink(lru);
      this.index.delete(lru.key);
    }
    const node = { key, value } as Node<K, V>;
    this.linkFront(node);
    this.index.set(key, node);
  }

  delete(key: K): boolean {
    const node = this.index.get(key);
    if (node === undefined) return false;
    this.unlink(node);
    this.index.delete(key);
    return true;
  }

  get size(): number {
    return this.index.size;
  }

  keys(): K[] {
    const out: K[] = [];
    for (let n = this.head.next; n !== this.head; n = n.next) out.push(n.key);
    return out;
  }

  private unlink(node: Node<K, V>): void {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  private linkFront(node: Node<K, V>): void {
    node.prev = this.head;
    node.next = this.head.next;
    this.head.next.prev = node;
    this.head.next = node;
  }

  private moveToFront(node: Node<K, V>): void {
    if (this.head.next === node) return;
    this.unlink(node);
    this.linkFront(node);
  }
}
