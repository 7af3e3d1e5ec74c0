// expect: property
// bug: release() compares with GET and then DELs in a second call: the lock can expire and change hands in between
// Reference: a single-instance Redis lock (the pattern documented with SET NX PX).
//
// - acquire: SET key token NX PX ttl — one command that both tests and sets, with the expiry
//   attached atomically, so a crash can never leave a lock without a TTL.
// - release / extend: compare-and-delete / compare-and-expire in one atomic script (the
//   well-known Lua script `if redis.call("get",KEYS[1]) == ARGV[1] then ... end`). Doing the
//   GET and the DEL as two calls is wrong: the lock may expire and be taken by someone else
//   between them, and we would delete their lock.

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
    // NX fails while any unexpired value is there, including our own token: not re-entrant.
    return this.store.set(this.key, this.token, { nx: true, px: this.ttlMs });
  }

  async release(): Promise<boolean> {
    if ((await this.store.get(this.key)) !== this.token) return false;
    await this.store.del(this.key);
    return true;
  }

  extend(ttlMs: number): Promise<boolean> {
    const { key, token } = this;
    return this.store.atomic((s) => s.get(key) === token && s.pexpire(key, ttlMs));
  }
}
