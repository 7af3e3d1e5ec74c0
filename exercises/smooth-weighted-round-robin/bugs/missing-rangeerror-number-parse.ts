// expect: property
// bug: ipHashIndex parses octets with Number() and checks only 0..255 integers, so "1..3.4" (an empty octet is 0), "1e2.1.1.1", "0x1.2.3.4" and " 1.2.3.4" are hashed instead of throwing RangeError
type Peer = { id: string; weight: number; current: number; down: boolean };

export class SmoothWeightedRoundRobin {
  private readonly peers: Peer[];

  constructor(peers: { id: string; weight: number }[]) {
    const seen = new Set<string>();
    for (const p of peers) {
      if (seen.has(p.id)) throw new RangeError(`duplicate peer id ${p.id}`);
      seen.add(p.id);
      if (!Number.isInteger(p.weight) || p.weight < 1) throw new RangeError("weights must be positive integers");
    }
    this.peers = peers.map((p) => ({ id: p.id, weight: p.weight, current: 0, down: false }));
  }

  next(): string | undefined {
    let best: Peer | undefined;
    let total = 0;
    for (const p of this.peers) {
      if (p.down) continue; // a down peer's current stays as it is
      p.current += p.weight;
      total += p.weight;
      if (best === undefined || p.current > best.current) best = p; // ties: the earlier peer
    }
    if (best === undefined) return undefined;
    best.current -= total;
    return best.id;
  }

  setDown(id: string, down: boolean): void {
    const peer = this.peers.find((p) => p.id === id);
    if (peer === undefined) throw new RangeError(`unknown peer ${id}`);
    peer.down = down;
  }
}

/** nginx ip_hash for IPv4: hash = 89; hash = (hash * 113 + octet) % 6271 over the first three octets. */
export function ipHashIndex(ip: string, peerCount: number): number {
  if (!Number.isInteger(peerCount) || peerCount < 1) throw new RangeError("peerCount must be a positive integer");
  const parts = ip.split(".");
  if (parts.length !== 4) throw new RangeError(`not an IPv4 address: ${ip}`);
  const octets = parts.map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0 || n > 255) throw new RangeError(`not an IPv4 address: ${ip}`);
    return n;
  });
  let hash = 89;
  for (let i = 0; i < 3; i++) hash = (hash * 113 + octets[i]) % 6271;
  return hash % peerCount;
}
