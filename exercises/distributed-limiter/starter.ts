/** One shared Redis-like server, reached asynchronously. */
export interface Store {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, opts?: { px?: number; nx?: boolean }): Promise<boolean>;
  incr(key: string): Promise<number>;
  pexpire(key: string, ms: number): Promise<boolean>;
  pttl(key: string): Promise<number>; // -2 no key, -1 no expiry
  atomic<T>(script: (s: SyncStore) => T): Promise<T>; // runs with nothing interleaved, like a Lua script
}

/** The same commands, synchronous, inside atomic(). */
export interface SyncStore {
  get(key: string): string | null;
  set(key: string, value: string, opts?: { px?: number; nx?: boolean }): boolean;
  incr(key: string): number;
  pexpire(key: string, ms: number): boolean;
  pttl(key: string): number;
}

/**
 * A fixed-window limit per clientId shared by many app instances over one store: for each
 * clientId, exactly min(attempts, limit) acquisitions succeed per window
 * [k*windowMs, (k+1)*windowMs), however the instances' store calls interleave. Every key a
 * call creates must have a TTL by the time that call returns.
 */
export class DistributedLimiter {
  constructor(store: Store, limit: number, windowMs: number, now: () => number) {
    void store;
    void limit;
    void windowMs;
    void now;
  }

  /** true if this request of clientId is admitted in the window of now(). */
  tryAcquire(clientId: string): Promise<boolean> {
    void clientId;
    throw new Error("not implemented");
  }
}
