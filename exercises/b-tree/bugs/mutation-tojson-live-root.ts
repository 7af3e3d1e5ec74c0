// expect: invariant
// bug: toJSON() returns the live root node instead of a copy, so a caller that edits the snapshot (e.g. to pretty-print or test it) edits the tree
// Reference: a B-tree of minimum degree t (CLRS), the index structure of MySQL/InnoDB pages.
//
// Every node but the root holds t-1..2t-1 sorted keys; an internal node with m keys has m+1
// children. Insertion splits full nodes on the way down (so a split never has to propagate
// upward); deletion makes sure every node it descends into has at least t keys (borrowing from
// a sibling or merging with one), so the key can be removed in a single pass. Height is
// O(log_t n), and each node touch is O(t), so operations are O(log n) for a fixed t.

export type BTreeNode = { keys: number[]; children: BTreeNode[] }; // children empty for a leaf

function isLeaf(n: BTreeNode): boolean {
  return n.children.length === 0;
}

/** Index of the first key >= k (binary search). */
function lowerBound(keys: number[], k: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class BTree {
  private readonly t: number;
  private root: BTreeNode = { keys: [], children: [] };
  private count = 0;

  constructor(t: number) {
    if (!Number.isInteger(t) || t < 2) throw new RangeError("t must be an integer >= 2");
    this.t = t;
  }

  has(key: number): boolean {
    let n = this.root;
    for (;;) {
      const i = lowerBound(n.keys, key);
      if (i < n.keys.length && n.keys[i] === key) return true;
      if (isLeaf(n)) return false;
      n = n.children[i];
    }
  }

  insert(key: number): void {
    if (this.has(key)) return;
    const maxKeys = 2 * this.t - 1;
    if (this.root.keys.length === maxKeys) {
      // Grow in height: the old root becomes the only child of a new root, then splits.
      const s: BTreeNode = { keys: [], children: [this.root] };
      this.splitChild(s, 0);
      this.root = s;
    }
    let x = this.root;
    while (!isLeaf(x)) {
      let i = lowerBound(x.keys, key);
      if (x.children[i].keys.length === maxKeys) {
        this.splitChild(x, i);
        if (key > x.keys[i]) i++;
      }
      x = x.children[i];
    }
    x.keys.splice(lowerBound(x.keys, key), 0, key);
    this.count++;
  }

  /** Splits the full child x.children[i] around its median, which moves up into x. */
  private splitChild(x: BTreeNode, i: number): void {
    const t = this.t;
    const y = x.children[i];
    const z: BTreeNode = {
      keys: y.keys.splice(t), // keys t..2t-2 go right
      children: isLeaf(y) ? [] : y.children.splice(t),
    };
    const median = y.keys.pop()!; // key t-1
    x.keys.splice(i, 0, median);
    x.children.splice(i + 1, 0, z);
  }

  delete(key: number): boolean {
    if (!this.has(key)) return false; // no restructuring for an absent key
    this.deleteFrom(this.root, key);
    if (this.root.keys.length === 0 && !isLeaf(this.root)) this.root = this.root.children[0];
    this.count--;
    return true;
  }

  /** Deletes key (known to be present) from the subtree at x, which has >= t keys or is the root. */
  private deleteFrom(x: BTreeNode, key: number): void {
    const t = this.t;
    const i = lowerBound(x.keys, key);
    if (i < x.keys.length && x.keys[i] === key) {
      if (isLeaf(x)) {
        x.keys.splice(i, 1);
        return;
      }
      const y = x.children[i];
      const z = x.children[i + 1];
      if (y.keys.length >= t) {
        const pred = this.maxKey(y);
        x.keys[i] = pred;
        this.deleteFrom(y, pred);
      } else if (z.keys.length >= t) {
        const succ = this.minKey(z);
        x.keys[i] = succ;
        this.deleteFrom(z, succ);
      } else {
        this.merge(x, i);
        this.deleteFrom(y, key);
      }
      return;
    }
    // The key is in the subtree children[i]; make sure that child has at least t keys.
    let child = x.children[i];
    if (child.keys.length === t - 1) {
      const left = i > 0 ? x.children[i - 1] : undefined;
      const right = i < x.keys.length ? x.children[i + 1] : undefined;
      if (left !== undefined && left.keys.length >= t) {
        child.keys.unshift(x.keys[i - 1]);
        x.keys[i - 1] = left.keys.pop()!;
        if (!isLeaf(left)) child.children.unshift(left.children.pop()!);
      } else if (right !== undefined && right.keys.length >= t) {
        child.keys.push(x.keys[i]);
        x.keys[i] = right.keys.shift()!;
        if (!isLeaf(right)) child.children.push(right.children.shift()!);
      } else if (right !== undefined) {
        this.merge(x, i);
      } else {
        this.merge(x, i - 1);
        child = x.children[i - 1];
      }
    }
    this.deleteFrom(child, key);
  }

  /** Merges x.children[i+1] and the separator x.keys[i] into x.children[i]. */
  private merge(x: BTreeNode, i: number): void {
    const y = x.children[i];
    const z = x.children[i + 1];
    y.keys.push(x.keys[i], ...z.keys);
    y.children.push(...z.children);
    x.keys.splice(i, 1);
    x.children.splice(i + 1, 1);
  }

  private maxKey(n: BTreeNode): number {
    while (!isLeaf(n)) n = n.children[n.children.length - 1];
    return n.keys[n.keys.length - 1];
  }

  private minKey(n: BTreeNode): number {
    while (!isLeaf(n)) n = n.children[0];
    return n.keys[0];
  }

  range(lo: number, hi: number): number[] {
    const out: number[] = [];
    if (lo > hi) return out;
    const walk = (n: BTreeNode): void => {
      // Start at the first key >= lo; stop as soon as a key exceeds hi.
      let i = lowerBound(n.keys, lo);
      for (; i <= n.keys.length; i++) {
        if (!isLeaf(n)) walk(n.children[i]);
        if (i === n.keys.length || n.keys[i] > hi) return;
        out.push(n.keys[i]);
      }
    };
    walk(this.root);
    return out;
  }

  get size(): number {
    return this.count;
  }

  height(): number {
    if (this.root.keys.length === 0) return 0;
    let h = 1;
    for (let n = this.root; !isLeaf(n); n = n.children[0]) h++;
    return h;
  }

  toJSON(): BTreeNode {
    return this.root; // already the right shape
  }
}
