// Alternative: a class with private #fields that keeps the ring as two parallel arrays — a
// Uint32Array of points and the owner of each point — in (point, node) order. addNode sorts only
// the new node's points and merges them in (no full re-sort); removeNode compacts the arrays in
// one pass; getNode is one lower-bound search, O(log points).
export class ConsistentHashRing {
  #replicas: number;
  #hash: (s: string) => number;
  #points = new Uint32Array(0);
  #owners: string[] = [];
  #nodes: string[] = []; // sorted, never handed out directly

  constructor(replicas: number, hash: (s: string) => number) {
    if (!Number.isInteger(replicas) || replicas < 1) throw new RangeError("replicas must be an integer >= 1");
    this.#replicas = replicas;
    this.#hash = hash;
  }

  /** First index whose point is >= p (getNode needs no owner order: equal points are adjacent). */
  #lowerBound(p: number): number {
    let lo = 0;
    let hi = this.#points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#points[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  addNode(node: string): void {
    const at = this.#nodeIndex(node);
    if (this.#nodes[at] === node) return;
    this.#nodes.splice(at, 0, node);
    const fresh = new Uint32Array(this.#replicas);
    for (let i = 0; i < this.#replicas; i++) fresh[i] = this.#hash(`${node}#${i}`) >>> 0;
    fresh.sort();
    // merge the sorted new points into the ring in one pass: O(points + replicas log replicas)
    const old = this.#points;
    const oldOwners = this.#owners;
    const points = new Uint32Array(old.length + fresh.length);
    const owners: string[] = [];
    let i = 0;
    let j = 0;
    while (i < old.length || j < fresh.length) {
      const takeOld = j === fresh.length || (i < old.length && (old[i] < fresh[j] || (old[i] === fresh[j] && oldOwners[i] < node)));
      points[owners.length] = takeOld ? old[i] : fresh[j];
      owners.push(takeOld ? oldOwners[i++] : (j++, node));
    }
    this.#points = points;
    this.#owners = owners;
  }

  removeNode(node: string): void {
    const at = this.#nodeIndex(node);
    if (this.#nodes[at] !== node) return;
    this.#nodes.splice(at, 1);
    const points = new Uint32Array(this.#points.length - this.#replicas);
    const owners: string[] = [];
    for (let i = 0; i < this.#points.length; i++) {
      if (this.#owners[i] === node) continue;
      points[owners.length] = this.#points[i];
      owners.push(this.#owners[i]);
    }
    this.#points = points;
    this.#owners = owners;
  }

  getNode(key: string): string | undefined {
    if (this.#points.length === 0) return undefined;
    const i = this.#lowerBound(this.#hash(key) >>> 0);
    return this.#owners[i === this.#points.length ? 0 : i];
  }

  nodes(): string[] {
    return this.#nodes.slice();
  }

  #nodeIndex(node: string): number {
    let lo = 0;
    let hi = this.#nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#nodes[mid] < node) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
