// expect: property
// bug: check-then-act race: "if GET finds no key, SET it to 0 with a TTL", then INCR; an instance that saw no key can reset a counter another instance has already incremented
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
    if ((await this.store.get(key)) === null) await this.store.set(key, "0", { px: this.windowMs });
    const count = await this.store.incr(key);
    return count <= this.limit;
  }
}
