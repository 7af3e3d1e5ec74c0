// expect: property
// bug: check-then-act race: extend() checks the owner with GET, then PEXPIREs in a second call; if the lock expires and another client takes it in between, it extends the other client's lock
export interface Store {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, opts?: { px?: number; nx?: boolean }): Promise<boolean>;
  incr(key: string): Promise<number>;
  pexpire(key: string, ms: number): Promise<boolean>;
  pttl(key: string): Promise<number>; // -2 no key, -1 no expiry
  del(key: string): Promise<number>;
  atomic<T>(script: (s: SyncStore) => T): Promise<T>; // runs with nothing interleaved, like a Lua script
}

export interface SyncStore {
  get(key: string): string | null;
  set(key: string, value: string, opts?: { px?: number; nx?: boolean }): boolean;
  incr(key: string): number;
  pexpire(key: string, ms: number): boolean;
  pttl(key: string): number;
  del(key: string): number;
}

export class RedisLock {
  constructor(
    private readonly store: Store,
    private readonly key: string,
    private readonly ttlMs: number,
    private readonly token: string,
  ) {}

  acquire(): Promise<boolean> {
    return this.store.set(this.key, this.token, { nx: true, px: this.ttlMs });
  }

  release(): Promise<boolean> {
    const { key, token } = this;
    return this.store.atomic((s) => {
      if (s.get(key) !== token) return false;
      s.del(key);
      return true;
    });
  }

  async extend(ttlMs: number): Promise<boolean> {
    if ((await this.store.get(this.key)) !== this.token) return false;
    return this.store.pexpire(this.key, ttlMs);
  }
}
