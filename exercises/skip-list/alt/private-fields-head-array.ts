// Alternative correct solution: a class with private #fields, no sentinel node (the head's
// forward pointers are a separate #heads array and "no predecessor" means the head), and the
// level is tracked by counting keys per level, so deleting never has to look for empty layers.

type Node<V> = { key: number; value: V; next: (Node<V> | null)[] };

export class SkipList<V> {
  readonly #random: () => number;
  readonly #maxLevel: number;
  readonly #p: number;
  readonly #heads: (Node<V> | null)[];
  readonly #perLevel: number[]; // #perLevel[i] = number of keys whose level is i + 1
  #size = 0;

  constructor(random: () => number, maxLevel = 16, p = 0.5) {
    this.#random = random;
    this.#maxLevel = maxLevel;
    this.#p = p;
    this.#heads = new Array(maxLevel).fill(null);
    this.#perLevel = new Array(maxLevel).fill(0);
  }

  #level(): number {
    let l = this.#maxLevel;
    while (l > 0 && this.#perLevel[l - 1] === 0) l--;
    return l;
  }

  #nextOf(pred: Node<V> | null, i: number): Node<V> | null {
    return pred === null ? this.#heads[i] : pred.next[i];
  }

  #setNext(pred: Node<V> | null, i: number, n: Node<V> | null): void {
    if (pred === null) this.#heads[i] = n;
    else pred.next[i] = n;
  }

  /** preds[i]: last node on layer i with key < key (null = the head). */
  #predecessors(key: number): (Node<V> | null)[] {
    const preds: (Node<V> | null)[] = new Array(this.#maxLevel).fill(null);
    let pred: Node<V> | null = null;
    for (let i = this.#maxLevel - 1; i >= 0; i--) {
      for (let nx = this.#nextOf(pred, i); nx !== null && nx.key < key; nx = nx.next[i]) pred = nx;
      preds[i] = pred;
    }
    return preds;
  }

  insert(key: number, value: V): void {
    const preds = this.#predecessors(key);
    const at = this.#nextOf(preds[0], 0);
    if (at !== null && at.key === key) {
      at.value = value;
      return;
    }
    let level = 1;
    while (level < this.#maxLevel && this.#random() < this.#p) level++;
    const node: Node<V> = { key, value, next: new Array(level).fill(null) };
    for (let i = 0; i < level; i++) {
      node.next[i] = this.#nextOf(preds[i], i);
      this.#setNext(preds[i], i, node);
    }
    this.#perLevel[level - 1]++;
    this.#size++;
  }

  search(key: number): V | undefined {
    let pred: Node<V> | null = null;
    for (let i = this.#level() - 1; i >= 0; i--) {
      for (let nx = this.#nextOf(pred, i); nx !== null && nx.key < key; nx = nx.next[i]) pred = nx;
    }
    const at = this.#nextOf(pred, 0);
    return at !== null && at.key === key ? at.value : undefined;
  }

  delete(key: number): boolean {
    const preds = this.#predecessors(key);
    const at = this.#nextOf(preds[0], 0);
    if (at === null || at.key !== key) return false;
    for (let i = 0; i < at.next.length; i++) this.#setNext(preds[i], i, at.next[i]);
    this.#perLevel[at.next.length - 1]--;
    this.#size--;
    return true;
  }

  range(lo: number, hi: number): [number, V][] {
    const out: [number, V][] = [];
    for (let n = this.#nextOf(this.#predecessors(lo)[0], 0); n !== null && n.key <= hi; n = n.next[0]) out.push([n.key, n.value]);
    return out;
  }

  get size(): number {
    return this.#size;
  }

  layers(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < Math.max(1, this.#level()); i++) {
      const layer: number[] = [];
      for (let n = this.#heads[i]; n !== null; n = n.next[i]) layer.push(n.key);
      out.push(layer);
    }
    return out;
  }
}
