// expect: invariant
// bug: each node keeps its entry as a [key, value] pair and range() returns those very pairs, so a caller writing to a returned pair rewrites the map
// Reference: a key-ordered map (Java TreeMap / C++ std::map) as an AVL tree. No Map/Set.
//
// An AVL tree keeps, at every node, the heights of the two subtrees within 1 of each other,
// so its height is at most ~1.44 log2(n) and every search, insert and delete is O(log n).
// After an insert or a delete the path back to the root is rebalanced with rotations.

type Node<V> = {
  key: number;
  entry: [number, V]; // [key, value]: range() can push it without allocating
  left: Node<V> | null;
  right: Node<V> | null;
  height: number;
};

function h<V>(n: Node<V> | null): number {
  return n === null ? 0 : n.height;
}

function update<V>(n: Node<V>): void {
  n.height = Math.max(h(n.left), h(n.right)) + 1;
}

function rotateRight<V>(n: Node<V>): Node<V> {
  const l = n.left!;
  n.left = l.right;
  l.right = n;
  update(n);
  update(l);
  return l;
}

function rotateLeft<V>(n: Node<V>): Node<V> {
  const r = n.right!;
  n.right = r.left;
  r.left = n;
  update(n);
  update(r);
  return r;
}

/** Restores the AVL invariant at n (children already balanced) and returns the new root. */
function balance<V>(n: Node<V>): Node<V> {
  update(n);
  const bf = h(n.left) - h(n.right);
  if (bf > 1) {
    if (h(n.left!.left) < h(n.left!.right)) n.left = rotateLeft(n.left!);
    return rotateRight(n);
  }
  if (bf < -1) {
    if (h(n.right!.right) < h(n.right!.left)) n.right = rotateRight(n.right!);
    return rotateLeft(n);
  }
  return n;
}

export class SortedMap<V> {
  private root: Node<V> | null = null;
  private count = 0;

  set(key: number, value: V): void {
    this.root = this.insert(this.root, key, value);
  }

  private insert(n: Node<V> | null, key: number, value: V): Node<V> {
    if (n === null) {
      this.count++;
      return { key, entry: [key, value], left: null, right: null, height: 1 };
    }
    if (key < n.key) n.left = this.insert(n.left, key, value);
    else if (key > n.key) n.right = this.insert(n.right, key, value);
    else {
      n.entry[1] = value;
      return n;
    }
    return balance(n);
  }

  get(key: number): V | undefined {
    let n = this.root;
    while (n !== null) {
      if (key < n.key) n = n.left;
      else if (key > n.key) n = n.right;
      else return n.entry[1];
    }
    return undefined;
  }

  delete(key: number): boolean {
    const before = this.count;
    this.root = this.remove(this.root, key);
    return this.count < before;
  }

  private remove(n: Node<V> | null, key: number): Node<V> | null {
    if (n === null) return null;
    if (key < n.key) n.left = this.remove(n.left, key);
    else if (key > n.key) n.right = this.remove(n.right, key);
    else {
      this.count--;
      if (n.left === null) return n.right;
      if (n.right === null) return n.left;
      // Two children: replace by the successor (the minimum of the right subtree).
      let s = n.right;
      while (s.left !== null) s = s.left;
      n.key = s.key;
      n.entry = s.entry;
      this.count++; // the recursive call below counts the successor's removal
      n.right = this.remove(n.right, s.key);
    }
    return balance(n);
  }

  get size(): number {
    return this.count;
  }

  firstKey(): number | undefined {
    let n = this.root;
    if (n === null) return undefined;
    while (n.left !== null) n = n.left;
    return n.key;
  }

  lastKey(): number | undefined {
    let n = this.root;
    if (n === null) return undefined;
    while (n.right !== null) n = n.right;
    return n.key;
  }

  floorKey(key: number): number | undefined {
    let best: number | undefined;
    let n = this.root;
    while (n !== null) {
      if (n.key === key) return key;
      if (n.key < key) {
        best = n.key; // candidate; a greater one may be to the right
        n = n.right;
      } else n = n.left;
    }
    return best;
  }

  ceilingKey(key: number): number | undefined {
    let best: number | undefined;
    let n = this.root;
    while (n !== null) {
      if (n.key === key) return key;
      if (n.key > key) {
        best = n.key;
        n = n.left;
      } else n = n.right;
    }
    return best;
  }

  range(lo: number, hi: number): [number, V][] {
    const out: [number, V][] = [];
    // In-order walk that skips subtrees entirely outside [lo, hi): O(log n + output).
    const walk = (n: Node<V> | null): void => {
      if (n === null) return;
      if (lo < n.key) walk(n.left);
      if (lo <= n.key && n.key < hi) out.push(n.entry);
      if (n.key < hi) walk(n.right);
    };
    walk(this.root);
    return out;
  }
}
