// Alternative: two plain store commands, no atomic script. INCR is atomic on its own, so the
// count is exact under any interleaving; the call that created the key (INCR returned 1) gives
// it a TTL before returning. (In production a crash between the two would leave a key without a
// TTL; the contract only requires the TTL by the time the call returns, and the clock does not
// move during a call.)
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
  #store: Store;
  #limit: number;
  #windowMs: number;
  #now: () => number;

  constructor(store: Store, limit: number, windowMs: number, now: () => number) {
    this.#store = store;
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  async tryAcquire(clientId: string): Promise<boolean> {
    const key = `limit:${Math.floor(this.#now() / this.#windowMs)}:${clientId}`;
    const count = await this.#store.incr(key);
    if (count === 1) await this.#store.pexpire(key, this.#windowMs);
    return count <= this.#limit;
  }
}
