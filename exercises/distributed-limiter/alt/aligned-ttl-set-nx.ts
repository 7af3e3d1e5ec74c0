// Alternative: one key per client (no window index in the key), created with SET NX and a TTL
// that ends exactly at the window's end ((k+1)*W, exclusive), then INCR (which keeps the TTL).
// The key dies when the window does, so the next window starts from a fresh counter.
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

export function createLimiterState(store: Store, limit: number, windowMs: number, now: () => number) {
  return async (clientId: string): Promise<boolean> => {
    const key = `rate:${clientId}`;
    const t = now();
    const windowEnd = (Math.floor(t / windowMs) + 1) * windowMs;
    await store.set(key, "0", { nx: true, px: windowEnd - t }); // no-op when the window's key exists
    return (await store.incr(key)) <= limit;
  };
}

export class DistributedLimiter {
  readonly tryAcquire: (clientId: string) => Promise<boolean>;
  constructor(store: Store, limit: number, windowMs: number, now: () => number) {
    this.tryAcquire = createLimiterState(store, limit, windowMs, now);
  }
}
