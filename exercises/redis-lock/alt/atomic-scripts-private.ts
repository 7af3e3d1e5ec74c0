// Alternative: a class with private #fields where every operation is one atomic script (the
// Lua-script style: check and write in one round trip). acquire checks PTTL for "no live key"
// instead of using SET NX.
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
  #store: Store;
  #key: string;
  #ttlMs: number;
  #token: string;

  constructor(store: Store, key: string, ttlMs: number, token: string) {
    this.#store = store;
    this.#key = key;
    this.#ttlMs = ttlMs;
    this.#token = token;
  }

  acquire(): Promise<boolean> {
    const [key, token, ttl] = [this.#key, this.#token, this.#ttlMs];
    return this.#store.atomic((s) => s.pttl(key) === -2 && s.set(key, token, { px: ttl }));
  }

  release(): Promise<boolean> {
    const [key, token] = [this.#key, this.#token];
    return this.#store.atomic((s) => s.get(key) === token && s.del(key) === 1);
  }

  extend(ttlMs: number): Promise<boolean> {
    const [key, token] = [this.#key, this.#token];
    return this.#store.atomic((s) => (s.get(key) === token ? s.pexpire(key, ttlMs) : false));
  }
}
