// expect: property
// bug: one counter per client whose TTL runs to the window's last millisecond ((k+1)*W - 1, an inclusive end) instead of to (k+1)*W, so the count resets one millisecond early and the last millisecond of a window admits up to limit more
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
    const t = this.now();
    const lastMs = (Math.floor(t / this.windowMs) + 1) * this.windowMs - 1; // "the window ends at lastMs"
    const count = await this.store.atomic((s) => {
      const n = s.incr(key);
      if (n === 1) s.pexpire(key, lastMs - t);
      return n;
    });
    return count <= this.limit;
  }
}
