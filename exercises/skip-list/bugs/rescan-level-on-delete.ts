// expect: perf
// bug: after each delete the list's level is recomputed by walking every key on layer 0 to find the highest level, O(n) per delete instead of O(log n)
// Reference: a skip list (the structure behind Redis sorted sets).
//
// Every key lives in a node with a random number of forward pointers ("level"). Layer 0 links
// every key; layer i links the keys whose level > i. A search starts at the highest layer and
// drops a layer whenever the next key would overshoot, so it visits O(log n) nodes expected.
// The level is drawn once, when a new key is inserted, with the loop the contract fixes.

type Node<V> = { key: number; value: V; next: (Node<V> | null)[] };

export class SkipList<V> {
  private readonly random: () => number;
  private readonly maxLevel: number;
  private readonly p: number;
  private readonly head: Node<V>;
  private level = 0; // highest level among present keys (0 when empty)
  private count = 0;

  constructor(random: () => number, maxLevel: number = 16, p: number = 0.5) {
    this.random = random;
    this.maxLevel = maxLevel;
    this.p = p;
    this.head = { key: -Infinity, value: undefined as V, next: new Array(maxLevel).fill(null) };
  }

  private randomLevel(): number {
    let level = 1;
    while (level < this.maxLevel && this.random() < this.p) level++;
    return level;
  }

  /** update[i] = the last node on layer i whose key is < key. */
  private findPredecessors(key: number): Node<V>[] {
    const update: Node<V>[] = new Array(this.maxLevel);
    let x = this.head;
    for (let i = this.maxLevel - 1; i >= 0; i--) {
      let nx = x.next[i];
      while (nx !== null && nx.key < key) {
        x = nx;
        nx = x.next[i];
      }
      update[i] = x;
    }
    return update;
  }

  insert(key: number, value: V): void {
    const update = this.findPredecessors(key);
    const found = update[0].next[0];
    if (found !== null && found.key === key) {
      found.value = value; // a replace never draws a level
      return;
    }
    const lvl = this.randomLevel();
    const node: Node<V> = { key, value, next: new Array(lvl) };
    for (let i = 0; i < lvl; i++) {
      node.next[i] = update[i].next[i];
      update[i].next[i] = node;
    }
    if (lvl > this.level) this.level = lvl;
    this.count++;
  }

  search(key: number): V | undefined {
    let x = this.head;
    for (let i = this.level - 1; i >= 0; i--) {
      let nx = x.next[i];
      while (nx !== null && nx.key < key) {
        x = nx;
        nx = x.next[i];
      }
    }
    const c = x.next[0];
    return c !== null && c.key === key ? c.value : undefined;
  }

  delete(key: number): boolean {
    const update = this.findPredecessors(key);
    const target = update[0].next[0];
    if (target === null || target.key !== key) return false;
    for (let i = 0; i < target.next.length; i++) update[i].next[i] = target.next[i];
    // Top layers that became empty disappear.
    let highest = 0;
    for (let n = this.head.next[0]; n !== null; n = n.next[0]) highest = Math.max(highest, n.next.length);
    this.level = highest;
    this.count--;
    return true;
  }

  range(lo: number, hi: number): [number, V][] {
    const out: [number, V][] = [];
    let x = this.head;
    for (let i = this.level - 1; i >= 0; i--) {
      let nx = x.next[i];
      while (nx !== null && nx.key < lo) {
        x = nx;
        nx = x.next[i];
      }
    }
    for (let n = x.next[0]; n !== null && n.key <= hi; n = n.next[0]) out.push([n.key, n.value]);
    return out;
  }

  get size(): number {
    return this.count;
  }

  layers(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < Math.max(1, this.level); i++) {
      const layer: number[] = [];
      for (let n = this.head.next[i]; n !== null; n = n.next[i]) layer.push(n.key);
      out.push(layer);
    }
    return out;
  }
}
