// expect: example
// bug: capacity 0 is accepted (the check only rejects negatives and non-integers)
// Reference: LRU cache with O(1) get/put/delete.
//
// Design: a hash map (key -> node) finds an entry in O(1); a doubly linked list keeps the
// entries in recency order (head = most recently used, tail = least recently used), so moving
// an entry to the front or dropping the tail is O(1) too. Two sentinel nodes remove the
// special cases for an empty list.

type Node<K, V> = {
  key: K;
  value: V;
  prev: Node<K, V>;
  next: Node<K, V>;
};

export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly index = new Map<K, Node<K, V>>();
  // Sentinel: head.next is the MRU entry, head.prev is the LRU entry (circular list).
  private readonly head: Node<K, V>;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) {
      throw new RangeError("capacity must be an integer >= 1");
    }
    this.capacity = capacity;
    const sentinel = {} as Node<K, V>;
    sentinel.prev = sentinel;
    sentinel.next = sentinel;
    this.head = sentinel;
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
      // An update never evicts: the size does not change.
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
