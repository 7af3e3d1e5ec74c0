// expect: perf
// bug: a plain binary search tree without rebalancing: ascending or descending keys turn it
// into a linked list, so every operation is O(n)

type Node<V> = { key: number; value: V; left: Node<V> | null; right: Node<V> | null };

export class SortedMap<V> {
  private root: Node<V> | null = null;
  private count = 0;

  set(key: number, value: V): void {
    const fresh: Node<V> = { key, value, left: null, right: null };
    if (this.root === null) {
      this.root = fresh;
      this.count++;
      return;
    }
    let n = this.root;
    for (;;) {
      if (key === n.key) {
        n.value = value;
        return;
      }
      if (key < n.key) {
        if (n.left === null) {
          n.left = fresh;
          break;
        }
        n = n.left;
      } else {
        if (n.right === null) {
          n.right = fresh;
          break;
        }
        n = n.right;
      }
    }
    this.count++;
  }

  get(key: number): V | undefined {
    let n = this.root;
    while (n !== null) {
      if (key < n.key) n = n.left;
      else if (key > n.key) n = n.right;
      else return n.value;
    }
    return undefined;
  }

  delete(key: number): boolean {
    let parent: Node<V> | null = null;
    let n = this.root;
    while (n !== null && n.key !== key) {
      parent = n;
      n = key < n.key ? n.left : n.right;
    }
    if (n === null) return false;
    if (n.left !== null && n.right !== null) {
      // copy the successor in, then unlink the successor
      let sp = n;
      let s = n.right;
      while (s.left !== null) {
        sp = s;
        s = s.left;
      }
      n.key = s.key;
      n.value = s.value;
      if (sp === n) sp.right = s.right;
      else sp.left = s.right;
    } else {
      const child = n.left !== null ? n.left : n.right;
      if (parent === null) this.root = child;
      else if (parent.left === n) parent.left = child;
      else parent.right = child;
    }
    this.count--;
    return true;
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
        best = n.key;
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
    // iterative in-order walk (the tree can be very deep)
    const stack: Node<V>[] = [];
    let n = this.root;
    while (n !== null || stack.length > 0) {
      while (n !== null) {
        stack.push(n);
        n = n.left;
      }
      const top = stack.pop()!;
      if (top.key >= hi) break;
      if (top.key >= lo) out.push([top.key, top.value]);
      n = top.right;
    }
    return out;
  }
}
