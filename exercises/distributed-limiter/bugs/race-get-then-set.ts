// expect: property
// bug: check-then-act race: reads the count with GET, then writes count + 1 with SET in a second store call, so two instances that both read the same count both succeed (lost update)
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
    const count = Number((await this.store.get(key)) ?? "0");
    if (count >= this.limit) return false;
    await this.store.set(key, String(count + 1), { px: this.windowMs });
    return true;
  }
}
