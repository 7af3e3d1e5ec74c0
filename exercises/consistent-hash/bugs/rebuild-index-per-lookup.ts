// expect: perf
// bug: getNode rebuilds the array of point values (ring.map(p => p.point)) before each binary search: the search is O(log points) but the rebuild makes every lookup O(points)
type Point = { point: number; node: string };

function comparePoints(a: Point, b: Point): number {
  if (a.point !== b.point) return a.point < b.point ? -1 : 1;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

export class ConsistentHashRing {
  private readonly replicas: number;
  private readonly hash: (s: string) => number;
  private ring: Point[] = [];
  private readonly members = new Set<string>();

  constructor(replicas: number, hash: (s: string) => number) {
    if (!Number.isInteger(replicas) || replicas < 1) throw new RangeError("replicas must be an integer >= 1");
    this.replicas = replicas;
    this.hash = hash;
  }

  addNode(node: string): void {
    if (this.members.has(node)) return;
    this.members.add(node);
    const added: Point[] = [];
    for (let i = 0; i < this.replicas; i++) added.push({ point: this.hash(`${node}#${i}`), node });
    this.ring = this.ring.concat(added).sort(comparePoints);
  }

  removeNode(node: string): void {
    if (!this.members.delete(node)) return;
    this.ring = this.ring.filter((p) => p.node !== node);
  }

  getNode(key: string): string | undefined {
    const ring = this.ring;
    if (ring.length === 0) return undefined;
    const h = this.hash(key);
    const points = ring.map((p) => p.point); // the search wants plain numbers
    // First index whose point >= h.
    let lo = 0;
    let hi = ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    return ring[lo === ring.length ? 0 : lo].node; // wrap around past the last point
  }

  nodes(): string[] {
    return [...this.members].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
