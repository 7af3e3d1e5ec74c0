// expect: property
// bug: setDown(id, false) resets the peer's current weight to 0 when it comes back up, although a down peer must keep its current unchanged
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
    if (peer.down && !down) peer.current = 0; // "start fresh" when it comes back
    peer.down = down;
  }
}

/** nginx ip_hash for IPv4: hash = 89; hash = (hash * 113 + octet) % 6271 over the first three octets. */
export function ipHashIndex(ip: string, peerCount: number): number {
  if (!Number.isInteger(peerCount) || peerCount < 1) throw new RangeError("peerCount must be a positive integer");
  const parts = ip.split(".");
  if (parts.length !== 4) throw new RangeError(`not an IPv4 address: ${ip}`);
  const octets = parts.map((s) => {
    if (!/^[0-9]+$/.test(s)) throw new RangeError(`not an IPv4 address: ${ip}`);
    const n = Number(s);
    if (n > 255) throw new RangeError(`not an IPv4 address: ${ip}`);
    return n;
  });
  let hash = 89;
  for (let i = 0; i < 3; i++) hash = (hash * 113 + octets[i]) % 6271;
  return hash % peerCount;
}
