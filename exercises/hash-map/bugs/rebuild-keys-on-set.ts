// expect: perf
// bug: set() decides whether a key is new by listing every key (this.keys().includes(key)), O(n) per set instead of O(1)
// Reference: a string-keyed hash map modelled on Java 8's java.util.HashMap (no treeification).
// It uses no Map/Set: buckets are plain arrays of chains.
//
// - stringHash is Java's String.hashCode (31-based polynomial over UTF-16 code units, int32).
// - spread(h) = h ^ (h >>> 16) mixes the high bits into the low bits the index uses.
// - index = spread(hash) & (capacity - 1), capacity a power of two.
// - After adding a new key: if (size > capacity * loadFactor) double once.
// - Doubling splits each chain into a "lo" chain (same index) and a "hi" chain
//   (index + oldCapacity) by the one new index bit, keeping relative order, as Java does.

const MAX_CAPACITY = 1 << 30;

/** Java's String.hashCode: s[0]*31^(n-1) + ... + s[n-1] with int32 wraparound. */
export function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

function spread(h: number): number {
  return h ^ (h >>> 16);
}

/** The smallest power of two >= n, capped at 2^30 (Java's tableSizeFor). */
function tableSizeFor(n: number): number {
  let c = 1;
  while (c < n && c < MAX_CAPACITY) c *= 2;
  return c;
}

type Entry<V> = { key: string; hash: number; value: V };

export class HashMap<V> {
  private table: Entry<V>[][];
  private readonly loadFactor: number;
  private count = 0;

  constructor(initialCapacity: number = 16, loadFactor: number = 0.75) {
    if (!Number.isInteger(initialCapacity) || initialCapacity < 1) {
      throw new RangeError("initialCapacity must be an integer >= 1");
    }
    if (!(loadFactor > 0)) throw new RangeError("loadFactor must be > 0");
    this.loadFactor = loadFactor;
    this.table = HashMap.newTable<V>(tableSizeFor(initialCapacity));
  }

  private static newTable<V>(n: number): Entry<V>[][] {
    const t: Entry<V>[][] = new Array(n);
    for (let i = 0; i < n; i++) t[i] = [];
    return t;
  }

  private find(key: string): { chain: Entry<V>[]; pos: number; hash: number } {
    const hash = spread(stringHash(key));
    const chain = this.table[hash & (this.table.length - 1)];
    for (let i = 0; i < chain.length; i++) {
      if (chain[i].hash === hash && chain[i].key === key) return { chain, pos: i, hash };
    }
    return { chain, pos: -1, hash };
  }

  set(key: string, value: V): void {
    const { chain, pos, hash } = this.find(key);
    if (this.keys().includes(key)) {
      chain[pos].value = value;
      return;
    }
    chain.push({ key, hash, value }); // new keys go to the tail of the chain
    if (++this.count > this.table.length * this.loadFactor) this.resize();
  }

  get(key: string): V | undefined {
    const { chain, pos } = this.find(key);
    return pos >= 0 ? chain[pos].value : undefined;
  }

  has(key: string): boolean {
    return this.find(key).pos >= 0;
  }

  delete(key: string): boolean {
    const { chain, pos } = this.find(key);
    if (pos < 0) return false;
    chain.splice(pos, 1); // chains are O(1) long on average
    this.count--;
    return true;
  }

  get size(): number {
    return this.count;
  }

  get capacity(): number {
    return this.table.length;
  }

  keys(): string[] {
    const out: string[] = [];
    for (const chain of this.table) for (const e of chain) out.push(e.key);
    return out;
  }

  /** Doubles the table (once), splitting every chain into lo/hi halves in order. */
  private resize(): void {
    const old = this.table;
    const oldCap = old.length;
    if (oldCap >= MAX_CAPACITY) return;
    const next = HashMap.newTable<V>(oldCap * 2);
    for (let i = 0; i < oldCap; i++) {
      for (const e of old[i]) {
        // The bit that the doubled mask adds decides: stay at i or move to i + oldCap.
        next[(e.hash & oldCap) === 0 ? i : i + oldCap].push(e);
      }
    }
    this.table = next;
  }
}
