// expect: property
// bug: acquire() is SETNX followed by a separate PEXPIRE (the classic two-command lock): the key exists without a TTL in between, so a client that pauses or dies there holds the lock forever
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

  async acquire(): Promise<boolean> {
    if (!(await this.store.set(this.key, this.token, { nx: true }))) return false;
    await this.store.pexpire(this.key, this.ttlMs);
    return true;
  }

  release(): Promise<boolean> {
    const { key, token } = this;
    return this.store.atomic((s) => {
      if (s.get(key) !== token) return false;
      s.del(key);
      return true;
    });
  }

  extend(ttlMs: number): Promise<boolean> {
    const { key, token } = this;
    return this.store.atomic((s) => s.get(key) === token && s.pexpire(key, ttlMs));
  }
}
