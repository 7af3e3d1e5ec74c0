// Alternative correct solution: a treap (a binary search tree by key that is also a heap by a
// random priority; insert rotates the new leaf up, delete merges the two children), in a class
// with private #fields. Random
// priorities keep the expected depth O(log n) whatever the insertion order; the priorities come
// from a small internal xorshift generator, so runs are reproducible. No Map or Set.

type Node<V> = { key: number; value: V; prio: number; left: Node<V> | null; right: Node<V> | null };

export class SortedMap<V> {
  #root: Node<V> | null = null;
  #size = 0;
  #seed = 0x9e3779b9;

  #random(): number {
    let x = this.#seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#seed = x >>> 0;
    return this.#seed;
  }

  /** Inserts a new node as a leaf, then rotates it up while its priority beats its parent's. */
  static #insert<V>(t: Node<V> | null, node: Node<V>): Node<V> {
    if (!t) return node;
    if (node.key < t.key) {
      const l = (t.left = SortedMap.#insert(t.left, node));
      if (l.prio > t.prio) {
        t.left = l.right;
        l.right = t;
        return l;
      }
    } else {
      const r = (t.right = SortedMap.#insert(t.right, node));
      if (r.prio > t.prio) {
        t.right = r.left;
        r.left = t;
        return r;
      }
    }
    return t;
  }

  /** Merges a and b where every key of a is below every key of b. */
  static #merge<V>(a: Node<V> | null, b: Node<V> | null): Node<V> | null {
    if (!a) return b;
    if (!b) return a;
    if (a.prio > b.prio) {
      a.right = SortedMap.#merge(a.right, b);
      return a;
    }
    b.left = SortedMap.#merge(a, b.left);
    return b;
  }

  #find(key: number): Node<V> | null {
    let n = this.#root;
    while (n && n.key !== key) n = key < n.key ? n.left : n.right;
    return n;
  }

  set(key: number, value: V): void {
    const found = this.#find(key);
    if (found) {
      found.value = value;
      return;
    }
    this.#root = SortedMap.#insert(this.#root, { key, value, prio: this.#random(), left: null, right: null });
    this.#size++;
  }

  get(key: number): V | undefined {
    return this.#find(key)?.value;
  }

  delete(key: number): boolean {
    let parent: Node<V> | null = null;
    let n = this.#root;
    while (n && n.key !== key) {
      parent = n;
      n = key < n.key ? n.left : n.right;
    }
    if (!n) return false;
    const joined = SortedMap.#merge(n.left, n.right);
    if (!parent) this.#root = joined;
    else if (parent.left === n) parent.left = joined;
    else parent.right = joined;
    this.#size--;
    return true;
  }

  get size(): number {
    return this.#size;
  }

  firstKey(): number | undefined {
    let n = this.#root;
    while (n?.left) n = n.left;
    return n?.key;
  }

  lastKey(): number | undefined {
    let n = this.#root;
    while (n?.right) n = n.right;
    return n?.key;
  }

  floorKey(key: number): number | undefined {
    let best: number | undefined;
    for (let n = this.#root; n; ) {
      if (n.key <= key) {
        best = n.key;
        n = n.right;
      } else n = n.left;
    }
    return best;
  }

  ceilingKey(key: number): number | undefined {
    let best: number | undefined;
    for (let n = this.#root; n; ) {
      if (n.key >= key) {
        best = n.key;
        n = n.left;
      } else n = n.right;
    }
    return best;
  }

  range(lo: number, hi: number): [number, V][] {
    const out: [number, V][] = [];
    // iterative in-order walk with an explicit stack, pruning subtrees outside [lo, hi)
    const stack: Node<V>[] = [];
    let n = this.#root;
    while (n || stack.length) {
      while (n) {
        if (n.key >= lo) {
          stack.push(n);
          n = n.left;
        } else n = n.right;
      }
      const top = stack.pop();
      if (!top || top.key >= hi) break;
      out.push([top.key, top.value]);
      n = top.right;
    }
    return out;
  }
}
