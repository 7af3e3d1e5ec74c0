// expect: example
// bug: the hash index is a plain object literal, so inherited members such as "constructor" and "toString" look like present keys
// Reference: Java's LinkedHashMap — a hash table whose entries are also threaded on a doubly
// linked list, so iteration follows insertion order (or access order, the basis of an LRU).
// No Map/Set: the hash index is a prototype-less object (Object.create(null)), which behaves
// as a plain string-keyed hash table (no inherited keys such as "__proto__" or "toString").

type Node<V> = { key: string; value: V; prev: Node<V>; next: Node<V> };

export class LinkedHashMap<V> {
  private readonly accessOrder: boolean;
  private index: Record<string, Node<V>> = {};
  private count = 0;
  // Circular list with a sentinel: head.next is the eldest entry, head.prev the youngest.
  private readonly head: Node<V>;

  constructor(accessOrder: boolean = false) {
    this.accessOrder = accessOrder;
    const s = {} as Node<V>;
    s.prev = s;
    s.next = s;
    this.head = s;
  }

  set(key: string, value: V): void {
    const node = this.index[key];
    if (node !== undefined) {
      node.value = value;
      if (this.accessOrder) this.moveToEnd(node);
      return;
    }
    const fresh = { key, value } as Node<V>;
    this.linkEnd(fresh);
    this.index[key] = fresh;
    this.count++;
  }

  get(key: string): V | undefined {
    const node = this.index[key];
    if (node === undefined) return undefined;
    if (this.accessOrder) this.moveToEnd(node);
    return node.value;
  }

  delete(key: string): boolean {
    const node = this.index[key];
    if (node === undefined) return false;
    this.unlink(node);
    delete this.index[key];
    this.count--;
    return true;
  }

  get size(): number {
    return this.count;
  }

  keys(): string[] {
    const out: string[] = [];
    for (let n = this.head.next; n !== this.head; n = n.next) out.push(n.key);
    return out;
  }

  first(): string | undefined {
    return this.count === 0 ? undefined : this.head.next.key;
  }

  private unlink(n: Node<V>): void {
    n.prev.next = n.next;
    n.next.prev = n.prev;
  }

  private linkEnd(n: Node<V>): void {
    n.next = this.head;
    n.prev = this.head.prev;
    this.head.prev.next = n;
    this.head.prev = n;
  }

  private moveToEnd(n: Node<V>): void {
    if (this.head.prev === n) return;
    this.unlink(n);
    this.linkEnd(n);
  }
}
