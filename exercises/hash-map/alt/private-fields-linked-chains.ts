// Alternative correct solution: a class with private #fields whose buckets are singly linked
// chains (head and tail per bucket) instead of arrays, in the style of Java's own Node<K,V>.
// Appending at the tail and the lo/hi split on resize keep each chain's order; delete unlinks a
// node in place. No Map or Set.

type Node<V> = { key: string; hash: number; value: V; next: Node<V> | null };

const MAX_CAPACITY = 2 ** 30;

export function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

export class HashMap<V> {
  #heads: (Node<V> | null)[];
  #tails: (Node<V> | null)[];
  #size = 0;
  readonly #loadFactor: number;

  constructor(initialCapacity = 16, loadFactor = 0.75) {
    if (!Number.isInteger(initialCapacity) || initialCapacity < 1) throw new RangeError("initialCapacity must be an integer >= 1");
    if (!(loadFactor > 0)) throw new RangeError("loadFactor must be > 0");
    let cap = 1;
    while (cap < initialCapacity && cap < MAX_CAPACITY) cap <<= 1;
    this.#loadFactor = loadFactor;
    this.#heads = new Array(cap).fill(null);
    this.#tails = new Array(cap).fill(null);
  }

  static #spread(key: string): number {
    const h = stringHash(key);
    return h ^ (h >>> 16);
  }

  #node(key: string, hash: number): Node<V> | null {
    for (let n = this.#heads[hash & (this.#heads.length - 1)]; n; n = n.next) {
      if (n.hash === hash && n.key === key) return n;
    }
    return null;
  }

  set(key: string, value: V): void {
    const hash = HashMap.#spread(key);
    const found = this.#node(key, hash);
    if (found) {
      found.value = value;
      return;
    }
    const i = hash & (this.#heads.length - 1);
    const node: Node<V> = { key, hash, value, next: null };
    if (this.#tails[i]) this.#tails[i]!.next = node;
    else this.#heads[i] = node;
    this.#tails[i] = node;
    if (++this.#size > this.#heads.length * this.#loadFactor) this.#grow();
  }

  get(key: string): V | undefined {
    return this.#node(key, HashMap.#spread(key))?.value;
  }

  has(key: string): boolean {
    return this.#node(key, HashMap.#spread(key)) !== null;
  }

  delete(key: string): boolean {
    const hash = HashMap.#spread(key);
    const i = hash & (this.#heads.length - 1);
    let prev: Node<V> | null = null;
    for (let n = this.#heads[i]; n; prev = n, n = n.next) {
      if (n.hash !== hash || n.key !== key) continue;
      if (prev) prev.next = n.next;
      else this.#heads[i] = n.next;
      if (this.#tails[i] === n) this.#tails[i] = prev;
      this.#size--;
      return true;
    }
    return false;
  }

  get size(): number {
    return this.#size;
  }

  get capacity(): number {
    return this.#heads.length;
  }

  keys(): string[] {
    const out: string[] = [];
    for (const head of this.#heads) for (let n = head; n; n = n.next) out.push(n.key);
    return out;
  }

  /** Doubles once; each chain splits into a lo chain (same index) and a hi chain (+ old capacity). */
  #grow(): void {
    const oldCap = this.#heads.length;
    if (oldCap >= MAX_CAPACITY) return;
    const heads: (Node<V> | null)[] = new Array(oldCap * 2).fill(null);
    const tails: (Node<V> | null)[] = new Array(oldCap * 2).fill(null);
    for (let i = 0; i < oldCap; i++) {
      for (let n = this.#heads[i]; n; ) {
        const next = n.next;
        n.next = null;
        const j = (n.hash & oldCap) === 0 ? i : i + oldCap;
        if (tails[j]) tails[j]!.next = n;
        else heads[j] = n;
        tails[j] = n;
        n = next;
      }
    }
    this.#heads = heads;
    this.#tails = tails;
  }
}
