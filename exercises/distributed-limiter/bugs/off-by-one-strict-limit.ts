// expect: example
// bug: compares the incremented count with < limit instead of <= limit, so only limit - 1 requests per window succeed
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
    const key = `rl:${clientId}:${Math.floor(this.now() / this.windowMs)}`;
    const windowMs = this.windowMs;
    const count = await this.store.atomic((s) => {
      const n = s.incr(key);
      if (n === 1) s.pexpire(key, windowMs);
      return n;
    });
    return count < this.limit;
  }
}
