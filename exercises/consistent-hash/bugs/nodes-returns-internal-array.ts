// expect: invariant
// bug: nodes() returns the internal sorted list of node names, so a caller that sorts, reverses or pushes onto the result changes the ring's membership
type Point = { point: number; node: string };

function comparePoints(a: Point, b: Point): number {
  if (a.point !== b.point) return a.point < b.point ? -1 : 1;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

export class ConsistentHashRing {
  private readonly replicas: number;
  private readonly hash: (s: string) => number;
  private ring: Point[] = [];
  private readonly members: string[] = []; // sorted

  constructor(replicas: number, hash: (s: string) => number) {
    if (!Number.isInteger(replicas) || replicas < 1) throw new RangeError("replicas must be an integer >= 1");
    this.replicas = replicas;
    this.hash = hash;
  }

  addNode(node: string): void {
    if (this.members.includes(node)) return;
    this.members.push(node);
    this.members.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const added: Point[] = [];
    for (let i = 0; i < this.replicas; i++) added.push({ point: this.hash(`${node}#${i}`), node });
    this.ring = this.ring.concat(added).sort(comparePoints);
  }

  removeNode(node: string): void {
    const at = this.members.indexOf(node);
    if (at < 0) return;
    this.members.splice(at, 1);
    this.ring = this.ring.filter((p) => p.node !== node);
  }

  getNode(key: string): string | undefined {
    const ring = this.ring;
    if (ring.length === 0) return undefined;
    const h = this.hash(key);
    // First index whose point >= h.
    let lo = 0;
    let hi = ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ring[mid].point < h) lo = mid + 1;
      else hi = mid;
    }
    return ring[lo === ring.length ? 0 : lo].node; // wrap around past the last point
  }

  nodes(): string[] {
    return this.members;
  }
}
