/** One shared Redis-like server, reached asynchronously. */
export interface Store {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, opts?: { px?: number; nx?: boolean }): Promise<boolean>;
  incr(key: string): Promise<number>;
  pexpire(key: string, ms: number): Promise<boolean>;
  pttl(key: string): Promise<number>; // -2 no key, -1 no expiry
  del(key: string): Promise<number>;
  atomic<T>(script: (s: SyncStore) => T): Promise<T>; // runs with nothing interleaved, like a Lua script
}

/** The same commands, synchronous, inside atomic(). */
export interface SyncStore {
  get(key: string): string | null;
  set(key: string, value: string, opts?: { px?: number; nx?: boolean }): boolean;
  incr(key: string): number;
  pexpire(key: string, ms: number): boolean;
  pttl(key: string): number;
  del(key: string): number;
}

/**
 * A lock on one key of a shared store, held by the client with `token`. The clock may move
 * between any two store calls; expiry counts from the store command that set the key.
 */
export class RedisLock {
  /** ttlMs: a positive integer. */
  constructor(store: Store, key: string, ttlMs: number, token: string) {
    void store;
    void key;
    void ttlMs;
    void token;
  }

  /**
   * Succeeds only if nobody holds the key (an expired lock is free); holds it for ttlMs.
   * Not re-entrant: false while we already hold it.
   */
  acquire(): Promise<boolean> {
    throw new Error("not implemented");
  }

  /** Deletes the key only if it still holds our token; true if it did. */
  release(): Promise<boolean> {
    throw new Error("not implemented");
  }

  /** Resets the expiry to ttlMs only if the key still holds our token; true if it did. */
  extend(ttlMs: number): Promise<boolean> {
    void ttlMs;
    throw new Error("not implemented");
  }
}
