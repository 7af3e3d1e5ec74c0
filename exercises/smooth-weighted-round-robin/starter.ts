/**
 * nginx's smooth weighted round-robin over the peers that are up: every up peer's
 * current += weight; the peer with the greatest current is chosen (ties: the earlier peer in
 * the constructor's list); the chosen peer's current -= total weight of the up peers.
 * A peer marked down keeps its current unchanged while down.
 */
export class SmoothWeightedRoundRobin {
  /** ids unique, weights positive integers, else RangeError. */
  constructor(peers: { id: string; weight: number }[]) {
    void peers;
  }

  /** The chosen peer's id; undefined when there is no peer or every peer is down. */
  next(): string | undefined {
    throw new Error("not implemented");
  }

  /** Marks a peer down or up again; unknown id: RangeError. */
  setDown(id: string, down: boolean): void {
    void id;
    void down;
    throw new Error("not implemented");
  }
}

/**
 * nginx's ip_hash for IPv4: hash = 89; for each of the first three octets
 * hash = (hash * 113 + octet) % 6271; result hash % peerCount. RangeError for a string that is
 * not four dot-separated decimal numbers 0–255, or a peerCount that is not a positive integer.
 */
export function ipHashIndex(ip: string, peerCount: number): number {
  void ip;
  void peerCount;
  throw new Error("not implemented");
}
