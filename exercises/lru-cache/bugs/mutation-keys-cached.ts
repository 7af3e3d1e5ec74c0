// expect: invariant
// bug: keys() memoizes its result and hands out the cached array itself, so a caller that sorts or pushes into it changes what keys() returns next
// The cache is otherwise a correct O(1) hash map + doubly linked list; the "optimization" is to
// rebuild the keys() array only after a change.

type Node<K, V> = { key: K; value: V; prev: Node<K, V>; next: Node<K, V> };

export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly index = new Map<K, Node<K, V>>();
  private readonly head: Node<K, V>;
  private cachedKeys: K[] | null = null;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer >= 1");
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
    if (this.cachedKeys === null) {
      const out: K[] = [];
      for (let n = this.head.next; n !== this.head; n = n.next) out.push(n.key);
      this.cachedKeys = out;
    }
    return this.cachedKeys;
  }

  private unlink(node: Node<K, V>): void {
    this.cachedKeys = null;
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  private linkFront(node: Node<K, V>): void {
    this.cachedKeys = null;
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
