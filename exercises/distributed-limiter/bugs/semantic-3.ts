// expect: property
// bug: one key per client with a TTL of windowMs from its first request: the window starts at the first request instead of at k*windowMs
// Reference: a fixed-window rate limit shared by many app instances through one Redis.
//
// The counter for client c in window k lives in the key `rl:{c}:{k}`. One atomic script (the
// Lua script a real deployment would send with EVAL) does INCR and, when the INCR created the
// key, PEXPIRE — so no interleaving of instances can over-admit, and no key is ever left
// without a TTL. The TTL of windowMs from the first request outlives the window it counts,
// and because the window index is part of the key, windows never share a counter.

export interface Store {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, opts?: { px?: number; nx?: boolean }): Promise<boolean>;
  incr(key: string): Promise<number>;
  pexpire(key: string, ms: number): Promise<boolean>;
  pttl(key: string): Promise<number>; // -2 no key, -1 no expiry
  atomic<T>(script: (s: SyncStore) => T): Promise<T>; // runs with nothing interleaved, like a Lua script
}

export interface SyncStore {
  get(key: string): string | null;
  set(key: string, value: string, opts?: { px?: number; nx?: boolean }): boolean;
  incr(key: string): number;
  pexpire(key: string, ms: number): boolean;
  pttl(key: string): number;
}

export class DistributedLimiter {
  constructor(
    private readonly store: Store,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  async tryAcquire(clientId: string): Promise<boolean> {
    const key = `rl:${clientId}`;
    const windowMs = this.windowMs;
    const count = await this.store.atomic((s) => {
      const n = s.incr(key);
      if (n === 1) s.pexpire(key, windowMs); // the key was just created: give it a TTL
      return n;
    });
    return count <= this.limit;
  }
}
