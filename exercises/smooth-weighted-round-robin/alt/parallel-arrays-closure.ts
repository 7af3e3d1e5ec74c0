// Alternative: no peer objects and no class fields — the constructor builds parallel arrays
// (ids, weights, currents, down flags) and a Map from id to index inside a closure, and the
// methods are closures over them.

function parseOctet(s: string): number {
  if (s.length === 0) return -1;
  let n = 0;
  for (const ch of s) {
    const d = ch.charCodeAt(0) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n <= 255 ? n : -1;
}

export function ipHashIndex(ip: string, peerCount: number): number {
  if (!Number.isInteger(peerCount) || peerCount < 1) throw new RangeError("peerCount must be a positive integer");
  const parts = ip.split(".");
  const octets = parts.map(parseOctet);
  if (parts.length !== 4 || octets.includes(-1)) throw new RangeError(`not a dotted IPv4 address: ${JSON.stringify(ip)}`);
  return octets.slice(0, 3).reduce((h, o) => (h * 113 + o) % 6271, 89) % peerCount;
}

export class SmoothWeightedRoundRobin {
  next: () => string | undefined;
  setDown: (id: string, down: boolean) => void;

  constructor(peers: { id: string; weight: number }[]) {
    const index = new Map<string, number>();
    peers.forEach((p, i) => {
      if (index.has(p.id)) throw new RangeError(`duplicate id ${p.id}`);
      if (!Number.isInteger(p.weight) || p.weight <= 0) throw new RangeError(`bad weight for ${p.id}`);
      index.set(p.id, i);
    });
    const ids = peers.map((p) => p.id);
    const weights = peers.map((p) => p.weight);
    const current = new Array<number>(peers.length).fill(0);
    const down = new Array<boolean>(peers.length).fill(false);

    this.next = () => {
      let chosen = -1;
      let total = 0;
      for (let i = 0; i < ids.length; i++) {
        if (down[i]) continue;
        current[i] += weights[i];
        total += weights[i];
        if (chosen < 0 || current[i] > current[chosen]) chosen = i;
      }
      if (chosen < 0) return undefined;
      current[chosen] -= total;
      return ids[chosen];
    };
    this.setDown = (id, isDown) => {
      const i = index.get(id);
      if (i === undefined) throw new RangeError(`unknown peer ${id}`);
      down[i] = isDown;
    };
  }
}
