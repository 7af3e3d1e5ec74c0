// Alternative correct solution: a B-tree whose insertion works bottom-up (add the key to its
// leaf, then split any node that overflows to 2t keys on the way back up, as a recursive
// return value) instead of the reference's top-down pre-emptive splits; deletion is the
// single-pass CLRS one. State lives in private #fields.

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
  readonly #t: number;
  #root: BTreeNode = { keys: [], children: [] };
  #count = 0;

  constructor(t: number) {
    if (!Number.isInteger(t) || t < 2) throw new RangeError("t must be an integer >= 2");
    this.#t = t;
  }

  has(key: number): boolean {
    let n = this.#root;
    for (;;) {
      const i = lowerBound(n.keys, key);
      if (i < n.keys.length && n.keys[i] === key) return true;
      if (isLeaf(n)) return false;
      n = n.children[i];
    }
  }

  insert(key: number): void {
    if (this.has(key)) return;
    const split = this.#insertInto(this.#root, key);
    if (split) this.#root = { keys: [split.median], children: [this.#root, split.right] };
    this.#count++;
  }

  /** Inserts below n; if n overflows (2t keys) it splits and returns the median and new right half. */
  #insertInto(n: BTreeNode, key: number): { median: number; right: BTreeNode } | null {
    const i = lowerBound(n.keys, key);
    if (isLeaf(n)) n.keys.splice(i, 0, key);
    else {
      const up = this.#insertInto(n.children[i], key);
      if (!up) return null;
      n.keys.splice(i, 0, up.median);
      n.children.splice(i + 1, 0, up.right);
    }
    if (n.keys.length < 2 * this.#t) return null;
    // 2t keys: keys 0..t-1 stay (t keys), key t goes up, keys t+1..2t-1 move right (t-1 keys)
    const right: BTreeNode = { keys: n.keys.splice(this.#t + 1), children: isLeaf(n) ? [] : n.children.splice(this.#t + 1) };
    const median = n.keys.pop()!;
    return { median, right };
  }

  delete(key: number): boolean {
    if (!this.has(key)) return false; // no restructuring for an absent key
    this.#deleteFrom(this.#root, key);
    if (this.#root.keys.length === 0 && !isLeaf(this.#root)) this.#root = this.#root.children[0];
    this.#count--;
    return true;
  }

  /** Deletes key (known to be present) from the subtree at x, which has >= t keys or is the root. */
  #deleteFrom(x: BTreeNode, key: number): void {
    const t = this.#t;
    const i = lowerBound(x.keys, key);
    if (i < x.keys.length && x.keys[i] === key) {
      if (isLeaf(x)) {
        x.keys.splice(i, 1);
        return;
      }
      const y = x.children[i];
      const z = x.children[i + 1];
      if (y.keys.length >= t) {
        const pred = this.#maxKey(y);
        x.keys[i] = pred;
        this.#deleteFrom(y, pred);
      } else if (z.keys.length >= t) {
        const succ = this.#minKey(z);
        x.keys[i] = succ;
        this.#deleteFrom(z, succ);
      } else {
        this.#merge(x, i);
        this.#deleteFrom(y, key);
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
        this.#merge(x, i);
      } else {
        this.#merge(x, i - 1);
        child = x.children[i - 1];
      }
    }
    this.#deleteFrom(child, key);
  }

  /** Merges x.children[i+1] and the separator x.keys[i] into x.children[i]. */
  #merge(x: BTreeNode, i: number): void {
    const y = x.children[i];
    const z = x.children[i + 1];
    y.keys.push(x.keys[i], ...z.keys);
    y.children.push(...z.children);
    x.keys.splice(i, 1);
    x.children.splice(i + 1, 1);
  }

  #maxKey(n: BTreeNode): number {
    while (!isLeaf(n)) n = n.children[n.children.length - 1];
    return n.keys[n.keys.length - 1];
  }

  #minKey(n: BTreeNode): number {
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
    walk(this.#root);
    return out;
  }

  get size(): number {
    return this.#count;
  }

  height(): number {
    if (this.#root.keys.length === 0) return 0;
    let h = 1;
    for (let n = this.#root; !isLeaf(n); n = n.children[0]) h++;
    return h;
  }

  toJSON(): BTreeNode {
    const copy = (n: BTreeNode): BTreeNode => ({ keys: n.keys.slice(), children: n.children.map(copy) });
    return copy(this.#root);
  }
}
